import { formatStamp } from '../clock/hlc';
import type { AnyStored, RecordKind } from '../model/records';
import { planImport } from './plan-import';
import { readBundle } from './read';
import { edited, everyKind } from './test-helpers';
import { writeBundleBytes, type BundleRecord } from './write';

const T0 = 1_790_000_000_000;
let serverStamps = 0;
const stamp = () => formatStamp(T0 + 1_000_000, serverStamps++, 'devhere');

/** A device holding these records: the lookup the planner reads. */
const deviceOf = (records: readonly BundleRecord[]) => {
  const byKey = new Map(records.map((r) => [`${r.kind}/${r.record.id}`, r.record]));
  return (kind: RecordKind, id: string) => byKey.get(`${kind}/${id}`);
};

async function fileOf(records: BundleRecord[]) {
  const bytes = await writeBundleBytes(records, [], { appVersion: '0.1.0', deviceId: 'devfile', scope: { type: 'device' } });
  return (await readBundle(bytes)).records;
}

const replace = (records: BundleRecord[], kind: string, record: AnyStored) => records.map((r) => (r.kind === kind ? { kind, record } : r));
const only = (records: BundleRecord[], kind: string) => records.find((r) => r.kind === kind)!.record;

describe('planning an import', () => {
  it('brings a new pairing and every record of it as new', async () => {
    const { records } = await everyKind('p1');
    const plan = planImport({ records: await fileOf(records), current: () => undefined, stamp });
    expect(plan.newPairings).toEqual(['p1']);
    expect(plan.created).toHaveLength(records.length);
    expect(plan.writes.map((w) => w.record)).toEqual(expect.arrayContaining(records.map((r) => r.record)));
    expect(plan).toMatchObject({ newerInFile: [], newerHere: [], conflicts: [], refused: [], unchanged: 0 });
  });

  it('changes nothing when the file holds what the device holds', async () => {
    const { records } = await everyKind('p1');
    const plan = planImport({ records: await fileOf(records), current: deviceOf(records), stamp });
    expect(plan.unchanged).toBe(records.length);
    expect(plan.writes).toEqual([]);
  });

  it('never lets an older file overwrite newer fields, and takes the fields the file has newer', async () => {
    const { records: base } = await everyKind('p1');
    const agreement = only(base, 'agreement');
    // The file was written after an early edit of the title; this device later edited the title again and the copy location.
    const inFile = edited('agreement', agreement, { title: 'Memorando (borrador)', signatories: 'Alcaldes de ambas ciudades' }, 'devfile', T0 + 10_000);
    const here = edited('agreement', agreement, { title: 'Memorando de entendimiento firmado', copyLocation: 'Archivo municipal' }, 'devhere', T0 + 20_000);
    const plan = planImport({ records: await fileOf(replace(base, 'agreement', inFile)), current: deviceOf(replace(base, 'agreement', here)), stamp });
    const written = plan.writes.find((w) => w.kind === 'agreement')!.record;
    expect(written.title).toBe('Memorando de entendimiento firmado');
    expect(written.copyLocation).toBe('Archivo municipal');
    expect(written.signatories).toBe('Alcaldes de ambas ciudades');
    expect(plan.newerInFile).toEqual([{ kind: 'agreement', id: agreement.id, pairingId: 'p1', fields: ['signatories'] }]);
    expect(plan.newerHere).toEqual([{ kind: 'agreement', id: agreement.id, pairingId: 'p1', fields: ['copyLocation', 'title'] }]);

    // A file older in every field it differs in writes nothing.
    const stale = planImport({ records: await fileOf(base), current: deviceOf(replace(base, 'agreement', here)), stamp });
    expect(stale.writes).toEqual([]);
    expect(stale.newerHere.map((r) => r.fields)).toEqual([['copyLocation', 'title']]);
  });

  it('keeps the losing one of two concurrent long texts as a conflict, either way round', async () => {
    const { records: base } = await everyKind('p1');
    const mission = only(base, 'mission');
    const inFile = edited('mission', mission, { findings: 'El drenaje es lo primero.' }, 'devfile', T0 + 10_000);
    const here = edited('mission', mission, { findings: 'Las juntas convocan mucho.' }, 'devhere', T0 + 20_000);
    const older = planImport({ records: await fileOf(replace(base, 'mission', inFile)), current: deviceOf(replace(base, 'mission', here)), stamp });
    expect(older.conflicts).toEqual([expect.objectContaining({ recordKind: 'mission', recordRef: mission.id, field: 'findings', losingValue: 'El drenaje es lo primero.' })]);
    expect(older.writes.map((w) => w.kind)).toEqual(['conflict']);
    expect(older.newerHere).toEqual([expect.objectContaining({ id: mission.id, fields: ['findings'] })]);

    const newer = planImport({ records: await fileOf(replace(base, 'mission', here)), current: deviceOf(replace(base, 'mission', inFile)), stamp });
    expect(newer.conflicts).toEqual([expect.objectContaining({ field: 'findings', losingValue: 'El drenaje es lo primero.' })]);
    expect(newer.writes.find((w) => w.kind === 'mission')!.record.findings).toBe('Las juntas convocan mucho.');
    expect(newer.writes.find((w) => w.kind === 'conflict')!.record).toMatchObject({ recordKind: 'mission', deleted: false, stamps: expect.any(Object) });
  });

  it('merges per-language texts language by language', async () => {
    const { records: base } = await everyKind('p1');
    const mission = only(base, 'mission');
    const inFile = edited('mission', mission, { objectives: { ...(mission.objectives as object), pt: 'Conhecer o bairro' } }, 'devfile', T0 + 10_000);
    const here = edited('mission', mission, { objectives: { ...(mission.objectives as object), es: 'Conocer el barrio' } }, 'devhere', T0 + 20_000);
    const plan = planImport({ records: await fileOf(replace(base, 'mission', inFile)), current: deviceOf(replace(base, 'mission', here)), stamp });
    expect(plan.writes.find((w) => w.kind === 'mission')!.record.objectives).toMatchObject({ es: 'Conocer el barrio', pt: 'Conhecer o bairro' });
    expect(plan.conflicts).toEqual([]);
  });

  it('leaves alone a record whose id this device holds in another pairing', async () => {
    const { records } = await everyKind('p1');
    const agreement = only(records, 'agreement');
    const plan = planImport({ records: await fileOf(records), current: (kind, id) => (kind === 'agreement' && id === agreement.id ? { ...agreement, pairingId: 'p2' } : undefined), stamp });
    expect(plan.refused).toEqual([{ kind: 'agreement', id: agreement.id, pairingId: 'p1' }]);
    expect(plan.writes.some((w) => w.kind === 'agreement')).toBe(false);
  });
});
