import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createClock, type HlcState } from '../shared/clock/hlc';
import { newId } from '../shared/ids';
import type { AnyStored } from '../shared/model/records';
import { applyChange } from '../shared/sync/merge';
import { makeLocalChange, type Write } from '../shared/sync/local-change';
import { pullResponse, pushBody, pushResponse, sessionResponse, invitationResponse } from '../shared/sync/protocol';
import { changesOfRecord } from '../shared/sync/record-state';
import type { Change } from '../shared/sync/change';
import { newStakeholderFields } from '../shared/stakeholders/schema';

// Twenty devices pushing at once, as a programme's server sees them on a
// Monday morning: half of them in one busy pairing, editing the same
// stakeholders and adding new ones, the other half two by two in pairings of
// their own. Every device pushes batches of 200 changes made with the same
// makeLocalChange as the app, over real HTTP, to real instances of the
// production build under plain node (`npm run build:server`): two on one PostgreSQL
// (PONTE_BENCH_DATABASE_URL), one on PGlite. Meanwhile one more device pushes
// small batches to an idle pairing, timed. Then every device pulls, merges
// what it receives with the shared merge, and every replica of a pairing
// must equal every other and the server's own copy.

const DEVICES = 20;
const BATCH = 200;
const HOT_DEVICES = DEVICES / 2;
/** The other half, two by two: five quiet pairings. */
const PAIR_SIZE = 2;
const SEED_RECORDS = 100;
const IDLE_BATCH = 10;
const IDLE_EVERY_MS = 200;

type Instance = { base: string; child: ChildProcess; errors: string[] };
type Device = { name: string; deviceId: string; token: string; pairingId: string; base: string; clock: HlcState; records: Map<string, AnyStored> };
type Tally = { latencies: number[]; statuses: Map<number, number>; retries: number };

const percentile = (xs: readonly number[], p: number) => {
  if (xs.length === 0) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
};
const round = (x: number) => Math.round(x * 10) / 10;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const key = (kind: string, id: string) => `${kind}/${id}`;

/** Seconds of CPU a process has used, from /proc (Linux); null elsewhere or once it has gone. */
function processCpu(pid: number | undefined): number | null {
  try {
    // utime and stime, fields 14 and 15, after the command name in parentheses.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** The PostgreSQL processes' pids (its backends among them), or none when it is not on this machine. */
function postgresPids(): number[] {
  const listed = spawnSync('ps', ['-C', 'postgres', '-o', 'pid='], { encoding: 'utf8' });
  return listed.status === 0 ? listed.stdout.split('\n').map(Number).filter((pid) => pid > 0) : [];
}

type CpuSample = { bench: number; instances: number; postgres: Map<number, number> };
/**
 * Where the machine's CPU goes while the batches are taken in: this process
 * (the twenty devices), the instances, PostgreSQL. On two cores they share,
 * the throughput is bounded by the sum, not by any one of them.
 */
function cpuSeconds(instances: readonly Instance[]): CpuSample {
  const usage = process.cpuUsage();
  return {
    bench: (usage.user + usage.system) / 1e6,
    instances: instances.reduce((sum, i) => sum + (processCpu(i.child.pid) ?? 0), 0),
    postgres: new Map(postgresPids().map((pid) => [pid, processCpu(pid) ?? 0])),
  };
}

const cpuSpent = (before: CpuSample, after: CpuSample, seconds: number) => {
  // A backend that started during the load counts from zero.
  const postgres = [...after.postgres].reduce((sum, [pid, t]) => sum + t - (before.postgres.get(pid) ?? 0), 0);
  const spent = { bench_devices: after.bench - before.bench, instances: after.instances - before.instances, postgres };
  return { ...Object.fromEntries(Object.entries(spent).map(([k, v]) => [k, round(v)])), of_available: round(seconds * cpus().length) };
};

/** Builds the server as a programme runs it in production (`npm run build:server`), into a folder of its own. */
function buildServer(outDir: string): void {
  const built = spawnSync(join('node_modules', '.bin', 'vite'), ['build', '--config', 'vite.server.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`build:server failed:\n${built.stderr}`);
}

/** Starts the built server under plain node on a free port and resolves once it listens. */
function startInstance(serverDir: string, env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, [...(process.env.PONTE_BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PONTE_BENCH_PROFILE}`] : []), join(serverDir, 'main.js')], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', TRUST_PROXY: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance did not start:\n${output}`)), 120_000);
    const errors: string[] = [];
    let started = false;
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      // The request log is drained, not kept; the server's own errors (pino level 50) are, a few of them, for the figures.
      for (const line of text.split('\n')) if (line.includes('"level":50') && errors.length < 5) errors.push(line.slice(0, 1500));
      if (started) return;
      output += text;
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        started = true;
        clearTimeout(timer);
        resolve({ base: match[1]!, child, errors });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`instance exited with ${code}:\n${output}`)));
  });
}

