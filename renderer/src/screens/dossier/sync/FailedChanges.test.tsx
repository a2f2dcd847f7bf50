import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FailedChanges } from './FailedChanges';
import { renderWithDb } from '../../../../../test/render-app';
import { freshDatabase } from '../../../db/test-db';

describe('changes the server refused', () => {
  it('shows each one with its text and reason, and dismisses it only when asked', async () => {
    const db = freshDatabase();
    await db.failedChanges.put({ id: 'c1', pairingId: 'p1', reason: 'viewerCannotWrite', at: Date.UTC(2026, 10, 24, 9), change: { id: 'c1', kind: 'agreement', recordId: 'a1', pairingId: 'p1', fields: { title: 'Acta del taller 🙂' }, hlc: 'h' } });
    renderWithDb(<FailedChanges pairingId="p1" />, db);
    await userEvent.click(await screen.findByText('1 change was refused by the server and kept on this device.'));
    expect(screen.getByText('title: Acta del taller 🙂')).toBeTruthy();
    expect(screen.getByText(/Your role is read-only/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(async () => expect(await db.failedChanges.count()).toBe(0));
  });
});
