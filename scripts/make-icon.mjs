// Renders assets/icon.svg to assets/icon.png (1024x1024, transparent corners)
// with headless Chromium, so the PNG that electron-builder converts for every
// platform never drifts from the SVG. Usage: node scripts/make-icon.mjs [chromium]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const chromium = process.argv[2] ?? 'chromium';
const svg = resolve('assets/icon.svg');
const png = resolve('assets/icon.png');
const dir = mkdtempSync(join(tmpdir(), 'ponte-icon-'));
try {
  const page = join(dir, 'icon.html');
  writeFileSync(
    page,
    `<!doctype html><style>html,body{margin:0;overflow:hidden;background:transparent}img{display:block;width:1024px;height:1024px}</style><img src="${pathToFileURL(svg).href}">`,
  );
  execFileSync(chromium, [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--hide-scrollbars',
    '--default-background-color=00000000',
    `--screenshot=${png}`,
    '--window-size=1024,1024',
    pathToFileURL(page).href,
  ], { stdio: ['ignore', 'ignore', 'ignore'] });
  console.log(`wrote ${png}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
