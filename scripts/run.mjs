#!/usr/bin/env node
// `npm start` and `npm run cli`: run the prebuilt bundle in dist/, building it first when any
// source is newer than the last build (so a fresh clone, or an edit, needs no extra step), with
// a V8 code cache of it per command (scripts/load-bundle.mjs; dist/cache/, written by the first
// run of a command after a build).
// Usage: node scripts/run.mjs <entry> [args…], entry one of: main, cli.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distStale } from './dist-stale.mjs';
import { runBundle } from './load-bundle.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRIES = { main: 'dist/main.cjs', cli: 'dist/cli.cjs' };

const [entry, ...args] = process.argv.slice(2);
const target = ENTRIES[entry ?? ''];
if (!target) {
  process.stderr.write(`usage: node scripts/run.mjs ${Object.keys(ENTRIES).join('|')} [args…]\n`);
  process.exit(2);
}

if (distStale(ROOT)) {
  process.stderr.write('Building Next Step (→ dist/)…\n');
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// One cache per command: each holds what its own runs compile.
const command = entry === 'cli' && /^[a-z][a-z-]*$/.test(args[0] ?? '') ? `cli-${args[0]}` : entry;
process.argv = [process.argv[0], join(ROOT, target), ...args];
const { status, saveCache } = runBundle(join(ROOT, target), join(ROOT, 'dist', 'cache', `${command}.bin`));
if (status !== 'used') {
  // Written once the command has done its work: at a successful exit, or after a second for one
  // that keeps running (the chat, the bot), whichever comes first. A failed run (a mistyped
  // command among them) writes none.
  let saved = false;
  const save = () => {
    if (!saved) saveCache();
    saved = true;
  };
  process.once('exit', (code) => {
    if (code === 0) save();
  });
  setTimeout(save, 1000).unref();
}
