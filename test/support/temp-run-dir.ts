/**
 * Global setup listed first, so its teardown runs last (vitest tears down in reverse), after the
 * run's PostgreSQL has stopped: removes the run's temporary directory (test/support/ram-disk.ts).
 */
import { removeRunDir } from './ram-disk.js';

export default function setup(): () => void {
  return () => removeRunDir();
}
