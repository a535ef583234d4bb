/**
 * One helper makes a case app closed after each test (test/support/case-app.ts): no test file
 * keeps its own copy of it (fifteen did, word for word, before tidy14).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the case app made per test', () => {
  it('is made by the shared helper, not by a copy of it in each test file', () => {
    let found = '';
    try {
      found = execFileSync('git', ['grep', '-l', '-E', 'function app\\(\\): CaseApp', '--', 'test/'], { cwd: ROOT, encoding: 'utf8' });
    } catch {
      found = ''; // git grep exits 1 when nothing is found
    }
    expect(found.split('\n').filter(Boolean)).toEqual([]);
  });
});
