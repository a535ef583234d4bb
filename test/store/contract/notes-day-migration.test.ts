/**
 * Migration 013 on a database written before it, in both stores: each note gains its day, the
 * parent's calendar day it is dated on; an old note's is its instant's UTC day, which is what it
 * meant when it was written (8 pm in Chicago on 7 December was kept, and shown, as 8 December).
 */
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { listPgMigrations, migratePg } from '../../../src/store/postgres/migrate.js';
import { PgStore } from '../../../src/store/postgres/pg-store.js';
import { listMigrations } from '../../../src/store/sqlite/migrate.js';
import { openDatabase } from '../../../src/store/sqlite/open-database.js';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import { tempDir } from '../../support/builders.js';
import { freshPgDatabase } from './store-factories.js';

const BEFORE = 12;
const OLD_NOTES = [
  { id: 11, at: '2026-12-08T02:00:00.000Z', text: 'said at 8 pm in Chicago' },
  { id: 12, at: '2026-11-30T23:59:59.999Z', text: 'just before midnight UTC' },
];
const USER_SQL = `INSERT INTO users (id, created_at) VALUES ('old', '2026-11-01T00:00:00.000Z')`;
const noteSql = (n: (typeof OLD_NOTES)[number]) =>
  `INSERT INTO notes (id, user_id, case_id, kind, topic, category, at, body) VALUES (${n.id}, 'old', NULL, 'answer', 't', NULL, '${n.at}', '${JSON.stringify({ text: n.text })}')`;

describe('migration 013: the notes\' day', () => {
  it('SQLite: an old database\'s notes are dated on their UTC day; new notes keep the day given', () => {
    const tmp = tempDir();
    const path = join(tmp.dir, 'old.db');
    const old = openDatabase(path, listMigrations().filter((m) => m.version <= BEFORE));
    old.exec(USER_SQL);
    for (const n of OLD_NOTES) old.exec(noteSql(n));
    old.close();

    const store = new SqliteStore({ path });
    try {
      expect(store.listNotes('old').map((n) => [n.text, n.day])).toEqual([
        ['just before midnight UTC', '2026-11-30'],
        ['said at 8 pm in Chicago', '2026-12-08'],
      ]);
      store.addNote({ userId: 'old', caseId: null, kind: 'answer', topic: 't', text: 'new', at: '2026-12-08T03:00:00.000Z', day: '2026-12-07' });
      expect(store.listNotes('old').at(-1)?.day).toBe('2026-12-07');
    } finally {
      store.close();
      tmp.cleanup();
    }
  });

  it('PostgreSQL: the same, and the store reads the day back', async () => {
    const url = await freshPgDatabase();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await migratePg(client, listPgMigrations().filter((m) => m.version <= BEFORE));
      await client.query(USER_SQL);
      for (const n of OLD_NOTES) await client.query(noteSql(n));
      // As the store itself records a parent's rows changing (the working copy loads parents by it).
      await client.query(`INSERT INTO user_versions (user_id, version) VALUES ('old', nextval('user_version_seq'))`);
      expect(await migratePg(client)).toEqual(listPgMigrations().filter((m) => m.version > BEFORE).map((m) => m.version));
      const rows = (await client.query<{ id: string; day: string }>('SELECT id, day FROM notes ORDER BY id')).rows;
      expect(rows.map((r) => [Number(r.id), r.day])).toEqual([[11, '2026-12-08'], [12, '2026-11-30']]);
    } finally {
      await client.end();
    }
    const store = await PgStore.open({ url, outboxMinAgeMs: 0, poolSize: 2 });
    try {
      await store.runTurn({ userId: 'old' }, () => {
        expect(store.listNotes('old').map((n) => n.day)).toEqual(['2026-11-30', '2026-12-08']);
        store.addNote({ userId: 'old', caseId: null, kind: 'answer', topic: 't', text: 'new', at: '2026-12-08T03:00:00.000Z', day: '2026-12-07' });
      });
      await store.runTurn({ userId: 'old' }, () => expect(store.listNotes('old').at(-1)?.day).toBe('2026-12-07'));
    } finally {
      await store.end();
    }
  });
});
