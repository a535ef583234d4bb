/**
 * A case app (test/features/case-file/support.ts) per call, closed and its files removed after the test that made it.
 * Call once at the top of a test file: `const app = caseAppsAfterEach();`, then `app()` in each test.
 */
import { cleanupsAfterEach } from './cleanups.js';
import { makeCaseApp, type CaseApp } from '../features/case-file/support.js';

export function caseAppsAfterEach(): () => CaseApp {
  const cleanups = cleanupsAfterEach();
  return () => {
    const a = makeCaseApp();
    cleanups.add(() => a.cleanup());
    return a;
  };
}
