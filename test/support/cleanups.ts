/**
 * What a test file cleans up after each of its tests, last registered first (a store is closed
 * before its folder is removed). Call once at the top of the file.
 */
import { afterEach } from 'vitest';
import { tempDir } from './builders.js';

export function cleanupsAfterEach(): { add(fn: () => void): void; dir(prefix?: string): string } {
  let pending: (() => void)[] = [];
  afterEach(() => {
    for (const c of pending.reverse()) c();
    pending = [];
  });
  return {
    add: (fn) => void pending.push(fn),
    dir(prefix) {
      const t = tempDir(prefix);
      pending.push(t.cleanup);
      return t.dir;
    },
  };
}
