import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

// `npm run build:server`: the sync server as one ES module for plain node
// (out/server/main.js), what it needs from shared/ bundled in, every package
// from node_modules left to `import` at run time (they are the `dependencies`
// of package.json, which `npm ci --omit=dev` installs on a server).
const OUT_DIR = 'out/server';

/**
 * server/db/migrate.ts reads its SQL files from `./migrations/` next to the
 * module that runs it: in the bundle that is migrations/ beside main.js
 * (wherever --outDir puts it).
 */
function copyMigrations(): Plugin {
  let outDir = OUT_DIR;
  return {
    name: 'ponte-copy-migrations',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      cpSync(resolve('server/db/migrations'), resolve(outDir, 'migrations'), { recursive: true, filter: (path) => !/\.(ts|md)$/.test(path) });
    },
  };
}

export default defineConfig({
  // Nothing of the renderer's public folder or env belongs in a server build.
  publicDir: false,
  plugins: [copyMigrations()],
  build: {
    ssr: 'server/main.ts',
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'main.js' } },
  },
  ssr: { target: 'node' },
});
