import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { formatStamp } from '../shared/clock/hlc';
import type { Change } from '../shared/sync/change';
import { newId } from '../shared/ids';
import { newAgreementFields } from '../shared/model/defaults';
import { TEST_ENGINES } from './test/test-db';
import { startInstance, type Instance } from './test/instance';

// Faults, with real processes: sync servers started as child processes, killed
// with SIGKILL, and the PostgreSQL under them restarted while devices push.
// What must hold: no instance dies of it, nothing acknowledged is lost, every
// refusal meanwhile is a 503 with Retry-After (never another 5xx), and the
// devices' retries converge to one state that every instance serves.

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DEVICES = 4;
const BATCHES = 16;
const BATCH_SIZE = 25;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Stats = { unavailable: number; unreachable: number; missingRetryAfter: number; unexpected: string[] };
type Device = { name: string; token: string; pairingId: string };

/** A fresh database on a test PostgreSQL (by default PONTE_TEST_DATABASE_URL's), so the instances' migrations run on nothing. */
async function freshDatabase(base = process.env.PONTE_TEST_DATABASE_URL): Promise<{ url: string; drop(): Promise<void> }> {
  if (!base) throw new Error('PONTE_TEST_DATABASE_URL is not set: start one with `bash scripts/start-postgres.sh` (CI always does)');
  const name = `ponte_faults_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const again = new pg.Client({ connectionString: base });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

/** Runs a script of scripts/ against the PostgreSQL cluster in `dir`; resolves to what it printed. */
function pgScript(dir: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', args, { cwd: ROOT, env: { ...process.env, PONTE_PG_DIR: dir, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.once('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`${args.join(' ')} failed (${code}): ${err}`))));
  });
}

/**
 * A PostgreSQL cluster of this test's own (the same installation as
 * PONTE_TEST_DATABASE_URL's, started by scripts/start-postgres.sh): restarting
 * the shared one would cut the other test files' connections mid-test.
 */
async function ownCluster(): Promise<{ url: string; restart(downSeconds: number): Promise<void>; stop(): Promise<void> }> {
  if (!process.env.PONTE_TEST_DATABASE_URL) throw new Error('PONTE_TEST_DATABASE_URL is not set: start one with `bash scripts/start-postgres.sh` (CI always does)');
  const dir = `/tmp/ponte-postgres-faults-${process.pid}`;
  const url = await pgScript(dir, ['scripts/start-postgres.sh']);
  return {
    url,
    restart: async (downSeconds) => void (await pgScript(dir, ['scripts/restart-postgres.sh'], { PONTE_PG_DOWN_SECONDS: String(downSeconds) })),
    async stop() {
      await pgScript(dir, ['scripts/start-postgres.sh', '--stop']);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function json(url: string, init: RequestInit & { token?: string } = {}): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(url, {
    ...init,
    headers: { ...(init.body ? { 'content-type': 'application/json' } : {}), ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    signal: AbortSignal.timeout(20_000),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

/** Two pairings, each with an account and two of its devices. */
async function setUp(url: string): Promise<Device[]> {
  const devices: Device[] = [];
  for (let p = 0; p < 2; p++) {
    const email = `faults-${p}-${newId().slice(-8)}@ponte.test`;
    const registered = await json(`${url}/auth/register`, { method: 'POST', body: JSON.stringify({ email, password: `Fallos-${randomBytes(12).toString('base64url')}`, name: 'Fallos' }) });
    expect(registered.status).toBe(201);
    const pairingId = `p-faults-${p}-${newId().slice(-8)}`;
    expect((await json(`${url}/pairings/${pairingId}/share`, { method: 'POST', token: registered.body.token })).status).toBe(201);
    for (let d = 0; d < DEVICES / 2; d++) devices.push({ name: `dev${p}x${d}`, token: registered.body.token, pairingId });
  }
  return devices;
}

type Acked = { records: Map<string, string>; shared: Map<string, { hlc: string; title: string }> };

/**
 * One device pushing its batches, one after another: new agreements, plus an
 * edit of its pairing's shared agreement (last writer wins). A batch is pushed
 * again until it is acknowledged, to whichever instance is up; each refusal
 * on the way is counted.
 */
async function runDevice(device: Device, instances: () => Instance[], stats: Stats, acked: Acked, progress: () => void): Promise<void> {
  let counter = 0;
  const sharedId = `shared-${device.pairingId}`;
  for (let b = 0; b < BATCHES; b++) {
    const stamp = () => formatStamp(Date.now(), counter++ % 0xffff, device.name);
    const changes: Change[] = Array.from({ length: BATCH_SIZE }, (_, i) => ({
      id: newId(),
      kind: 'agreement',
      recordId: newId(),
      pairingId: device.pairingId,
      fields: newAgreementFields(`${device.name} ${b}.${i}`),
      hlc: stamp(),
    }));
    const title = `${device.name} edit ${b}`;
    changes.push({ id: newId(), kind: 'agreement', recordId: sharedId, pairingId: device.pairingId, fields: newAgreementFields(title), hlc: stamp() });
    const body = JSON.stringify({ deviceId: device.name, changes });
    for (let attempt = 0; ; attempt++) {
      const live = instances().filter((i) => i.alive());
      const target = live[(b + attempt) % Math.max(live.length, 1)];
      try {
        if (!target) throw new Error('no instance up');
        const response = await json(`${target.url}/sync/push`, { method: 'POST', body, token: device.token });
        if (response.status === 200) break;
        if (response.status === 503) {
          stats.unavailable++;
          if (!response.headers.get('retry-after')) stats.missingRetryAfter++;
        } else stats.unexpected.push(`${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
      } catch {
        stats.unreachable++; // the instance was killed, or is starting
      }
      if (attempt > 400) throw new Error(`${device.name}: batch ${b} never acknowledged`);
      await sleep(150);
    }
    for (const c of changes.slice(0, -1)) acked.records.set(c.recordId, c.fields.title as string);
    const last = changes.at(-1)!;
    const known = acked.shared.get(sharedId);
    if (!known || known.hlc < last.hlc) acked.shared.set(sharedId, { hlc: last.hlc, title });
    progress();
  }
}

