import fc from 'fast-check';
import { applyChange } from './merge';
import type { Change } from './change';
import type { AnyStored } from '../model/records';
import { formatStamp } from '../clock/hlc';

const change = (hlc: string, fields: Record<string, unknown>, id = hlc): Change => ({
  id, kind: 'agreement', recordId: 'r1', pairingId: 'p1', fields, hlc,
});

describe('per-field merge', () => {
  it('keeps the newer value of each field, whatever arrives first', () => {
    const older = change(formatStamp(1000, 0, 'a'), { title: 'old', signatories: 'A' });
    const newer = change(formatStamp(2000, 0, 'b'), { title: 'new' });
    const ab = applyChange(applyChange(undefined, older).record, newer).record;
    const ba = applyChange(applyChange(undefined, newer).record, older).record;
    expect(ab.title).toBe('new');
    expect(ba.title).toBe('new');
    expect(ba.signatories).toBe('A');
    expect(ab).toEqual(ba);
  });

  it('reports the value that lost, so a long text can be kept as a conflict', () => {
    const newer = change(formatStamp(2000, 0, 'b'), { title: 'winner' });
    const older = change(formatStamp(1000, 0, 'a'), { title: 'loser' });
    const result = applyChange(applyChange(undefined, newer).record, older);
    expect(result.lost).toEqual([{ field: 'title', value: 'loser' }]);
    expect(result.record.title).toBe('winner');
  });

  it('never lets a change rewrite the id or pairing of a record', () => {
    const first = applyChange(undefined, change(formatStamp(1, 0, 'a'), { title: 't' })).record;
    const evil = applyChange(first, change(formatStamp(9, 0, 'a'), { id: 'x', pairingId: 'other', stamps: {} })).record;
    expect(evil.id).toBe('r1');
    expect(evil.pairingId).toBe('p1');
    expect(evil.stamps.title).toBe(formatStamp(1, 0, 'a'));
  });

  it('reaches the same state for any order and duplication of the same changes', () => {
    const arbChange = fc.record({
      millis: fc.integer({ min: 0, max: 50 }),
      device: fc.constantFrom('a', 'b', 'c'),
      fields: fc.dictionary(fc.constantFrom('title', 'signatories', 'deleted'), fc.oneof(fc.string(), fc.boolean()), { minKeys: 1 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(arbChange, { selector: (c) => `${c.millis}-${c.device}`, minLength: 1, maxLength: 12 }), fc.func(fc.integer()), (specs, shuffleKey) => {
        const changes = specs.map((s) => change(formatStamp(s.millis, 0, s.device), s.fields));
        const replay = (list: Change[]) => list.reduce<AnyStored | undefined>((rec, c) => applyChange(rec, c).record, undefined);
        const shuffled = [...changes, ...changes.slice(0, 3)].sort((x, y) => shuffleKey(x.id) - shuffleKey(y.id));
        expect(replay(shuffled)).toEqual(replay(changes));
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('per-language texts of every kind', () => {
  it("keeps a Spanish and a Portuguese edit of a mission's objectives made at the same time", async () => {
    const { makeLocalChange } = await import('./local-change');
    const { createClock } = await import('../clock/hlc');
    const base: AnyStored = { id: 'm1', pairingId: 'p1', deleted: false, stamps: {}, objectives: {} };
    const es = makeLocalChange(createClock('deva'), 1000, { kind: 'mission', recordId: 'm1', pairingId: 'p1', fields: { objectives: { es: 'Conocer los huertos' } } }, base);
    const pt = makeLocalChange(createClock('devb'), 1000, { kind: 'mission', recordId: 'm1', pairingId: 'p1', fields: { objectives: { pt: 'Conhecer as hortas' } } }, base);
    const ab = applyChange(applyChange(base, es.change).record, pt.change).record;
    const ba = applyChange(applyChange(base, pt.change).record, es.change).record;
    expect(ab.objectives).toEqual({ es: 'Conocer los huertos', pt: 'Conhecer as hortas' });
    expect(ba).toEqual(ab);
  });

  it('reads a per-language text written whole by an older version as one write per language', () => {
    const whole = { id: 'w', kind: 'mission', recordId: 'm1', pairingId: 'p1', fields: { objectives: { es: 'Antes', pt: 'Antes pt' } }, hlc: formatStamp(1000, 0, 'a') };
    const es = { id: 'e', kind: 'mission', recordId: 'm1', pairingId: 'p1', fields: { 'objectives.es': 'Después' }, hlc: formatStamp(2000, 0, 'b') };
    const ab = applyChange(applyChange(undefined, whole).record, es).record;
    const ba = applyChange(applyChange(undefined, es).record, whole).record;
    expect(ab.objectives).toEqual({ es: 'Después', pt: 'Antes pt' });
    expect(ba).toEqual(ab);
  });
});
