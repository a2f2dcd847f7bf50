// The import rules of DESIGN.md, checked on every CI run (npm run check:imports).
//   shared/   → shared/ and pure libraries only
//   renderer/ → renderer/, shared/, locales/
//   electron/ → electron/, shared/
//   server/   → server/, shared/
// shared/ stays blind to the shell: no DOM-only, Node, Electron, Dexie or React.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'resolvable',
      comment: 'an import the checker cannot resolve could hide a crossing of the rules',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
    {
      name: 'shared-is-pure',
      comment: 'shared/ may import only shared/ and pure libraries',
      severity: 'error',
      from: { path: '^shared/', pathNot: '\\.test\\.ts$' },
      to: { pathNot: '^(shared/|node_modules/)' },
    },
    {
      name: 'shared-no-platform-libraries',
      comment: 'shared/ runs in the renderer, in Electron main and on the server: no Node, DOM, Electron, Dexie or React',
      severity: 'error',
      from: { path: '^shared/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-no-shell-packages',
      severity: 'error',
      from: { path: '^shared/', pathNot: '\\.test\\.ts$' },
      to: { path: 'node_modules/(electron|dexie|dexie-react-hooks|react|react-dom|zustand|i18next|react-i18next|fastify|pg)/' },
    },
    {
      name: 'renderer-boundaries',
      comment: 'renderer/ may import renderer/, shared/ and locales/ only, and never electron',
      severity: 'error',
      from: { path: '^renderer/' },
      // Node built-ins are governed by renderer-no-node, which lets tests read fixtures.
      to: { pathNot: '^(renderer/|shared/|locales/|node_modules/|test/)', dependencyTypesNot: ['core'] },
    },
    {
      name: 'screens-through-repositories',
      comment: 'screens, hooks and components reach the write path only through the repositories of renderer/src/db',
      severity: 'error',
      from: { path: '^renderer/src/(screens|components|hooks)/' },
      to: { path: '^renderer/src/db/write-path\\.ts$' },
    },
    {
      name: 'sync-knows-no-feature',
      comment: 'shared/sync merges any kind the declarations describe; it imports no feature folder (missions, ucap, stakeholders, docs, sample)',
      severity: 'error',
      from: { path: '^shared/sync/', pathNot: '\\.test\\.ts$' },
      to: { path: '^shared/(missions|ucap|stakeholders|docs|sample)/' },
    },
    {
      name: 'renderer-not-electron',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: 'node_modules/electron/' },
    },
    {
      name: 'renderer-no-node',
      comment: 'the renderer runs in a sandboxed page; Node built-ins are for tests only',
      severity: 'error',
      from: { path: '^renderer/', pathNot: '\\.test\\.tsx?$|/test-db\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'electron-boundaries',
      comment: 'electron/ may import electron/ and shared/ only',
      severity: 'error',
      from: { path: '^electron/' },
      to: { pathNot: '^(electron/|shared/|node_modules/)', dependencyTypes: ['local', 'localmodule'] },
    },
    {
      name: 'electron-boundaries-relative',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: '^(renderer|locales|server)/' },
    },
    {
      name: 'server-boundaries',
      comment: 'server/ may import server/ and shared/ only (and packages, Node built-ins)',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^(renderer|electron|locales)/' },
    },
    {
      name: 'locales-are-data',
      comment: 'locales/ holds strings and the code to read them, nothing of the app',
      severity: 'error',
      from: { path: '^locales/', pathNot: '\\.test\\.ts$' },
      to: { pathNot: '^(locales/|shared/i18n/|node_modules/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], mainFields: ['module', 'main', 'types'] },
    exclude: { path: '^(out|dist|dist-web|release)/' },
  },
};
