import pg from 'pg';
import type { Db, Queryable, Row } from './db';

type ClientLike = { query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }> };

function queryable(client: ClientLike): Queryable {
  return {
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      return (await client.query(sql, [...params])).rows as T[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}

export type PostgresOptions = {
  connectionString: string;
  /** A schema to work in (tests use a throwaway one per file). */
  schema?: string;
  maxConnections?: number;
};

/** A real PostgreSQL through a node-postgres pool. */
export async function openPostgres(options: PostgresOptions): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  await pool.query('select 1');
  return {
    engine: 'postgres',
    ...queryable(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(queryable(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
