import { defaultChoices, findDuplicates, mergeDifferences, mergedFields } from './duplicates';
import { newStakeholderFields, type Stakeholder } from './schema';

const s = (id: string, patch: Partial<Stakeholder>): Stakeholder => ({ id, pairingId: 'p', ...newStakeholderFields({ side: 'lac', ...patch }) });

describe('likely duplicates', () => {
  it('pairs the same e-mail ignoring case, and the same name ignoring case and accents', () => {
    const records = [
      s('1', { name: 'José Núñez', email: 'JNUNEZ@example.org' }),
      s('2', { name: 'J. Nunez', email: 'jnunez@example.org ' }),
      s('3', { name: 'jose nunez' }),
      s('4', { name: 'Ana Lima' }),
      s('5', { organisation: 'Universidad de Cartagena' }),
      s('6', { organisation: 'universidad de cartagena' }),
      s('7', { name: 'José Núñez', deleted: true }),
    ];
    const pairs = findDuplicates(records).map((p) => [p.a.id, p.b.id, p.reason]);
    expect(pairs).toEqual([['1', '2', 'email'], ['1', '3', 'name'], ['5', '6', 'name']]);
  });

  it('does not pair records whose e-mails are both empty', () => {
    expect(findDuplicates([s('1', { name: 'A' }), s('2', { name: 'B' })])).toEqual([]);
  });

  it('finds the one duplicate among 20 000 records', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => s(String(i), { name: `Person ${i}`, email: `p${i}@example.org` }));
    many.push(s('dup', { name: 'Person 7' }));
    expect(findDuplicates(many).map((p) => [p.a.id, p.b.id])).toEqual([['7', 'dup']]);
  });
});

describe('merging two records field by field', () => {
  const a = s('a', { name: 'José Núñez', email: 'jose@example.org', phone: '', tags: ['x'], power: 4 });
  const b = s('b', { name: 'Jose Nunez', email: 'jose@example.org', phone: '+57 1', tags: [], power: 2, notes: 'met in Málaga' });

  it('lists only the fields that differ', () => {
    expect(mergeDifferences(a, b).map((d) => d.field)).toEqual(['name', 'phone', 'power', 'tags', 'notes']);
  });

  it('proposes the kept value unless it is empty', () => {
    expect(defaultChoices(a, b)).toEqual({ name: 'a', phone: 'b', power: 'a', tags: 'a', notes: 'b' });
  });

  it('writes only the values chosen from the other record', () => {
    expect(mergedFields(a, b, { ...defaultChoices(a, b), power: 'b' })).toEqual({ phone: '+57 1', power: 2, notes: 'met in Málaga' });
  });
});
