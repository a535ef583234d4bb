/** The order test files start in (test/support/slow-first.ts) names only files that exist, longest first. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LONGEST, startRank } from '../support/slow-first.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the slow-first order', () => {
  it('names test files that exist, each once', () => {
    expect(LONGEST.filter((f) => !existsSync(join(ROOT, f)) || !f.endsWith('.test.ts'))).toEqual([]);
    expect(new Set(LONGEST).size).toBe(LONGEST.length);
  });

  // Vitest ends a shared worker whenever the next file in the queue is an isolated one, and starts
  // a new one (every module imported again) after it: an isolated file goes before every other.
  it('starts an isolated file before the longest shared one, and the longest before the rest', () => {
    const spec = (file: string, isolate: boolean) => ({ moduleId: join(ROOT, file), project: { config: { isolate } } });
    const isolated = startRank(spec('test/safety/crisis-screen-fallback.test.ts', true));
    const longest = startRank(spec(LONGEST[0] as string, false));
    const other = startRank(spec('test/core/engine.test.ts', false));
    expect(isolated).toBeLessThan(longest);
    expect(longest).toBeLessThan(other);
  });
});
