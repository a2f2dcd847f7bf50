import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pullQuery, pushBody } from '../../shared/sync/protocol';
import { idText, kindName, type Change } from '../../shared/sync/change';
import type { AppContext } from '../config';
import { accountOf } from '../auth/authenticate';
import { requireRole } from '../membership';
import { parseOr400 } from '../parse';
import { pushBatch } from '../sync/push';
import { transactionWithRetry } from '../db/retry';

export function syncRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post('/sync/push', async (request, reply) => {
    const account = accountOf(request);
    // Field values are stored as JSON, which keeps a NUL exactly; ids and stamps may not hold one.
    const body = parseOr400(pushBody, request.body, ['fields']);
    const now = ctx.now();
    // Run again if it lost a race to another instance's push (e.g. both took one new record id): see transactionWithRetry.
    const outcome = await transactionWithRetry(ctx.db, (tx) => pushBatch(tx, account, body.changes as Change[], now));
    return reply.code(outcome.httpStatus).send(outcome.body);
  });

  app.get('/sync/pull', async (request, reply) => {
    const account = accountOf(request);
    const query = parseOr400(pullQuery, request.query);
    await requireRole(ctx.db, query.pairingId, account.id);
    // Each record goes out as the JSON text it was stored as: parsing it only
    // to serialise it again was a third of a pull's time.
    const rows = await ctx.db.query<{ seq: number | string; kind: string; data: string }>(
      'select seq, kind, data::text as data from records where pairing_id = $1 and seq > $2 order by seq limit $3',
      [query.pairingId, query.after, query.limit + 1],
    );
    const more = rows.length > query.limit;
    const page = rows.slice(0, query.limit);
    const cursor = page.length ? Number(page.at(-1)!.seq) : query.after;
    const records = page.map((r) => `{"seq":${Number(r.seq)},"kind":${JSON.stringify(r.kind)},"record":${r.data}}`).join(',');
    return reply.type('application/json; charset=utf-8').send(`{"records":[${records}],"cursor":${cursor},"more":${more},"serverTime":${ctx.now()}}`);
  });
}

/**
 * GET /pairings/:pairingId/records/:kind/:recordId — the server's copy of one
 * record, for a device that must undo an edit the server refused for good.
 */
export function recordRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/pairings/:pairingId/records/:kind/:recordId', async (request) => {
    const account = accountOf(request);
    const { pairingId, kind, recordId } = parseOr400(recordParams, request.params);
    await requireRole(ctx.db, pairingId, account.id);
    const [row] = await ctx.db.query<{ data: unknown }>('select data from records where kind = $1 and id = $2 and pairing_id = $3', [kind, recordId, pairingId]);
    return { record: row?.data ?? null };
  });
}

// The same ids and kind names a change may carry (shared/sync/change.ts): anything else names no record.
const recordParams = z.object({ pairingId: idText, kind: kindName, recordId: idText });
