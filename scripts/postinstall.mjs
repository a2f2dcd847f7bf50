// Applies patches/ to node_modules after every install (patch-package).
//
// patches/docx+*.patch exports docx/layout's Arial widths and line heights to
// the fast page estimate (shared/docs/pages), makes docx/layout (which lays
// out what that estimate does not follow) about three times faster without
// changing a page (shared/docs/ucap-pages.test.ts), and makes docx write its
// XML with fewer copies, byte for byte the same. The sync server's deployment installs
// without dev dependencies and without this file (only package.json, the lock
// and out/server, see README): it lays no document out, so package.json's
// postinstall runs this only where it exists, and this goes on without
// patch-package where it is not installed, saying so.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let bin;
try {
  bin = require.resolve('patch-package/index.js');
} catch {
  console.log('postinstall: patch-package is not installed (production install): node_modules left as published');
  process.exit(0);
}
const run = spawnSync(process.execPath, [bin, '--error-on-fail'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
