import { createClock, receive, tick, type HlcState } from '../clock/hlc';
import type { AnyStored } from '../model/records';
import type { Change } from './change';
import type { PullResponse, PushResponse, Role } from './protocol';
import { planPush } from './server-apply';
import { serverPolicy } from './server-policy';

// The sync server's rules without HTTP or SQL: the reference the property
// tests run thousands of times. Its durable state is plain data, so a
// "restart" is a round trip through JSON.

type Durable = {
  records: Record<string, AnyStored>;
  /** Per pairing, the log of applied changes; a change's sequence number is its index + 1. */
  logs: Record<string, Change[]>;
  known: Record<string, true>;
  members: Record<string, Record<string, Role>>;
  clock: HlcState;
};

export class MemoryServer {
  private state: Durable;

  constructor(durable?: string) {
    this.state = durable ? (JSON.parse(durable) as Durable) : { records: {}, logs: {}, known: {}, members: {}, clock: createClock('server') };
  }

  /** What survives a restart. */
  snapshot(): string {
    return JSON.stringify(this.state);
  }

  share(pairingId: string, account: string): boolean {
    if (this.state.members[pairingId]) return false;
    this.state.members[pairingId] = { [account]: 'coordinator' };
    return true;
  }

  setRole(pairingId: string, account: string, role: Role | null): void {
    const members = (this.state.members[pairingId] ??= {});
    if (role) members[account] = role;
    else delete members[account];
  }

  push(account: string, changes: readonly Change[], now: number): { status: 200 | 403 | 422; body: PushResponse } {
    const s = this.state;
    let clock = s.clock;
    const plan = planPush(changes, {
      roleOf: (pairingId) => s.members[pairingId]?.[account],
      existing: (kind, id) => s.records[`${kind}/${id}`],
      isKnown: (id) => s.known[id] === true,
      // Accounts here are names; tests that exercise the policy name them by e-mail.
      policy: serverPolicy(account),
      now,
      stamp: () => {
        const t = tick(clock, now);
        clock = t.state;
        return t.stamp;
      },
    });
    if (!plan.ok) return { status: plan.httpStatus, body: { results: plan.results, serverTime: now } };
    for (const { change, record } of plan.writes) {
      clock = receive(clock, change.hlc, now);
      s.records[`${change.kind}/${change.recordId}`] = record;
      (s.logs[change.pairingId] ??= []).push(change);
      s.known[change.id] = true;
    }
    s.clock = clock;
    return { status: 200, body: { results: plan.results, serverTime: now } };
  }

  pull(account: string, pairingId: string, after: number, limit: number, now: number): { status: 200 | 403; body?: PullResponse } {
    if (!this.state.members[pairingId]?.[account]) return { status: 403 };
    const log = this.state.logs[pairingId] ?? [];
    const slice = log.slice(after, after + limit);
    return {
      status: 200,
      body: { changes: slice.map((change, i) => ({ seq: after + i + 1, change })), cursor: after + slice.length, more: after + slice.length < log.length, serverTime: now },
    };
  }

  /** The server's copy of one record, for a member of its pairing. */
  record(account: string, pairingId: string, kind: string, id: string): { status: 200 | 403; record: AnyStored | null } {
    if (!this.state.members[pairingId]?.[account]) return { status: 403, record: null };
    const record = this.state.records[`${kind}/${id}`];
    return { status: 200, record: record && record.pairingId === pairingId ? record : null };
  }

  records(): AnyStored[] {
    return Object.values(this.state.records);
  }
}
