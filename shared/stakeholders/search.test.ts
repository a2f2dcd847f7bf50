import { filterStakeholders, indexStakeholders, NO_FILTERS, sortStakeholders, tagsInUse } from './search';
import { quadrantOf } from './quadrant';
import { newStakeholderFields, stakeholderSchema, splitList, type Stakeholder } from './schema';
import { validate } from '../model/validation';

const s = (id: string, patch: Partial<Stakeholder>): Stakeholder => ({ id, pairingId: 'p', ...newStakeholderFields({ side: 'lac', ...patch }) });
const records = [
  s('1', { name: 'Ángela Pérez', organisation: 'Alcaldía de Málaga', side: 'eu', group: 'city-departments', tags: ['Turismo'] }),
  s('2', { name: 'Beatriz Souza', organisation: 'Prefeitura de São Leopoldo', engagement: 'empower', tags: ['turismo', 'água'] }),
  s('3', { name: 'Ana Lima', organisation: 'Universidade', group: 'academia', power: 5 }),
  s('4', { organisation: 'Zeta Media', group: 'media', power: 1 }),
];
const index = indexStakeholders(records);
const ids = (list: Stakeholder[]) => list.map((r) => r.id);

describe('searching and filtering stakeholders', () => {
  it('finds a name typed without accents or capitals, over several fields and words', () => {
    expect(ids(filterStakeholders(index, { ...NO_FILTERS, query: 'angela' }))).toEqual(['1']);
    expect(ids(filterStakeholders(index, { ...NO_FILTERS, query: 'MALAGA perez' }))).toEqual(['1']);
    expect(ids(filterStakeholders(index, { ...NO_FILTERS, query: 'sao leo' }))).toEqual(['2']);
    expect(ids(filterStakeholders(index, { ...NO_FILTERS, query: 'nobody' }))).toEqual([]);
  });

  it('filters by side, group, engagement and tag (the tag ignoring case)', () => {
    expect(ids(filterStakeholders(index, { ...NO_FILTERS, side: 'eu' }))).toEqual(['1']);
    expect(ids(filterStakeholders(index, { ...NO_FILTERS, group: 'academia' }))).toEqual(['3']);
    expect(ids(filterStakeholders(index, { ...NO_FILTERS, engagement: 'empower' }))).toEqual(['2']);
    expect(ids(filterStakeholders(index, { ...NO_FILTERS, tag: 'TURISMO' }))).toEqual(['1', '2']);
  });

  it('sorts with the collation of the language, accents in their place, and by numbers', () => {
    expect(ids(sortStakeholders(records, { key: 'name', descending: false }, 'es'))).toEqual(['3', '1', '2', '4']);
    expect(ids(sortStakeholders(records, { key: 'power', descending: true }, 'es'))[0]).toBe('3');
    expect(tagsInUse(records, 'es')).toEqual(['água', 'Turismo']);
  });
});

describe('the stakeholder record', () => {
  it('needs a person or an organisation, and power and interest from 1 to 5', () => {
    const bad = validate(stakeholderSchema, { ...s('x', {}), power: 6, interest: 2.5 });
    expect(bad.ok ? [] : bad.errors.map((e) => `${e.path}:${e.key}`)).toEqual(['power:stakeholders:errors.scale', 'interest:stakeholders:errors.scale']);
    const noName = validate(stakeholderSchema, s('x', {}));
    expect(noName.ok ? [] : noName.errors.map((e) => `${e.path}:${e.key}`)).toEqual(['name:stakeholders:errors.nameOrOrganisation']);
  });

  it('splits a typed list on commas and semicolons, dropping blanks and repeats', () => {
    expect(splitList('es, EN; pt,, es ,')).toEqual(['es', 'EN', 'pt']);
  });

  it('places each stakeholder in a quadrant, the middle counting as high', () => {
    expect([quadrantOf({ power: 5, interest: 5 }), quadrantOf({ power: 3, interest: 1 }), quadrantOf({ power: 2, interest: 3 }), quadrantOf({ power: 1, interest: 2 })]).toEqual([
      'manage-closely', 'keep-satisfied', 'keep-informed', 'monitor',
    ]);
  });
});
