import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appPaths } from './main/paths';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

type TargetEntry = string | { target: string; arch?: string[] };
type BuilderConfig = {
  appId?: string;
  productName?: string;
  asar?: boolean;
  directories?: { output?: string; buildResources?: string };
  files?: string[];
  win?: { target?: TargetEntry | TargetEntry[]; icon?: string };
  mac?: { target?: TargetEntry | TargetEntry[]; icon?: string; category?: string };
  linux?: { target?: TargetEntry | TargetEntry[]; icon?: string; category?: string; maintainer?: string };
  nsis?: { oneClick?: boolean; allowToChangeInstallationDirectory?: boolean };
};

const config = parse(read('electron-builder.yml')) as BuilderConfig;
const packageJson = JSON.parse(read('package.json')) as { main: string; productName?: string };

function targetNames(target: TargetEntry | TargetEntry[] | undefined): string[] {
  const list = target === undefined ? [] : Array.isArray(target) ? target : [target];
  return list.map((entry) => (typeof entry === 'string' ? entry : entry.target));
}

// Enough of electron-builder's glob syntax for the patterns we use: **, *, {a,b}.
function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] as string;
    if (char === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '{') source += '(?:';
    else if (char === '}') source += ')';
    else if (char === ',') source += '|';
    else source += char.replace(/[.+?^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

function isPackaged(path: string, patterns: string[]): boolean {
  let included = false;
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    if (globToRegExp(negated ? pattern.slice(1) : pattern).test(path)) included = !negated;
  }
  return included;
}

describe('electron-builder.yml', () => {
  it('names the product Ponte, as package.json does', () => {
    expect(config.productName).toBe('Ponte');
    expect(packageJson.productName).toBe('Ponte');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z0-9-]+)+$/);
  });

  it('builds an NSIS installer, a DMG, an AppImage and a deb', () => {
    expect(targetNames(config.win?.target)).toContain('nsis');
    expect(targetNames(config.mac?.target)).toContain('dmg');
    expect(targetNames(config.linux?.target)).toEqual(expect.arrayContaining(['AppImage', 'deb']));
  });

  it('lets the user choose where to install on Windows', () => {
    expect(config.nsis).toEqual({ oneClick: false, allowToChangeInstallationDirectory: true });
  });

  it('gives deb the category and maintainer it requires', () => {
    expect(config.linux?.category).toBe('Office');
    expect(config.linux?.maintainer).toMatch(/<[^@\s]+@[^@\s]+>/);
  });

  it('points every icon at a file that exists', () => {
    const icons = [config.win?.icon, config.mac?.icon, config.linux?.icon];
    expect(icons.every((icon) => typeof icon === 'string')).toBe(true);
    for (const icon of icons as string[]) expect(existsSync(join(root, icon)), icon).toBe(true);
    expect(existsSync(join(root, config.directories?.buildResources ?? '-', 'icon.png'))).toBe(true);
  });

  it('ships a 1024x1024 PNG icon', () => {
    const png = readFileSync(join(root, 'assets/icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    // IHDR comes first: width and height are big-endian at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
  });

  it('packages the main file that package.json names, in an asar', () => {
    expect(config.asar).toBe(true);
    expect(isPackaged(packageJson.main, config.files ?? [])).toBe(true);
    expect(isPackaged('package.json', config.files ?? [])).toBe(true);
  });

  it('packages the preload and renderer but not sources or source maps', () => {
    const files = config.files ?? [];
    expect(isPackaged('out/preload/index.cjs', files)).toBe(true);
    expect(isPackaged('out/renderer/index.html', files)).toBe(true);
    expect(isPackaged('out/main/index.js.map', files)).toBe(false);
    expect(isPackaged('electron/main/index.ts', files)).toBe(false);
    expect(isPackaged('renderer/src/App.tsx', files)).toBe(false);
  });
});

describe('build output paths', () => {
  const viteConfig = read('electron.vite.config.ts');

  it('has package.json main where electron-vite writes the main bundle', () => {
    expect(viteConfig).toContain("outDir: 'out/main'");
    expect(viteConfig).toMatch(/input:\s*{\s*index:\s*resolve\('electron\/main\/index\.ts'\)/);
    expect(packageJson.main).toBe('out/main/index.js');
  });

  it('loads the preload from where electron-vite writes it, as CommonJS', () => {
    expect(viteConfig).toContain("outDir: 'out/preload'");
    expect(viteConfig).toContain("format: 'cjs'");
    expect(viteConfig).toContain("entryFileNames: '[name].cjs'");
    const paths = appPaths(pathToFileURL(join(root, packageJson.main)).href);
    expect(relative(root, paths.preload).split('\\').join('/')).toBe('out/preload/index.cjs');
  });

  it('loads the renderer from where electron-vite writes it', () => {
    expect(viteConfig).toContain("outDir: 'out/renderer'");
    const paths = appPaths(pathToFileURL(join(root, packageJson.main)).href);
    expect(relative(root, paths.rendererIndex).split('\\').join('/')).toBe('out/renderer/index.html');
    expect(relative(root, paths.rendererDir).split('\\').join('/')).toBe('out/renderer');
    // Served from the app's own scheme, never as file:// pages.
    const main = read('electron/main/index.ts');
    expect(main).toContain('protocol.registerSchemesAsPrivileged');
    expect(main).toContain('protocol.handle(APP_SCHEME');
    expect(main).toContain('loadURL(APP_INDEX_URL)');
    expect(main).not.toContain('loadFile(');
  });

  it('keeps the window on the preload that appPaths resolves, with the sandbox on', () => {
    const main = read('electron/main/index.ts');
    expect(main).toContain('preload: paths.preload');
    expect(main).toMatch(/sandbox:\s*true/);
    expect(main).toMatch(/contextIsolation:\s*true/);
    expect(main).toMatch(/nodeIntegration:\s*false/);
  });
});
