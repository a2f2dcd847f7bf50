import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { offerToastSlot } from './toast-slot';

type Props = {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
};

const FOCUSABLE = 'input, select, textarea, button, [href], [tabindex]:not([tabindex="-1"])';

// Open dialogs, innermost last: Escape closes only the one on top.
const openDialogs: HTMLElement[] = [];

/**
 * A modal dialog (the WAI-ARIA dialog pattern): focus moves into it, Tab stays
 * inside, Escape closes it wherever focus is (even after a click on its text
 * has sent focus to the page), and focus returns to what opened it.
 */
export function Modal({ title, onClose, children, footer }: Props) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  const toastSlot = useRef<HTMLDivElement>(null);
  // Read while rendering, before a child's autoFocus (which React runs before
  // this component's effects) has moved focus into the dialog.
  const [opener] = useState(() => (typeof document === 'undefined' ? null : (document.activeElement as HTMLElement | null)));
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    const dialog = box.current!;
    openDialogs.push(dialog);
    const withdrawSlot = offerToastSlot(toastSlot.current!);
    if (!dialog.contains(document.activeElement)) {
      const first = dialog.querySelector<HTMLElement>('[autofocus], ' + FOCUSABLE);
      (first ?? dialog).focus();
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || openDialogs[openDialogs.length - 1] !== dialog) return;
      e.preventDefault();
      close.current();
    };
    // On the document, so Escape works from wherever focus has gone.
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      withdrawSlot();
      openDialogs.splice(openDialogs.indexOf(dialog), 1);
      if (opener?.isConnected) opener.focus();
    };
  }, [opener]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Tab' && box.current) {
      const focusable = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.hasAttribute('disabled'));
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      const active = document.activeElement;
      if (e.shiftKey && (active === first || active === box.current)) {
        e.preventDefault();
        last?.focus();
      } else if (!e.shiftKey && active === last) {
        e.preventDefault();
        first?.focus();
      }
    }
  };
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      {/* tabIndex -1: a click on the dialog's text keeps focus in the dialog instead of dropping it to the page. */}
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby={titleId} ref={box} tabIndex={-1} onKeyDown={onKeyDown}>
        <h2 id={titleId}>{title}</h2>
        <div className="modal-body">{children}</div>
        {footer ? <div className="modal-footer">{footer}</div> : null}
        <div className="modal-toasts" aria-live="polite" ref={toastSlot} />
      </div>
    </div>
  );
}
