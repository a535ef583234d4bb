/**
 * The house rules, enforced by `npm test`: the linter (eslint.config.js: import boundaries
 * between core, features, store and adapters; no import cycles; no file over 400 lines) finds
 * nothing, and knip (knip.jsonc) finds no dead export. Each rule is also shown able to fail, on
 * a deliberate violation, so a rule switched off by mistake is noticed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { hashOf } from '../../src/precomputed.js';
import { treeCacheFile } from '../support/tree-cache.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SLOW = 180_000;
const eslint = new ESLint({ cwd: ROOT });
/**
 * The whole repository is linted with ESLint's own cache (by content; in the sources cache, one
 * per lint config, lock file and working tree): a file unchanged since a clean lint is not parsed again. Sound
 * for these rules: all but the cycle rule read one file, and a new cycle always runs through the
 * changed file that added its import, which is linted again and reports it. A problem found is
 * checked once more with no cache, so a file kept with a problem since mended elsewhere (a cycle
 * broken in another file) never fails the run.
 */
const lintKey = hashOf([readFileSync(join(ROOT, 'eslint.config.js')), readFileSync(join(ROOT, 'package-lock.json'))]).slice(0, 16);
const cachedEslint = new ESLint({ cwd: ROOT, cache: true, cacheStrategy: 'content', cacheLocation: treeCacheFile(`eslint.${lintKey}.cache`) });

/** The rule ids that fire on `text` as if it were the file at `path`. */
async function rulesFiring(path: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the linter', () => {
  it('finds nothing in the repository', { timeout: SLOW }, async () => {
    const problemsIn = (results: ESLint.LintResult[]) => results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(ROOT.length)}:${m.line} ${m.ruleId}: ${m.message}`));
    let problems = problemsIn(await cachedEslint.lintFiles(['.']));
    if (problems.length > 0) problems = problemsIn(await eslint.lintFiles(['.']));
    expect(problems).toEqual([]);
  });

  it('stops core from importing a feature, a store implementation or a driver', { timeout: SLOW }, async () => {
    expect(await rulesFiring('src/core/example.ts', "import { advice } from '../features/advice/feature.js';\nexport const a = advice;\n")).toContain('no-restricted-imports');
    expect(await rulesFiring('src/core/example.ts', "import { SqliteStore } from '../store/sqlite/sqlite-store.js';\nexport const s = SqliteStore;\n")).toContain('no-restricted-imports');
    expect(await rulesFiring('src/core/example.ts', "import Database from 'better-sqlite3';\nexport const d = Database;\n")).toContain('no-restricted-imports');
    expect(await rulesFiring('src/core/example.ts', "import { textReply } from './render.js';\nexport const t = textReply;\n")).toEqual([]);
  });

  it('stops a feature from importing an adapter or the SQLite store', { timeout: SLOW }, async () => {
    expect(await rulesFiring('src/features/advice/example.ts', "import { startSlack } from '../../adapters/slack/start-slack.js';\nexport const s = startSlack;\n")).toContain('no-restricted-imports');
    expect(await rulesFiring('src/features/advice/example.ts', "import { SqliteStore } from '../../store/sqlite/sqlite-store.js';\nexport const s = SqliteStore;\n")).toContain('no-restricted-imports');
  });

  it('stops an adapter from importing a feature, a flow or the SQLite store', { timeout: SLOW }, async () => {
    expect(await rulesFiring('src/adapters/slack/example.ts', "import { caseEvents } from '../../features/case-file/timeline.js';\nexport const c = caseEvents;\n")).toContain('no-restricted-imports');
    expect(await rulesFiring('src/adapters/discord/example.ts', "import { SqliteStore } from '../../store/sqlite/sqlite-store.js';\nexport const s = SqliteStore;\n")).toContain('no-restricted-imports');
    expect(await rulesFiring('src/adapters/console/example.ts', "import { userFilesDir } from '../../core/user-files.js';\nexport const u = userFilesDir;\n")).toEqual([]);
  });

  it('finds an import cycle', { timeout: SLOW }, async () => {
    // The engine imports types.ts; types.ts importing the engine closes a loop.
    const types = readFileSync(join(ROOT, 'src/core/types.ts'), 'utf8');
    expect(await rulesFiring('src/core/types.ts', `import { createEngine } from './engine.js';\nexport const e = createEngine;\n${types}`)).toContain('import-x/no-cycle');
  });

  it('finds a file over 400 lines', { timeout: SLOW }, async () => {
    const long = Array.from({ length: 401 }, (_, i) => `export const line${i} = ${i};`).join('\n');
    expect(await rulesFiring('src/core/example.ts', long)).toContain('max-lines');
  });
});

describe('dead exports (knip)', () => {
  // The repository with knip's own cache of each file's imports and exports (in the sources cache); the fixture without.
  const knip = (dir: string, cache: string[] = []) => spawnSync(process.execPath, [join(ROOT, 'node_modules/knip/bin/knip.js'), '--directory', dir, '--no-progress', ...cache], { encoding: 'utf8', timeout: SLOW });
  const fixture = mkdtempSync(join(tmpdir(), 'knip-'));
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));

  it('finds none in the repository', { timeout: SLOW }, () => {
    const r = knip(ROOT, ['--cache', '--cache-location', treeCacheFile(`knip.${lintKey}`)]);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('finds one when there is one', { timeout: SLOW }, () => {
    mkdirSync(join(fixture, 'src'));
    writeFileSync(join(fixture, 'package.json'), '{"name":"fixture","private":true,"type":"module"}');
    writeFileSync(join(fixture, 'knip.json'), '{"entry":["src/main.ts"],"project":["src/**/*.ts"]}');
    writeFileSync(join(fixture, 'src/main.ts'), "import { used } from './lib.js';\nconsole.log(used);\n");
    writeFileSync(join(fixture, 'src/lib.ts'), 'export const used = 1;\nexport const dead = 2;\n');
    const r = knip(fixture);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toContain('dead');
  });
});
