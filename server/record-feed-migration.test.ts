import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPglite } from './db/pglite';
import { migrate } from './db/migrate';
import { buildApp } from './app';
import { createSession } from './auth/sessions';
import { call } from './test/api';

// A server that kept every change (migrations 001–003) is upgraded to the
// record feed (004): nothing it held is lost, and a device's cursor from
// before still finds every record.

const MIGRATIONS = fileURLToPath(new URL('./db/migrations/', import.meta.url));

it('moves a change-log server to the record feed without losing a record or a remembered change', { timeout: 120_000 }, async () => {
  const before = await mkdtemp(join(tmpdir(), 'ponte-migrations-'));
  const db = await openPglite();
  try {
    for (const name of ['001_init.sql', '002_blobs.sql', '003_lean_sync_tables.sql']) await cp(join(MIGRATIONS, name), join(before, name));
    await migrate(db, before);
    // The account as such a server held it (registering now would need tables of later migrations).
    const owner = { accountId: 'acc-old', email: 'old@ponte.test', token: '' };
    await db.query("insert into accounts (id, email, name, password_hash, created_at) values ('acc-old', 'old@ponte.test', 'Old', 'x', 0)");
    await db.query("insert into pairings (id, shared_by, shared_at, last_seq) values ('p-old', $1, 0, 3)", [owner.accountId]);
    await db.query("insert into memberships (pairing_id, account_id, role) values ('p-old', $1, 'coordinator')", [owner.accountId]);
    const pairing = { id: 'p-old', pairingId: 'p-old', deleted: false, status: 'active', stamps: { status: 'stamp-b' } };
    const agreement = { id: 'a-old', pairingId: 'p-old', deleted: false, title: 'Memorando\u0000', stamps: { title: 'stamp-c' } };
    await db.query("insert into records (kind, id, pairing_id, data) values ('pairing', 'p-old', 'p-old', $1), ('agreement', 'a-old', 'p-old', $2)", [
      JSON.stringify(pairing),
      JSON.stringify(agreement),
    ]);
    await db.query("insert into change_log (pairing_id, seq, change_id, change) values ('p-old', 1, 'c1', '{}'), ('p-old', 2, 'c2', '{}'), ('p-old', 3, 'c3', '{}')");

    // 004 and every migration after it run now, in order.
    const later = (await readdir(MIGRATIONS)).filter((n) => n.endsWith('.sql') && n >= '004').sort();
    expect(later[0]).toBe('004_record_feed.sql');
    expect(await migrate(db)).toEqual(later);
    const app = buildApp({ db });
    owner.token = (await createSession(db, owner.accountId, Date.now(), 60_000)).token;
    expect(await db.query("select to_regclass('change_log') as t")).toEqual([{ t: null }]);
    expect((await db.query<{ change_id: string }>('select change_id from long_text_changes order by change_id')).map((r) => r.change_id)).toEqual(['c1', 'c2', 'c3']);
    expect(await db.query("select last_seq::int as n from pairings where id = 'p-old'")).toEqual([{ n: 5 }]);
    // A device that had pulled everything (cursor 3) receives both records once more, each above it.
    const pulled = (await call(app, owner, 'GET', '/sync/pull?pairingId=p-old&after=3')).json();
    expect(pulled.records.map((r: { seq: number; kind: string }) => [r.seq, r.kind])).toEqual([
      [4, 'agreement'],
      [5, 'pairing'],
    ]);
    expect(pulled.records[0].record).toEqual(agreement);
    await app.close();
  } finally {
    await db.close();
    await rm(before, { recursive: true, force: true });
  }
});
