import type { AnyStored, RecordKind } from '../../../shared/model/records';
import { foldForSearch } from '../../../shared/text/fold';
import { displayName } from '../../../shared/stakeholders/schema';

// Fields a device derives for its own indexes. They are never stamped, never
// sent (sync sends changes, not records) and are recomputed on every write,
// local or pulled, so they always match the record. Names start with "_".

const DERIVE: Partial<Record<RecordKind, (record: AnyStored) => Record<string, unknown>>> = {
  // Lets the list show its first screenful from an index, in name order, before all rows are read.
  stakeholder: (r) => ({ _sortName: foldForSearch(displayName(r as never)) }),
};

export function withLocalFields(kind: RecordKind, record: AnyStored): AnyStored {
  const derive = DERIVE[kind];
  return derive ? { ...record, ...derive(record) } : record;
}
