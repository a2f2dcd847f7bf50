import { buildApp } from '../../../server/app';
import { openPglite } from '../../../server/db/pglite';
import { migrate } from '../../../server/db/migrate';

/** The real sync server, on embedded PostgreSQL in memory, listening on 127.0.0.1 at a free port. */
export async function startSyncServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const db = await openPglite();
  await migrate(db);
  const app = buildApp({ db });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('sync server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}
