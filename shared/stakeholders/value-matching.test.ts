import { readFileSync } from 'node:fs';
import { labelsFor } from '../../locales/labels';
import { decodeCsvBytes } from './csv-decode';
import { guessMapping } from './csv-mapping';
import { parseCsv } from './csv-parse';
import { planImport } from './csv-rows';
import { importDuplicates } from './import-duplicates';
import { buildValueLookup, foldValue, unmatchedValues, withChoices } from './value-matching';
import { newStakeholderFields, type Stakeholder } from './schema';

const lookup = buildValueLookup([labelsFor('es'), labelsFor('pt'), labelsFor('en')]);
const match = (field: 'side' | 'group' | 'engagement' | 'stance', cell: string) => lookup[field].get(foldValue(cell));

function shortLabelsFile() {
  const { text, encoding } = decodeCsvBytes(new Uint8Array(readFileSync('test/fixtures/stakeholders/short-labels-windows-1252.csv')));
  const csv = parseCsv(text);
  return { encoding, csv, mapping: guessMapping(csv.headers) };
}

describe('matching the values of choice columns', () => {
  it.each([
    ['Empresas', 'private-sector'],
    ['empresa', 'private-sector'],
    ['Privado', 'private-sector'],
    ['GREMIO', 'private-sector'],
    ['Sociedad civil', 'civil-society'],
    ['Sociedade Civil', 'civil-society'],
    ['ONG', 'civil-society'],
    ['O.N.G.', 'civil-society'],
    ['NGO', 'civil-society'],
    ['Fundación', 'civil-society'],
    ['Medios', 'media'],
    ['Prensa', 'media'],
    ['Mídia', 'media'],
    ['Universidad', 'academia'],
    ['Academia', 'academia'],
    ['Embajada', 'diplomatic'],
    ['Alcaldía', 'city-departments'],
    ['Prefeitura', 'city-departments'],
    ['Medios de comunicación', 'media'],
    ['Ciudadanía y organizaciones de la sociedad civil', 'civil-society'],
    ['Citizens and civil-society organisations', 'civil-society'],
    ['civil-society', 'civil-society'],
  ])('group “%s” is %s', (cell, id) => expect(match('group', cell)).toBe(id));

  it.each([
    ['UE', 'eu'],
    ['EU', 'eu'],
    ['Europa', 'eu'],
    ['Lado europeo', 'eu'],
    ['LAC', 'lac'],
    ['ALC', 'lac'],
    ['América Latina', 'lac'],
    ['Latin-American and Caribbean side', 'lac'],
  ])('side “%s” is %s', (cell, id) => expect(match('side', cell)).toBe(id));

  it('matches engagement and stance in any of the three languages, ignoring case and accents', () => {
    expect(['informar', 'CONSULTAR', 'Envolver', 'Collaborate', 'empoderamiento'].map((c) => match('engagement', c))).toEqual(['inform', 'consult', 'involve', 'collaborate', 'empower']);
    expect(['A favor', 'favorável', 'En contra', 'Contrária', 'neutro', 'Not known'].map((c) => match('stance', c))).toEqual(['supportive', 'supportive', 'opposed', 'opposed', 'neutral', 'unknown']);
  });

  it('does not guess: a value that is neither a label nor a short form stays unknown', () => {
    expect(match('group', 'Junta vecinal')).toBeUndefined();
    expect(match('group', 'Empresas públicas del Caribe')).toBeUndefined();
    expect(match('side', 'Asia')).toBeUndefined();
  });

  it('lists each unknown value once per column, with its rows, and a choice makes it known', () => {
    const { csv, mapping } = shortLabelsFile();
    expect(mapping).toEqual(['name', 'organisation', 'email', 'phone', 'group', 'engagement', 'side']);
    const unknown = unmatchedValues(csv, mapping, lookup);
    expect(unknown).toEqual([{ field: 'group', key: 'junta vecinal', value: 'Junta vecinal', rows: [8] }]);
    const chosen = withChoices(lookup, { group: { 'junta vecinal': 'civil-society' } });
    expect(unmatchedValues(csv, mapping, chosen)).toEqual([]);
    // A remembered choice for an id that no longer exists is ignored.
    expect(withChoices(lookup, { group: { 'junta vecinal': 'no-such-group' } }).group.get('junta vecinal')).toBeUndefined();
  });

  it('gives every row of a typical Spanish file (Windows-1252, semicolons, short labels) once the one unknown value is mapped', () => {
    const { encoding, csv, mapping } = shortLabelsFile();
    expect(encoding).toBe('windows-1252');
    expect(csv.delimiter).toBe(';');
    const before = planImport(csv, mapping, { side: 'lac' }, lookup);
    expect([before.valid.length, before.invalid.length]).toEqual([6, 1]);
    const after = planImport(csv, mapping, { side: 'lac' }, withChoices(lookup, { group: { 'junta vecinal': 'civil-society' } }));
    expect(after.invalid).toEqual([]);
    expect(after.valid.map((r) => [r.fields.name, r.fields.group, r.fields.engagement, r.fields.side])).toEqual([
      ['Camila Restrepo', 'civil-society', 'consult', 'lac'],
      ['Joaquín Núñez', 'private-sector', 'collaborate', 'lac'],
      ['Lucía Fernández', 'media', 'inform', 'lac'],
      ['Pedro Ibáñez', 'academia', 'involve', 'lac'],
      ['Ana Torres', 'civil-society', 'consult', 'eu'],
      ['Joaquin Nunez', 'private-sector', 'consult', 'lac'],
      ['Marta Gil', 'civil-society', 'inform', 'lac'],
    ]);
    expect(after.valid[0]!.fields.phone).toBe('+57 300 123 4567');
  });
});

describe('duplicates an import would create', () => {
  it('names a row like an earlier row and a row like a record of the register', () => {
    const { csv, mapping } = shortLabelsFile();
    const { valid } = planImport(csv, mapping, { side: 'lac' }, withChoices(lookup, { group: { 'junta vecinal': 'civil-society' } }));
    const camila: Stakeholder = { id: 's1', pairingId: 'p', ...newStakeholderFields({ side: 'lac', name: 'Camila  Restrepo', email: 'crestrepo@eluniversal.example' }) };
    const other: Stakeholder = { id: 's2', pairingId: 'p', ...newStakeholderFields({ side: 'lac', name: 'Someone Else' }) };
    const found = importDuplicates(valid, [camila, other]);
    expect(found).toEqual([
      { reason: 'name', row: 2, name: 'Camila Restrepo', existing: camila },
      { reason: 'name', row: 7, name: 'Joaquin Nunez', otherRow: 3 },
    ]);
  });

  it('finds none in a file of different people', () => {
    const fields = (name: string, email: string) => ({ row: 2, errors: [], fields: newStakeholderFields({ side: 'eu', name, email }) });
    expect(importDuplicates([fields('A B', 'a@x.example'), { ...fields('C D', 'c@x.example'), row: 3 }], [])).toEqual([]);
  });
});
