/**
 * The README's examples are tests: every ```sh block marked `<!-- runnable -->` runs as written,
 * in order, in a fresh folder with its own data directory (NEXTSTEP_DB), and must exit 0 and
 * print what its marker says. `npm` there is the real npm pointed at this repository, so
 * `npm start` and `npm run -s cli -- …` are the commands a reader types.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runnableBlocks } from './readme-blocks.js';

const ROOT = join(import.meta.dirname, '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('runnableBlocks', () => {
  it('finds marked blocks only, with what they must print', () => {
    const md = ['```sh', 'not marked', '```', '<!-- runnable; prints: hello -->', '```sh', 'echo hello', 'echo two', '```'].join('\n');
    expect(runnableBlocks(md)).toEqual([{ line: 5, code: 'echo hello\necho two', prints: ['hello'] }]);
  });

  it('refuses a marker that is not above a shell block', () => {
    expect(() => runnableBlocks('<!-- runnable -->\ntext\n')).toThrow(/right above/);
  });
});

describe('README examples', () => {
  const blocks = runnableBlocks(README);
  const work = mkdtempSync(join(tmpdir(), 'nextstep-readme-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('has the examples a new user follows first (the scripted chat and the command line)', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    expect(blocks.some((b) => b.code.includes('npm start'))).toBe(true);
    expect(blocks.some((b) => b.code.includes('npm run -s cli --'))).toBe(true);
  });

  for (const block of blocks) {
    it(`README line ${block.line}: ${block.code.split('\n')[0]}`, { timeout: 180_000 }, () => {
      const env: NodeJS.ProcessEnv = { ...process.env, NEXTSTEP_DB: join(work, 'data', 'nextstep.db'), REPO: ROOT };
      delete env.NEXTSTEP_DATA_KEY;
      for (const k of Object.keys(env)) if (/^(SLACK|DISCORD)_/.test(k) || k.startsWith('npm_')) delete env[k];
      const script = `set -eo pipefail\nnpm() { command npm --prefix "$REPO" "$@"; }\n${block.code}\n`;
      const r = spawnSync('bash', ['-c', script], { cwd: work, env, encoding: 'utf8', timeout: 170_000 });
      const where = `README line ${block.line}\nstdout:\n${r.stdout.slice(-2000)}\nstderr:\n${r.stderr.slice(-2000)}`;
      expect(r.status, where).toBe(0);
      expect(r.stderr, where).not.toMatch(/Unexpected error|ENOENT|EACCES|at .+\.(?:ts|js):\d+/);
      for (const p of block.prints) expect(r.stdout, where).toContain(p);
    });
  }
});
