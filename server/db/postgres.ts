import pg from 'pg';
import type { Db, Queryable, Row } from './db';
import { asHttpError, isConnectionError } from './db-errors';

type ClientLike = { query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }> };

/** Queries through a client or the pool; losing the connection becomes a 503 (see db-errors.ts), and `lost` hears of it. */
function queryable(client: ClientLike, lost: () => void = () => undefined): Queryable {
  const failed = (error: unknown): never => {
    if (isConnectionError(error)) lost();
    throw asHttpError(error);
  };
  return {
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      try {
        return (await client.query(sql, [...params])).rows as T[];
      } catch (error) {
        return failed(error);
      }
    },
    async exec(sql: string) {
      try {
        await client.query(sql);
      } catch (error) {
        failed(error);
      }
    },
  };
}

export type PostgresOptions = {
  connectionString: string;
  /** A schema to work in (tests use a throwaway one per file). */
  schema?: string;
  maxConnections?: number;
  /** Where connection errors the pool meets between queries are reported (default: a one-line warning). */
  onConnectionError?: (error: Error) => void;
};

const warn = (error: Error) => console.warn(`postgres: connection lost (${error.message}); the pool reconnects on the next query`);

/**
 * A real PostgreSQL through a node-postgres pool. The pool outlives the
 * database: when PostgreSQL restarts, its idle connections die with an
 * 'error' event (which, unhandled, would end the process), queries meanwhile
 * fail with a 503, and the next query after it is back opens a new connection.
 */
export async function openPostgres(options: PostgresOptions): Promise<Db> {
  const onConnectionError = options.onConnectionError ?? warn;
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    // A database that does not answer is away: say so (503) rather than hold the request.
    connectionTimeoutMillis: 5_000,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle connection closed by the server (restart, admin shutdown): the pool drops it.
  pool.on('error', onConnectionError);
  await pool.query('select 1');
  return {
    engine: 'postgres',
    ...queryable(pool),
    async transaction(fn) {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw asHttpError(error);
      }
      // While checked out, a client's errors are its own to handle: the pool listens only to idle ones.
      let broken = false;
      const onError = (error: Error) => {
        broken = true;
        onConnectionError(error);
      };
      client.on('error', onError);
      const tx = queryable(client, () => (broken = true));
      try {
        await tx.query('begin');
        const result = await fn(tx);
        await tx.query('commit');
        return result;
      } catch (error) {
        if (!broken) await client.query('rollback').catch(() => (broken = true));
        throw error;
      } finally {
        client.removeListener('error', onError);
        // A broken connection is closed, not handed to the next request.
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
