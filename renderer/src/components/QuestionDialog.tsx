import { createPortal } from 'react-dom';
import { useUiStore } from '../state/ui-store';
import { Modal } from './Modal';

/**
 * The dialog of `ask()`: the safe answer (keep editing, keep the
 * agreements) comes first and has the focus, so Enter or Escape never drops
 * anything. In a portal, so no screen's layout can cover it.
 */
export function QuestionDialog() {
  const question = useUiStore((s) => s.question);
  if (!question) return null;
  return createPortal(
    <Modal
      title={question.title}
      onClose={() => question.resolve(false)}
      footer={
        <>
          <button type="button" className="primary" onClick={() => question.resolve(false)} autoFocus data-testid="question-cancel">
            {question.cancelLabel}
          </button>
          <button type="button" className={question.danger ? 'danger' : undefined} onClick={() => question.resolve(true)} data-testid="question-confirm">
            {question.confirmLabel}
          </button>
        </>
      }
    >
      <p>{question.message}</p>
    </Modal>,
    document.body,
  );
}
