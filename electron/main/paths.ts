import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type AppPaths = {
  preload: string;
  rendererIndex: string;
  /** The folder the ponte://app/ scheme serves. */
  rendererDir: string;
};

/**
 * Where the built preload and renderer sit, from the URL of the built main file
 * (out/main/index.js). Kept beside electron.vite.config.ts's outDirs: a test
 * checks that both name the same places.
 */
export function appPaths(mainFileUrl: string): AppPaths {
  const mainDir = dirname(fileURLToPath(mainFileUrl));
  const rendererDir = join(mainDir, '..', 'renderer');
  return {
    preload: join(mainDir, '..', 'preload', 'index.cjs'),
    rendererIndex: join(rendererDir, 'index.html'),
    rendererDir,
  };
}