/** Every record of a pairing, as one instance serves it, page by page. */
async function pullAll(url: string, device: Device): Promise<Map<string, { title: string; stamps: unknown }>> {
  const out = new Map<string, { title: string; stamps: unknown }>();
  let after = 0;
  for (;;) {
    const page = await json(`${url}/sync/pull?pairingId=${device.pairingId}&after=${after}&limit=1000`, { token: device.token });
    expect(page.status).toBe(200);
    for (const { record } of page.body.records) out.set(record.id, { title: record.title, stamps: record.stamps });
    after = page.body.cursor;
    if (!page.body.more) return out;
  }
}

/** Runs every device while `fault` happens, then checks that nothing acknowledged is lost and that every instance serves the same state. */
async function pushThrough(instances: () => Instance[], devices: Device[], fault: (progressed: Promise<void>) => Promise<void>): Promise<Stats> {
  const stats: Stats = { unavailable: 0, unreachable: 0, missingRetryAfter: 0, unexpected: [] };
  const acked: Acked = { records: new Map(), shared: new Map() };
  let done = 0;
  let reached!: () => void;
  // The fault strikes once a quarter of all batches are acknowledged, while the rest are being pushed.
  const progressed = new Promise<void>((resolve) => (reached = resolve));
  const progress = () => {
    if (++done === Math.ceil((DEVICES * BATCHES) / 4)) reached();
  };
  const running = Promise.all(devices.map((d) => runDevice(d, instances, stats, acked, progress)));
  await Promise.all([running, fault(progressed)]);

  expect(stats.unexpected).toEqual([]);
  expect(stats.missingRetryAfter).toBe(0);
  expect(acked.records.size).toBe(DEVICES * BATCHES * BATCH_SIZE);
  for (const device of devices.filter((d, i) => devices.findIndex((o) => o.pairingId === d.pairingId) === i)) {
    const views = await Promise.all(instances().map((i) => pullAll(i.url, device)));
    for (const view of views.slice(1)) expect(view).toEqual(views[0]);
    const view = views[0]!;
    const mine = [...acked.records.keys()].filter((id) => view.has(id));
    for (const recordId of mine) expect(view.get(recordId)!.title).toBe(acked.records.get(recordId));
    // Every acknowledged agreement of this pairing is there: half of all, as its two devices pushed them.
    expect(mine).toHaveLength((DEVICES / 2) * BATCHES * BATCH_SIZE);
    expect(view.get(`shared-${device.pairingId}`)?.title).toBe(acked.shared.get(`shared-${device.pairingId}`)!.title);
  }
  return stats;
}

