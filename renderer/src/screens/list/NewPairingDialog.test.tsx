import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NewPairingDialog } from './NewPairingDialog';
import { renderWithDb } from '../../../../test/render-app';

describe('the new pairing dialog', () => {
  it('names what is missing on each side and creates nothing', async () => {
    const user = userEvent.setup();
    const { db } = renderWithDb(<NewPairingDialog onClose={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Create pairing' }));
    expect(await screen.findAllByText('This field is required.')).toHaveLength(2);
    expect(screen.getAllByText('Choose a country from the list.')).toHaveLength(2);
    expect(await db.pairings.count()).toBe(0);
  });

  it('creates the pairing and opens its dossier', async () => {
    const user = userEvent.setup();
    let closed = false;
    const { db } = renderWithDb(<NewPairingDialog onClose={() => (closed = true)} />);
    const names = screen.getAllByLabelText('Municipality or region');
    const countries = screen.getAllByLabelText('Country');
    await user.type(names[0]!, 'São Leopoldo');
    await user.selectOptions(countries[0]!, 'BR');
    await user.type(names[1]!, 'Viana do Castelo');
    await user.selectOptions(countries[1]!, 'PT');
    await user.click(screen.getByRole('button', { name: 'Create pairing' }));
    await waitFor(() => expect(closed).toBe(true));
    const [pairing] = await db.pairings.toArray();
    expect(pairing!.lac.municipalities[0]).toMatchObject({ name: 'São Leopoldo', country: 'BR' });
    expect(window.location.hash).toBe(`#/pairing/${pairing!.id}`);
  });
});