async function stopInstance(instance: Instance): Promise<void> {
  if (instance.child.exitCode !== null) return;
  const exited = new Promise((done) => instance.child.once('exit', done));
  instance.child.kill('SIGTERM');
  await exited;
}

/**
 * One HTTP call as a device makes it; 429 waits for Retry-After. Every other
 * answer is returned with its time. A distinct X-Forwarded-For per caller
 * (the instances trust one proxy hop) stands for devices on their own networks,
 * so the per-address limits of registration see twenty addresses, not one.
 */
async function call(base: string, method: string, path: string, options: { token?: string; body?: unknown; address?: string } = {}): Promise<{ status: number; text: string; ms: number }> {
  for (let attempt = 0; ; attempt++) {
    const began = performance.now();
    const response = await fetch(base + path, {
      method,
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(options.address ? { 'x-forwarded-for': options.address } : {}),
      },
      ...(options.body !== undefined ? { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) } : {}),
    });
    const text = await response.text();
    const ms = performance.now() - began;
    if (response.status === 429 && attempt < 20) {
      await sleep(Math.min(60, Number(response.headers.get('retry-after') ?? 1)) * 1000);
      continue;
    }
    return { status: response.status, text, ms };
  }
}

async function ok(base: string, method: string, path: string, options: Parameters<typeof call>[3] = {}): Promise<unknown> {
  const { status, text } = await call(base, method, path, options);
  if (status >= 300) throw new Error(`${method} ${path}: ${status} ${text}`);
  return text ? JSON.parse(text) : null;
}

let accounts = 0;
async function register(base: string, name: string): Promise<string> {
  const n = ++accounts;
  const body = { email: `${name}-${newId()}@bench.test`, password: `Ponte ${randomBytes(12).toString('base64url')} puente`, name };
  return sessionResponse.parse(await ok(base, 'POST', '/auth/register', { body, address: `10.20.${n >> 8}.${n & 255}` })).token;
}

/** The device's own edit, made and merged the way the app's write path makes it. */
function write(device: Device, w: Write): Change {
  const made = makeLocalChange(device.clock, Date.now(), w, device.records.get(key(w.kind, w.recordId)));
  device.clock = made.clock;
  device.records.set(key(w.kind, w.recordId), made.record);
  return made.change;
}

const STANCES = ['supportive', 'neutral', 'opposed', 'unknown'] as const;

/** A batch as a working device makes one: a third new stakeholders, the rest edits of the pairing's existing ones (now and then their notes, a long text). */
function makeBatch(device: Device, seedIds: readonly string[], size: number, round: number): Change[] {
  const changes: Change[] = [];
  for (let i = 0; i < size; i++) {
    const n = round * size + i;
    if (i % 3 === 0 || seedIds.length === 0) {
      const fields = newStakeholderFields({ side: n % 2 ? 'eu' : 'lac', name: `Persona ${device.name} nº ${n}`, organisation: 'Ayuntamiento de Málaga · Área de Cooperación', role: 'Técnica de cooperación', tags: ['bench'] });
      changes.push(write(device, { kind: 'stakeholder', recordId: newId(), pairingId: device.pairingId, fields, create: true }));
    } else {
      const recordId = seedIds[(n * 7 + device.name.length) % seedIds.length]!;
      const fields: Record<string, unknown> =
        i % 10 === 1 ? { notes: `Reunión ${n} de ${device.name}: acordamos revisar el calendario del taller.` } : { stance: STANCES[n % STANCES.length], power: 1 + (n % 5), interest: 1 + ((n + 2) % 5) };
      changes.push(write(device, { kind: 'stakeholder', recordId, pairingId: device.pairingId, fields }));
    }
  }
  return changes;
}

