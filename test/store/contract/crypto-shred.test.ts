/**
 * Crypto-shredding on PostgreSQL: a parent's words are sealed with their own data key, and
 * forget deletes that key. A backup of the data taken before forget (a whole copy of the
 * database, made with CREATE DATABASE … TEMPLATE) still holds their rows afterwards, but
 * nothing in it opens with the instance key, and the keys kept after forget open the other
 * parent's rows and not theirs. The parents' keys are kept out of the long-lived backup, as
 * docs/postgres.md asks of a deployment (a backup that holds the key rows too is readable until
 * it expires, like any backup).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createAesSealer } from '../../../src/security/aes-sealer.js';
import { ParentKeys } from '../../../src/store/postgres/parent-keys.js';
import { PgStore } from '../../../src/store/postgres/pg-store.js';
import { sealedColumnList } from '../../../src/store/sqlite/sealed-columns.js';
import { freshPgDatabase } from './store-factories.js';

const AT = '2026-11-24T09:00:00.000Z';
const SECRET = 'Theodora hides under the stairs before maths';

async function seed(store: PgStore, user: string): Promise<void> {
  await store.runTurn({ userId: user }, () => {
    store.ensureUser(user, AT);
    const c = store.openCase(user, `Nick-${user}`, AT);
    store.addNote({ userId: user, caseId: c.id, kind: 'statement', topic: 't', text: `${SECRET} (${user})`, at: AT, day: AT.slice(0, 10) });
  });
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

describe('crypto-shredding: forget deletes the parent\'s key', () => {
  const sealer = createAesSealer(randomBytes(32));
  let live: string;
  let backup: string;

  it('leaves a backup taken before forget unreadable for that parent, and readable for the others', async () => {
    live = await freshPgDatabase();
    const store = await PgStore.open({ url: live, sealer, poolSize: 1 });
    await seed(store, 'shred');
    await seed(store, 'keep');
    await store.end();

    // The backup: a whole copy of the database as it was, without the key table's rows.
    const liveUrl = new URL(live);
    backup = new URL(live).toString().replace(liveUrl.pathname, `${liveUrl.pathname}_backup`);
    const admin = new URL(live);
    admin.pathname = '/postgres';
    await query(admin.toString(), `CREATE DATABASE ${liveUrl.pathname.slice(1)}_backup TEMPLATE ${liveUrl.pathname.slice(1)}`);
    await query(backup, 'DELETE FROM user_keys');

    // Nothing in the backup is readable as it stands: every sealed value is the parent's.
    const rows = await query<{ user_id: string; body: string }>(backup, 'SELECT user_id, body FROM notes ORDER BY user_id');
    expect(rows.map((r) => r.user_id)).toEqual(['keep', 'shred']);
    for (const r of rows) {
      expect(r.body.startsWith('pk1:')).toBe(true);
      expect(() => sealer.open(r.body)).not.toThrow(); // not an instance-key value at all…
      expect(sealer.open(r.body)).not.toContain('Theodora'); // …so it comes back as it is
    }
    const cases = await query<{ nickname: string }>(backup, 'SELECT nickname FROM cases');
    expect(JSON.stringify(cases)).not.toContain('Nick-');

    // Before forget, the keys kept apart open the backup: it is a real backup.
    const keysNow = new ParentKeys(sealer);
    const liveClient = new pg.Client({ connectionString: live });
    await liveClient.connect();
    try {
      await keysNow.fetch(liveClient, ['shred', 'keep']);
      for (const r of rows) expect(keysNow.plain(r.user_id, r.body)).toContain(`${SECRET} (${r.user_id})`);

      const again = await PgStore.open({ url: live, sealer, poolSize: 1 });
      const report = await again.requests.erase('shred');
      await again.end();
      expect(report.removed['user_keys']).toBe(1);

      // After forget, with the instance key and every key that still exists: only 'keep' opens.
      const keysAfter = new ParentKeys(sealer);
      await keysAfter.fetch(liveClient, ['shred', 'keep']);
      expect(keysAfter.has('shred')).toBe(false);
      const keep = rows.find((r) => r.user_id === 'keep');
      const shred = rows.find((r) => r.user_id === 'shred');
      expect(keysAfter.plain('keep', keep?.body ?? '')).toContain(`${SECRET} (keep)`);
      expect(() => keysAfter.plain('shred', shred?.body ?? '')).toThrow();
      // Not with another parent's key either.
      const stolen = new ParentKeys(sealer);
      await stolen.fetch(liveClient, ['keep']);
      expect(() => stolen.plain('keep', shred?.body ?? '')).toThrow();
    } finally {
      await liveClient.end();
    }
  });

  it('rewrites rows sealed before the parent had a key with their new key, at their next turn', async () => {
    const url = await freshPgDatabase();
    const store = await PgStore.open({ url, sealer, poolSize: 1 });
    await seed(store, 'old');
    await store.end();
    // As a database written before per-parent keys: the parent's values sealed with the instance key, no key row.
    const keys = new ParentKeys(sealer);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await keys.fetch(c, ['old']);
      for (const { table, column } of sealedColumnList()) {
        const found = await c.query<{ tid: string; v: string }>(`SELECT ctid::text AS tid, ${column} AS v FROM ${table} WHERE user_id = 'old' AND ${column} LIKE 'pk1:%'`);
        for (const r of found.rows) await c.query(`UPDATE ${table} SET ${column} = $1 WHERE ctid = $2::tid`, [sealer.seal(keys.plain('old', r.v)), r.tid]);
      }
      await c.query("DELETE FROM user_keys WHERE user_id = 'old'");
      expect((await c.query("SELECT 1 FROM notes WHERE body LIKE 'enc1:%'")).rowCount).toBe(1);
      expect((await c.query("SELECT 1 FROM cases WHERE nickname LIKE 'pk1:%'")).rowCount).toBe(0);

      const next = await PgStore.open({ url, sealer, poolSize: 1 });
      const texts = await next.runTurn({ userId: 'old' }, () => {
        next.addNote({ userId: 'old', caseId: null, kind: 'statement', topic: 't', text: 'a second note', at: AT, day: AT.slice(0, 10) });
        return next.listNotes('old').map((n) => n.text);
      });
      await next.end();
      expect(texts).toEqual([`${SECRET} (old)`, 'a second note']);
      const bodies = (await c.query<{ body: string }>("SELECT body FROM notes WHERE user_id = 'old'")).rows.map((r) => r.body);
      expect(bodies).toHaveLength(2);
      for (const b of bodies) expect(b.startsWith('pk1:')).toBe(true);
      expect((await c.query<{ nickname: string }>("SELECT nickname FROM cases WHERE user_id = 'old'")).rows[0]?.nickname.startsWith('pk1:')).toBe(true);
    } finally {
      await c.end();
    }
  });

  it('a parent forgotten by another instance and back again gets a new key everywhere', async () => {
    const url = await freshPgDatabase();
    const [a, b] = [await PgStore.open({ url, sealer, poolSize: 1 }), await PgStore.open({ url, sealer, poolSize: 1 })];
    await seed(a, 'back');
    await b.requests.erase('back');
    await seed(a, 'back'); // a still held the old key: it must not seal with it
    const c = await PgStore.open({ url, sealer, poolSize: 1 });
    const notes = await c.runTurn({ userId: 'back' }, () => c.listNotes('back').map((n) => n.text));
    expect(notes).toEqual([`${SECRET} (back)`]);
    await Promise.all([a.end(), b.end(), c.end()]);
  });
});
