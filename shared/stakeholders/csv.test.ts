import { readFileSync } from 'node:fs';
import { labelsFor } from '../../locales/labels';
import { decodeCsvBytes } from './csv-decode';
import { parseCsv } from './csv-parse';
import { guessMapping } from './csv-mapping';
import { buildValueLookup, planImport } from './csv-rows';
import { neutraliseCell, stakeholdersCsv } from './csv-export';
import { newStakeholderFields, type Stakeholder } from './schema';

const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/stakeholders/${name}`));
const lookup = buildValueLookup([labelsFor('es'), labelsFor('pt'), labelsFor('en')]);

function plan(name: string) {
  const { text, encoding } = decodeCsvBytes(fixture(name));
  const csv = parseCsv(text);
  const mapping = guessMapping(csv.headers);
  return { encoding, csv, mapping, ...planImport(csv, mapping, { side: 'lac' }, lookup) };
}

describe('reading CSV files as spreadsheets write them', () => {
  it('reads UTF-8 with a BOM and semicolons, with Spanish headers and vocabulary words', () => {
    const { encoding, csv, mapping, valid, invalid } = plan('utf8-bom-semicolon.csv');
    expect(encoding).toBe('utf-8-bom');
    expect(csv.delimiter).toBe(';');
    expect(csv.headers[0]).toBe('Nombre'); // the BOM is not part of the first header
    expect(mapping).toEqual(['name', 'organisation', 'email', 'group', 'power', 'interest', 'engagement', 'tags']);
    expect(invalid).toEqual([]);
    expect(valid[0]!.fields).toMatchObject({ name: 'María José Núñez', group: 'academia', power: 4, interest: 5, engagement: 'collaborate', tags: ['urbanismo', 'participación'], side: 'lac' });
    expect(valid[1]!.fields).toMatchObject({ name: 'João Araújo', group: 'private-sector', engagement: 'inform' });
  });

  it('reads UTF-8 without a BOM, commas, and quoted fields holding commas, quotes and line breaks', () => {
    const { encoding, csv, valid } = plan('utf8-comma-multiline.csv');
    expect(encoding).toBe('utf-8');
    expect(csv.delimiter).toBe(',');
    expect(valid).toHaveLength(2);
    expect(valid[0]!.fields).toMatchObject({ name: 'Ángela Pérez', organisation: 'Alcaldía de Cartagena, Planeación', notes: 'First line\nsecond line, with "quotes"', group: 'city-departments' });
    expect(valid[1]!.row).toBe(3); // a quoted line break stays inside its row, as in the spreadsheet
  });

  it('detects Windows-1252 and keeps its accents', () => {
    const { encoding, valid } = plan('windows-1252-semicolon.csv');
    expect(encoding).toBe('windows-1252');
    expect(valid.map((r) => r.fields.name)).toEqual(['José Gómez', 'Iñaki Ibáñez']);
    expect(valid[0]!.fields.organisation).toBe('Ayuntamiento de Málaga');
  });

  it('skips empty rows but numbers the others as the spreadsheet does', () => {
    const { valid, invalid } = plan('empty-rows.csv');
    expect(invalid).toEqual([]);
    expect(valid.map((r) => [r.row, r.fields.name])).toEqual([[3, 'Ana Lima'], [6, 'Carlos Ruiz']]);
  });

  it('reports a broken quote with its row number instead of importing a garbled row', () => {
    const { valid, invalid } = plan('broken-quotes.csv');
    expect(valid.map((r) => r.fields.name)).toEqual(['Ana Lima']);
    expect(invalid).toHaveLength(1);
    expect(invalid[0]!.row).toBe(3);
    expect(invalid[0]!.errors.map((e) => e.key)).toContain('stakeholders:errors.brokenQuotes');
  });

  it('keeps a 10 000-character note and refuses a 10 000-character name, naming the row', () => {
    const { valid, invalid } = plan('long-cells.csv');
    expect(valid).toHaveLength(1);
    expect(valid[0]!.fields.notes).toHaveLength(10_000);
    expect(invalid).toEqual([{ row: 3, fields: expect.anything(), errors: [{ path: 'name', key: 'tooLong', params: { max: 300 } }] }]);
  });

  it('names every error of every row, with the row number, and imports nothing from those rows', () => {
    const { mapping, valid, invalid } = plan('row-errors.csv');
    expect(mapping).toEqual(['name', 'organisation', 'email', 'power', 'interest', 'group']);
    expect(valid.map((r) => r.fields.name)).toEqual(['Ana Lima']);
    expect(valid[0]!.fields.group).toBe('academia');
    const byRow = Object.fromEntries(invalid.map((r) => [r.row, r.errors.map((e) => `${e.path}:${e.key}`)]));
    expect(byRow).toEqual({
      3: ['name:stakeholders:errors.nameOrOrganisation'],
      4: ['email:invalidEmail', 'power:stakeholders:errors.scale'],
      5: ['group:stakeholders:errors.unknownValue'],
    });
  });

  it('reads formula-looking cells as plain text', () => {
    const { valid } = plan('formula-cells.csv');
    expect(valid[0]!.fields.name).toBe('=HYPERLINK("http://evil.example","click")');
    expect(valid[0]!.fields.notes).toBe('@SUM(A1:A2)');
    expect(valid[1]!.fields.organisation).toBe('-Minus Org');
    expect(valid[1]!.fields.notes).toBe('\tTabbed');
  });
});

describe('guessing columns from headers in Spanish, Portuguese and English', () => {
  it('ignores case, accents and unknown headers, and takes each field once', () => {
    expect(guessMapping(['NOMBRE', 'Organização', 'e-mail', 'Teléfono', 'Favourite colour', 'Nome', 'Interesse', 'Idiomas'])).toEqual([
      'name', 'organisation', 'email', 'phone', '', '', 'interest', 'languages',
    ]);
  });
});

describe('exporting CSV for Excel', () => {
  const record = (patch: Partial<Stakeholder>): Stakeholder => ({ id: 'x', pairingId: 'p', ...newStakeholderFields({ side: 'eu', ...patch }) });

  it('neutralises every cell a spreadsheet would run as a formula, and no phone number', () => {
    expect(['=1+1', '@SUM(A1)', '\tx', '\rx', '+SUM(A1:A2)', '-1+A1', "+cmd|' /C calc'!A0", '-Minus Org', '+', 'plain', '', 'a=b'].map(neutraliseCell)).toEqual([
      "'=1+1", "'@SUM(A1)", "'\tx", "'\rx", "'+SUM(A1:A2)", "'-1+A1", "'+cmd|' /C calc'!A0", "'-Minus Org", "'+", 'plain', '', 'a=b',
    ]);
    // Phones and signed numbers are data: digits, spaces and ( ) . - / only.
    expect(['+57 300 123 4567', '+34 (91) 555-12-34', '+351 21.123.4567', '-2', '+1/555/0100'].map(neutraliseCell)).toEqual([
      '+57 300 123 4567', '+34 (91) 555-12-34', '+351 21.123.4567', '-2', '+1/555/0100',
    ]);
  });

  it('writes UTF-8 with a BOM, CRLF, semicolons, quoted line breaks and guarded formulas, and reads back the same', () => {
    const t = labelsFor('es');
    const records = [
      record({ name: '=HYPERLINK("http://evil.example","x")', organisation: 'São Leopoldo; Prefeitura', notes: 'línea 1\nlínea 2', tags: ['a', 'b'], group: 'media', power: 5 }),
      record({ name: 'Ñandú 🐦 שלום', phone: '+57 300', engagement: 'empower' }),
    ];
    const bytes = stakeholdersCsv(records, t, ';');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n')[0]).toBe('Lado;Persona;Organización;Cargo;Grupo;Correo electrónico;Teléfono;Sitio web;Dirección;Idiomas;Poder;Interés;Participación;Postura;Etiquetas;Notas');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(text).toContain(';+57 300;');
    expect(text).not.toContain("'+57 300");
    expect(text.replace(/"[^"]*"/g, '').includes('\n')).toBe(text.replace(/"[^"]*"/g, '').includes('\r\n')); // bare LF only inside quotes

    const { text: decoded, encoding } = decodeCsvBytes(bytes);
    expect(encoding).toBe('utf-8-bom');
    const csv = parseCsv(decoded);
    const back = planImport(csv, guessMapping(csv.headers), { side: 'lac' }, lookup);
    expect(back.invalid).toEqual([]);
    expect(back.valid.map((r) => r.fields)).toEqual(records.map(({ id: _i, pairingId: _p, deleted: _d, ...f }) => f));
  });
});
