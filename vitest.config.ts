import { defineConfig } from 'vitest/config';
import SlowFirst from './test/support/slow-first.js';
import { useRamDiskForTemp } from './test/support/ram-disk.js';

// The tests' temporary files (every test app's SQLite file, the PostgreSQL the run starts, the
// children's) in one directory for the run, on a RAM disk where the machine has one, removed at
// the end: the same code and pragmas (a full fsync per commit), but an fsync there costs nothing,
// where on this machine's disk it was 1-3 ms and the suite makes tens of thousands
// (test/support/ram-disk.ts). Set before the workers start; only when vitest itself reads this
// file (VITEST is set before it does), not when a tool such as knip reads it for its entries.
if (process.env.VITEST) useRamDiskForTemp();

// Test files share their worker's modules (isolate: false), so the content catalog, the trained
// classifier and the module graph (a third of the run when each file loaded its own) are
// built once per worker. The one file that replaces a module with vi.mock runs isolated.
const ISOLATED = ['test/safety/crisis-screen-fallback.test.ts'];

export default defineConfig({
  test: {
    // Generous: the tests that start the CLI as a child process share two cores with the rest.
    testTimeout: 60_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // One worker per core. Vitest's default (cores - 1) left one of this machine's two cores idle
    // between the child processes: 246 s for the whole run with one worker, 145 s with two.
    maxWorkers: '100%',
    // fast-check: random seeds locally, a fixed one in CI (test/support/fc-seed.ts). Every project
    // extends this and adds its own after it (listed there again, it ran twice).
    setupFiles: ['test/support/fc-setup.ts'],
    // The longest files first (test/support/slow-first.ts): a fresh clone has no recorded durations.
    sequence: { sequencer: SlowFirst },
    // One PostgreSQL for the whole run (the store contract tests make a database per file); before
    // it, the run's temporary directory, whose teardown (last) removes it.
    globalSetup: ['test/support/temp-run-dir.ts', 'test/support/pg-global-setup.ts'],
    projects: [
      // Only our own tests: never compiled output or the bench's peer packages.
      {
        extends: true,
        test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ISOLATED, isolate: false, setupFiles: ['test/support/warm-models.ts'] },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED, isolate: true } },
    ],
  },
});
