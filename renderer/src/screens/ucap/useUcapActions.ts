import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/db-context';
import { writeRecords, type Write } from '../../db/write-path';
import { useSave } from '../../hooks/useSave';
import { useUiStore } from '../../state/ui-store';
import type { UcapKind } from '../../db/schema-ucap';
import type { UcapPlan } from '../../../../shared/ucap/plan';
import { afterContentEdit } from '../../../../shared/ucap/workflow';
import { newId } from '../../../../shared/ids';

type PlanRef = Pick<UcapPlan, 'id' | 'pairingId' | 'status' | 'euAgreed' | 'lacAgreed'>;

/**
 * Add, update and delete (with Undo) for any UCAP entry, through the write
 * path. A change to content both sides had agreed to withdraws their
 * agreements in the same transaction (a rule of the write path), and says so.
 */
export function useUcapActions(plan: PlanRef) {
  const { t } = useTranslation('ucap');
  const db = useDb();
  const save = useSave();
  const showToast = useUiStore((s) => s.showToast);
  const { pairingId, status, euAgreed, lacAgreed } = plan;
  const write = useCallback(
    async (edit: Write) => {
      // The write path withdraws the agreements (write-rules.ts); this only says so.
      const withdraws = afterContentEdit({ status, euAgreed, lacAgreed }) !== null;
      await save(() => writeRecords(db, [edit]));
      if (withdraws) showToast({ tone: 'info', message: t('status.agreementsWithdrawn') });
    },
    [db, save, showToast, t, status, euAgreed, lacAgreed],
  );
  const update = useCallback((kind: UcapKind, id: string, fields: Record<string, unknown>) => write({ kind, recordId: id, pairingId, fields }), [write, pairingId]);
  const add = useCallback(async (kind: UcapKind, fields: Record<string, unknown>) => {
    const id = newId();
    await write({ kind, recordId: id, pairingId, fields });
    return id;
  }, [write, pairingId]);
  const remove = useCallback(
    async (kind: UcapKind, id: string, message: string) => {
      await write({ kind, recordId: id, pairingId, fields: { deleted: true } });
      showToast({ tone: 'info', message, action: { label: t('ui:common.undo'), run: () => write({ kind, recordId: id, pairingId, fields: { deleted: false } }) } });
    },
    [write, showToast, t, pairingId],
  );
  return { update, add, remove };
}

export type UcapActions = ReturnType<typeof useUcapActions>;
