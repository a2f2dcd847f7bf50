import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../shared/model/dates';
import { leadMunicipality } from '../../../../shared/model/pairing';
import { recordedAgreements } from '../../../../shared/ucap/agreement';
import type { UcapPlan } from '../../../../shared/ucap/plan';
import { afterContentEdit } from '../../../../shared/ucap/workflow';
import { usePairingBundle } from '../../hooks/usePairingBundle';
import { fieldList } from '../../components/fields/unsaved-drafts';
import { ask } from '../../components/ask';
import { useUcapSnapshots } from './useUcapSnapshots';

export type WithdrawNotice = {
  /** One line per recorded agreement: "Málaga: agreed by Rocío Martín Gálvez on 21 Sept 2026, 10:00". */
  lines: string[];
  /** The agreements an edit would withdraw, as a phrase of a sentence. */
  phrase: string;
};

/**
 * What an edit of the UCAP would withdraw, named (who agreed and when) in the
 * interface language; null when an edit withdraws nothing (the write path's
 * rule, shared/ucap/agreement-rules.ts, decides the same from the same plan).
 */
export function useWithdrawNotice(plan: UcapPlan & { stamps?: Readonly<Record<string, string>> }): WithdrawNotice | null {
  const { t, i18n } = useTranslation('ucap');
  const bundle = usePairingBundle(plan.pairingId);
  const snapshots = useUcapSnapshots(plan.pairingId);
  const pairing = bundle?.pairing;
  const lang = i18n.language;
  // Kept while nothing it says changes: the editor's verbs depend on it.
  return useMemo(() => {
    if (!afterContentEdit(plan)) return null;
    const sideName = (side: 'eu' | 'lac') => (pairing ? leadMunicipality(pairing[side])?.name : undefined) ?? t(`vocab:side.${side}`);
    const agreements = recordedAgreements(plan, snapshots ?? []);
    const when = (at: number | null) => (at === null ? '' : formatDateTime(at, lang));
    return {
      lines: agreements.map((a) => t('status.withdraws.agreedOn', { side: sideName(a.side), name: a.name, when: when(a.at) })),
      phrase: fieldList(agreements.map((a) => t('status.withdraws.item', { side: sideName(a.side), name: a.name, when: when(a.at) })), lang),
    };
  }, [plan, pairing, snapshots, lang, t]);
}

/** Asks before an edit withdraws the agreements: keeping them is the default answer. */
export function askToWithdraw(notice: WithdrawNotice, t: (key: string, options?: Record<string, unknown>) => string): Promise<boolean> {
  return ask({
    id: 'withdraw-agreements',
    title: t('ucap:status.withdraws.title'),
    message: t('ucap:status.withdraws.message', { agreements: notice.phrase }),
    cancelLabel: t('ucap:status.withdraws.cancel'),
    confirmLabel: t('ucap:status.withdraws.confirm'),
    danger: true,
  });
}
