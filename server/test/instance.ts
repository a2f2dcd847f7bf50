import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// A sync server as its own process (`vite-node server/main.ts`, as
// `npm run server` starts it), for tests that kill it or pull the database
// out from under it. Started on a free port; its address is read from its log.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VITE_NODE = fileURLToPath(new URL('../../node_modules/vite-node/dist/cli.mjs', import.meta.url));

export type Instance = {
  /** http://127.0.0.1:PORT */
  url: string;
  child: ChildProcess;
  /** Is the process still running? */
  alive(): boolean;
  /** The last lines it wrote, for a failure message. */
  log(): string;
  /** SIGKILL, as a crash or an OOM kill would: no cleanup at all. */
  kill9(): Promise<void>;
  /** SIGTERM, and wait for it to exit. */
  stop(): Promise<void>;
};

/** Starts server/main.ts with these environment variables (DATABASE_URL, or PONTE_DATA_DIR for PGlite) and waits until it listens. */
export async function startInstance(env: Record<string, string>, timeoutMs = 90_000): Promise<Instance> {
  const child = spawn(process.execPath, [VITE_NODE, 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance did not start in ${timeoutMs} ms:\n${lines.join('\n')}`)), timeoutMs);
    const read = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line) continue;
        lines.push(line.slice(0, 500));
        if (lines.length > 60) lines.shift();
        const listening = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
        if (listening) {
          clearTimeout(timer);
          resolve(listening[1]!);
        }
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`instance exited (${code ?? signal}) before listening:\n${lines.join('\n')}`));
    });
  });
  const alive = () => child.exitCode === null && child.signalCode === null;
  return {
    url,
    child,
    alive,
    log: () => lines.join('\n'),
    async kill9() {
      if (alive()) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (alive()) child.kill('SIGTERM');
      await exited;
    },
  };
}
