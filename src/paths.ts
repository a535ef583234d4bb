/**
 * Where the project's files are, whether this module runs from the TypeScript sources
 * (`src/paths.ts`) or from the build (`dist/src/paths.js`): the folder holding package.json.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'content'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('Next Step: cannot find the project folder (package.json beside content/)');
    dir = up;
  }
}

export const PROJECT_ROOT = findRoot();

/** A path inside the project, e.g. `fromRoot('content', 'prompts')`. */
export const fromRoot = (...parts: string[]): string => join(PROJECT_ROOT, ...parts);
