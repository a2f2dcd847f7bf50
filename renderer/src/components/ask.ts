import { useUiStore, type Question } from '../state/ui-store';

let open: { id: string; answer: Promise<boolean> } | null = null;

/**
 * Asks the user a yes/no question in the dialog the header holds
 * (QuestionDialog) and resolves with the answer. Asked again while open,
 * the same question shares the one answer (three fields saving at once ask
 * once); another question closes the first as a "no".
 */
export function ask(question: Omit<Question, 'resolve'>): Promise<boolean> {
  if (open && open.id === question.id && useUiStore.getState().question?.id === question.id) return open.answer;
  useUiStore.getState().question?.resolve(false);
  let settle!: (yes: boolean) => void;
  const answer = new Promise<boolean>((resolve) => (settle = resolve));
  const entry = { id: question.id, answer };
  open = entry;
  useUiStore.getState().setQuestion({
    ...question,
    resolve: (yes) => {
      if (open === entry) open = null;
      if (useUiStore.getState().question?.id === question.id) useUiStore.getState().setQuestion(null);
      settle(yes);
    },
  });
  return answer;
}
