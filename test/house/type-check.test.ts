/**
 * The type check, run by `npm test` (vitest itself strips types without checking them, and so
 * does the build's bundler): `tsc --noEmit` over everything tsconfig.json includes finds no
 * error. Incremental (TypeScript's own build info, in the sources cache), so a run after an edit
 * checks what the edit touched. Shown able to fail on a deliberate error in a small project.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { treeCacheFile } from '../support/tree-cache.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SLOW = 240_000;
const tsc = (args: string[], cwd: string) => spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), ...args], { cwd, encoding: 'utf8', timeout: SLOW });

describe('the type check (tsc --noEmit)', () => {
  const fixture = mkdtempSync(join(tmpdir(), 'tsc-'));
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));

  it('finds no error in the repository', { timeout: SLOW }, () => {
    const r = tsc(['--noEmit', '--incremental', '--tsBuildInfoFile', treeCacheFile('tsc.tsbuildinfo')], ROOT);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('finds one when there is one', { timeout: SLOW }, () => {
    writeFileSync(join(fixture, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, types: [] }, files: ['bad.ts'] }));
    writeFileSync(join(fixture, 'bad.ts'), 'export const n: number = "not a number";\n');
    const r = tsc(['-p', fixture], fixture);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toContain('TS2322');
  });
});
