/**
 * The layers of src/ (docs/architecture.md), checked by `npm run check` (depcruise):
 *
 *   routes/  HTTP: one router per resource           → may import everything below
 *   platform/ edge machinery and resource services   → schemas, db, astro
 *   schemas/ response and event schemas (contract)    → db, astro
 *   db/      the drizzle schema                       → nothing of ours
 *   astro/   pure domain code, no Workers API         → nothing outside astro/
 *
 * and no import cycles anywhere (type-only imports count too).
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle: break it by moving what both sides need one layer down.',
      severity: 'error',
      // src/platform/bundle/zod.ts imports its own namespace to export it as `z`, as zod's index does.
      from: { pathNot: '^src/platform/bundle/zod\\.ts$' },
      to: { circular: true },
    },
    {
      name: 'no-upward-routes',
      comment: 'Only the app (src/app.ts) and other routes import the routes.',
      severity: 'error',
      from: { path: '^src/(platform|schemas|db|astro)/' },
      to: { path: '^src/routes/' },
    },
    {
      name: 'no-upward-platform',
      comment: 'Schemas, the db schema and the domain code know nothing of the edge machinery.',
      severity: 'error',
      from: { path: '^src/(schemas|db|astro)/' },
      to: { path: '^src/(platform|app|index|env)' },
    },
    {
      name: 'no-upward-schemas',
      comment: 'The db schema and the domain code know nothing of the API schemas.',
      severity: 'error',
      from: { path: '^src/(db|astro)/' },
      to: { path: '^src/schemas/' },
    },
    {
      name: 'astro-is-pure',
      comment:
        'src/astro runs under Node for tests and benchmarks: it imports only itself (and npm packages).',
      severity: 'error',
      from: { path: '^src/astro/' },
      to: { path: '^src/', pathNot: '^src/astro/' },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'worker-configuration\\.d\\.ts$' },
  },
};
