import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { DossierScreen } from './DossierScreen';
import { renderWithDb } from '../../../../test/render-app';
import { freshDatabase } from '../../db/test-db';
import { createPairing } from '../../db/pairings-repo';
import { createRecord } from '../../db/records-repo';
import { newAssignmentFields, newPositionFields } from '../../../../shared/model/defaults';
import { Toasts } from '../../components/Toasts';
import { typeDate } from '../../../../test/date-fields';

async function dossier() {
  const db = freshDatabase();
  const id = await createPairing(db, { name: 'Málaga', country: 'ES' }, { name: 'Cartagena de Indias', country: 'CO' });
  renderWithDb(
    <>
      <DossierScreen id={id} />
      <Toasts />
    </>,
    db,
  );
  await screen.findByRole('heading', { level: 1, name: 'Cartagena de Indias – Málaga' });
  return { db, id };
}

describe('the dossier form', () => {
  it('says a cleared municipality name is required and keeps the saved name', async () => {
    const { db, id } = await dossier();
    const name = screen.getAllByLabelText(/Municipality or region 1/)[1]!; // second column: the European side
    fireEvent.change(name, { target: { value: '' } });
    fireEvent.blur(name);
    expect(await screen.findByText('This field is required.')).toBeTruthy();
    expect((await db.pairings.get(id))!.eu.municipalities[0]!.name).toBe('Málaga');
  });

  it('saves a municipality rename by itself, without a save button', async () => {
    const { db, id } = await dossier();
    const name = screen.getAllByLabelText(/Municipality or region 1/)[1]!;
    fireEvent.change(name, { target: { value: 'Málaga (Ayuntamiento)' } });
    await waitFor(async () => expect((await db.pairings.get(id))!.eu.municipalities[0]!.name).toBe('Málaga (Ayuntamiento)'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Cartagena de Indias – Málaga (Ayuntamiento)' })).toBeTruthy();
  });

  it('refuses an end date before the start date, in the interface language', async () => {
    const { db, id } = await dossier();
    await act(() => i18next.changeLanguage('es'));
    await typeDate('Inicio', '2026-09-01');
    await waitFor(async () => expect((await db.pairings.get(id))!.startDate).toBe('2026-09-01'));
    await typeDate('Fin', '2026-03-01');
    expect(await screen.findByText('La fecha de fin es anterior a la de inicio.')).toBeTruthy();
    expect((await db.pairings.get(id))!.endDate).toBeNull();
  });

  it('warns, without blocking, when the pairing lasts longer than 18 months', async () => {
    const { db, id } = await dossier();
    await typeDate('Start', '2026-01-01');
    await waitFor(async () => expect((await db.pairings.get(id))!.startDate).toBe('2026-01-01'));
    await typeDate('End', '2027-12-31');
    expect(await screen.findByText(/longer than the programme's 18 months/)).toBeTruthy();
    await waitFor(async () => expect((await db.pairings.get(id))!.endDate).toBe('2027-12-31'));
  });

  it('refuses a 1 MB summary with a clear message and keeps the earlier text', async () => {
    const { db, id } = await dossier();
    const summary = screen.getByLabelText('Summary (English)');
    fireEvent.change(summary, { target: { value: 'Gardens as meeting places.' } });
    fireEvent.blur(summary);
    await waitFor(async () => expect((await db.pairings.get(id))!.summary.en).toBe('Gardens as meeting places.'));
    fireEvent.change(summary, { target: { value: 'x'.repeat(1024 * 1024) } });
    fireEvent.blur(summary);
    expect(await screen.findByText('Too long: at most 50000 characters.')).toBeTruthy();
    expect((await db.pairings.get(id))!.summary.en).toBe('Gardens as meeting places.');
  });

  it('shows markup, emoji and right-to-left text as plain text', async () => {
    const { db, id } = await dossier();
    const hostile = '<img src=x onerror=alert(1)> 🙂 مرحبا';
    const summary = screen.getByLabelText('Summary (English)');
    fireEvent.change(summary, { target: { value: hostile } });
    fireEvent.blur(summary);
    await waitFor(async () => expect((await db.pairings.get(id))!.summary.en).toBe(hostile));
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect((summary as HTMLTextAreaElement).value).toBe(hostile);
  });

  it('flags a vacant position, then shows the holder and the handover history', async () => {
    const { db, id } = await dossier();
    const user = userEvent.setup();
    const positionId = await createRecord(db, 'position', id, newPositionFields('eu', 'International relations officer', 'Municipality of Málaga'));
    const card = await screen.findByRole('article', { name: 'International relations officer' });
    expect(within(card).getByText('Vacant.')).toBeTruthy();
    await createRecord(db, 'assignment', id, newAssignmentFields(positionId, { name: 'Lucía Romero', email: '', phone: '', organisation: '' }, '2025-01-01'));
    await within(card).findByText('Lucía Romero');
    await user.click(within(card).getByRole('button', { name: 'Hand over' }));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByLabelText('Handover note'), 'Files are in the shared drive.');
    await user.click(within(dialog).getByRole('button', { name: 'Hand over' }));
    expect(await within(dialog).findByText('This field is required.')).toBeTruthy();
    await user.type(within(dialog).getByLabelText(/^Name/), 'Andrés Gil');
    await user.click(within(dialog).getByRole('button', { name: 'Hand over' }));
    await within(card).findByText('Andrés Gil');
    expect(within(card).getByText('History: 1 earlier holder')).toBeTruthy();
    expect(within(card).getByText('Files are in the shared drive.')).toBeTruthy();
  });

  it('lets a position, its holder and an agreement say which language their texts are written in', async () => {
    const { db, id } = await dossier();
    const user = userEvent.setup();
    const positionId = await createRecord(db, 'position', id, newPositionFields('lac', 'Coordinación de la cooperación', 'Alcaldía de Cartagena'));
    await createRecord(db, 'assignment', id, newAssignmentFields(positionId, { name: 'Ana Lima', email: '', phone: '', organisation: '' }, '2025-01-01'));
    const card = await screen.findByRole('article', { name: 'Coordinación de la cooperación' });
    fireEvent.change(within(card).getByLabelText('Texts written in'), { target: { value: 'es' } });
    await waitFor(async () => expect((await db.positions.get(positionId))!.writtenIn).toBe('es'));
    await user.click(await within(card).findByRole('button', { name: 'Edit' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Ana Lima' });
    fireEvent.change(within(dialog).getByLabelText('Texts written in'), { target: { value: 'pt' } });
    await waitFor(async () => expect((await db.assignments.where('positionId').equals(positionId).first())!.writtenIn).toBe('pt'));
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await user.type(screen.getByLabelText('New agreement'), 'Memorando de entendimento');
    await user.click(screen.getByRole('button', { name: 'Add agreement' }));
    const agreement = await screen.findByRole('article', { name: 'Memorando de entendimento' });
    fireEvent.change(within(agreement).getByLabelText('Texts written in'), { target: { value: 'pt' } });
    await waitFor(async () => expect((await db.agreements.where('pairingId').equals(id).first())!.writtenIn).toBe('pt'));
  });

  it('deletes an agreement with Undo', async () => {
    const { db, id } = await dossier();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('New agreement'), 'Memorandum of understanding');
    await user.click(screen.getByRole('button', { name: 'Add agreement' }));
    const agreement = await screen.findByRole('article', { name: 'Memorandum of understanding' });
    await user.click(within(agreement).getByRole('button', { name: 'Delete agreement' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Memorandum of understanding' })).toBeNull());
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('article', { name: 'Memorandum of understanding' })).toBeTruthy();
    expect((await db.agreements.where('pairingId').equals(id).first())!.deleted).toBe(false);
  });
});
