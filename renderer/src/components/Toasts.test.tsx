import { act, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { Toasts } from './Toasts';
import { Modal } from './Modal';
import { useUiStore } from '../state/ui-store';

afterEach(() => act(() => useUiStore.setState({ toasts: [] })));

describe('toasts', () => {
  it('follow a language switch while they are shown', async () => {
    render(<Toasts />);
    act(() => {
      useUiStore.getState().showToast({ tone: 'info', message: { key: 'missions:editor.deleted', values: { title: 'Visita' } }, action: { label: { key: 'ui:common.undo' }, run: () => undefined } });
    });
    expect(screen.getByRole('status').textContent).toContain('Mission “Visita” deleted.');
    await act(() => i18next.changeLanguage('es'));
    expect(screen.getByRole('status').textContent).toContain('Misión «Visita» eliminada.');
    expect(screen.getByRole('button', { name: 'Deshacer' })).toBeTruthy();
  });

  it('translate a value that is itself a key in the new language too (the role someone joined as)', async () => {
    render(<Toasts />);
    act(() => {
      useUiStore.getState().showToast({ tone: 'info', message: { key: 'sync:join.joined', values: { role: { key: 'sync:roles.editor' } } } });
    });
    const before = screen.getByRole('status').textContent!;
    expect(before).toContain(i18next.t('sync:roles.editor'));
    await act(() => i18next.changeLanguage('pt'));
    expect(screen.getByRole('status').textContent).toContain(i18next.t('sync:join.joined', { role: i18next.t('sync:roles.editor', { lng: 'pt' }), lng: 'pt' }));
    expect(screen.getByRole('status').textContent).not.toBe(before);
  });

  it('show at the foot of an open dialog, inside it, and back in the corner once it closes', () => {
    const { rerender } = render(
      <>
        <Modal title="Editor" onClose={() => undefined}>
          <p>Fields</p>
        </Modal>
        <Toasts />
      </>,
    );
    act(() => {
      useUiStore.getState().showToast({ tone: 'error', message: 'Could not save.' });
    });
    expect(within(screen.getByRole('dialog')).getByRole('alert').textContent).toContain('Could not save.');
    rerender(<Toasts />);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('alert').closest('.toasts')).not.toBeNull();
  });
});
