/**
 * `npm start` and `npm run cli` (scripts/run.mjs) build dist/ when it is missing or stale, and
 * only then: in a copy of the project, a first run builds, a second does not, and a source
 * edited, a content file added, or the build's list removed each make the next run build again.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, statSync, symlinkSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/builders.js';

const ROOT = join(import.meta.dirname, '..', '..');
const tmp = tempDir('nextstep-stale-');
afterAll(tmp.cleanup);
const copy = join(tmp.dir, 'project');

/** Runs `cli --help` in the copy: whether it built first. */
function built(): boolean {
  const r = spawnSync(process.execPath, [join(copy, 'scripts', 'run.mjs'), 'cli', '--help'], { cwd: copy, encoding: 'utf8', timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toContain('Usage:');
  return r.stderr.includes('Building Next Step');
}

/** A file's time set just after the last build began: saved after it (and before the next). */
function later(path: string): void {
  const t = new Date(statSync(join(copy, 'dist', '.built')).mtimeMs + 5);
  utimesSync(path, t, t);
}

describe('the build runs when dist/ is stale, and only then', () => {
  it('builds a fresh copy once, then again after each kind of change', { timeout: 240_000 }, () => {
    for (const p of ['src', 'flows', 'content', 'scripts', 'package.json', 'package-lock.json', 'tsconfig.json']) cpSync(join(ROOT, p), join(copy, p), { recursive: true });
    mkdirSync(join(copy, 'bench'));
    for (const f of ['memory-child.ts', 'mix.ts']) cpSync(join(ROOT, 'bench', f), join(copy, 'bench', f));
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    expect(built()).toBe(true); // no dist/
    expect(built()).toBe(false);
    later(join(copy, 'src', 'paths.ts'));
    expect(built()).toBe(true);
    expect(built()).toBe(false);
    later(join(copy, 'content', 'words')); // a file added to (or removed from) a content folder
    expect(built()).toBe(true);
    rmSync(join(copy, 'dist', 'sources.txt'));
    expect(built()).toBe(true);
    expect(built()).toBe(false);
  });
});
