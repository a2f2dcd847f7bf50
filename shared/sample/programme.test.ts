import { RECORD_SCHEMAS, type RecordKind } from '../model/records';
import { pairingWarnings } from '../model/pairing';
import { isCurrent } from '../model/team';
import { LANGS } from '../i18n/langs';
import { languagesPresent } from '../text/localized';
import { SAMPLE_SHOWCASE_ID, sampleProgramme } from './programme';

const programme = sampleProgramme();

function records(): { kind: RecordKind; record: { id: string; pairingId: string; deleted: boolean } }[] {
  return programme.flatMap((b) => [
    { kind: 'pairing' as const, record: b.pairing },
    ...b.agreements.map((record) => ({ kind: 'agreement' as const, record })),
    ...b.positions.map((record) => ({ kind: 'position' as const, record })),
    ...b.assignments.map((record) => ({ kind: 'assignment' as const, record })),
  ]);
}

describe('sample programme', () => {
  it('has 8 to 10 pairings, the showcase among them', () => {
    expect(programme.length).toBeGreaterThanOrEqual(8);
    expect(programme.length).toBeLessThanOrEqual(10);
    expect(programme.map((b) => b.pairing.id)).toContain(SAMPLE_SHOWCASE_ID);
  });

  it('validates every record against its schema, none deleted', () => {
    const failures = records()
      .map(({ kind, record }) => ({ id: record.id, result: RECORD_SCHEMAS[kind].safeParse(record) }))
      .filter(({ result }) => !result.success)
      .map(({ id, result }) => `${id}: ${result.error?.message}`);
    expect(failures).toEqual([]);
    expect(records().every(({ record }) => record.deleted === false)).toBe(true);
  });

  it('gives every record a unique, fixed id', () => {
    const ids = records().map(({ record }) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.startsWith('sample-'))).toBe(true);
    // Fixed, not generated: a second call gives the same ids.
    expect(sampleProgramme().flatMap((b) => [b.pairing.id, ...b.assignments.map((a) => a.id)])).toEqual(
      programme.flatMap((b) => [b.pairing.id, ...b.assignments.map((a) => a.id)]),
    );
  });

  it('keeps every record inside its own pairing', () => {
    for (const b of programme) {
      expect(b.pairing.pairingId).toBe(b.pairing.id);
      const others = [...b.agreements, ...b.positions, ...b.assignments];
      expect(others.filter((r) => r.pairingId !== b.pairing.id)).toEqual([]);
      const positionIds = new Set(b.positions.map((p) => p.id));
      expect(b.assignments.filter((a) => !positionIds.has(a.positionId))).toEqual([]);
    }
  });

  it('has 2 to 4 positions per pairing, on both sides', () => {
    for (const b of programme) {
      expect(b.positions.length, b.pairing.id).toBeGreaterThanOrEqual(2);
      expect(b.positions.length, b.pairing.id).toBeLessThanOrEqual(4);
      expect(new Set(b.positions.map((p) => p.side)), b.pairing.id).toEqual(new Set(['eu', 'lac']));
      expect(b.agreements.length).toBeLessThanOrEqual(2);
    }
  });

  it('has a position nobody has ever held, and one left vacant after its holder', () => {
    const day = '2026-11-24';
    const vacant = programme.flatMap((b) => b.positions.filter((p) => !b.assignments.some((a) => a.positionId === p.id && isCurrent(a, day))));
    const neverHeld = programme.flatMap((b) => b.positions.filter((p) => !b.assignments.some((a) => a.positionId === p.id)));
    expect(neverHeld.length).toBeGreaterThan(0);
    expect(vacant.length).toBeGreaterThan(neverHeld.length);
  });

  it('has a handover: a holder who left a note, followed by a successor in the same position', () => {
    const handovers = programme.flatMap((b) =>
      b.assignments.filter(
        (a) =>
          a.to !== null &&
          a.handoverNote.trim() !== '' &&
          b.assignments.some((s) => s.positionId === a.positionId && s.id !== a.id && s.from > a.to!),
      ),
    );
    expect(handovers.length).toBeGreaterThan(0);
  });

  it('varies statuses, dates and summary languages', () => {
    const pairings = programme.map((b) => b.pairing);
    expect(new Set(pairings.map((p) => p.status))).toEqual(new Set(['active', 'in-preparation', 'closed', 'suspended']));
    expect(pairings.some((p) => pairingWarnings(p).includes('longerThan18Months'))).toBe(true);
    expect(pairings.some((p) => p.startDate === null && p.endDate === null)).toBe(true);
    const counts = pairings.map((p) => languagesPresent(p.summary).length);
    expect(new Set(counts)).toEqual(new Set([1, 2, 3]));
    for (const lang of LANGS) expect(pairings.some((p) => !languagesPresent(p.summary).includes(lang)), lang).toBe(true);
  });

  it('keeps accents and non-Latin-1 letters in names', () => {
    const names = programme.flatMap((b) => [...b.pairing.eu.municipalities, ...b.pairing.lac.municipalities].map((m) => m.name));
    expect(names).toEqual(expect.arrayContaining(['Málaga', 'São Leopoldo', 'Pitești', 'Ibagué', 'Medellín']));
  });

  it('says which language each team wrote its single-language texts in, leaving out the languages Ponte has not', () => {
    const marked = records().filter(({ kind }) => kind !== 'pairing').map(({ record }) => (record as { writtenIn?: string | null }).writtenIn);
    expect(marked.every((w) => w === null || (LANGS as readonly (string | null | undefined)[]).includes(w))).toBe(true);
    // Some in each of Ponte's languages, so a document in any of them has other-language text to mark.
    for (const lang of LANGS) expect(marked, lang).toContain(lang);
    // Italian, German and Romanian teams: not marked rather than marked wrong.
    expect(marked).toContain(null);
    const showcase = programme.find((b) => b.pairing.id === SAMPLE_SHOWCASE_ID)!;
    expect(showcase.positions.every((p) => p.writtenIn === 'es')).toBe(true);
  });
});
