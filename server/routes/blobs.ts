import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../config';
import { accountOf } from '../auth/authenticate';
import { requireRole } from '../membership';
import { HttpError } from '../http-error';
import { parseOr400 } from '../parse';

// Attachments go up and down apart from records, addressed by their SHA-256:
// a device sends bytes the server does not have, and fetches bytes a record
// points to. The server checks the hash itself, so a damaged upload is refused.

export const MAX_BLOB_BYTES = 30 * 1024 * 1024;

const params = z.object({ pairingId: z.string().min(1).max(64), sha256: z.string().regex(/^[0-9a-f]{64}$/) });
const uploadQuery = z.object({ type: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/).max(100) });

export function blobRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: MAX_BLOB_BYTES }, (_request, body, done) => done(null, body));

  app.put('/pairings/:pairingId/blobs/:sha256', { bodyLimit: MAX_BLOB_BYTES }, async (request, reply) => {
    const account = accountOf(request);
    const { pairingId, sha256 } = parseOr400(params, request.params);
    const { type } = parseOr400(uploadQuery, request.query);
    await requireRole(ctx.db, pairingId, account.id, ['coordinator', 'editor']);
    if (!Buffer.isBuffer(request.body)) throw new HttpError(400, 'notBytes', 'send the bytes as application/octet-stream');
    const bytes = request.body;
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) throw new HttpError(400, 'hashMismatch', 'the bytes do not match their SHA-256');
    await ctx.db.transaction(async (tx) => {
      await tx.query('insert into blobs (sha256, data, size, mime_type, created_at) values ($1, $2, $3, $4, $5) on conflict (sha256) do nothing', [sha256, bytes, bytes.length, type, ctx.now()]);
      await tx.query('insert into blob_pairings (sha256, pairing_id) values ($1, $2) on conflict do nothing', [sha256, pairingId]);
    });
    return reply.code(201).send({ sha256, size: bytes.length });
  });

  app.get('/pairings/:pairingId/blobs/:sha256', async (request, reply) => {
    const account = accountOf(request);
    const { pairingId, sha256 } = parseOr400(params, request.params);
    await requireRole(ctx.db, pairingId, account.id);
    const [row] = await ctx.db.query<{ data: Uint8Array; mime_type: string }>(
      'select b.data, b.mime_type from blobs b join blob_pairings p on p.sha256 = b.sha256 where p.pairing_id = $1 and b.sha256 = $2',
      [pairingId, sha256],
    );
    if (!row) throw new HttpError(404, 'blobNotFound', 'no such attachment in this pairing (not uploaded yet?)');
    return reply.code(200).header('content-type', 'application/octet-stream').header('x-ponte-type', row.mime_type).send(Buffer.from(row.data));
  });
}
