import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatStamp } from '../shared/clock/hlc';
import type { Change } from '../shared/sync/change';
import { newId } from '../shared/ids';
import { MAX_PUSH_CHANGES } from '../shared/sync/protocol';
import { buildApp } from '../server/app';
import type { Db } from '../server/db/db';
import { openPglite } from '../server/db/pglite';
import { openPostgres } from '../server/db/postgres';
import { migrate } from '../server/db/migrate';
import { recordsOnly, wireOnly } from './sync-floor';

/** Rounds of each measurement: sync figures are their medians, the raw write its best. */
const ROUNDS = 5;
const median = (xs: readonly number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * 10 000 changes (each making a record) pushed by device A in full batches
 * over real HTTP and pulled by device B, against one batched INSERT of the
 * same changes into a plain keyed table of JSON rows, in the same database;
 * and the floor under sync: the same requests to a server that does nothing,
 * plus the same records written and read with nothing else. PGlite unless
 * PONTE_BENCH_DATABASE_URL names a PostgreSQL.
 */
export async function run(args: string[]): Promise<Record<string, unknown>> {
  const count = Number(args[0] ?? 10_000);
  const dir = await mkdtemp(join(tmpdir(), 'ponte-bench-sync-'));
  const url = process.env.PONTE_BENCH_DATABASE_URL;
  const db: Db = url ? await openPostgres({ connectionString: url }) : await openPglite(dir);
  await migrate(db);
  const app = buildApp({ db });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const api = async (method: string, path: string, token?: string, body?: unknown, to = base) => {
      const response = await fetch(to + path, {
        method,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return response.status === 204 ? null : response.json();
    };
    const account = async (name: string) => (await api('POST', '/auth/register', undefined, { email: `${name}-${newId()}@bench.test`, password: 'benchmark password', name })).token as string;
    const [a, b] = [await account('a'), await account('b')];
    // Each round gets a pairing of its own, shared by A and joined by B.
    const newPairing = async () => {
      const pairingId = `bench-${newId()}`;
      await api('POST', `/pairings/${pairingId}/share`, a);
      const { code } = await api('POST', `/pairings/${pairingId}/invitations`, a, { role: 'editor' });
      await api('POST', '/invitations/accept', b, { code });
      return pairingId;
    };
    const start = Date.now();
    const creations = (pairingId: string): Change[] =>
      Array.from({ length: count }, (_, i) => ({
        id: newId(),
        kind: 'position',
        recordId: newId(),
        pairingId,
        fields: { deleted: false, side: i % 2 ? 'eu' : 'lac', title: `Técnica de cooperación nº ${i}`, organisation: 'Ayuntamiento de Málaga · Área de Cooperación' },
        hlc: formatStamp(start, i % 0xffff, 'benchdevicea'),
      }));

    const pushAll = async (all: readonly Change[], to = base) => {
      const began = performance.now();
      for (let i = 0; i < all.length; i += MAX_PUSH_CHANGES) {
        await api('POST', '/sync/push', a, { deviceId: 'benchdevicea', changes: all.slice(i, i + MAX_PUSH_CHANGES) }, to);
      }
      return (performance.now() - began) / 1000;
    };
    const pullAll = async (pairingId: string, after: number, from = base, pages?: Map<number, string>) => {
      const began = performance.now();
      let records = 0;
      let bytes = 0;
      for (;;) {
        const response = await fetch(`${from}/sync/pull?pairingId=${pairingId}&after=${after}&limit=1000`, { headers: { authorization: `Bearer ${b}` } });
        const text = await response.text();
        pages?.set(after, text);
        const page = JSON.parse(text);
        bytes += text.length;
        records += page.records.length;
        after = page.cursor;
        if (!page.more) return { seconds: (performance.now() - began) / 1000, records, bytes, cursor: after };
      }
    };

    // Several rounds and their median: the first round also pays for compiling
    // the server's code paths and warming the database, which a server that
    // has been up for a while does not.
    const rounds: { pairingId: string; changes: Change[]; push: number; pull: number; cursor: number }[] = [];
    const pulledPages = new Map<number, string>();
    for (let r = 0; r < ROUNDS; r++) {
      const pairingId = await newPairing();
      const changes = creations(pairingId);
      const push = await pushAll(changes);
      const pulled = await pullAll(pairingId, 0, base, r === 0 ? pulledPages : undefined);
      if (pulled.records !== count) throw new Error(`pulled ${pulled.records} of ${count}`);
      rounds.push({ pairingId, changes, push, pull: pulled.seconds, cursor: pulled.cursor });
    }
    const pushSeconds = median(rounds.map((r) => r.push));
    const pullSeconds = median(rounds.map((r) => r.pull));

    // Then a working week's autosaves: every record of a twentieth of them
    // edited twenty times. Device B, catching up, receives each record once.
    const { pairingId, changes, cursor } = rounds[0]!;
    const edited = changes.slice(0, count / 20);
    const edits: Change[] = Array.from({ length: count }, (_, i) => {
      const target = edited[i % edited.length]!;
      return { id: newId(), kind: 'position', recordId: target.recordId, pairingId, fields: { title: `${target.fields.title as string} · revisión ${i}` }, hlc: formatStamp(start + 1 + Math.floor(i / 0xffff), i % 0xffff, 'benchdevicea') };
    });
    const editsPushSeconds = await pushAll(edits);
    const catchUp = await pullAll(pairingId, cursor);
    if (catchUp.records !== edited.length) throw new Error(`caught up with ${catchUp.records} records, not ${edited.length}`);

    // The floor under those figures (see sync-floor.ts): the wire alone, and
    // the database writing and reading the same records alone.
    const wire = await wireOnly(
      rounds.map((r) => r.changes),
      pulledPages,
      { push: pushAll, pull: async (from) => (await pullAll(rounds[0]!.pairingId, 0, from)).seconds },
    );
    const storedRecords = [...pulledPages.values()].flatMap((text) => (JSON.parse(text) as { records: { kind: string; record: { id: string } }[] }).records);
    const alone = await recordsOnly(db, storedRecords, ROUNDS, MAX_PUSH_CHANGES, 1000);

    // The raw write is the fastest plain batched INSERT of the same changes,
    // one row each with its keys: both ways the server could send them are
    // timed (arrays through unnest, or one JSON array whose elements are
    // stored whole), each as many times, every time into a new table, and
    // the best time of either is the yardstick.
    const rawTables: string[] = [];
    const rawInsert = async (sql: (table: string) => string, params: unknown[]) => {
      const seconds: number[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        const table = `bench_raw_${rawTables.length}`;
        rawTables.push(table);
        await db.exec(`create table ${table} (pairing_id text not null, seq bigint not null, change_id text not null, change json not null, primary key (pairing_id, seq), unique (pairing_id, change_id))`);
        const began = performance.now();
        await db.query(sql(table), params);
        seconds.push((performance.now() - began) / 1000);
      }
      return Math.min(...seconds);
    };
    const rawUnnest = await rawInsert((table) => `insert into ${table} select p, s, c, j::json from unnest($1::text[], $2::bigint[], $3::text[], $4::text[]) as u(p, s, c, j)`, [
      changes.map(() => pairingId),
      changes.map((_, i) => i + 1),
      changes.map((c) => c.id),
      changes.map((c) => JSON.stringify(c)),
    ]);
    const rawJson = await rawInsert(
      (table) => `insert into ${table} select p, n, c, j from json_array_elements($1::json) with ordinality as a(j, n) join unnest($2::text[], $3::text[]) with ordinality as k(p, c, n) using (n)`,
      [JSON.stringify(changes), changes.map(() => pairingId), changes.map((c) => c.id)],
    );
    await db.exec(rawTables.map((t) => `drop table ${t};`).join(' '));
    const rawSeconds = Math.min(rawUnnest, rawJson);

    const syncSeconds = pushSeconds + pullSeconds;
    return {
      bench: 'sync',
      engine: db.engine,
      changes: count,
      batch: MAX_PUSH_CHANGES,
      rounds: rounds.map((r) => ({ push_seconds: round(r.push), pull_seconds: round(r.pull) })),
      push_seconds: round(pushSeconds),
      pull_seconds: round(pullSeconds),
      sync_seconds: round(syncSeconds),
      raw_insert_seconds: round(rawSeconds),
      raw_unnest_seconds: round(rawUnnest),
      raw_json_seconds: round(rawJson),
      ratio: Math.round((syncSeconds / rawSeconds) * 100) / 100,
      goal: 'within 3×',
      floor: {
        wire_push_seconds: round(median(wire.push)),
        wire_pull_seconds: round(median(wire.pull)),
        records_write_seconds: round(median(alone.write)),
        records_read_seconds: round(median(alone.read)),
        ratio: Math.round(((median(wire.push) + median(wire.pull) + median(alone.write) + median(alone.read)) / rawSeconds) * 100) / 100,
      },
      edits: { changes: count, records: edited.length, push_seconds: round(editsPushSeconds), catch_up_pull_seconds: round(catchUp.seconds), records_pulled: catchUp.records, bytes_pulled: catchUp.bytes },
    };
  } finally {
    await app.close();
    await db.close();
    await rm(dir, { recursive: true, force: true });
  }
}
