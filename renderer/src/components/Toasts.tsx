import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useUiStore, type Toast, type ToastText } from '../state/ui-store';
import { useToastSlot } from './toast-slot';

const TOAST_MS = 8000;

/** A key is translated at each render, so a toast follows a language switch. */
const say = (t: TFunction, text: string | ToastText): string => {
  if (typeof text === 'string') return text;
  // A value that is itself a key (a role, a kind) follows the switch too.
  const values = Object.fromEntries(Object.entries(text.values ?? {}).map(([name, v]) => [name, v && typeof v === 'object' && 'key' in v ? say(t, v as ToastText) : v]));
  return t(text.key, values) as string;
};

function ToastItem({ toast }: { toast: Toast }) {
  const { t } = useTranslation();
  const dismiss = useUiStore((s) => s.dismissToast);
  useEffect(() => {
    const timer = setTimeout(() => dismiss(toast.id), toast.tone === 'error' ? TOAST_MS * 2 : TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, dismiss]);
  return (
    <div className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
      <span>{say(t, toast.message)}</span>
      {toast.action ? (
        <button
          type="button"
          onClick={() => {
            dismiss(toast.id);
            void toast.action!.run();
          }}
        >
          {say(t, toast.action.label)}
        </button>
      ) : null}
      <button type="button" className="icon" aria-label={t('common.dismiss')} onClick={() => dismiss(toast.id)}>
        ×
      </button>
    </div>
  );
}

/** Messages in a corner of the window (or at the foot of an open dialog); the newest one with an action (Undo) also answers Ctrl+Z. */
export function Toasts() {
  const toasts = useUiStore((s) => s.toasts);
  const dismiss = useUiStore((s) => s.dismissToast);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
      if (typing || !(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z') return;
      const undoable = [...toasts].reverse().find((t) => t.action);
      if (!undoable) return;
      e.preventDefault();
      dismiss(undoable.id);
      void undoable.action!.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toasts, dismiss]);
  // With a dialog open, toasts show at its foot (see toast-slot.ts); else in a corner of the window.
  const slot = useToastSlot();
  const list = toasts.map((toast) => <ToastItem key={toast.id} toast={toast} />);
  return (
    <div className="toasts" aria-live="polite">
      {slot ? createPortal(list, slot) : list}
    </div>
  );
}
