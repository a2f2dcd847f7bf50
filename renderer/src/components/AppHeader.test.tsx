import { fireEvent, screen, waitFor } from '@testing-library/react';
import { TextField } from './fields/TextField';
import { LONG_TEXT_MAX } from '../../../shared/model/fields';
import { AppHeader } from './AppHeader';
import { renderWithDb } from '../../../test/render-app';
import { freshDatabase } from '../db/test-db';
import { createPairing } from '../db/pairings-repo';
import { updateRecord } from '../db/records-repo';
import { followPairing } from '../sync/sync-settings';

describe('the header', () => {
  it('says how many changes still have to reach the partner team, only for pairings that sync', async () => {
    const db = freshDatabase();
    const shared = await createPairing(db, { name: 'Málaga', country: 'ES' }, { name: 'Cartagena de Indias', country: 'CO' });
    await createPairing(db, { name: 'Madrid', country: 'ES' }, { name: 'Buenos Aires', country: 'AR' });
    renderWithDb(<AppHeader route={{ screen: 'list' }} />, db);
    await screen.findByTestId('network-state');
    expect(screen.queryByTestId('to-sync')).toBeNull();
    await followPairing(db, shared, 'coordinator');
    expect((await screen.findByTestId('to-sync')).textContent).toBe('1 change to send');
    await updateRecord(db, 'pairing', shared, shared, { status: 'active' });
    await waitFor(() => expect(screen.getByTestId('to-sync').textContent).toBe('2 changes to send'));
  });

  it('never says "saved" while fields hold text that could not be saved: it names them and takes the user there', async () => {
    const db = freshDatabase();
    const id = await createPairing(db, { name: 'Málaga', country: 'ES' }, { name: 'Cartagena de Indias', country: 'CO' });
    const saveText = (lang: 'en' | 'es') => (text: string) => updateRecord(db, 'pairing', id, id, { summary: { [lang]: text } });
    renderWithDb(
      <>
        <AppHeader route={{ screen: 'list' }} />
        <TextField label="Summary" value="" multiline onSave={saveText('en')} />
        <TextField label="Resumen" value="" multiline onSave={saveText('es')} />
      </>,
      db,
    );
    const state = await screen.findByTestId('save-state');
    expect(state.textContent).toBe('All changes saved on this device');
    fireEvent.change(screen.getByLabelText('Summary'), { target: { value: 'x'.repeat(LONG_TEXT_MAX + 1) } });
    fireEvent.blur(screen.getByLabelText('Summary'));
    fireEvent.change(screen.getByLabelText('Resumen'), { target: { value: 'y'.repeat(LONG_TEXT_MAX + 1) } });
    fireEvent.blur(screen.getByLabelText('Resumen'));
    await waitFor(() => expect(state.textContent).toBe('Not saved: Summary and Resumen'));
    // The words the desktop shell's close question takes (electron/main: will-prevent-unload).
    const question = document.querySelector<HTMLElement>('[data-close-question]')!;
    expect({ ...question.dataset }).toEqual({ closeQuestion: '', title: 'Discard the text that is not saved?', message: 'Summary and Resumen hold text that could not be saved. If you leave them now, that text is lost.', keep: 'Keep editing', discard: 'Discard and close' });
    fireEvent.click(screen.getByRole('button', { name: 'Go to the field' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Summary'));
    // Put right, it saves, and the header says so again.
    fireEvent.change(screen.getByLabelText('Summary'), { target: { value: 'A short summary' } });
    fireEvent.blur(screen.getByLabelText('Summary'));
    await waitFor(() => expect(state.textContent).toBe('Not saved: Resumen'));
    fireEvent.change(screen.getByLabelText('Resumen'), { target: { value: 'Un resumen breve' } });
    fireEvent.blur(screen.getByLabelText('Resumen'));
    await waitFor(() => expect(state.textContent).toBe('All changes saved on this device'));
    expect(document.querySelector('[data-close-question]')).toBeNull();
    expect((await db.pairings.get(id))!.summary.es).toBe('Un resumen breve');
  });
});