describe.each(TEST_ENGINES)('sync servers under faults (%s)', (engine) => {
  const cleanUps: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const clean of cleanUps.splice(0).reverse()) await clean().catch(() => undefined);
  });

  /** The environment that points an instance at a database of its own: a fresh PostgreSQL database, or a PGlite folder. */
  async function database(base?: string): Promise<Record<string, string>> {
    if (engine === 'postgres') {
      const db = await freshDatabase(base);
      cleanUps.push(db.drop);
      return { DATABASE_URL: db.url };
    }
    const dir = await mkdtemp(join(tmpdir(), 'ponte-faults-'));
    cleanUps.push(() => rm(dir, { recursive: true, force: true }));
    return { PONTE_DATA_DIR: dir };
  }
  async function start(env: Record<string, string>): Promise<Instance> {
    const instance = await startInstance(env);
    cleanUps.push(() => instance.stop());
    return instance;
  }

  it(
    `loses nothing acknowledged when an instance is killed with SIGKILL during pushes and started again${engine === 'postgres' ? ', beside another instance on the same database' : ''}`,
    async () => {
      const env = await database();
      // PGlite is one process's database: one instance. PostgreSQL: two on one database.
      const instances: Instance[] = [await start(env)];
      if (engine === 'postgres') instances.push(await start(env));
      const devices = await setUp(instances[0]!.url);
      const stats = await pushThrough(
        () => instances,
        devices,
        async (progressed) => {
          await progressed;
          await instances[0]!.kill9();
          expect(instances[0]!.alive()).toBe(false);
          instances[0] = await start(env);
        },
      );
      expect(instances.every((i) => i.alive())).toBe(true);
      // The killed instance's pushes in flight failed as unreachable, and were pushed again.
      if (engine === 'pglite') expect(stats.unreachable).toBeGreaterThan(0);
    },
    300_000,
  );

  // Only a real PostgreSQL can be restarted under running instances.
  if (engine === 'postgres') {
    it(
      'keeps two instances up through a PostgreSQL restart during pushes: 503 with Retry-After meanwhile, /health too, then recovery by itself',
      async () => {
        const cluster = await ownCluster();
        cleanUps.push(cluster.stop);
        const env = await database(cluster.url);
        const instances = [await start(env), await start(env)];
        const devices = await setUp(instances[0]!.url);
        const healthSeen = new Set<number>();
        const stats = await pushThrough(
          () => instances,
          devices,
          async (progressed) => {
            await progressed;
            let restarting = true;
            const restarted = cluster.restart(3).finally(() => (restarting = false));
            while (restarting) {
              for (const instance of instances) {
                const health = await fetch(`${instance.url}/health`, { signal: AbortSignal.timeout(5_000) }).catch(() => null);
                if (health) {
                  healthSeen.add(health.status);
                  if (health.status === 503) expect(health.headers.get('retry-after')).toBeTruthy();
                }
              }
              await sleep(100);
            }
            await restarted;
          },
        );
        for (const instance of instances) expect(instance.alive(), instance.log()).toBe(true);
        expect(healthSeen).toContain(503);
        expect(stats.unavailable).toBeGreaterThan(0);
        // Recovered without being restarted themselves.
        for (const instance of instances) expect((await fetch(`${instance.url}/health`)).status).toBe(200);
      },
      300_000,
    );
  }
});
