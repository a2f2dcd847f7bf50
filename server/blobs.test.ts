import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from './test/test-db';
import { invite, register, share, type Session } from './test/api';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe.each(TEST_ENGINES)('attachments by SHA-256 (%s)', (engine) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let coordinator: Session;
  let viewer: Session;
  let stranger: Session;
  const photo = Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...Array.from({ length: 5000 }, (_, i) => i % 251)]);
  const put = (session: Session | null, pairingId: string, hash: string, body: Buffer) =>
    app.inject({ method: 'PUT', url: `/pairings/${pairingId}/blobs/${hash}?type=image/jpeg`, headers: { 'content-type': 'application/octet-stream', ...(session ? { authorization: `Bearer ${session.token}` } : {}) }, payload: body });
  const get = (session: Session, pairingId: string, hash: string) => app.inject({ method: 'GET', url: `/pairings/${pairingId}/blobs/${hash}`, headers: { authorization: `Bearer ${session.token}` } });

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    app = buildApp({ db: database.db });
    [coordinator, viewer, stranger] = [await register(app), await register(app), await register(app)];
    await share(app, coordinator, 'p-blobs');
    await share(app, stranger, 'p-other');
    await invite(app, coordinator, viewer, 'p-blobs', 'viewer');
  });
  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  it('stores bytes once under their hash and gives them back to members, type included', async () => {
    expect((await put(coordinator, 'p-blobs', sha(photo), photo)).statusCode).toBe(201);
    expect((await put(coordinator, 'p-blobs', sha(photo), photo)).statusCode).toBe(201);
    const [row] = await database.db.query<{ n: number | string }>('select count(*) as n from blobs');
    expect(Number(row!.n)).toBe(1);
    const back = await get(viewer, 'p-blobs', sha(photo));
    expect(back.statusCode).toBe(200);
    expect(back.headers['x-ponte-type']).toBe('image/jpeg');
    expect(Buffer.compare(back.rawPayload, photo)).toBe(0);
  });

  it('refuses bytes that do not match their hash, and stores nothing', async () => {
    const other = Buffer.from('not the photo');
    const response = await put(coordinator, 'p-blobs', sha(photo).replace(/^./, '0'), other);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toBe('hashMismatch');
  });

  it('refuses a viewer upload, a stranger download and anyone without a token', async () => {
    const bytes = Buffer.from('viewer bytes');
    expect((await put(viewer, 'p-blobs', sha(bytes), bytes)).statusCode).toBe(403);
    expect((await get(stranger, 'p-blobs', sha(photo))).statusCode).toBe(403);
    expect((await get(stranger, 'p-other', sha(photo))).statusCode).toBe(404);
    expect((await put(null, 'p-blobs', sha(bytes), bytes)).statusCode).toBe(401);
  });
});
