import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { LocalizedTextEditor } from './LocalizedTextEditor';
import { AppHeader } from '../../components/AppHeader';
import { renderWithDb } from '../../../../test/render-app';
import { freshDatabase } from '../../db/test-db';
import { createPairing } from '../../db/pairings-repo';
import { updateRecord } from '../../db/records-repo';
import { AUTOSAVE_DELAY_MS } from '../../components/fields/useAutosave';
import { LONG_TEXT_MAX } from '../../../../shared/model/fields';
import type { LocalizedText } from '../../../../shared/text/localized';
import { useRoute } from '../../hooks/useRoute';

/** The screen the app would show, as App reads it. */
function Where() {
  return <p data-testid="where">{useRoute().screen}</p>;
}

/** The dossier's summary as the screen edits it: through the write path, under the header. */
async function summaryEditor() {
  const db = freshDatabase();
  const id = await createPairing(db, { name: 'Málaga', country: 'ES' }, { name: 'Cartagena de Indias', country: 'CO' });
  const saved: LocalizedText[] = [];
  const onSave = async (summary: LocalizedText) => {
    await updateRecord(db, 'pairing', id, id, { summary });
    saved.push(summary);
  };
  renderWithDb(
    <>
      <AppHeader route={{ screen: 'pairing', id }} />
      <LocalizedTextEditor label="Summary" value={{ es: 'Resumen', en: 'Summary' }} onSave={onSave} />
      <Where />
    </>,
    db,
  );
  await screen.findByTestId('network-state');
  return { db, id, saved };
}

const tab = (name: RegExp) => screen.getByRole('tab', { name });
const saveState = () => screen.getByTestId('save-state').textContent;

describe('the language tabs of a text in several languages', () => {
  it('follow the WAI-ARIA tabs pattern: one tab in the Tab order, arrows, Home and End, each naming its panel', async () => {
    await summaryEditor();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent?.slice(0, 7))).toEqual(['Spanish', 'Portugu', 'English']);
    const panel = screen.getByRole('tabpanel');
    for (const t of tabs) expect(t.getAttribute('aria-controls')).toBe(panel.id);
    // Opens on the interface language (English).
    expect(tabs.map((t) => [t.getAttribute('aria-selected'), t.tabIndex])).toEqual([['false', -1], ['false', -1], ['true', 0]]);
    expect(panel.getAttribute('aria-labelledby')).toBe(tab(/English/).id);

    tab(/English/).focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab(/Spanish/));
    await waitFor(() => expect(tab(/Spanish/).getAttribute('aria-selected')).toBe('true'));
    expect(tab(/Spanish/).tabIndex).toBe(0);
    expect(tab(/English/).tabIndex).toBe(-1);
    expect((screen.getByLabelText('Summary (Spanish)') as HTMLTextAreaElement).value).toBe('Resumen');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    await waitFor(() => expect(tab(/English/).getAttribute('aria-selected')).toBe('true'));
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    await waitFor(() => expect(tab(/Spanish/).getAttribute('aria-selected')).toBe('true'));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    await waitFor(() => expect(tab(/English/).getAttribute('aria-selected')).toBe('true'));
    expect(document.activeElement).toBe(tab(/English/));
    expect(screen.getByRole('tabpanel').getAttribute('lang')).toBe('en');
  });
});

describe('a text that could not be saved', () => {
  it('makes the header say "not saved" naming the field, asks before another tab drops it, and keeps it on "keep editing"', async () => {
    const { db, id, saved } = await summaryEditor();
    expect(saveState()).toBe('All changes saved on this device');
    const tooLong = 'x'.repeat(LONG_TEXT_MAX + 1);
    fireEvent.change(screen.getByLabelText('Summary (English)'), { target: { value: tooLong } });
    await screen.findByText(/too long/i, {}, { timeout: AUTOSAVE_DELAY_MS + 3000 });
    await waitFor(() => expect(saveState()).toBe('Not saved: Summary (English)'));
    expect(saved).toEqual([]);

    // Another tab: asked first, "keep editing" is the default and keeps the text.
    fireEvent.click(tab(/Spanish/));
    const dialog = await screen.findByRole('dialog', { name: 'Discard the text that is not saved?' });
    expect(within(dialog).getByText(/Summary \(English\) holds text that could not be saved/)).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep editing' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(tab(/English/).getAttribute('aria-selected')).toBe('true');
    expect((screen.getByLabelText('Summary (English)') as HTMLTextAreaElement).value).toBe(tooLong);
    expect(saveState()).toBe('Not saved: Summary (English)');

    // "Discard and leave" drops it, and the header is truthful again.
    fireEvent.click(tab(/Spanish/));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Discard and leave' }));
    await waitFor(() => expect(tab(/Spanish/).getAttribute('aria-selected')).toBe('true'));
    await waitFor(() => expect(saveState()).toBe('All changes saved on this device'));
    expect((await db.pairings.get(id))!.summary.en ?? '').not.toBe(tooLong);
  });

  it('asks before the screen changes, and leaves the address on the screen while asked', async () => {
    window.location.hash = '#/pairing/p1';
    await summaryEditor();
    fireEvent.change(screen.getByLabelText('Summary (English)'), { target: { value: 'x'.repeat(LONG_TEXT_MAX + 1) } });
    await waitFor(() => expect(saveState()).toBe('Not saved: Summary (English)'), { timeout: AUTOSAVE_DELAY_MS + 3000 });
    // Closing the tab or the window: the browser asks.
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    act(() => {
      window.location.hash = '#/bin';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    const dialog = await screen.findByRole('dialog');
    expect(window.location.hash).toBe('#/pairing/p1');
    expect(screen.getByTestId('where').textContent).toBe('pairing');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(window.location.hash).toBe('#/pairing/p1');
    expect(saveState()).toBe('Not saved: Summary (English)');

    // Asked again, "Discard and leave" goes where the user meant to.
    act(() => {
      window.location.hash = '#/bin';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Discard and leave' }));
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('bin'));
    expect(window.location.hash).toBe('#/bin');
  });

  it('lets the screen change without a question when nothing is left unsaved', async () => {
    window.location.hash = '#/pairing/p1';
    await summaryEditor();
    act(() => {
      window.location.hash = '#/settings';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('settings'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
