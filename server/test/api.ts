import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Change } from '../../shared/sync/change';
import { formatStamp } from '../../shared/clock/hlc';
import { newId } from '../../shared/ids';
import type { Queryable } from '../db/db';
import { sampleProgramme } from '../../shared/sample/programme';

// Helpers that read like what a device does against the server.

export type Session = { token: string; accountId: string; email: string };

let accounts = 0;

export async function register(app: FastifyInstance, name = 'Técnica'): Promise<Session> {
  const email = `user${++accounts}-${newId().slice(-6)}@ponte.test`;
  const response = await app.inject({ method: 'POST', url: '/auth/register', payload: { email, password: 'correct horse battery', name } });
  if (response.statusCode !== 201) throw new Error(`register failed: ${response.statusCode} ${response.body}`);
  const body = response.json();
  return { token: body.token, accountId: body.account.id, email };
}

export function call(app: FastifyInstance, session: Session | null, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url,
    headers: session ? { authorization: `Bearer ${session.token}` } : {},
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

export async function share(app: FastifyInstance, session: Session, pairingId: string): Promise<void> {
  const response = await call(app, session, 'POST', `/pairings/${pairingId}/share`);
  if (response.statusCode !== 201) throw new Error(`share failed: ${response.statusCode} ${response.body}`);
}

/** Gives `invitee` a role in a pairing `coordinator` coordinates, through an invitation code. */
export async function invite(app: FastifyInstance, coordinator: Session, invitee: Session, pairingId: string, role: 'coordinator' | 'editor' | 'viewer'): Promise<void> {
  const created = await call(app, coordinator, 'POST', `/pairings/${pairingId}/invitations`, { role });
  const accepted = await call(app, invitee, 'POST', '/invitations/accept', { code: created.json().code });
  if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.statusCode} ${accepted.body}`);
}

let counter = 0;

/** A change to a pairing record's summary (a long text), stamped `millis` by `device`. */
export function summaryChange(pairingId: string, summary: string, options: { millis?: number; device?: string; recordId?: string; seen?: string | null } = {}): Change {
  return {
    id: newId(),
    kind: 'pairing',
    recordId: options.recordId ?? pairingId,
    pairingId,
    fields: { summary: { es: summary } },
    hlc: formatStamp(options.millis ?? Date.now(), counter++ % 0xffff, options.device ?? 'deva'),
    ...(options.seen !== undefined ? { seen: { summary: options.seen } } : {}),
  };
}

/** Edits of the summary one after another by one device, each having seen the one before (no conflicts). */
export function sequentialEdits(pairingId: string, texts: readonly string[], previous: Change): Change[] {
  const out: Change[] = [];
  let seen = previous.hlc;
  for (const text of texts) {
    const change = summaryChange(pairingId, text, { seen });
    out.push(change);
    seen = change.hlc;
  }
  return out;
}

export function push(app: FastifyInstance, session: Session, changes: Change[], deviceId = 'deva'): Promise<LightMyRequestResponse> {
  return call(app, session, 'POST', '/sync/push', { deviceId, changes });
}

/** Rows in a table: the proof that a refused request applied nothing. */
export async function countRows(db: Queryable, table: 'long_text_changes' | 'records' | 'memberships' | 'sessions' | 'invitations', where = 'true'): Promise<number> {
  const [row] = await db.query<{ n: number }>(`select count(*)::int as n from ${table} where ${where}`);
  return row!.n;
}

/** What a push can write (records, their sequence numbers, remembered changes): equal before and after, nothing was applied. */
export async function syncState(db: Queryable): Promise<{ records: number; seqs: string; remembered: number; lastSeqs: string }> {
  const [row] = await db.query<{ records: number; seqs: string; remembered: number; lastSeqs: string }>(
    `select (select count(*)::int from records) as records, (select coalesce(sum(seq), 0)::text from records) as seqs,
            (select count(*)::int from long_text_changes) as remembered, (select coalesce(sum(last_seq), 0)::text from pairings) as "lastSeqs"`,
  );
  return row!;
}

/** The change that creates a whole, valid pairing record (the sample Cartagena–Málaga, under another id). */
export function createPairingChange(pairingId: string, options: { millis?: number; device?: string } = {}): Change {
  const { id: _id, pairingId: _p, ...fields } = sampleProgramme()[0]!.pairing;
  return { id: newId(), kind: 'pairing', recordId: pairingId, pairingId, fields, hlc: formatStamp(options.millis ?? Date.now(), counter++ % 0xffff, options.device ?? 'deva') };
}
