// Whether dist/ needs building (used by scripts/run.mjs before each `npm start` / `npm run cli`).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Whether `<root>/dist` is missing or older than anything it was built from: each file the build
 * lists in dist/sources.txt (the sources the bundles were made from, content/'s files and
 * folders, the build's settings) is compared with the build's time (dist/.built); one missing, or
 * newer, means stale. A new source only matters once a listed file imports it (that file is then
 * newer); a new content file makes its folder newer.
 */
export function distStale(root) {
  const built = statSync(join(root, 'dist', '.built'), { throwIfNoEntry: false })?.mtimeMs;
  if (built === undefined) return true;
  let listed;
  try {
    listed = readFileSync(join(root, 'dist', 'sources.txt'), 'utf8').split('\n');
  } catch {
    return true;
  }
  // The listed paths are already normal (the build writes them): joined by hand, not by path.join,
  // which normalises each of some 380 paths again at every start.
  const dir = root.endsWith('/') ? root : `${root}/`;
  for (const rel of listed) {
    if (!rel) continue;
    const m = statSync(dir + rel, { throwIfNoEntry: false })?.mtimeMs;
    if (m === undefined || m > built) return true;
  }
  return false;
}
