import i18next from 'i18next';
import { useUiStore } from '../../state/ui-store';
import { ask } from '../ask';

/** "Summary (English) and Context (ES)": the fields named as a sentence of the interface language. */
export function fieldList(labels: readonly string[], lang = i18next.language): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(labels);
}

/**
 * Before a draft that could not be saved is dropped (another language tab,
 * another screen), asks the user. `ids` limits the question to the drafts
 * that would go (one field's tab); without it, every unsaved draft. Resolves
 * true when nothing would be lost or the user chose to discard.
 */
export async function confirmDropDrafts(ids?: readonly string[]): Promise<boolean> {
  const drafts = useUiStore.getState().unsavedDrafts.filter((d) => !ids || ids.includes(d.id));
  if (drafts.length === 0) return true;
  const t = i18next.t.bind(i18next);
  const count = drafts.length;
  const yes = await ask({
    id: 'drop-drafts',
    title: t('ui:unsaved.title', { count }),
    message: t('ui:unsaved.message', { count, fields: fieldList(drafts.map((d) => d.label)) }),
    cancelLabel: t('ui:unsaved.keepEditing'),
    confirmLabel: t('ui:unsaved.discard', { count }),
    danger: true,
  });
  if (yes) for (const d of drafts) useUiStore.getState().clearUnsavedDraft(d.id);
  return yes;
}

/**
 * Runs `go` (another tab, another language) once the drafts it would drop
 * may go: at once when there are none, else after the user says so.
 */
export function afterDroppingDrafts(ids: readonly string[] | undefined, go: () => void): void {
  const unsaved = useUiStore.getState().unsavedDrafts.some((d) => !ids || ids.includes(d.id));
  if (!unsaved) go();
  else void confirmDropDrafts(ids).then((yes) => yes && go());
}

/** Whether leaving now would drop typed text: what the route and the window ask about. */
export const hasUnsavedDrafts = () => useUiStore.getState().unsavedDrafts.length > 0;
