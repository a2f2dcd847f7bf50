import { fireEvent, screen, within } from '@testing-library/react';
import { SettingsScreen } from './SettingsScreen';
import { renderWithDb } from '../../../../test/render-app';

describe('the sync settings of a new device', () => {
  it('come with no server address, and signing in without one says what is missing', async () => {
    renderWithDb(<SettingsScreen />);
    const address = (await screen.findByLabelText('Server address')) as HTMLInputElement;
    expect(address.value).toBe('');
    const form = screen.getByRole('form', { name: 'Sign in' });
    fireEvent.change(within(form).getByLabelText('E-mail'), { target: { value: 'lucia@malaga.example' } });
    fireEvent.change(within(form).getByLabelText('Password'), { target: { value: 'a long enough password' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Sign in' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('Enter the address of your sync server above first.');
  });
});
