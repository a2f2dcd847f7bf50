import { readFileSync } from 'node:fs';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { StakeholdersScreen } from './StakeholdersScreen';
import { renderWithDb } from '../../../../test/render-app';
import { freshDatabase } from '../../db/test-db';
import { createPairing } from '../../db/pairings-repo';
import { importStakeholders } from '../../db/stakeholders-repo';
import { Toasts } from '../../components/Toasts';
import { setWritingLanguage } from '../../db/writing-language';
import { newStakeholderFields, type StakeholderFields } from '../../../../shared/stakeholders/schema';

// jsdom lays nothing out: give the list's scroller a screen's height so the
// virtualiser has a window to fill.
beforeAll(() => {
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(440);
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(1000);
});
afterAll(() => vi.restoreAllMocks());

const row = (patch: Partial<StakeholderFields>): StakeholderFields => {
  const { deleted: _d, ...fields } = newStakeholderFields({ side: 'lac', ...patch });
  return fields;
};

async function screenWith(rows: StakeholderFields[]) {
  const db = freshDatabase();
  const id = await createPairing(db, { name: 'Málaga', country: 'ES' }, { name: 'Cartagena de Indias', country: 'CO' });
  if (rows.length) await importStakeholders(db, id, rows);
  renderWithDb(
    <>
      <StakeholdersScreen pairingId={id} />
      <Toasts />
    </>,
    db,
  );
  await screen.findByRole('heading', { level: 1, name: 'Cartagena de Indias – Málaga' });
  // The first rows come from an index, the whole register after them: wait for the whole one.
  await screen.findByText(new RegExp(`^${rows.length} of ${rows.length} stakeholders?$`), {}, { timeout: 5000 });
  return { db, id };
}

const names = () => screen.queryAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell')[0]!.querySelector('button')!.textContent);

