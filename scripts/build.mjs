#!/usr/bin/env node
// `npm run build` (also `npm install`'s prepare, and scripts/run.mjs when dist/ is stale):
//
// 1. The entry points bundled by esbuild, each into one CommonJS file of dist/ (main.cjs,
//    cli.cjs; precompute.cjs for step 2; bench/memory-child.cjs for the bench): our modules and
//    the pure-JavaScript packages on the start path in one file, so a process loads one file
//    instead of some 250 modules, and scripts/run.mjs can keep a V8 code cache of it
//    (scripts/load-bundle.mjs). Every other package stays a require() of node_modules, made when
//    the code that needs it first runs (discord.js, Bolt, pdfkit, vega, resvg, pg, yaml... as in
//    the sources). Each build has an id, written into the bundle.
// 2. The precomputed artifacts (src/precompute.ts), made by that same bundle, so they carry its
//    build id: a later build never reads an older build's artifacts. Then a check that the
//    bundle accepts every artifact it wrote.
// Type checking is `npm run typecheck` (and `npm test`); the build does not repeat it.
import { randomUUID } from 'node:crypto';
import { readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const started = new Date();
const buildId = `${started.toISOString()}~${randomUUID().slice(0, 8)}`;

/**
 * Packages bundled into the entry files (with the packages they import): the JavaScript on the
 * start path (better-sqlite3's too: src/store/sqlite/sqlite-store.ts names its compiled addon,
 * which stays in node_modules), and wrap-ansi, which only import() can load (an ES module; the
 * code-cached bundle has no import()). Any other package is left to require() at run time:
 * packages that find their own files at run time (pino's transports, pdfkit's fonts, resvg's
 * binary, vega's), and the SDKs only some commands use.
 */
const BUNDLED = new Set(['zod', 'xstate', 'commander', 'luxon', 'wrap-ansi', 'better-sqlite3']);
const packageOf = (spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

/** Bare imports: bundled when BUNDLED names them or a bundled package imports them; else external. */
const externals = {
  name: 'externals',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { external: true };
      if (BUNDLED.has(packageOf(args.path)) || args.importer.includes('/node_modules/')) return undefined;
      return { external: true };
    });
  },
};

rmSync(DIST, { recursive: true, force: true }); // afresh: nothing of an older build is left behind
const result = await esbuild.build({
  absWorkingDir: ROOT,
  entryPoints: { main: 'src/main.ts', cli: 'src/cli/main.ts', precompute: 'src/precompute.ts', 'bench/memory-child': 'bench/memory-child.ts' },
  outdir: DIST,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // The build id (src/precomputed.ts), and import.meta.url (CommonJS has none): the bundle's own
  // file, which is where the sources' uses of it look from (the project folder, createRequire).
  define: { NEXTSTEP_BUILD_ID: JSON.stringify(buildId), 'import.meta.url': 'NEXTSTEP_MODULE_URL' },
  // The first line names the build: scripts/load-bundle.mjs matches a code cache to it.
  banner: { js: `// next-step build ${buildId}\nvar NEXTSTEP_MODULE_URL = require('node:url').pathToFileURL(__filename).href;` },
  plugins: [externals],
  metafile: true,
  logLevel: 'warning',
  // No comments or indentation: a third less to read and keep in the code cache at every start.
  // Names are kept, so a stack trace still names its functions (and its column finds the line).
  minifyWhitespace: true,
});

// import() of a package left external would fail in the code-cached bundle (a vm.Script has no
// module loader without an experimental flag): such a package must be bundled.
const dynamic = Object.values(result.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external && i.kind === 'dynamic-import').map((i) => i.path));
if (dynamic.length) {
  process.stderr.write(`build: import() of ${[...new Set(dynamic)].join(', ')} cannot run in the bundle: add it to BUNDLED in scripts/build.mjs\n`);
  process.exit(1);
}

// NEXTSTEP_BUILD_BUNDLE_ONLY=1 (for tests only: test/cli/stale-build.test.ts, whose second build
// shows only that an edit rebuilds) skips step 2: each process then computes what it needs at
// first use (seconds: the crisis models' training), as the sources do.
if (process.env.NEXTSTEP_BUILD_BUNDLE_ONLY !== '1') {
  const { precomputeAll, refusedArtifacts } = createRequire(import.meta.url)(join(DIST, 'precompute.cjs'));
  precomputeAll();
  const refused = refusedArtifacts();
  if (refused.length) {
    process.stderr.write(`build: the bundle does not accept the artifacts it has just written: ${refused.join(', ')}\n`);
    process.exit(1);
  }
}
// What scripts/run.mjs compares with this build's time to know whether dist/ is stale: every
// project file the bundles were made from, every content file and folder (the precomputing
// reads them; a new file changes its folder's time), and the build's own settings.
const contentPaths = (dir) => [dir, ...readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? contentPaths(`${dir}/${e.name}`) : [`${dir}/${e.name}`]))];
const sources = new Set([
  ...Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules/')),
  ...contentPaths('content'),
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'scripts/build.mjs',
]);
writeFileSync(join(DIST, 'sources.txt'), `${[...sources].sort().join('\n')}\n`);
// Written last, after a successful build: its time says "dist/ is at least this fresh".
// Dated when the build began, so a source saved while it ran counts as newer.
writeFileSync(join(DIST, '.built'), started.toISOString());
utimesSync(join(DIST, '.built'), started, started);
