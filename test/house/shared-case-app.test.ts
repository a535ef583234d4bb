/**
 * One helper makes a case app closed after each test (test/support/case-app.ts): no test file
 * keeps its own copy of it (fifteen did, word for word, before tidy14).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The test files matching `pattern`. git grep exits 1 when nothing is found; any other failure (no
 * git, not a repository, a bad pattern) is thrown, never read as "nothing found" (review12).
 */
function filesMatching(pattern: string, env: NodeJS.ProcessEnv = process.env): string[] {
  try {
    return execFileSync('git', ['grep', '-l', '-E', pattern, '--', 'test/'], { cwd: ROOT, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] })
      .split('\n')
      .filter(Boolean);
  } catch (e) {
    if ((e as { status?: number }).status === 1) return [];
    throw e;
  }
}

describe('the case app made per test', () => {
  it('is made by the shared helper, not by a copy of it in each test file', () => {
    // The listing works: the shared helper's users are found.
    expect(filesMatching('caseAppsAfterEach\\(\\)').length).toBeGreaterThan(10);
    expect(filesMatching('function app\\(\\): CaseApp')).toEqual([]);
  });

  it('a failure to list the files fails, never "nothing found"', () => {
    expect(() => filesMatching('function app\\(\\): CaseApp', { ...process.env, GIT_DIR: '/nonexistent/git' })).toThrow();
  });
});
