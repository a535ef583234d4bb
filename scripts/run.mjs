#!/usr/bin/env node
// `npm start` and `npm run cli`: run the prebuilt bundle in dist/, building it first when any
// source is newer than the last build (so a fresh clone, or an edit, needs no extra step), with
// a V8 code cache of it per command (scripts/load-bundle.mjs; dist/cache/, written by the first
// run of a command after a build).
// Usage: node scripts/run.mjs <entry> [args…], entry one of: main, cli.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBundle } from './load-bundle.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRIES = { main: 'dist/main.cjs', cli: 'dist/cli.cjs' };
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
  // The bench's memory child is bundled too (its folder's top level only: bench/peer has its own packages).
  for (const e of readdirSync(join(ROOT, 'bench'))) if (e.endsWith('.ts')) newest = Math.max(newest, statSync(join(ROOT, 'bench', e)).mtimeMs);
  for (const f of ['tsconfig.json', 'package.json', 'scripts/build.mjs']) newest = Math.max(newest, statSync(join(ROOT, f)).mtimeMs);
  return newest;
}

if (!existsSync(STAMP) || statSync(STAMP).mtimeMs < newestSource()) {
  process.stderr.write('Building Next Step (→ dist/)…\n');
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// One cache per command: each holds what its own runs compile.
const command = entry === 'cli' && /^[a-z][a-z-]*$/.test(args[0] ?? '') ? `cli-${args[0]}` : entry;
process.argv = [process.argv[0], join(ROOT, target), ...args];
const { status, saveCache } = runBundle(join(ROOT, target), join(ROOT, 'dist', 'cache', `${command}.bin`));
if (status !== 'used') {
  // Written once the command has done its work: at exit, or after a second for one that keeps
  // running (the chat, the bot), whichever comes first.
  let saved = false;
  const save = () => {
    if (!saved) saveCache();
    saved = true;
  };
  process.once('exit', save);
  setTimeout(save, 1000).unref();
}
