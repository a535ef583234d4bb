/**
 * Vitest setup: every fast-check property uses the seed chosen in fc-seed.ts, one per test (random
 * unless CI or FC_SEED fixes it), and a test that fails in a file using fast-check has its seed
 * added to the failure message. fast-check's own message names the seed and the path of a
 * property that fails, but not when the test ends some other way: a timeout (a slow case on a
 * busy machine), or a check after the property (`expect(anchored).toBeGreaterThan(…)`).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeEach } from 'vitest';
import { fcSeed } from './fc-seed.js';

const usesFastCheck = new Map<string, boolean>();
function inFastCheckFile(path: string): boolean {
  let uses = usesFastCheck.get(path);
  if (uses === undefined) {
    try {
      uses = readFileSync(path, 'utf8').includes("from 'fast-check'");
    } catch {
      uses = false;
    }
    usesFastCheck.set(path, uses);
  }
  return uses;
}

beforeEach(({ onTestFailed }) => {
  const seed = fcSeed().seed ?? (Math.random() * 0x1_0000_0000) | 0;
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
  onTestFailed(({ task }) => {
    if (!inFastCheckFile(task.file.filepath)) return;
    const line = `\n(fast-check seed ${seed}: FC_SEED=${seed} runs this test's properties on it again)`;
    for (const err of task.result?.errors ?? []) err.message = `${err.message}${line}`;
  });
});
