/**
 * A cache file of a tool that writes it in place (tsc's build info, ESLint's and knip's caches),
 * one per working tree: helper worktrees share main's node_modules by a link, so a name without
 * the tree's path would have two test runs writing one file at once (review20 R11). Kept answers
 * (test/support/kept-answers.ts) need no such tag: they are filed by content and written whole.
 */
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';
import { hashOf, SOURCES_CACHE_DIR } from '../../src/precomputed.js';

export function treeCacheFile(name: string, root: string = PROJECT_ROOT): string {
  return join(SOURCES_CACHE_DIR, `${hashOf([root]).slice(0, 12)}.${name}`);
}