describe('the stakeholder list', () => {
  it('sorts by the interface language, finds names typed without accents, and filters by side and group', async () => {
    await screenWith([
      row({ name: 'Beatriz Souza', side: 'lac' }),
      row({ name: 'Ángela Pérez', organisation: 'Ayuntamiento de Málaga', side: 'eu', group: 'city-departments' }),
      row({ name: 'Ana Lima', group: 'academia' }),
    ]);
    await waitFor(() => expect(names()).toEqual(['Ana Lima', 'Ángela Pérez', 'Beatriz Souza']));
    fireEvent.change(screen.getByLabelText('Search stakeholders'), { target: { value: 'angela malaga' } });
    await waitFor(() => expect(names()).toEqual(['Ángela Pérez']));
    expect(screen.getByRole('status').textContent).toBe('1 of 3 stakeholders');
    fireEvent.change(screen.getByLabelText('Search stakeholders'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Side'), { target: { value: 'lac' } });
    await waitFor(() => expect(names()).toEqual(['Ana Lima', 'Beatriz Souza']));
    fireEvent.change(screen.getByLabelText('Group'), { target: { value: 'academia' } });
    await waitFor(() => expect(names()).toEqual(['Ana Lima']));
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    fireEvent.click(screen.getByRole('button', { name: 'Sort by Person / Organisation' }));
    await waitFor(() => expect(names()).toEqual(['Beatriz Souza', 'Ángela Pérez', 'Ana Lima']));
  });

  it('renders only the rows in view of a long list, and says how many there are', async () => {
    await screenWith(Array.from({ length: 3000 }, (_, i) => row({ name: `Persona ${String(i).padStart(4, '0')}` })));
    await waitFor(() => expect(names()[0]).toBe('Persona 0000'), { timeout: 15_000 });
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('3001');
    expect(names().length).toBeLessThan(60);
    fireEvent.change(screen.getByLabelText('Search stakeholders'), { target: { value: 'persona 2999' } });
    await waitFor(() => expect(names()).toEqual(['Persona 2999']));
  });

  it('opens a stakeholder, saves a valid edit by itself, refuses a bad e-mail in the interface language', async () => {
    const { db } = await screenWith([row({ name: 'Ana Lima', email: 'ana@example.org' })]);
    fireEvent.click(await screen.findByRole('button', { name: 'Ana Lima' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ana Lima' });
    await act(() => i18next.changeLanguage('es'));
    const email = within(dialog).getByLabelText('Correo electrónico');
    fireEvent.change(email, { target: { value: 'not an e-mail' } });
    fireEvent.blur(email);
    expect(await within(dialog).findByText(/correo/i, { selector: '.error' })).toBeTruthy();
    expect((await db.stakeholders.toArray())[0]!.email).toBe('ana@example.org');
    fireEvent.change(within(dialog).getByLabelText('Etiquetas'), { target: { value: 'turismo, El Espinal' } });
    fireEvent.blur(within(dialog).getByLabelText('Etiquetas'));
    await waitFor(async () => expect((await db.stakeholders.toArray())[0]!.tags).toEqual(['turismo', 'El Espinal']));
    fireEvent.change(within(dialog).getByLabelText('Poder'), { target: { value: '5' } });
    await waitFor(async () => expect((await db.stakeholders.toArray())[0]!.power).toBe(5));
  });

  it('says which language its texts are written in: the interface language it was made in, until someone says otherwise', async () => {
    // What the app's i18n setup does at start (test/setup-component.ts sets up i18next alone).
    setWritingLanguage('en');
    const { db } = await screenWith([row({ name: 'Ana Lima', notes: 'Reunião na sexta' })]).finally(() => setWritingLanguage(null));
    expect((await db.stakeholders.toArray())[0]!.writtenIn).toBe('en');
    fireEvent.click(await screen.findByRole('button', { name: 'Ana Lima' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ana Lima' });
    const writtenIn = within(dialog).getByLabelText('Texts written in') as HTMLSelectElement;
    expect(writtenIn.value).toBe('en');
    expect([...writtenIn.options].map((o) => o.text)).toEqual(['Not said', 'Spanish', 'Portuguese', 'English']);
    fireEvent.change(writtenIn, { target: { value: 'pt' } });
    await waitFor(async () => expect((await db.stakeholders.toArray())[0]!.writtenIn).toBe('pt'));
    fireEvent.change(writtenIn, { target: { value: '' } });
    await waitFor(async () => expect((await db.stakeholders.toArray())[0]!.writtenIn).toBeNull());
  });

  it('deletes with Undo', async () => {
    const { db } = await screenWith([row({ name: 'Ana Lima' })]);
    fireEvent.click(await screen.findByRole('button', { name: 'Ana Lima' }));
    // The editor reads its record before it shows its buttons; a loaded machine can take a while.
    fireEvent.click(await screen.findByRole('button', { name: 'Delete stakeholder' }, { timeout: 5000 }));
    await waitFor(async () => expect((await db.stakeholders.toArray())[0]!.deleted).toBe(true));
    expect(await screen.findByText('No stakeholders yet. Add them one by one or import a spreadsheet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('button', { name: 'Ana Lima' })).toBeTruthy();
  });
});

describe('the import dialog', () => {
  it('shows every row error with its number, writes nothing until confirmed, then writes the valid rows', async () => {
    const { db } = await screenWith([]);
    fireEvent.click(screen.getByRole('button', { name: 'Import CSV…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import stakeholders from CSV' });
    const bytes = readFileSync('test/fixtures/stakeholders/row-errors.csv');
    const file = new File([bytes], 'row-errors.csv', { type: 'text/csv' });
    fireEvent.change(within(dialog).getByLabelText(/CSV file/), { target: { files: [file] } });
    expect(await within(dialog).findByText('1 row ready to import, 3 with errors.')).toBeTruthy();
    expect(within(dialog).getByText('Row 3: Person: Give a person’s name or an organisation.')).toBeTruthy();
    expect(within(dialog).getByText('Row 4: E-mail: This is not a valid e-mail address.')).toBeTruthy();
    expect(within(dialog).getByText('Row 4: Power: Choose a whole number from 1 to 5.')).toBeTruthy();
    expect(within(dialog).getByText('Row 5: Group: “Astronautas” is not one of the choices.')).toBeTruthy();
    expect(await db.stakeholders.count()).toBe(0);

    // The "Grupo" column was a guess the user does not want: ignoring it makes row 5 valid.
    fireEvent.change(within(dialog).getByLabelText('Column “Grupo”'), { target: { value: '' } });
    expect(await within(dialog).findByText('2 rows ready to import, 2 with errors.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import 2 rows' }));
    await waitFor(async () => expect((await db.stakeholders.toArray()).map((s) => s.name).sort()).toEqual(['Ana Lima', 'Marta Souza']));
    expect(await screen.findByText('2 stakeholders imported.')).toBeTruthy();
    expect(await db.outbox.count()).toBe(2); // the pairing's creation, then the whole import as one entry
  });
});

describe('the view switch', () => {
  it('is a radio group: one Tab stop, the arrow keys move between List, Grid and Duplicates', async () => {
    await screenWith([row({ name: 'Ana Lima', power: 4, interest: 5 })]);
    const list = screen.getByRole('radio', { name: 'List' });
    expect(list.tabIndex).toBe(0);
    expect(screen.getByRole('radio', { name: 'Power/interest grid' }).tabIndex).toBe(-1);
    list.focus();
    fireEvent.keyDown(list, { key: 'ArrowRight' });
    const grid = screen.getByRole('radio', { name: 'Power/interest grid' });
    expect(grid.getAttribute('aria-checked')).toBe('true');
    expect(document.activeElement).toBe(grid);
    expect(await screen.findByRole('button', { name: /^Ana Lima: power 4, interest 5$/ })).toBeTruthy();
    fireEvent.keyDown(grid, { key: 'ArrowLeft' });
    expect(screen.getByRole('radio', { name: 'List' }).getAttribute('aria-checked')).toBe('true');
  });
});

describe('the register in Spanish', () => {
  it('shows the side badge and the languages in Spanish, not as codes', async () => {
    await screenWith([row({ name: 'Ana Lima', side: 'lac', languages: ['pt', 'es'] })]);
    await act(() => i18next.changeLanguage('es'));
    const badge = await screen.findByTitle('Lado latinoamericano y caribeño');
    expect(badge.textContent).toBe('ALC');
    fireEvent.click(screen.getByRole('button', { name: 'Ana Lima' }));
    const languages = within(await screen.findByRole('dialog', { name: 'Ana Lima' })).getByRole('group', { name: 'Idiomas' });
    const checked = within(languages).getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked).map((c) => c.parentElement!.textContent!.trim());
    expect(checked).toEqual(['español', 'portugués']);
  });
});

describe('merging two records of the same name', () => {
  it('numbers the two records, tells them apart, and heads each column with the record it comes from', async () => {
    await screenWith([row({ name: 'Camila Restrepo', organisation: 'El Universal', email: 'crestrepo@eluniversal.example', languages: ['es'] }), row({ name: 'Camila Restrepo' })]);
    fireEvent.click(screen.getByRole('radio', { name: 'Duplicates (1)' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Merge…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Merge two records' });
    const keep = within(within(dialog).getByRole('group', { name: 'Keep this record' })).getAllByRole('radio').map((r) => r.parentElement!.textContent);
    expect(keep).toHaveLength(2);
    expect(new Set(keep).size).toBe(2);
    expect(within(dialog).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Field', 'Record 1, kept', 'Record 2, goes to the bin']);
    expect(within(dialog).getByRole('row', { name: /Languages/ }).textContent).toContain('Spanish');
  });
});
