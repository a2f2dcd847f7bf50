import type { PonteDatabase, OutboxEntry } from './database';
import { readClock, saveClock } from './device-clock';
import { newId } from '../../../shared/ids';
import { withoutStamps, type AnyStored } from '../../../shared/model/records';
import { ValidationError, validateRecord } from '../../../shared/model/validation';
import { makeLocalChange, type Write } from '../../../shared/sync/local-change';
import { withLocalFields } from './local-fields';
import { WRITE_GUARDS } from './write-guards';
import { WRITE_RULES, withRuleWrites } from './write-rules';
import type { Change } from '../../../shared/sync/change';
import { ruleOf } from '../../../shared/kinds/registry';
import { writingLanguage } from './writing-language';

export type { Write };

/**
 * A record this device makes now: one whose kind says which language its
 * texts are written in, and whose write does not say, is taken to be written
 * in the interface language (the user changes it in the record's editor).
 */
function madeHere(write: Write): Write {
  const lang = writingLanguage();
  if (!lang || 'writtenIn' in write.fields || ruleOf(write.kind, 'writtenIn') === undefined) return write;
  return { ...write, fields: { ...write.fields, writtenIn: lang } };
}

/**
 * The one write path. In one Dexie transaction, for every write: stamp it
 * with the device clock, merge it into the record, validate the result, and
 * append the change to the outbox. Either every record and every outbox entry
 * is written, or (on any invalid record or failed write) none is.
 *
 * Takes many writes at once so that a batch (loading the sample programme, a
 * handover, an import) costs one transaction.
 */
export async function writeRecords(db: PonteDatabase, asked: readonly Write[], now: () => number = Date.now): Promise<Change[]> {
  if (asked.length === 0) return [];
  const guards = WRITE_GUARDS.filter((g) => g.appliesTo(asked));
  const rules = WRITE_RULES.filter((r) => r.appliesTo(asked));
  const askedKinds = [...new Set(asked.map((w) => w.kind))];
  const tables = new Set([...askedKinds.map((k) => db.tableOf(k).name), ...guards.flatMap((g) => g.tables), ...rules.flatMap((r) => r.tables), db.outbox.name, db.meta.name]);
  return db.transaction('rw', [...tables], async () => {
    for (const guard of guards) {
      const errors = await guard.check(db, asked);
      if (errors.length) throw new ValidationError(errors);
    }
    // Then the rules add what must change with these writes, in this same transaction.
    let writes: readonly Write[] = asked;
    for (const rule of rules) writes = withRuleWrites(writes, await rule.extraWrites(db, writes));
    const kinds = [...new Set(writes.map((w) => w.kind))];
    let clock = await readClock(db);
    const working = new Map<string, AnyStored | undefined>();
    // Records made now under fresh ids are not looked for (10 000 misses cost a
    // quarter of an import); they are added, never put, below.
    const created = new Set(writes.filter((w) => w.create).map((w) => `${w.kind}/${w.recordId}`));
    for (const kind of kinds) {
      const ids = [...new Set(writes.filter((w) => w.kind === kind && !created.has(`${kind}/${w.recordId}`)).map((w) => w.recordId))];
      const found = (await db.tableOf(kind).bulkGet(ids)) as (AnyStored | undefined)[];
      ids.forEach((id, i) => working.set(`${kind}/${id}`, found[i]));
    }
    const changes: Change[] = [];
    const createdAt = now();
    for (const write of writes) {
      const key = `${write.kind}/${write.recordId}`;
      const existing = working.get(key);
      if (existing && existing.pairingId !== write.pairingId) {
        throw new ValidationError([{ path: 'pairingId', key: 'invalidValue' }]);
      }
      const made = makeLocalChange(clock, createdAt, existing ? write : madeHere(write), existing);
      clock = made.clock;
      const { change, record: merged } = made;
      const checked = validateRecord(write.kind, withoutStamps(merged));
      if (!checked.ok) throw new ValidationError(checked.errors);
      working.set(key, withLocalFields(write.kind, merged));
      changes.push(change);
    }
    for (const kind of kinds) {
      const entries = [...working.entries()].filter(([k, v]) => k.startsWith(`${kind}/`) && v);
      const added = entries.filter(([k]) => created.has(k)).map(([, v]) => v!);
      const put = entries.filter(([k]) => !created.has(k)).map(([, v]) => v!);
      if (added.length) await db.tableOf(kind).bulkAdd(added as never[]);
      if (put.length) await db.tableOf(kind).bulkPut(put as never[]);
    }
    const entry: OutboxEntry = { id: newId(), pairingIds: [...new Set(changes.map((c) => c.pairingId))], changes, createdAt };
    await db.outbox.add(entry);
    await saveClock(db, clock);
    return changes;
  });
}
