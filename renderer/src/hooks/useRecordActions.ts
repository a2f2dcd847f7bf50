import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../db/db-context';
import { setDeleted, updateRecord } from '../db/records-repo';
import { useSave } from './useSave';
import { useUiStore } from '../state/ui-store';
import type { RecordKind } from '../../../shared/model/records';

/** Update and delete (with Undo) for one record, through the write path. */
export function useRecordActions(kind: RecordKind, id: string, pairingId: string) {
  const { t } = useTranslation();
  const db = useDb();
  const save = useSave();
  const showToast = useUiStore((s) => s.showToast);
  const update = useCallback((fields: Record<string, unknown>) => save(() => updateRecord(db, kind, id, pairingId, fields)), [db, save, kind, id, pairingId]);
  const remove = useCallback(
    async (message: string) => {
      await save(() => setDeleted(db, kind, id, pairingId, true));
      showToast({ tone: 'info', message, action: { label: t('common.undo'), run: () => save(() => setDeleted(db, kind, id, pairingId, false)) } });
    },
    [db, save, showToast, t, kind, id, pairingId],
  );
  return { update, remove };
}
