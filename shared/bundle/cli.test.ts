import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readBundle } from './read';

// The command line as a user runs it (vite-node, as npm run bundle does): one
// sample written, checked, then damaged and refused.

const ROOT = resolve(__dirname, '../..');
const run = (...args: string[]) => spawnSync(join(ROOT, 'node_modules/.bin/vite-node'), ['scripts/bundle.ts', '--', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run bundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ponte-bundle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exports the sample programme with its photos, inspects it, and refuses a damaged copy with one line', async () => {
    const file = join(dir, 'sample.ponte');
    const exported = run('export-sample', file);
    expect(exported.status, exported.stderr).toBe(0);
    const bytes = new Uint8Array(readFileSync(file));
    const { summary } = await readBundle(bytes);
    expect(summary.counts.pairing).toBeGreaterThanOrEqual(10);
    expect(summary.counts.photo).toBeGreaterThanOrEqual(2);
    expect(summary.attachments).toBeGreaterThanOrEqual(2);

    const inspected = run('inspect', file);
    expect(inspected.status, inspected.stderr).toBe(0);
    expect(JSON.parse(inspected.stdout)).toEqual(summary);

    const cut = join(dir, 'cut.ponte');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.7)));
    const refused = run('inspect', cut);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trim().split('\n')).toEqual([`${cut}: not a sound bundle: truncated: the end of the archive is missing`]);
  }, 60_000);
});