/** A push body as the client writes it: checked with the wire schema, then serialised. */
const outboxBody = (device: Device, changes: Change[]) => JSON.stringify(pushBody.parse({ deviceId: device.deviceId, changes }));

/** Pushes one batch as the client does (body checked with the wire schema), retrying a 5xx; tallies the answers. */
async function pushBatch(device: Device, changes: Change[] | string, tally: Tally | null): Promise<void> {
  const body = typeof changes === 'string' ? changes : outboxBody(device, changes);
  for (let attempt = 0; ; attempt++) {
    const answer = await call(device.base, 'POST', '/sync/push', { token: device.token, body }).catch((error: Error) => ({ status: 0, text: error.message, ms: 0 }));
    if (tally) {
      tally.statuses.set(answer.status, (tally.statuses.get(answer.status) ?? 0) + 1);
      if (answer.status === 200) tally.latencies.push(answer.ms);
    }
    if (answer.status === 200) {
      const results = pushResponse.parse(JSON.parse(answer.text)).results;
      const refused = results.filter((r) => r.status === 'refused');
      if (refused.length) throw new Error(`${device.name}: ${refused.length} changes refused (${refused[0]!.reason})`);
      return;
    }
    if ((answer.status >= 500 || answer.status === 0) && attempt < 5) {
      if (tally) tally.retries++;
      await sleep(200);
      continue;
    }
    throw new Error(`${device.name}: push answered ${answer.status} ${answer.text.slice(0, 300)}`);
  }
}

/** Pulls everything of the device's pairing and merges each record into its replica, as a device applies a pull. */
async function pullAll(device: Device, base = device.base): Promise<Map<string, AnyStored>> {
  const server = new Map<string, AnyStored>();
  let after = 0;
  for (;;) {
    const page = pullResponse.parse(await ok(base, 'GET', `/sync/pull?pairingId=${encodeURIComponent(device.pairingId)}&after=${after}&limit=1000`, { token: device.token }));
    for (const { kind, record } of page.records) {
      server.set(key(kind, record.id), record as AnyStored);
      let merged = device.records.get(key(kind, record.id));
      for (const change of changesOfRecord(kind, record as AnyStored)) merged = applyChange(merged, change).record;
      device.records.set(key(kind, record.id), merged!);
    }
    after = page.cursor;
    if (!page.more) return server;
  }
}

/** A replica's records in one canonical text: keys sorted at every level. */
function canonical(records: Map<string, AnyStored>): string {
  const sort = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(sort) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sort(v)])) : value;
  return JSON.stringify([...records].sort(([a], [b]) => a.localeCompare(b)).map(([k, r]) => [k, sort(r)]));
}

