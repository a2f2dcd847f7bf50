import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stored } from '../../../shared/model/records';
import { filterStakeholders, indexStakeholders, sortStakeholders, type Sort, type StakeholderFilters } from '../../../shared/stakeholders/search';

type Row = Stored<'stakeholder'>;

/**
 * The list as the user asked for it. The work is split by what changes it:
 * folding and sorting happen when the records, the sort or the language change;
 * a keystroke only filters the ready, sorted index (filtering keeps its order).
 */
export function useStakeholderView(records: readonly Row[] | undefined, filters: StakeholderFilters, sort: Sort): Row[] {
  const { t, i18n } = useTranslation('stakeholders');
  const sorted = useMemo(
    () => indexStakeholders(sortStakeholders(records ?? [], sort, i18n.language, (g) => t(`group.${g}`))),
    [records, sort, i18n.language, t],
  );
  // Typing stays responsive even if a filter pass ever takes longer than a frame.
  const deferred = useDeferredValue(filters);
  return useMemo(() => filterStakeholders(sorted, deferred), [sorted, deferred]);
}
