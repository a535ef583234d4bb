/**
 * PgStore.end() returns once its connections are closed, and PostgreSQL closes a connection only
 * after its session has exited: nothing of the store is left in pg_stat_activity. (pg's
 * Pool.end() alone resolves as soon as it has asked its connections to close; rotate-key, run
 * just after another command, then found that command's session still there and refused.)
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgStore } from '../../../src/store/postgres/pg-store.js';
import { freshPgDatabase } from '../contract/store-factories.js';

describe('PgStore.end()', () => {
  let url = '';
  const watcher = { client: null as pg.Client | null };
  beforeAll(async () => {
    url = await freshPgDatabase();
    watcher.client = new pg.Client({ connectionString: url });
    await watcher.client.connect();
  });
  afterAll(async () => {
    await watcher.client?.end();
  });

  const othersConnected = async (): Promise<number> => {
    // Client sessions only: an autovacuum worker visiting this new database is the server's, not the store's.
    const r = await watcher.client?.query<{ n: string }>(
      "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
    );
    return Number(r?.rows[0]?.n);
  };

  it('leaves no session of the store behind', async () => {
    const left: number[] = [];
    for (let i = 0; i < 10; i++) {
      const store = await PgStore.open({ url, poolSize: 2 });
      // Both connections in use once, so both are open when the store ends.
      await Promise.all([store.knows('nobody'), store.knows('nobody-else')]);
      expect(await othersConnected()).toBeGreaterThan(0);
      await store.end();
      left.push(await othersConnected());
    }
    expect(left).toEqual(Array<number>(10).fill(0));
  });
});
