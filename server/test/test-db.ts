import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Db } from '../db/db';
import { openPglite } from '../db/pglite';
import { openPostgres } from '../db/postgres';
import { migrate } from '../db/migrate';

// The server's tests run on PGlite, and also on a real PostgreSQL when
// PONTE_TEST_DATABASE_URL is set (CI starts one with scripts/start-postgres.sh):
// each test file then works in a throwaway schema of its own.

export type TestDatabase = {
  db: Db;
  /** Closes the database and opens the same data again, as a restarted server would. */
  reopen(): Promise<Db>;
  dispose(): Promise<void>;
};

export const TEST_ENGINES: readonly ('pglite' | 'postgres')[] = process.env.PONTE_TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** A handle that reopens the same data as a restarted server would, and cleans up after itself. */
async function handleOver(open: () => Promise<Db>, cleanUp: () => Promise<void>): Promise<TestDatabase> {
  const handle: TestDatabase = {
    db: await open(),
    async reopen() {
      await handle.db.close();
      handle.db = await open();
      return handle.db;
    },
    async dispose() {
      await handle.db.close();
      await cleanUp();
    },
  };
  return handle;
}

export async function openTestDatabase(engine: 'pglite' | 'postgres'): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const dir = await mkdtemp(join(tmpdir(), 'ponte-server-test-'));
    return handleOver(
      async () => {
        const db = await openPglite(dir);
        await migrate(db);
        return db;
      },
      () => rm(dir, { recursive: true, force: true }),
    );
  }
  const url = process.env.PONTE_TEST_DATABASE_URL!;
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  return handleOver(
    async () => {
      const db = await openPostgres({ connectionString: url, schema });
      await migrate(db);
      return db;
    },
    async () => {
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  );
}
