import { positionHolders, type Assignment, type Position } from '../model/team';
import { parseStamp } from '../clock/hlc';
import type { Side } from '../model/vocabularies';
import type { UcapPlan } from './plan';

// Who may mark a side's agreement to the UCAP: the person holding the
// position that signs for that side (chosen on the plan, e.g. the head of
// international relations of Málaga). Positions outlive people, so a handover
// moves the right to agree with the post, as the programme expects.

export type AgreementRefusal =
  /** Nobody chose which position signs for this side yet. */
  | 'noSigner'
  /** The signing position has nobody in it today. */
  | 'vacant'
  /** A shared pairing: only a signed-in account can be checked against the holder. */
  | 'signIn'
  /** Signed in, but not as the holder of the signing position. */
  | 'notHolder';

export type AgreementCheck =
  | { ok: true; holder: Pick<Assignment, 'name' | 'email'> }
  | { ok: false; reason: AgreementRefusal; holders: Pick<Assignment, 'name' | 'email'>[] };

export type AgreementContext = {
  side: Side;
  signerPositionId: string | null;
  positions: readonly Pick<Position, 'id' | 'side' | 'deleted'>[];
  assignments: readonly Pick<Assignment, 'positionId' | 'name' | 'email' | 'from' | 'to' | 'deleted'>[];
  today: string;
  /**
   * Whether the pairing is shared through a sync server: then several people
   * reach it and the account signed in on this device must be the holder's.
   * A pairing kept on one device has no accounts to tell people apart; its
   * agreement is recorded in the holder's name.
   */
  shared: boolean;
  /** The e-mail of the account signed in on this device, if any. */
  signedInAs: string | null;
};

/** One side's agreement as the plan keeps it: given or not, by whom, and which position signs. */
export function agreementOf(plan: Pick<UcapPlan, 'euAgreed' | 'lacAgreed' | 'euAgreedBy' | 'lacAgreedBy' | 'euSignerId' | 'lacSignerId'>, side: Side) {
  return side === 'eu' ? { agreed: plan.euAgreed, by: plan.euAgreedBy, signerId: plan.euSignerId } : { agreed: plan.lacAgreed, by: plan.lacAgreedBy, signerId: plan.lacSignerId };
}

/** "Ana Ruiz <ana@malaga.example>": who marked an agreement, as the plan keeps it. */
export const signerLabel = (holder: Pick<Assignment, 'name' | 'email'>) => `${holder.name} <${holder.email}>`;

/** The name and the e-mail out of a signer label. */
export function parseSigner(label: unknown): { name: string; email: string | null } {
  const text = typeof label === 'string' ? label : '';
  const match = /^(.*?)\s*<([^<>]+)>\s*$/.exec(text);
  return match ? { name: match[1]!, email: match[2]! } : { name: text, email: null };
}

const sameEmail = (a: string | null | undefined, b: string | null | undefined) => Boolean(a && b && a.trim().toLowerCase() === b.trim().toLowerCase());

/** May the person at this device mark this side's agreement, and in whose name? */
export function checkAgreement(ctx: AgreementContext): AgreementCheck {
  const position = ctx.positions.find((p) => p.id === ctx.signerPositionId && p.side === ctx.side && !p.deleted);
  if (!position) return { ok: false, reason: 'noSigner', holders: [] };
  const holders = positionHolders(position.id, ctx.assignments, ctx.today).current.map(({ name, email }) => ({ name, email }));
  if (holders.length === 0) return { ok: false, reason: 'vacant', holders };
  if (!ctx.shared) return { ok: true, holder: holders[0]! };
  if (!ctx.signedInAs) return { ok: false, reason: 'signIn', holders };
  const me = holders.find((h) => sameEmail(h.email, ctx.signedInAs));
  return me ? { ok: true, holder: me } : { ok: false, reason: 'notHolder', holders };
}

/**
 * The server's half of the rule, for a shared pairing: a change to a UCAP
 * already on the server may mark a side's agreement only in the name of the
 * account sending it. (Which position signs is the team's to decide, and the
 * editor checks that the account holds it; the server makes sure nobody
 * agrees in someone else's name.) Withdrawing is open to every editor, as
 * any edit of the agreed text withdraws both agreements.
 */
export function agreesInAnotherName(before: Record<string, unknown> | undefined, after: Record<string, unknown>, accountEmail: string): boolean {
  if (!before) return false; // a plan arriving whole, e.g. when a pairing is first shared
  return (['eu', 'lac'] as const).some((side) => {
    const agreed = after[`${side}Agreed`] === true;
    const by = after[`${side}AgreedBy`];
    const changed = before[`${side}Agreed`] !== true || before[`${side}AgreedBy`] !== by;
    return agreed && changed && !sameEmail(parseSigner(by).email, accountEmail);
  });
}

/** A side's agreement as the plan records it: who gave it, and when (ms since epoch, null when nothing says). */
export type RecordedAgreement = { side: Side; name: string; email: string | null; at: number | null };

type AgreementState = Pick<UcapPlan, 'euAgreed' | 'lacAgreed' | 'euAgreedBy' | 'lacAgreedBy'>;

/**
 * The agreements a plan records, with who gave each and when: when the
 * version its status step saved was taken (the oldest of the newest run of
 * versions that show this same agreement), else when this device got the
 * agreement (the clock stamp of its field). What the UCAP shows before an
 * edit withdraws them.
 */
export function recordedAgreements(
  plan: AgreementState & { stamps?: Readonly<Record<string, string>> },
  snapshots: readonly { takenAt: number; content: { plan: AgreementState } }[],
): RecordedAgreement[] {
  const newestFirst = [...snapshots].sort((a, b) => b.takenAt - a.takenAt);
  const out: RecordedAgreement[] = [];
  for (const side of ['eu', 'lac'] as const) {
    const { agreed, by } = agreementOf({ ...plan, euSignerId: null, lacSignerId: null }, side);
    if (!agreed) continue;
    let at: number | null = null;
    for (const s of newestFirst) {
      const then = agreementOf({ ...s.content.plan, euSignerId: null, lacSignerId: null }, side);
      if (!then.agreed || then.by !== by) break;
      at = s.takenAt;
    }
    const stamp = plan.stamps?.[`${side}AgreedBy`] ?? plan.stamps?.[`${side}Agreed`];
    if (at === null && stamp && /^\d{15}-/.test(stamp)) at = parseStamp(stamp).millis;
    out.push({ side, ...parseSigner(by), at });
  }
  return out;
}
