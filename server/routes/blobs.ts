import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
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

/**
 * The blob routes in a fastify scope of their own: the octet-stream parser
 * exists only here (so no other route ever reads 30 MB, nor hands a Buffer to
 * a JSON schema), and here it is the only one (a JSON upload is 415).
 */
export function blobRoutes(app: FastifyInstance, ctx: AppContext): void {
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    // The body stays a stream: the route reads it only once the caller may write.
    scope.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));

    scope.put('/pairings/:pairingId/blobs/:sha256', async (request, reply) => {
      const account = accountOf(request);
      const { pairingId, sha256 } = parseOr400(params, request.params);
      const { type } = parseOr400(uploadQuery, request.query);
      if (Number(request.headers['content-length'] ?? 0) > MAX_BLOB_BYTES) throw tooLarge();
      await requireRole(ctx.db, pairingId, account.id, ['coordinator', 'editor']);
      if (!isStream(request.body)) throw new HttpError(400, 'notBytes', 'send the bytes as application/octet-stream');
      const { bytes, hash } = await readHashed(request.body, tooLarge);
      if (hash !== sha256) throw new HttpError(400, 'hashMismatch', 'the bytes do not match their SHA-256');
      await ctx.db.transaction(async (tx) => {
        await tx.query('insert into blobs (sha256, data, size, mime_type, created_at) values ($1, $2, $3, $4, $5) on conflict (sha256) do nothing', [sha256, bytes, bytes.length, type, ctx.now()]);
        await tx.query('insert into blob_pairings (sha256, pairing_id) values ($1, $2) on conflict do nothing', [sha256, pairingId]);
      });
      return reply.code(201).send({ sha256, size: bytes.length });
    });

    scope.get('/pairings/:pairingId/blobs/:sha256', async (request, reply) => {
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
  });
}

function isStream(body: unknown): body is Readable {
  return typeof (body as Readable | undefined)?.[Symbol.asyncIterator] === 'function';
}

function tooLarge(): HttpError {
  return new HttpError(413, 'tooLarge', `an attachment may be at most ${MAX_BLOB_BYTES / 1024 / 1024} MB`);
}

/**
 * Reads an upload chunk by chunk, hashing as the bytes arrive and stopping
 * as soon as they pass the limit (a chunked upload has no length to check
 * first). Events rather than for-await: leaving a for-await early destroys
 * the request, and its socket with it, before the 413 is sent.
 */
function readHashed(stream: Readable, tooLargeError: () => HttpError): Promise<{ bytes: Buffer; hash: string }> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BLOB_BYTES) {
        // The rest flows on unread and is dropped: closing with bytes unread
        // would reset the connection, and the client would never see its 413.
        stream.off('data', onData);
        stream.resume();
        return reject(tooLargeError());
      }
      hash.update(chunk);
      chunks.push(chunk);
    };
    stream.on('data', onData);
    stream.once('end', () => resolve({ bytes: Buffer.concat(chunks, size), hash: hash.digest('hex') }));
    // The client went away mid-upload: nothing is stored, and nobody waits for the answer.
    stream.once('error', () => reject(new HttpError(400, 'incompleteUpload', 'the upload ended before all its bytes arrived')));
  });
}
