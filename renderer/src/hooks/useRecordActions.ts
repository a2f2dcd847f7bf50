import { useCallback } from 'react';
import { useDb } from '../db/db-context';
import { setDeleted, updateRecord } from '../db/records-repo';
import { useSave } from './useSave';
import { useUiStore, type ToastText } from '../state/ui-store';
import type { RecordKind } from '../../../shared/model/records';

/** Update and delete (with Undo) for one record, through the write path. */
export function useRecordActions(kind: RecordKind, id: string, pairingId: string) {
  const db = useDb();
  const save = useSave();
  const showToast = useUiStore((s) => s.showToast);
  const update = useCallback((fields: Record<string, unknown>) => save(() => updateRecord(db, kind, id, pairingId, fields)), [db, save, kind, id, pairingId]);
  const remove = useCallback(
    async (message: string | ToastText) => {
      await save(() => setDeleted(db, kind, id, pairingId, true));
      showToast({ tone: 'info', message, action: { label: { key: 'ui:common.undo' }, run: () => save(() => setDeleted(db, kind, id, pairingId, false)) } });
    },
    [db, save, showToast, kind, id, pairingId],
  );
  return { update, remove };
}
