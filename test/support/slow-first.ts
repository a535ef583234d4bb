/**
 * The order test files start in: the longest first, so the two workers finish together rather
 * than one running a long file alone at the end. Vitest orders by the durations it recorded in
 * an earlier run, and a fresh clone has none: these files, measured, go first in this order
 * (longest first); every other keeps vitest's own order after them.
 *
 * Before them all, any file of the isolated project: vitest ends a shared worker when the next
 * file in its queue is isolated, and starts a new shared worker after it, which imports every
 * module and builds the worker's caches (content, classifier, crisis corpus) again. Started
 * first, the isolated file runs in its own process beside the first shared worker, and no shared
 * worker is ended mid-run.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const LONGEST = [
  'test/safety/crisis-model.test.ts',
  'test/adapters/morning-burst.test.ts',
  'test/safety/crisis-screen-equivalence.test.ts',
  'test/cli/stale-build.test.ts',
  'test/safety/crisis-gate.test.ts',
  'test/house/house-rules.test.ts',
  'test/safety/precomputed-safety.test.ts',
  'test/features/all-paths.test.ts',
  'test/trust/durability.test.ts',
  'test/adapters/slack/two-processes.test.ts',
  'test/adapters/console/console-chat.test.ts',
  'test/readme/readme-examples.test.ts',
  // Short to run, but seconds to import (a cross-validation at collection): not last, alone.
  'test/classify/cross-validate.test.ts',
];

/** Where a file starts: isolated files first (-1), then LONGEST's order, then every other. */
export function startRank(f: { moduleId: string; project: { config: { isolate: boolean } } }): number {
  if (f.project.config.isolate) return -1;
  const i = LONGEST.findIndex((l) => f.moduleId.endsWith(`/${l}`));
  return i < 0 ? LONGEST.length : i;
}

export default class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted].sort((a, b) => startRank(a) - startRank(b));
  }
}
