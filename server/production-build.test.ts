import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ENGINES } from './test/test-db';

// The server as a programme deploys it: `npm run build:server`, then only
// package.json, package-lock.json and out/server on the machine, the
// production dependencies installed with `npm ci --omit=dev`, and plain node.
// One install from the registry (about half a minute here, more on a busy
// machine) serves every check of this file.

const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const INSTALL_TIMEOUT_MS = 5 * 60 * 1000;

let deployment: string;

beforeAll(async () => {
  deployment = await mkdtemp(join(tmpdir(), 'ponte-deploy-'));
  await run('npx', ['vite', 'build', '--config', 'vite.server.config.ts', '--outDir', join(deployment, 'out/server'), '--logLevel', 'warn'], { cwd: root });
  for (const file of ['package.json', 'package-lock.json']) await copyFile(join(root, file), join(deployment, file));
  await run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund'], {
    cwd: deployment,
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', NODE_ENV: 'production' },
    maxBuffer: 16 * 1024 * 1024,
  });
}, INSTALL_TIMEOUT_MS);

afterAll(async () => {
  if (deployment) await rm(deployment, { recursive: true, force: true });
});

/** Starts `node out/server/main.js` in the deployment and resolves with its address, from fastify's "Server listening at" log line. */
function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; base: string; log: () => string }> {
  const child = spawn(process.execPath, ['out/server/main.js'], {
    cwd: deployment,
    // Only what a unit file would set: no vite, no tsx, no test environment leaking in.
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`the built server did not start in 90 s:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise({ child, base: match[1]!, log: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the built server exited with ${code}:\n${output}`));
    });
  });
}

async function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  child.kill('SIGTERM');
  return exited;
}

/** Starts the built server, checks GET /health and stops it; resolves with what it logged. */
async function checkHealth(env: Record<string, string>, label: string): Promise<string> {
  const server = await startServer(env);
  try {
    const response = await fetch(`${server.base}/health`);
    const body = await response.text();
    // Printed on purpose: CI's log shows the built server answering.
    console.log(`built server (${label}) GET ${server.base}/health -> ${response.status} ${body}`);
    expect(response.status).toBe(200);
    expect(JSON.parse(body)).toMatchObject({ ok: true });
  } finally {
    // SIGTERM closes the server and its database and exits 0 (server/main.ts).
    expect(await stop(server.child)).toBe(0);
  }
  return server.log();
}

describe('the production build', () => {
  it('imports at run time only node built-ins and the dependencies of package.json', async () => {
    const bundle = await readFile(join(deployment, 'out/server/main.js'), 'utf8');
    const { dependencies } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const imported = [...bundle.matchAll(/^import\s[^'"]*?['"]([^'"]+)['"]/gm), ...bundle.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
    const packages = [...new Set(imported.filter((s) => !s.startsWith('node:') && !s.startsWith('.')).map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!)))];
    expect(packages).toEqual(expect.arrayContaining(['fastify', 'pg', '@electric-sql/pglite']));
    expect(packages.filter((name) => !(name in dependencies))).toEqual([]);
  });

  /** The environment that points the built server at a fresh database of this engine, and how to drop it after. */
  async function freshDatabase(engine: 'pglite' | 'postgres'): Promise<{ env: Record<string, string>; dispose: () => Promise<void> }> {
    if (engine === 'pglite') {
      const dataDir = await mkdtemp(join(tmpdir(), 'ponte-deploy-data-'));
      return { env: { PONTE_DATA_DIR: dataDir }, dispose: () => rm(dataDir, { recursive: true, force: true }) };
    }
    // A schema of its own, named in the URL's options, so the migrations touch nothing of other tests.
    const url = process.env.PONTE_TEST_DATABASE_URL!;
    const schema = `deploy_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    const withSchema = new URL(url);
    withSchema.searchParams.set('options', `-c search_path=${schema}`);
    return {
      env: { DATABASE_URL: withSchema.toString() },
      dispose: async () => {
        await admin.query(`drop schema if exists ${schema} cascade`);
        await admin.end();
      },
    };
  }

  for (const engine of TEST_ENGINES) {
    it(`answers /health under plain node on ${engine}, its migrations found beside the bundle`, { timeout: 180_000 }, async () => {
      const database = await freshDatabase(engine);
      try {
        const log = await checkHealth(database.env, engine);
        // A fresh database: every migration ran, read from out/server/migrations.
        expect(log).toMatch(/migrations applied now: 001_init\.sql, 002_blobs\.sql/);
      } finally {
        await database.dispose();
      }
    });
  }
});
