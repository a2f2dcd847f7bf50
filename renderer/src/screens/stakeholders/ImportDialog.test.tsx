import { readFileSync } from 'node:fs';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { ImportDialog } from './ImportDialog';
import { renderWithDb } from '../../../../test/render-app';
import { freshDatabase } from '../../db/test-db';
import { createPairing } from '../../db/pairings-repo';
import { importStakeholders } from '../../db/stakeholders-repo';
import { readValueChoices } from './import-value-memory';
import { newStakeholderFields } from '../../../../shared/stakeholders/schema';
import type { PonteDatabase } from '../../db/database';

const FIXTURE = 'test/fixtures/stakeholders/short-labels-windows-1252.csv';

async function openDialog(db: PonteDatabase, pairingId: string, onClose = () => {}) {
  renderWithDb(<ImportDialog pairingId={pairingId} onClose={onClose} />, db);
  return screen.findByRole('dialog', { name: 'Importar actores desde CSV' });
}

function pick(dialog: HTMLElement, bytes: Uint8Array<ArrayBuffer>, name = 'actores.csv') {
  fireEvent.change(within(dialog).getByLabelText(/archivo CSV/), { target: { files: [new File([bytes], name, { type: 'text/csv' })] } });
}

async function setup() {
  await act(() => i18next.changeLanguage('es'));
  const db = freshDatabase();
  const pairingId = await createPairing(db, { name: 'Málaga', country: 'ES' }, { name: 'Cartagena de Indias', country: 'CO' });
  const { deleted: _d, ...camila } = newStakeholderFields({ side: 'lac', name: 'Camila Restrepo', organisation: 'El Universal', group: 'media' });
  await importStakeholders(db, pairingId, [camila]);
  return { db, pairingId };
}

describe('the value-mapping step of the import', () => {
  it('asks only for the values no label or short form matches, shows labels and duplicates, imports every row and remembers the answer', async () => {
    const { db, pairingId } = await setup();
    const onClose = vi.fn();
    const dialog = await openDialog(db, pairingId, onClose);
    pick(dialog, new Uint8Array(readFileSync(FIXTURE)));
    expect(await within(dialog).findByText('Leídas 7 filas, separadas por «;», codificación Windows-1252.')).toBeTruthy();
    // Empresas, ONG, Medios, Universidad, Sociedad Civil, Gremio are known; only "Junta vecinal" is asked.
    expect(within(dialog).getByRole('status').textContent).toBe('6 filas listas para importar, 1 con errores.');
    const step = within(dialog).getByRole('group', { name: 'Valores por asignar' });
    const selects = within(step).getAllByRole('combobox');
    expect(selects).toHaveLength(1);
    const junta = within(step).getByLabelText('«Junta vecinal» en «Grupo» (1 fila)');
    expect(within(junta).getByRole('option', { name: 'Ciudadanía y organizaciones de la sociedad civil' })).toBeTruthy();
    fireEvent.change(junta, { target: { value: 'civil-society' } });
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toBe('7 filas listas para importar, 0 con errores.'));

    // The preview shows what the register will show: labels in Spanish, no internal codes, no NaN.
    // A region the keyboard reaches, since it scrolls.
    expect(within(dialog).getByRole('region', { name: 'Vista previa' }).tabIndex).toBe(0);
    const preview = within(dialog).getByRole('table');
    expect(within(preview).getAllByText('Ciudadanía y organizaciones de la sociedad civil').length).toBeGreaterThan(0);
    expect(within(preview).getByText('Empresas privadas y asociaciones empresariales')).toBeTruthy();
    expect(within(preview).getAllByText('Lado latinoamericano y caribeño').length).toBeGreaterThan(0);
    expect(preview.textContent).not.toMatch(/civil-society|private-sector|NaN|\blac\b/);

    // Duplicates, in the file and against the register, before confirming.
    const duplicates = within(dialog).getByRole('region', { name: 'Posibles duplicados' });
    expect(within(duplicates).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Fila 2 «Camila Restrepo» y «Camila Restrepo», ya en el registro: Mismo nombre.',
      'Fila 7 «Joaquin Nunez» y fila 3: Mismo nombre.',
    ]);
    expect(await db.stakeholders.count()).toBe(1);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Importar 7 filas' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const stored = await db.stakeholders.toArray();
    expect(stored).toHaveLength(8);
    expect(stored.find((s) => s.name === 'Marta Gil')!.group).toBe('civil-society');
    expect(stored.find((s) => s.name === 'Lucía Fernández')!.group).toBe('media');
    expect(await readValueChoices(db)).toEqual({ group: { 'junta vecinal': 'civil-society' } });
  });

  it('offers a remembered answer already chosen on the next import, and it can be changed', async () => {
    const { db, pairingId } = await setup();
    await db.meta.put({ key: 'stakeholders.importValueChoices', value: { group: { 'junta vecinal': 'other-government' } } });
    const dialog = await openDialog(db, pairingId);
    pick(dialog, new Uint8Array(readFileSync(FIXTURE)));
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toBe('7 filas listas para importar, 0 con errores.'));
    const junta = within(dialog).getByLabelText('«Junta vecinal» en «Grupo» (1 fila)') as HTMLSelectElement;
    expect(junta.value).toBe('other-government');
    fireEvent.change(junta, { target: { value: 'media' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Importar 7 filas' }));
    await waitFor(async () => expect((await db.stakeholders.toArray()).find((s) => s.name === 'Marta Gil')?.group).toBe('media'));
    expect(await readValueChoices(db)).toEqual({ group: { 'junta vecinal': 'media' } });
  });

  it('says "1 fila lista", in the singular, and shows a refused value as it was typed', async () => {
    const { db, pairingId } = await setup();
    const dialog = await openDialog(db, pairingId);
    pick(dialog, new TextEncoder().encode('Nombre;Grupo;Poder\nAna Torres;Prensa;4\nRui Costa;Astronautas;alto\n'));
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toBe('1 fila lista para importar, 1 con errores.'));
    expect(within(dialog).getByText('Leídas 2 filas, separadas por «;», codificación UTF-8.')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Importar 1 fila' })).toBeTruthy();
    const cells = within(within(dialog).getByRole('table')).getAllByRole('row').map((r) => within(r).queryAllByRole('cell').map((c) => c.textContent));
    expect(cells.slice(1)).toEqual([
      ['2', 'Ana Torres', 'Medios de comunicación', '4'],
      ['3', 'Rui Costa', 'Astronautas', 'alto'],
    ]);
  });
});
