import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCES_CACHE_DIR } from '../../src/precomputed.js';
import { treeCacheFile } from '../support/tree-cache.js';

describe("the tools' cache files", () => {
  it('are one per working tree (two worktrees sharing node_modules never write one file), in the sources cache', () => {
    const here = treeCacheFile('tsc.tsbuildinfo');
    expect(dirname(here)).toBe(SOURCES_CACHE_DIR);
    expect(basename(here).endsWith('.tsc.tsbuildinfo')).toBe(true);
    expect(treeCacheFile('tsc.tsbuildinfo', '/work/wt/other')).not.toBe(here);
    expect(treeCacheFile('tsc.tsbuildinfo', '/work/wt/other')).toBe(treeCacheFile('tsc.tsbuildinfo', '/work/wt/other'));
  });
});
