import { act, fireEvent, screen } from '@testing-library/react';
import i18next from 'i18next';
import { PairingListScreen } from './PairingListScreen';
import { renderWithDb } from '../../../../test/render-app';
import { freshDatabase } from '../../db/test-db';
import { createPairing } from '../../db/pairings-repo';
import { useUiStore } from '../../state/ui-store';

afterEach(() => useUiStore.getState().clearFilters());

describe('the pairing list count', () => {
  it('takes its plural from the number of pairings, in each language', async () => {
    const db = freshDatabase();
    await createPairing(db, { name: 'Rosario', country: 'AR' }, { name: 'Genova', country: 'IT' });
    await createPairing(db, { name: 'Cuenca', country: 'EC' }, { name: 'Lyon', country: 'FR' });
    renderWithDb(<PairingListScreen />, db);
    fireEvent.change(await screen.findByLabelText('Search'), { target: { value: 'rosario' } });
    expect((await screen.findByRole('status')).textContent).toBe('1 of 2 pairings');
    await act(() => i18next.changeLanguage('es'));
    expect(screen.getByRole('status').textContent).toBe('1 de 2 hermanamientos');
    await act(() => i18next.changeLanguage('pt'));
    expect(screen.getByRole('status').textContent).toBe('1 de 2 parcerias');
  });
});
