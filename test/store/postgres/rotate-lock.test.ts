/**
 * rotate-key on PostgreSQL and the tables' lock. With no other client connected, the one holder
 * it can meet is autovacuum working on a sealed table, which gives way to the lock request after
 * deadlock_timeout: rotate-key waits for the lock instead of failing at once, and when the wait
 * runs out it refuses as "in use" (a plain reason, not an unexpected error). A prepared
 * transaction stands in for autovacuum: it holds autovacuum's lock (SHARE UPDATE EXCLUSIVE) with
 * no session connected, and lets go when this test says so.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAesSealer } from '../../../src/security/aes-sealer.js';
import { PgInUseError, rotatePg } from '../../../src/store/postgres/pg-rotate.js';
import { PgStore } from '../../../src/store/postgres/pg-store.js';
import { sealedColumnList } from '../../../src/store/sqlite/sealed-columns.js';
import { freshPgDatabase } from '../contract/store-factories.js';

const sealer = () => createAesSealer(randomBytes(32));

async function onDb<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** A lock on a sealed table, held by a prepared transaction (no session); returns its release. */
async function holdLock(url: string): Promise<() => Promise<void>> {
  const table = sealedColumnList()[0]?.table ?? '';
  const gid = `hold_${randomBytes(4).toString('hex')}`;
  await onDb(url, async (c) => {
    await c.query('BEGIN');
    await c.query(`LOCK TABLE "${table}" IN SHARE UPDATE EXCLUSIVE MODE`);
    await c.query(`PREPARE TRANSACTION '${gid}'`);
  });
  return () => onDb(url, async (c) => void (await c.query(`ROLLBACK PREPARED '${gid}'`)));
}

describe('rotate-key and a table locked by no client', () => {
  let url = '';
  let key = sealer();
  beforeEach(async (ctx) => {
    url = await freshPgDatabase();
    const prepared = await onDb(url, async (c) => (await c.query<{ n: string }>('SHOW max_prepared_transactions')).rows[0]?.n);
    if (prepared === '0') ctx.skip(); // a server of one's own (NEXTSTEP_TEST_PG_URL) without them
    key = sealer();
    await (await PgStore.open({ url, sealer: key })).end();
  });

  it('waits for the lock, and rotates once it is let go', async () => {
    const release = await holdLock(url);
    // Settled either way at once, so a refusal is this test's failure, not an unhandled rejection.
    const rotation = rotatePg(url, key, sealer(), { lockWaitMs: 20_000 }).then(
      (done) => ({ done }),
      (refused: unknown) => ({ refused: String(refused) }),
    );
    await new Promise((r) => setTimeout(r, 300));
    await release();
    expect(await rotation).toMatchObject({ done: { skipped: 0 } });
  });

  it('refuses as "in use" when the lock is still held at the end of the wait', async () => {
    const release = await holdLock(url);
    try {
      const refused = await rotatePg(url, key, sealer(), { lockWaitMs: 200 }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(PgInUseError);
      expect((refused as Error).message).toContain('in use');
    } finally {
      await release();
    }
  });
});
