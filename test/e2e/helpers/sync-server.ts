import { buildApp } from '../../../server/app';
import { openPglite } from '../../../server/db/pglite';
import { migrate } from '../../../server/db/migrate';
import type { Db } from '../../../server/db/db';

export type RunningServer = { url: string; db: Db; close: () => Promise<void> };

/** The real sync server, on embedded PostgreSQL in memory, listening on 127.0.0.1 at a free port. */
export async function startSyncServer(): Promise<RunningServer> {
  const db = await openPglite();
  await migrate(db);
  const app = buildApp({ db });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('sync server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    db,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}

/** Starts the server before a file's tests and stops it after; its fields are there once the tests run. */
export function withSyncServer(): RunningServer {
  const server = {} as RunningServer;
  beforeAll(async () => {
    Object.assign(server, await startSyncServer());
  });
  afterAll(async () => {
    await server.close?.();
  });
  return server;
}
