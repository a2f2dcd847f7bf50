import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from './test/test-db';
import { register, share, type Session } from './test/api';

// Each route reads only its own content type and size. These go over real
// HTTP, because what matters is whether a hostile body stalls the instance
// for everyone else while it is being sent.

const MB = 1024 * 1024;

describe.each(TEST_ENGINES)('body parsing per route (%s)', (engine) => {
  let handle: TestDatabase;
  let app: FastifyInstance;
  let base: string;
  let owner: Session;

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    app = buildApp({ db: handle.db });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    base = `http://127.0.0.1:${address.port}`;
    owner = await register(app);
    await share(app, owner, 'p-edge');
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await handle.dispose();
  });

  const timed = async (path: string, init: RequestInit = {}) => {
    const started = performance.now();
    const response = await fetch(`${base}${path}`, init);
    const body = await response.text();
    return { status: response.status, body, ms: performance.now() - started };
  };

  it('refuses a 10 MB octet-stream sign-in with 415 at once, and /health answers meanwhile', async () => {
    const sending = timed('/auth/sign-in', { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: Buffer.alloc(10 * MB, 0x41) });
    await new Promise((resolve) => setTimeout(resolve, 30));
    const health = await timed('/health');
    const signIn = await sending;
    expect(signIn.status).toBe(415);
    // It took 31 s before each route had its own parser; the answer includes
    // this process sending 10 MB to itself on a shared 2-core machine.
    expect(signIn.ms).toBeLessThan(2000);
    expect(health.status).toBe(200);
    expect(health.ms).toBeLessThan(1000);
  });

  it('refuses every other media type on the JSON routes with 415', async () => {
    const auth = { authorization: `Bearer ${owner.token}` };
    for (const [path, headers] of [
      ['/auth/register', {}],
      ['/sync/push', auth],
      ['/invitations/accept', auth],
      ['/pairings/p-edge/invitations', auth],
    ] as const) {
      for (const type of ['application/octet-stream', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        const response = await timed(path, { method: 'POST', headers: { ...headers, 'content-type': type }, body: '{"email":"a@b.test"}' });
        expect({ path, type, status: response.status }).toEqual({ path, type, status: 415 });
      }
    }
  });

  it('keeps JSON bodies of account routes small (413), and a push may still be large', async () => {
    const email = `${'a'.repeat(100 * 1024)}@ponte.test`;
    for (const path of ['/auth/sign-in', '/auth/register']) {
      const response = await timed(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'x', name: 'x' }) });
      expect({ path, status: response.status }).toEqual({ path, status: 413 });
    }
    const accept = await timed('/invitations/accept', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` }, body: JSON.stringify({ code: 'x'.repeat(100 * 1024) }) });
    expect(accept.status).toBe(413);
    // A push of 1 MB is within its own limit: it is read and judged (400 for this body), not refused for its size.
    const push = await timed('/sync/push', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` }, body: JSON.stringify({ deviceId: 'x'.repeat(MB), changes: [] }) });
    expect(push.status).toBe(400);
  });

  it('refuses an attachment over 30 MB from its length alone, before reading it', async () => {
    // Only the headers are sent: the answer comes without a byte of the body.
    const hash = 'a'.repeat(64);
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(`${base}/pairings/p-edge/blobs/${hash}?type=image/jpeg`, {
        method: 'PUT',
        headers: { 'content-type': 'application/octet-stream', 'content-length': String(31 * MB), authorization: `Bearer ${owner.token}` },
      });
      request.on('response', (response) => {
        resolve(response.statusCode ?? 0);
        request.destroy();
      });
      request.on('error', reject);
      request.flushHeaders();
    });
    expect(status).toBe(413);
  });

  it('answers 413 to a chunked attachment as soon as it passes 30 MB, while it is still being sent', async () => {
    // A raw socket, so that the answer is seen even while bytes are still going out.
    const chunk = Buffer.alloc(MB, 7);
    let sent = 0;
    const { port } = new URL(base);
    const answered = await new Promise<{ statusLine: string; sent: number }>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1');
      socket.once('data', (data) => {
        resolve({ statusLine: data.toString('latin1').split('\r\n')[0]!, sent });
        socket.destroy();
      });
      socket.on('error', reject);
      socket.write(
        `PUT /pairings/p-edge/blobs/${'b'.repeat(64)}?type=image/jpeg HTTP/1.1\r\nhost: ponte.test\r\ncontent-type: application/octet-stream\r\n` +
          `transfer-encoding: chunked\r\nauthorization: Bearer ${owner.token}\r\n\r\n`,
      );
      const more = () => {
        while (sent < 60 * MB && !socket.destroyed) {
          sent += chunk.length;
          socket.write(`${chunk.length.toString(16)}\r\n`);
          socket.write(chunk);
          if (!socket.write('\r\n')) return void socket.once('drain', more);
        }
        if (!socket.destroyed) socket.end('0\r\n\r\n');
      };
      more();
    });
    expect(answered.statusLine).toBe('HTTP/1.1 413 Payload Too Large');
    expect(answered.sent).toBeLessThan(60 * MB);
    expect(await handle.db.query('select 1 from blobs where sha256 = $1', ['b'.repeat(64)])).toHaveLength(0);
  });

  it('refuses an attachment sent as JSON (415) and stores it when sent as bytes', async () => {
    const bytes = Buffer.from('%PDF-1.7 firmado');
    const hash = createHash('sha256').update(bytes).digest('hex');
    const url = `/pairings/p-edge/blobs/${hash}?type=application/pdf`;
    const asJson = await timed(url, { method: 'PUT', headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` }, body: JSON.stringify({ bytes: bytes.toString('base64') }) });
    expect(asJson.status).toBe(415);
    const asBytes = await timed(url, { method: 'PUT', headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${owner.token}` }, body: bytes });
    expect(asBytes.status).toBe(201);
    expect(JSON.parse(asBytes.body)).toEqual({ sha256: hash, size: bytes.length });
  });
});
