import { useLiveQuery } from 'dexie-react-hooks';
import type { Side } from '../../../../shared/model/vocabularies';
import { todayIso } from '../../../../shared/model/dates';
import { agreementOf, checkAgreement, type AgreementCheck } from '../../../../shared/ucap/agreement';
import type { UcapPlan } from '../../../../shared/ucap/plan';
import { useDb } from '../../db/db-context';
import { usePairingBundle } from '../../hooks/usePairingBundle';
import { useSyncSettings } from '../../hooks/useSyncSettings';
import { activeSession } from '../../sync/sync-settings';

export type SideAgreement = { check: AgreementCheck; positions: { id: string; label: string }[] };

/**
 * Per side, the positions that may sign and whether the person at this
 * device may mark (or withdraw) that side's agreement. Undefined while loading.
 */
export function useAgreementChecks(plan: UcapPlan): { me: string | null; sides: Record<Side, SideAgreement> } | undefined {
  const db = useDb();
  const bundle = usePairingBundle(plan.pairingId);
  const settings = useSyncSettings();
  const shared = useLiveQuery(async () => Boolean(await db.syncPairings.get(plan.pairingId)), [db, plan.pairingId]);
  if (!bundle || !settings || shared === undefined) return undefined;
  const me = activeSession(settings)?.account.email ?? null;
  const today = todayIso();
  const side = (s: Side): SideAgreement => ({
    check: checkAgreement({ side: s, signerPositionId: agreementOf(plan, s).signerId, positions: bundle.positions, assignments: bundle.assignments, today, shared, signedInAs: me }),
    positions: bundle.positions.filter((p) => p.side === s).map((p) => ({ id: p.id, label: p.organisation ? `${p.title} — ${p.organisation}` : p.title })),
  });
  return { me, sides: { eu: side('eu'), lac: side('lac') } };
}
