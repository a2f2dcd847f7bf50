import { createContext, useContext } from 'react';
import type { Lang } from '../../../../shared/i18n/langs';
import type { UcapActions } from './useUcapActions';

/** What every section editor needs: the language being written, whether the UCAP is read-only, the verbs. */
export type UcapEditorState = { lang: Lang; readOnly: boolean; actions: UcapActions };

export const UcapEditorContext = createContext<UcapEditorState | null>(null);

export function useUcapEditor(): UcapEditorState {
  const state = useContext(UcapEditorContext);
  if (!state) throw new Error('useUcapEditor outside the UCAP editor');
  return state;
}