async function runLoad(instances: readonly Instance[], batchesPerDevice: number): Promise<Record<string, unknown>> {
  const at = (i: number) => instances[i % instances.length]!.base;
  // Pairings: one busy, five quiet, one idle that only the probe writes to.
  const hot = `bench-hot-${newId()}`;
  const quiet = Array.from({ length: (DEVICES - HOT_DEVICES) / PAIR_SIZE }, () => `bench-quiet-${newId()}`);
  const idle = `bench-idle-${newId()}`;
  const devices: Device[] = [];
  for (let i = 0; i < DEVICES; i++) {
    const pairingId = i < HOT_DEVICES ? hot : quiet[Math.floor((i - HOT_DEVICES) / PAIR_SIZE)]!;
    const deviceId = `benchdev${i}`;
    devices.push({ name: `d${i}`, deviceId, token: await register(at(i), `d${i}`), pairingId, base: at(i), clock: createClock(deviceId), records: new Map() });
  }
  // The first device of each pairing shares it and invites the others as editors.
  for (const pairingId of [hot, ...quiet]) {
    const members = devices.filter((d) => d.pairingId === pairingId);
    const [owner, ...others] = members;
    await ok(owner!.base, 'POST', `/pairings/${pairingId}/share`, { token: owner!.token });
    for (const other of others) {
      const { code } = invitationResponse.parse(await ok(owner!.base, 'POST', `/pairings/${pairingId}/invitations`, { token: owner!.token, body: { role: 'editor' } }));
      await ok(other.base, 'POST', '/invitations/accept', { token: other.token, body: { code } });
    }
  }
  const probe: Device = { name: 'idle', deviceId: 'benchidle', token: await register(at(0), 'idle'), pairingId: idle, base: at(0), clock: createClock('benchidle'), records: new Map() };
  await ok(probe.base, 'POST', `/pairings/${idle}/share`, { token: probe.token });

  // Each pairing starts with stakeholders its members all have (pushed and pulled before the clock starts).
  const seeds = new Map<string, string[]>();
  for (const owner of [...[hot, ...quiet].map((p) => devices.find((d) => d.pairingId === p)!), probe]) {
    const created = makeBatch(owner, [], SEED_RECORDS, 0);
    await pushBatch(owner, created, null);
    seeds.set(owner.pairingId, created.map((c) => c.recordId));
  }
  for (const device of devices) await pullAll(device);

  // The idle pairing's push time with nothing else going on, then under load.
  const timeIdlePush = async (round: number) => {
    const began = performance.now();
    await pushBatch(probe, makeBatch(probe, seeds.get(idle)!, IDLE_BATCH, round), null);
    return performance.now() - began;
  };
  const quietIdle: number[] = [];
  for (let r = 0; r < 10; r++) quietIdle.push(await timeIdlePush(r));

  // One untimed batch from every device at once first: a server that has been
  // up for a while has its code paths compiled and its connections open.
  await Promise.all(devices.map((device) => pushBatch(device, makeBatch(device, seeds.get(device.pairingId)!, BATCH, 0), null)));

  // Each device's outbox is made before the clock starts, as a device back
  // online finds it: what is timed is the servers taking the batches in.
  // (The twenty devices share this machine's two cores with the servers, so their work is kept out of the timed part.)
  const outboxes = devices.map((device) => Array.from({ length: batchesPerDevice }, (_, b) => outboxBody(device, makeBatch(device, seeds.get(device.pairingId)!, BATCH, b + 1))));

  const tally: Tally = { latencies: [], statuses: new Map(), retries: 0 };
  const loadedIdle: number[] = [];
  let loading = true;
  const cpuBefore = cpuSeconds(instances);
  const began = performance.now();
  const probing = (async () => {
    for (let r = 100; loading; r++) {
      await sleep(IDLE_EVERY_MS);
      if (loading) loadedIdle.push(await timeIdlePush(r));
    }
  })();
  // When each device's last push was answered: tells whether the busy pairing's turns are what the run waits for.
  const finished: number[] = [];
  await Promise.all(
    devices.map(async (device, i) => {
      for (const batch of outboxes[i]!) await pushBatch(device, batch, tally);
      finished[i] = (performance.now() - began) / 1000;
    }),
  );
  const seconds = (performance.now() - began) / 1000;
  const cpuAfter = cpuSeconds(instances);
  loading = false;
  await probing;

  // Every device pulls and merges; its replica must equal the server's copy
  // (read from the other instance, when there are two) and every other replica of its pairing.
  const mismatches: string[] = [];
  let recordsCompared = 0;
  for (const pairingId of [hot, ...quiet]) {
    const members = devices.filter((d) => d.pairingId === pairingId);
    const serverCopy = canonical(await pullAll({ ...members[0]!, records: new Map() }, at(1)));
    for (const device of members) {
      await pullAll(device);
      recordsCompared += device.records.size;
      if (canonical(device.records) !== serverCopy) mismatches.push(`${device.name} in ${pairingId}`);
    }
  }
  const statuses = Object.fromEntries([...tally.statuses].sort(([a], [b]) => a - b));
  // The timed changes (the warm-up batch is not counted).
  const changes = DEVICES * batchesPerDevice * BATCH;
  return {
    instances: instances.length,
    devices: DEVICES,
    batch: BATCH,
    changes,
    seconds: round(seconds),
    changes_per_second: Math.round(changes / seconds),
    cpu_seconds: cpuSpent(cpuBefore, cpuAfter, seconds),
    finished_seconds: { busy_pairing: round(Math.max(...finished.slice(0, HOT_DEVICES))), quiet_pairings: round(Math.max(...finished.slice(HOT_DEVICES))) },
    push_ms: { p50: percentile(tally.latencies, 50), p95: percentile(tally.latencies, 95), p99: percentile(tally.latencies, 99) },
    status_5xx: [...tally.statuses].filter(([s]) => s >= 500 || s === 0).reduce((n, [, c]) => n + c, 0),
    statuses,
    retries: tally.retries,
    idle_pairing_push_ms: { changes: IDLE_BATCH, under_load_median: percentile(loadedIdle, 50), under_load_p95: percentile(loadedIdle, 95), samples: loadedIdle.length, without_load_median: percentile(quietIdle, 50) },
    replicas: { devices: DEVICES, records_compared: recordsCompared, all_equal: mismatches.length === 0, mismatches },
    server_errors: instances.flatMap((i) => i.errors),
  };
}

