import { createClock, receiveAll, tick, type HlcState } from '../clock/hlc';
import type { AnyStored, RecordKind } from '../model/records';
import type { Change } from './change';
import type { PullResponse, PushResponse, Role } from './protocol';
import { planPush } from './server-apply';
import { serverPolicy } from '../kinds/server-policy';

// The sync server's rules without HTTP or SQL: the reference the property
// tests run thousands of times. Its durable state is plain data, so a
// "restart" is a round trip through JSON.

type Durable = {
  records: Record<string, AnyStored>;
  /** Per record, the sequence number of its pairing when it last changed. */
  seqs: Record<string, number>;
  /** Per pairing, the last sequence number given. */
  lastSeq: Record<string, number>;
  /** Changes to long texts applied so far (see isRemembered). */
  known: Record<string, true>;
  members: Record<string, Record<string, Role>>;
  /** Per pairing, the server's clock (as the PostgreSQL server keeps one in each pairing's row). */
  clocks: Record<string, HlcState>;
};

export class MemoryServer {
  private state: Durable;

  constructor(durable?: string) {
    this.state = durable ? (JSON.parse(durable) as Durable) : { records: {}, seqs: {}, lastSeq: {}, known: {}, members: {}, clocks: {} };
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
    // Each pairing's clock first takes in its changes' stamps, so what the server stamps orders after them.
    const clocks = new Map<string, HlcState>();
    for (const pairingId of new Set(changes.map((c) => c.pairingId))) {
      const stamps = changes.filter((c) => c.pairingId === pairingId).map((c) => c.hlc);
      clocks.set(pairingId, receiveAll(s.clocks[pairingId] ?? createClock('server'), stamps, now));
    }
    const plan = planPush(changes, {
      roleOf: (pairingId) => s.members[pairingId]?.[account],
      // A kind and id belong to one pairing, as the PostgreSQL server's primary key says.
      existing: (pairingId, kind, id) => {
        const record = s.records[`${kind}/${id}`];
        return record && record.pairingId !== pairingId ? 'elsewhere' : record;
      },
      isKnown: (change) => s.known[`${change.pairingId}/${change.id}`] === true,
      // Accounts here are names; tests that exercise the policy name them by e-mail.
      policy: serverPolicy(account),
      now,
      stamp: (pairingId) => {
        const t = tick(clocks.get(pairingId)!, now);
        clocks.set(pairingId, t.state);
        return t.stamp;
      },
    });
    if (!plan.ok) return { status: plan.httpStatus, body: { results: plan.results, serverTime: now } };
    for (const { change, record } of plan.writes) {
      const key = `${change.kind}/${change.recordId}`;
      s.records[key] = record;
      s.seqs[key] = s.lastSeq[change.pairingId] = (s.lastSeq[change.pairingId] ?? 0) + 1;
    }
    for (const change of plan.remember) s.known[`${change.pairingId}/${change.id}`] = true;
    for (const [pairingId, clock] of clocks) if (s.members[pairingId]?.[account]) s.clocks[pairingId] = clock;
    return { status: 200, body: { results: plan.results, serverTime: now } };
  }

  pull(account: string, pairingId: string, after: number, limit: number, now: number): { status: 200 | 403; body?: PullResponse } {
    if (!this.state.members[pairingId]?.[account]) return { status: 403 };
    const changed = Object.entries(this.state.records)
      .filter(([key, record]) => record.pairingId === pairingId && this.state.seqs[key]! > after)
      .map(([key, record]) => ({ seq: this.state.seqs[key]!, kind: key.slice(0, key.indexOf('/')) as RecordKind, record }))
      .sort((a, b) => a.seq - b.seq);
    const page = changed.slice(0, limit);
    return { status: 200, body: { records: page, cursor: page.at(-1)?.seq ?? after, more: changed.length > limit, serverTime: now } };
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
