/** The order test files start in (test/support/slow-first.ts) names only files that exist, longest first. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LONGEST } from '../support/slow-first.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the slow-first order', () => {
  it('names test files that exist, each once', () => {
    expect(LONGEST.filter((f) => !existsSync(join(ROOT, f)) || !f.endsWith('.test.ts'))).toEqual([]);
    expect(new Set(LONGEST).size).toBe(LONGEST.length);
  });
});
