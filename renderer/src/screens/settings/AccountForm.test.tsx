import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AccountForm } from './AccountForm';
import { renderWithDb } from '../../../../test/render-app';

describe('the account form’s tabs', () => {
  it('move with the arrow keys, Home and End, showing the tab reached, with only the selected tab in the Tab order', async () => {
    const user = userEvent.setup();
    renderWithDb(<AccountForm serverUrl="" />);
    const list = screen.getByRole('tablist', { name: 'Sign in or create an account' });
    const signIn = within(list).getByRole('tab', { name: 'Sign in' });
    const register = within(list).getByRole('tab', { name: 'Create an account' });
    expect(signIn.getAttribute('aria-selected')).toBe('true');
    expect([signIn.tabIndex, register.tabIndex]).toEqual([0, -1]);
    expect(screen.getByRole('tabpanel', { name: 'Sign in' })).toBeTruthy();
    expect(screen.queryByLabelText('Your name')).toBeNull();

    await user.click(screen.getByLabelText('E-mail'));
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(signIn);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(register);
    expect(register.getAttribute('aria-selected')).toBe('true');
    expect([signIn.tabIndex, register.tabIndex]).toEqual([-1, 0]);
    expect(screen.getByRole('tabpanel', { name: 'Create an account' })).toBeTruthy();
    expect(screen.getByLabelText('Your name')).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Create an account' })).toBeTruthy();

    // It wraps round, and Home and End reach the first and the last.
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(signIn);
    expect(screen.queryByLabelText('Your name')).toBeNull();
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(register);
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(signIn);
    expect(signIn.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(register);
    expect(register.getAttribute('aria-controls')).toBe(screen.getByRole('tabpanel').id);

    // Tab leaves the tab list for the panel's first field.
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Your name'));
  });
});