/**
 * `npm run bench -- sync-load [BATCHES_PER_DEVICE]` (default 10: 40 000
 * changes). PostgreSQL only when PONTE_BENCH_DATABASE_URL is set (e.g.
 * `$(bash scripts/start-postgres.sh)`); the instances work in a schema of
 * their own there, dropped afterwards. PONTE_BENCH_PGLITE=0 runs PostgreSQL only.
 */
export async function run(args: string[]): Promise<Record<string, unknown>> {
  const batchesPerDevice = Number(args[0] ?? 10);
  // The machine's load when it starts: on a shared 2-core machine, other work moves these figures more than anything.
  const out: Record<string, unknown> = { bench: 'sync-load', cores: cpus().length, load_average: loadavg().map((x) => Math.round(x * 10) / 10) };
  // Inside the project, so the build finds its packages in node_modules as on a server.
  const serverDir = join('out', `bench-server-${randomBytes(4).toString('hex')}`);
  buildServer(serverDir);
  const url = process.env.PONTE_BENCH_DATABASE_URL;
  if (url) {
    const schema = `bench_load_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    const withSchema = new URL(url);
    withSchema.searchParams.set('options', `-c search_path=${schema}`);
    // The second starts after the first has migrated, as a rolling start would.
    const instances: Instance[] = [];
    try {
      instances.push(await startInstance(serverDir, { DATABASE_URL: withSchema.toString() }));
      instances.push(await startInstance(serverDir, { DATABASE_URL: withSchema.toString() }));
      out.postgres = await runLoad(instances, batchesPerDevice).catch((error: Error) => ({ error: error.message, server_errors: instances.flatMap((i) => i.errors) }));
    } finally {
      for (const instance of instances) await stopInstance(instance);
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    }
  } else {
    out.postgres = 'not run: set PONTE_BENCH_DATABASE_URL=$(bash scripts/start-postgres.sh)';
  }
  // PONTE_BENCH_PGLITE=0 leaves PGlite out (half the run, when only PostgreSQL's figures are being compared).
  if (process.env.PONTE_BENCH_PGLITE === '0') {
    out.pglite = 'not run: PONTE_BENCH_PGLITE=0';
    await rm(serverDir, { recursive: true, force: true });
    out.goals = { status_5xx: 0, postgres_changes_per_second: '≥ 10 000', idle_pairing_push_median_ms: '< 50' };
    return out;
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'ponte-bench-load-'));
  let instance: Instance | undefined;
  try {
    instance = await startInstance(serverDir, { PONTE_DATA_DIR: dataDir });
    const started = instance;
    out.pglite = await runLoad([started], batchesPerDevice).catch((error: Error) => ({ error: error.message, server_errors: started.errors }));
  } finally {
    if (instance) await stopInstance(instance);
    await rm(dataDir, { recursive: true, force: true });
    await rm(serverDir, { recursive: true, force: true });
  }
  out.goals = { status_5xx: 0, postgres_changes_per_second: '≥ 10 000', idle_pairing_push_median_ms: '< 50' };
  return out;
}
