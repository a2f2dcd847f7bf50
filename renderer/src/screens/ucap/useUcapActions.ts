import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/db-context';
import { writeBatch, type Write } from '../../db/records-repo';
import { useSave } from '../../hooks/useSave';
import { useUiStore } from '../../state/ui-store';
import type { UcapKind } from '../../db/schema-ucap';
import type { UcapPlan } from '../../../../shared/ucap/plan';
import { afterContentEdit } from '../../../../shared/ucap/workflow';
import { newId } from '../../../../shared/ids';
import { ValidationError } from '../../../../shared/model/validation';
import { askToWithdraw, useWithdrawNotice } from './useWithdrawNotice';

/**
 * Add, update and delete (with Undo) for any UCAP entry, through the write
 * path. A change to content both sides had agreed to withdraws their
 * agreements in the same transaction (a rule of the write path): the user
 * is asked first, told who agreed and when, and told after.
 */
export function useUcapActions(plan: UcapPlan) {
  const { t } = useTranslation('ucap');
  const db = useDb();
  const save = useSave();
  const showToast = useUiStore((s) => s.showToast);
  const notice = useWithdrawNotice(plan);
  const { pairingId, status, euAgreed, lacAgreed } = plan;
  // The write path withdraws the agreements (write-rules.ts); here the user is asked first, naming them.
  const write = useCallback(
    async (edit: Write): Promise<boolean> => {
      const withdraws = afterContentEdit({ status, euAgreed, lacAgreed }) !== null;
      if (withdraws && notice && !(await askToWithdraw(notice, t))) return false;
      await save(() => writeBatch(db, [edit]));
      if (withdraws) showToast({ tone: 'info', message: { key: 'ucap:status.agreementsWithdrawn' } });
      return true;
    },
    [db, save, showToast, t, status, euAgreed, lacAgreed, notice],
  );
  const update = useCallback(
    async (kind: UcapKind, id: string, fields: Record<string, unknown>) => {
      // Not confirmed: the field keeps its draft, says why it is not saved, and the header says "not saved".
      if (!(await write({ kind, recordId: id, pairingId, fields }))) throw new ValidationError([{ path: '', key: 'ucap:status.withdraws.notConfirmed' }]);
    },
    [write, pairingId],
  );
  /** The new entry's id, or null when the user kept the agreements instead. */
  const add = useCallback(async (kind: UcapKind, fields: Record<string, unknown>): Promise<string | null> => {
    const id = newId();
    return (await write({ kind, recordId: id, pairingId, fields })) ? id : null;
  }, [write, pairingId]);
  const remove = useCallback(
    async (kind: UcapKind, id: string, message: string) => {
      if (!(await write({ kind, recordId: id, pairingId, fields: { deleted: true } }))) return;
      showToast({ tone: 'info', message, action: { label: t('ui:common.undo'), run: async () => void (await write({ kind, recordId: id, pairingId, fields: { deleted: false } })) } });
    },
    [write, showToast, t, pairingId],
  );
  // Read once here for the status panel and the versions too (both inside the editor's context).
  return { update, add, remove, withdrawNotice: notice };
}

export type UcapActions = ReturnType<typeof useUcapActions>;
