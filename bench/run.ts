// `npm run bench -- NAME [ARGS]`: runs one benchmark and prints one JSON object.
export {};
type Bench = { run: (args: string[]) => Promise<Record<string, unknown>> };

const BENCHES: Record<string, () => Promise<Bench>> = {
  'write-path': () => import('./write-path'),
  photos: () => import('./photos'),
  sync: () => import('./sync'),
  'sync-load': () => import('./sync-load'),
  stakeholders: () => import('./stakeholders'),
  export: () => import('./export'),
  'first-screen': () => import('./first-screen'),
  backup: () => import('./backup'),
};

const [benchName, ...args] = process.argv.slice(2).filter((a) => a !== '--');
const load = benchName ? BENCHES[benchName] : undefined;
if (!load) {
  console.error(`usage: npm run bench -- NAME, with NAME one of: ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}
console.log(JSON.stringify(await (await load()).run(args)));
process.exit(0);
