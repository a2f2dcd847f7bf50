import { screen, waitFor } from '@testing-library/react';
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
});
