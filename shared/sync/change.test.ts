import { changeSchema } from './change';

// One schema for a change, on the device and the server: ids from a bounded
// charset, every text well-formed Unicode, field values bounded (issue 11, defect 7).

const good = {
  id: '0192f1a4-7c3e-7b2a-9d4e-1f2a3b4c5d6e',
  kind: 'pairing',
  recordId: 'sample-mission-cartagena-malaga-1',
  pairingId: 'p-1',
  fields: { summary: { es: 'Agua y saneamiento 💧', pt: 'antes\u0000depois' }, status: 'active' },
  hlc: '001790000000000-00ff-deva',
  seen: { 'summary.es': null },
};

const nested = (depth: number): unknown => {
  let value: unknown = 'fondo';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

describe('a change on the wire', () => {
  it('takes the ids the app, the server and the sample data make, and well-formed texts of any script', () => {
    expect(changeSchema.safeParse(good).success).toBe(true);
    expect(changeSchema.safeParse({ ...good, recordId: 'conflict-0123456789abcdef', id: 'c-conflict-0123456789abcdef' }).success).toBe(true);
    expect(changeSchema.safeParse({ ...good, fields: { title: 'עברית · العربية · 中文 · 𝄞' } }).success).toBe(true);
    expect(changeSchema.safeParse({ ...good, fields: { items: nested(30) } }).success).toBe(true);
  });

  it.each([
    ['a record id with a lone surrogate', { recordId: 'rid\ud800' }],
    ['a change id with a lone surrogate', { id: 'c\udc00' }],
    ['a pairing id with a space', { pairingId: 'p 1' }],
    ['a record id with a slash', { recordId: '../p-2' }],
    ['an id longer than 64', { recordId: 'x'.repeat(65) }],
    ['an empty id', { id: '' }],
    ['a stamp with a lone surrogate', { hlc: '001790000000000-00ff-dev\ud800' }],
    ['a text with a lone surrogate', { fields: { title: 'Acta \ud83d' } }],
    ['a lone surrogate deep in a value', { fields: { items: [{ note: { text: 'x\udfff' } }] } }],
    ['a key with a lone surrogate inside a value', { fields: { summary: { ['es\ud800']: 'hola' } } }],
    ['a field key that is no field name', { fields: { 'sum mary': 'x' } }],
    ['a value nested 10 000 deep', { fields: { items: nested(10_000) } }],
    ['a value nested 33 deep', { fields: { items: nested(33) } }],
    ['a text of a megabyte', { fields: { title: 'x'.repeat(1_000_001) } }],
    ['a seen stamp with a lone surrogate', { seen: { summary: 'st\ud800' } }],
  ])('refuses %s', (_what, patch) => {
    expect(changeSchema.safeParse({ ...good, ...patch }).success).toBe(false);
  });
});
