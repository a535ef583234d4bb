/**
 * `npm start` and `npm run cli` (scripts/run.mjs) build dist/ when it is missing or stale, and
 * only then: in a copy of the project, a first run builds, a second does not, and a source edited
 * makes the next run build again. Each other kind of change (a content file added, a listed file
 * removed, the build's list removed) is checked on the staleness rule itself
 * (scripts/dist-stale.mjs), without a real build each: a build trains the crisis models, seconds.
 * Both builds here bundle only (NEXTSTEP_BUILD_BUNDLE_ONLY): what they show is that `run.mjs`
 * builds when it should and not otherwise. The whole build (the models trained, the artifacts
 * checked by the bundle that will read them) is what `npm ci` and `npm install` run through the
 * `prepare` script, so CI fails on it before any test starts; precomputed-safety.test.ts and
 * precomputed-classifier.test.ts check what it writes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/builders.js';

const ROOT = join(import.meta.dirname, '..', '..');
const tmp = tempDir('nextstep-stale-');
afterAll(tmp.cleanup);
const copy = join(tmp.dir, 'project');

/** Runs `cli --help` in the copy: whether it built first. */
function built(env: NodeJS.ProcessEnv = {}): boolean {
  const r = spawnSync(process.execPath, [join(copy, 'scripts', 'run.mjs'), 'cli', '--help'], { cwd: copy, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toContain('Usage:');
  return r.stderr.includes('Building Next Step');
}

/** A file's time set just after the last build began in `root`: saved after it (and before the next). */
function later(path: string, root = copy): void {
  const t = new Date(statSync(join(root, 'dist', '.built')).mtimeMs + 5);
  utimesSync(path, t, t);
}

const { distStale } = (await import(join(ROOT, 'scripts', 'dist-stale.mjs'))) as { distStale: (root: string) => boolean };

describe('the build runs when dist/ is stale, and only then', () => {
  it('builds a fresh copy once, then again after a source is edited', { timeout: 240_000 }, () => {
    for (const p of ['src', 'flows', 'content', 'scripts', 'package.json', 'package-lock.json', 'tsconfig.json']) cpSync(join(ROOT, p), join(copy, p), { recursive: true });
    mkdirSync(join(copy, 'bench'));
    for (const f of ['memory-child.ts', 'mix.ts']) cpSync(join(ROOT, 'bench', f), join(copy, 'bench', f));
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    const bundleOnly = { NEXTSTEP_BUILD_BUNDLE_ONLY: '1' };
    expect(built(bundleOnly)).toBe(true); // no dist/
    expect(built()).toBe(false);
    later(join(copy, 'src', 'paths.ts'));
    expect(built(bundleOnly)).toBe(true);
    expect(built()).toBe(false);
  });

  it('the rule: stale when the build or its list is missing, or a listed file is newer or gone', () => {
    const root = join(tmp.dir, 'rule');
    const file = (rel: string, text = 'x') => {
      mkdirSync(join(root, rel, '..'), { recursive: true });
      writeFileSync(join(root, rel), text);
    };
    let builds = 0;
    const build = (listed: string[]) => {
      file('dist/sources.txt', `${listed.join('\n')}\n`);
      file('dist/.built');
      builds += 1;
      const t = new Date(Date.now() + builds * 60_000); // after every file written or dated so far
      utimesSync(join(root, 'dist', '.built'), t, t);
    };
    expect(distStale(root)).toBe(true); // no dist/
    file('src/a.ts');
    file('content/words/a.yaml');
    build(['src/a.ts', 'content', 'content/words', 'content/words/a.yaml']);
    expect(distStale(root)).toBe(false);
    later(join(root, 'content', 'words'), root); // a content file added (or removed): its folder is newer
    expect(distStale(root)).toBe(true);
    build(['src/a.ts', 'content', 'content/words', 'content/words/a.yaml']);
    expect(distStale(root)).toBe(false);
    later(join(root, 'src', 'a.ts'), root);
    expect(distStale(root)).toBe(true);
    build(['src/a.ts', 'src/gone.ts']);
    expect(distStale(root)).toBe(true); // a listed file is missing
    build(['src/a.ts']);
    expect(distStale(root)).toBe(false);
    rmSync(join(root, 'dist', 'sources.txt'));
    expect(distStale(root)).toBe(true); // the build's list removed
  });
});
