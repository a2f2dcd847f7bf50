import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FileMatcher } from 'app-builder-lib/out/fileMatcher.js';

// electron-builder packs every production dependency of package.json into the
// desktop app. The sync server's packages are production dependencies too (a
// server installs them with `npm ci --omit=dev`), so electron-builder.yml
// excludes them; this checks, with electron-builder's own file matcher, that
// the app keeps what its main process imports at run time and nothing else.

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as { files: string[] };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; devOptional?: boolean }> };

/** The packages main leaves to `import` at run time (everything else is bundled). */
const DESKTOP_RUNTIME_PACKAGES = ['zod'];

// As electron-builder filters node_modules: "**/*" then the exclusions of `files`,
// matched against the path inside the app (node_modules/NAME/…).
const matcher = new FileMatcher(join(root, 'node_modules'), '/app', (pattern) => pattern, ['**/*', ...config.files.filter((p) => p.startsWith('!'))]);
const filter = matcher.createFilter();
const packed = (path: string) => filter(join(root, path), { moduleFullFilePath: path, isDirectory: () => false, isFile: () => true } as never);

const productionPackages = Object.entries(lock.packages)
  .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev && !entry.devOptional)
  .map(([path]) => path);

describe('node modules in the desktop app', () => {
  it('keeps the packages main imports at run time', () => {
    for (const name of DESKTOP_RUNTIME_PACKAGES) expect(packed(`node_modules/${name}/package.json`), name).toBe(true);
  });

  it('leaves out every package only the sync server needs, and their own dependencies', () => {
    const serverOnly = productionPackages.filter((path) => !DESKTOP_RUNTIME_PACKAGES.some((name) => path === `node_modules/${name}`));
    // fastify and pg are production dependencies: if this list were empty the check would prove nothing.
    expect(serverOnly).toEqual(expect.arrayContaining(['node_modules/fastify', 'node_modules/pg', 'node_modules/@electric-sql/pglite']));
    expect(serverOnly.filter((path) => packed(`${path}/package.json`))).toEqual([]);
  });

  it('leaves out the sync server build', () => {
    const appFiles = new FileMatcher(root, '/app', (pattern) => pattern, config.files).createFilter();
    expect(appFiles(join(root, 'out/server/main.js'), { isDirectory: () => false, isFile: () => true } as never)).toBe(false);
    expect(appFiles(join(root, 'out/main/index.js'), { isDirectory: () => false, isFile: () => true } as never)).toBe(true);
  });
});
