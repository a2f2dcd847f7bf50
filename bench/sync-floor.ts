import Fastify from 'fastify';
import type { Change } from '../shared/sync/change';
import type { Db } from '../server/db/db';
import { DEFAULT_CONFIG } from '../server/config';

// What sync cannot go below, whatever its merge: the same requests carried by
// HTTP to a server that does nothing with them, and the same records written
// and read back by the database with nothing else around. bench/sync prints
// both beside its own figures, so the distance to the raw write can be read
// as "the wire", "the records" and "the rest".

export type Transfer = {
  push: (changes: readonly Change[], to: string) => Promise<number>;
  pull: (from: string) => Promise<number>;
};

/** Seconds for the same pushes and pulls against a server that parses the pushes and serves the given pull pages from memory. */
export async function wireOnly(rounds: readonly (readonly Change[])[], pages: ReadonlyMap<number, string>, transfer: Transfer): Promise<{ push: number[]; pull: number[] }> {
  const wire = Fastify({ bodyLimit: DEFAULT_CONFIG.bodyLimit });
  wire.post('/sync/push', async (request) => ({ results: (request.body as { changes: Change[] }).changes.map((c) => ({ id: c.id, status: 'applied' })), serverTime: Date.now() }));
  wire.get('/sync/pull', async (request, reply) => reply.type('application/json; charset=utf-8').send(pages.get(Number((request.query as { after: string }).after))));
  const base = await wire.listen({ host: '127.0.0.1', port: 0 });
  try {
    const out = { push: [] as number[], pull: [] as number[] };
    for (const changes of rounds) {
      out.push.push(await transfer.push(changes, base));
      out.pull.push(await transfer.pull(base));
    }
    return out;
  } finally {
    await wire.close();
  }
}

/**
 * Seconds to insert the records a pull returned, as the server stores them, in
 * batches of `batch` (one transaction each, plain INSERT into a copy of the
 * records table), and to read them back in pages of `page`; once per round.
 */
export async function recordsOnly(db: Db, records: readonly { kind: string; record: { id: string } }[], rounds: number, batch: number, page: number): Promise<{ write: number[]; read: number[] }> {
  const out = { write: [] as number[], read: [] as number[] };
  for (let r = 0; r < rounds; r++) {
    const table = `bench_floor_records_${r}`;
    await db.exec(`create table ${table} (like records including all)`);
    let began = performance.now();
    for (let i = 0; i < records.length; i += batch) {
      const slice = records.slice(i, i + batch);
      await db.transaction((tx) =>
        tx.query(
          `insert into ${table} (kind, id, pairing_id, seq, data) select k.kind, k.id, 'floor', k.seq, a.r
           from json_array_elements($1::json) with ordinality as a(r, n)
           join unnest($2::text[], $3::text[], $4::bigint[]) with ordinality as k(kind, id, seq, n) using (n)`,
          [JSON.stringify(slice.map((s) => s.record)), slice.map((s) => s.kind), slice.map((s) => s.record.id), slice.map((_, j) => i + j + 1)],
        ),
      );
    }
    out.write.push((performance.now() - began) / 1000);
    began = performance.now();
    for (let after = 0; after < records.length; after += page) {
      await db.query(`select seq, kind, data::text as data from ${table} where pairing_id = 'floor' and seq > $1 order by seq limit $2`, [after, page + 1]);
    }
    out.read.push((performance.now() - began) / 1000);
    await db.exec(`drop table ${table}`);
  }
  return out;
}
