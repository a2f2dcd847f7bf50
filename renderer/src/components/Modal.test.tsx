import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Modal } from './Modal';
import { ConfirmDialog } from './ConfirmDialog';

function Opener({ confirm = false }: { confirm?: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open && !confirm ? (
        <Modal title="A dialog" onClose={() => setOpen(false)}>
          <p>Some text to click on.</p>
          <input aria-label="A field" />
        </Modal>
      ) : null}
      {open && confirm ? <ConfirmDialog title="Sure?" message="It goes to the bin." confirmLabel="Delete" onConfirm={() => setOpen(false)} onCancel={() => setOpen(false)} /> : null}
    </>
  );
}

describe('a modal dialog (WAI-ARIA dialog pattern)', () => {
  it('closes on Escape after a click on its text has moved focus, and gives focus back to its opener', async () => {
    const user = userEvent.setup();
    render(<Opener />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByRole('dialog', { name: 'A dialog' }).contains(document.activeElement)).toBe(true);
    await user.click(screen.getByText('Some text to click on.'));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open' }));
  });

  it('closes on Escape even when focus has fallen to the page body', async () => {
    const user = userEvent.setup();
    render(<Opener />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    (document.activeElement as HTMLElement).blur();
    expect(document.activeElement).toBe(document.body);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('keeps Tab inside the dialog', async () => {
    const user = userEvent.setup();
    render(<Opener />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.tab();
    await user.tab();
    expect(screen.getByRole('dialog').contains(document.activeElement)).toBe(true);
  });

  it('a confirmation starts on Cancel and, closed with Escape, gives focus back to its opener', async () => {
    const user = userEvent.setup();
    render(<Opener confirm />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open' }));
  });
});
