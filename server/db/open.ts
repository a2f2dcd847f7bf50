import type { Db } from './db';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

/** DATABASE_URL set: that PostgreSQL; otherwise PGlite in PONTE_DATA_DIR (default ./server-data). */
export async function openDatabase(env: NodeJS.ProcessEnv = process.env): Promise<Db> {
  if (env.DATABASE_URL) return openPostgres({ connectionString: env.DATABASE_URL });
  return openPglite(env.PONTE_DATA_DIR || './server-data');
}
