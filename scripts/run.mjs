#!/usr/bin/env node
// `npm start` and `npm run cli`: run the prebuilt JavaScript in dist/, building it first when
// any source is newer than the last build (so a fresh clone, or an edit, needs no extra step).
// Usage: node scripts/run.mjs <entry> [args…], entry one of: main, cli.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRIES = { main: 'dist/src/main.js', cli: 'dist/src/cli/main.js' };
const STAMP = join(ROOT, 'dist', '.built');

const [entry, ...args] = process.argv.slice(2);
const target = ENTRIES[entry ?? ''];
if (!target) {
  process.stderr.write(`usage: node scripts/run.mjs ${Object.keys(ENTRIES).join('|')} [args…]\n`);
  process.exit(2);
}

/** The newest modification time of what the build reads: sources, content, its own settings. */
function newestSource() {
  let newest = 0;
  const visit = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else if (/\.(ts|ya?ml|md|jsonl)$/.test(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  visit(join(ROOT, 'src'));
  visit(join(ROOT, 'flows'));
  visit(join(ROOT, 'content')); // parsed, and trained on, into dist/precomputed at build time
  for (const f of ['tsconfig.json', 'tsconfig.build.json', 'package.json']) newest = Math.max(newest, statSync(join(ROOT, f)).mtimeMs);
  return newest;
}

if (!existsSync(STAMP) || statSync(STAMP).mtimeMs < newestSource()) {
  process.stderr.write('Building Next Step (tsc → dist/)…\n');
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

process.argv = [process.argv[0], join(ROOT, target), ...args];
await import(pathToFileURL(join(ROOT, target)).href);
