import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConflictsPanel } from './ConflictsPanel';
import { renderWithDb } from '../../../../../test/render-app';
import { freshDatabase } from '../../../db/test-db';
import { createPairing } from '../../../db/pairings-repo';
import { createRecord, updateRecord } from '../../../db/records-repo';
import { formatStamp } from '../../../../../shared/clock/hlc';

async function withConflict() {
  const db = freshDatabase();
  const pairingId = await createPairing(db, { name: 'Málaga', country: 'ES' }, { name: 'Cartagena de Indias', country: 'CO' });
  await updateRecord(db, 'pairing', pairingId, pairingId, { summary: { es: 'Texto de Cartagena' } });
  const conflictId = await createRecord(db, 'conflict', pairingId, {
    deleted: false,
    recordKind: 'pairing',
    recordRef: pairingId,
    field: 'summary.es',
    losingValue: 'Texto de Málaga',
    losingHlc: formatStamp(Date.UTC(2026, 10, 20, 9, 30), 0, 'dev1'),
    winningHlc: formatStamp(Date.UTC(2026, 10, 20, 9, 31), 0, 'dev2'),
  });
  renderWithDb(<ConflictsPanel pairingId={pairingId} />, db);
  const card = await screen.findByRole('article', { name: 'Conflict on Summary (Spanish)' });
  return { db, pairingId, conflictId, card };
}

describe('the conflict inbox', () => {
  it('shows the text in place beside the text kept aside', async () => {
    const { card } = await withConflict();
    expect(await within(card).findByText('Texto de Cartagena')).toBeTruthy();
    expect(within(card).getByText('Texto de Málaga')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '1 text to reconcile' })).toBeTruthy();
  });

  it('puts the kept text in place and closes the conflict', async () => {
    const { db, pairingId, conflictId, card } = await withConflict();
    await userEvent.click(within(card).getByRole('button', { name: 'Use the kept text' }));
    await waitFor(async () => expect((await db.pairings.get(pairingId))!.summary).toEqual({ es: 'Texto de Málaga' }));
    expect((await db.conflicts.get(conflictId))!.deleted).toBe(true);
    await waitFor(() => expect(screen.queryByRole('article')).toBeNull());
  });

  it('saves a text merged by hand', async () => {
    const { db, pairingId, card } = await withConflict();
    const user = userEvent.setup();
    await user.click(within(card).getByRole('button', { name: 'Write a merged text…' }));
    const box = within(card).getByLabelText('Merged text') as HTMLTextAreaElement;
    expect(box.value).toBe('Texto de Cartagena\n\nTexto de Málaga');
    await user.clear(box);
    await user.type(box, 'Texto común de ambas ciudades');
    await user.click(within(card).getByRole('button', { name: 'Save the merged text' }));
    await waitFor(async () => expect((await db.pairings.get(pairingId))!.summary.es).toBe('Texto común de ambas ciudades'));
  });

  it('keeps the text in place when asked, leaving the record as it was', async () => {
    const { db, pairingId, conflictId, card } = await withConflict();
    await userEvent.click(within(card).getByRole('button', { name: 'Keep the text in place' }));
    await waitFor(async () => expect((await db.conflicts.get(conflictId))!.deleted).toBe(true));
    expect((await db.pairings.get(pairingId))!.summary).toEqual({ es: 'Texto de Cartagena' });
  });
});
