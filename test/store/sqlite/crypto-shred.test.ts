/**
 * Crypto-shredding on SQLite: each parent's words are sealed with their own data key, kept in
 * `<db>.keys` beside the database, and forget deletes it. A copy of the database files taken
 * before forget (the file and its WAL: a backup) still holds the parent's rows afterwards, but
 * opened with the keys file as it is after forget, nothing of theirs is readable; the other
 * parent's rows are. (Parent keys come with NEXTSTEP_DATA_KEY: without it the words are stored
 * as written, as the start-up warning says.) (PostgreSQL: see
 * test/store/contract/crypto-shred.test.ts.) Also: the migration of a database from before
 * parent keys, the refusal to start without the keys file, and the CLI's forget.
 */
import { copyFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Sealer } from '../../../src/core/ports.js';
import { createAesSealer } from '../../../src/security/aes-sealer.js';
import { isParentSealed, parentSealer } from '../../../src/security/parent-sealer.js';
import { forgetUser } from '../../../src/store/sqlite/forget-user.js';
import { keysPathFor, openKeysFile, rewrapKeys, shredParentKey } from '../../../src/store/sqlite/keys-file.js';
import { sealedColumnList } from '../../../src/store/sqlite/sealed-columns.js';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import { cleanupsAfterEach } from '../../support/cleanups.js';
import { cli } from '../../support/cli.js';

const AT = '2026-11-24T09:00:00.000Z';
const SECRET = 'Theodora hides under the stairs before maths';

const cleanups = cleanupsAfterEach();

function dir(): string {
  return cleanups.dir('nextstep-shred-');
}

function seed(store: SqliteStore, user: string): void {
  store.transaction(() => {
    store.ensureUser(user, AT);
    const c = store.openCase(user, `Nick-${user}`, AT);
    store.addNote({ userId: user, caseId: c.id, kind: 'statement', topic: 't', text: `${SECRET} (${user})`, at: AT, day: AT.slice(0, 10) });
    store.recordTurn({ eventId: `ev-${user}`, userId: user, at: AT, replies: [{ type: 'text', key: 'x', text: `${SECRET} reply (${user})` }] });
    store.logs.putEntry(user, { caseId: c.id, date: '2026-11-23', attendance: 'partial', source: 'chat', note: `${SECRET} day (${user})` }, AT);
  });
}

/** Copies the database file and its WAL (not the keys file): a backup of the database. */
function copyDatabase(from: string, to: string): void {
  copyFileSync(from, to);
  if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${to}-wal`);
}

/** Every sealed value in the file about `user`. */
function sealedValuesOf(path: string, user: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return sealedColumnList().flatMap(({ table, column }) =>
      (db.prepare(`SELECT "${column}" AS v FROM "${table}" WHERE user_id = ? AND "${column}" IS NOT NULL AND "${column}" NOT IN ('', '[]', '{}')`).all(user) as { v: string }[]).map((r) => r.v),
    );
  } finally {
    db.close();
  }
}

/** The raw (unwrapped) keys a keys file holds. */
function rawKeys(keysPath: string, instance: Sealer): Buffer[] {
  const db = new Database(keysPath, { readonly: true });
  try {
    return (db.prepare('SELECT wrapped FROM user_keys').all() as { wrapped: string }[]).map((r) => Buffer.from(instance.open(r.wrapped), 'base64'));
  } finally {
    db.close();
  }
}

const opens = (key: Buffer, v: string): boolean => {
  try {
    parentSealer(key).open(v);
    return true;
  } catch {
    return false;
  }
};

// Parent keys come with NEXTSTEP_DATA_KEY; without one the words are stored as written (the
// start-up warning says so) and test/trust/encryption.test.ts checks no keys file is made.
for (const [label, instance] of [['with NEXTSTEP_DATA_KEY', createAesSealer(randomBytes(32))]] as const) {
  describe(`SQLite crypto-shredding, ${label}`, () => {
    it('a copy of the database taken before forget, opened with the keys file after forget, holds nothing readable of that parent; the other parent is unaffected', () => {
      const d = dir();
      const live = join(d, 'live.db');
      const backup = join(d, 'backup.db');
      const store = new SqliteStore({ path: live, sealer: instance, groupCommit: false });
      seed(store, 'shred');
      seed(store, 'keep');
      const keepNotes = store.listNotes('keep');
      copyDatabase(live, backup); // the backup, taken while the bot runs (file and WAL)
      copyFileSync(keysPathFor(live), join(d, 'keys-before-forget'));
      const report = store.requests.erase('shred');
      expect(report.removed['user_keys']).toBe(1);
      store.close();
      copyFileSync(keysPathFor(live), keysPathFor(backup)); // the keys as they are after forget

      // The backup still holds the parent's rows, every sealed value under their own key, none in the clear.
      const values = sealedValuesOf(backup, 'shred');
      expect(values.length).toBeGreaterThanOrEqual(4);
      expect(values.every(isParentSealed)).toBe(true);
      const bytes = Buffer.concat([backup, `${backup}-wal`].filter(existsSync).map((p) => readFileSync(p)));
      expect(bytes.includes(Buffer.from('Theodora'))).toBe(false);
      // No key left in the keys file opens any of them.
      const left = rawKeys(keysPathFor(backup), instance);
      expect(left).toHaveLength(1);
      expect(values.filter((v) => left.some((k) => opens(k, v)))).toEqual([]);
      // Control: the keys file from before forget opens them all.
      const before = rawKeys(join(d, 'keys-before-forget'), instance);
      expect(values.every((v) => before.some((k) => opens(k, v)))).toBe(true);

      // Opened as a store: the forgotten parent's rows are skipped as unreadable, the other's read as before.
      const restored = new SqliteStore({ path: backup, sealer: instance, groupCommit: false });
      try {
        expect(restored.listNotes('shred')).toEqual([]);
        expect(restored.listCases('shred')).toEqual([]);
        expect(restored.undelivered().map((t) => t.userId)).not.toContain('shred');
        expect(restored.takeUnreadable('shred')).toBeGreaterThan(0);
        expect(restored.listNotes('keep')).toEqual(keepNotes);
        expect(restored.listCases('keep').map((c) => c.nickname)).toEqual(['Nick-keep']);
      } finally {
        restored.close();
      }
    });

    it('migrates a database from before parent keys: every value re-sealed with its parent\'s key, all still readable', () => {
      const d = dir();
      const path = join(d, 'old.db');
      // The old format: values sealed with the instance key (or plain), no keys file, no mark.
      const old = new SqliteStore({ path, sealer: instance, groupCommit: false, parentKeys: false });
      seed(old, 'p1');
      seed(old, 'p2');
      const notes = old.listNotes('p1');
      old.close();
      expect(existsSync(keysPathFor(path))).toBe(false);
      expect(sealedValuesOf(path, 'p1').some(isParentSealed)).toBe(false);

      const store = new SqliteStore({ path, sealer: instance, groupCommit: false });
      try {
        expect(store.listNotes('p1')).toEqual(notes);
        expect(store.listCases('p2').map((c) => c.nickname)).toEqual(['Nick-p2']);
        expect(store.logs.getEntry('p1', 1, '2026-11-23')?.note).toBe(`${SECRET} day (p1)`);
      } finally {
        store.close();
      }
      for (const u of ['p1', 'p2']) expect(sealedValuesOf(path, u).every(isParentSealed)).toBe(true);
      expect(rawKeys(keysPathFor(path), instance)).toHaveLength(2);
    });

    it('refuses to start without the keys file (or with an empty one) once values are under parent keys, changing nothing', () => {
      const d = dir();
      const path = join(d, 'n.db');
      const store = new SqliteStore({ path, sealer: instance, groupCommit: false });
      seed(store, 'p1');
      store.close();
      writeFileSync(keysPathFor(path), ''); // a failed copy
      expect(() => new SqliteStore({ path, sealer: instance })).toThrow(/keys file .* is missing or empty/);
      expect(statSync(keysPathFor(path)).size).toBe(0);
      rmSync(keysPathFor(path));
      expect(() => new SqliteStore({ path, sealer: instance })).toThrow(/keys file .* is missing or empty/);
      expect(existsSync(keysPathFor(path))).toBe(false);
    });
  });
}

const CLI_KEY_TEXT = randomBytes(32).toString('base64');
const CLI_KEY = createAesSealer(Buffer.from(CLI_KEY_TEXT, 'base64'));

describe('the CLI\'s forget', () => {
  it('while the bot runs: the bot stops using the deleted key, and a parent who comes back gets a new one', () => {
    const d = dir();
    const path = join(d, 'live.db');
    const bot = new SqliteStore({ path, sealer: CLI_KEY, groupCommit: false });
    seed(bot, 'back');
    const before = rawKeys(keysPathFor(path), CLI_KEY);
    const cliDb = new Database(path);
    forgetUser(cliDb, 'back', { filesRoot: null, shred: (u) => shredParentKey(keysPathFor(path), u) });
    cliDb.close();
    seed(bot, 'back'); // the parent writes again, through the bot that held their old key
    expect(bot.listNotes('back').map((n) => n.text)).toEqual([`${SECRET} (back)`]);
    bot.close();
    const after = rawKeys(keysPathFor(path), CLI_KEY);
    expect(after).toHaveLength(1);
    expect(after[0]?.equals(before[0] as Buffer)).toBe(false);
    const reopened = new SqliteStore({ path, sealer: CLI_KEY, groupCommit: false });
    expect(reopened.listNotes('back').map((n) => n.text)).toEqual([`${SECRET} (back)`]);
    reopened.close();
  });

  it('deletes the parent\'s key from the keys file with their rows', async () => {
    const d = dir();
    const path = join(d, 'cli.db');
    const store = new SqliteStore({ path, sealer: CLI_KEY, groupCommit: false });
    seed(store, 'shred');
    seed(store, 'keep');
    store.close();
    const r = await cli(['forget', '--user', 'shred', '--yes', '--json', '--db', path], { NEXTSTEP_DATA_KEY: CLI_KEY_TEXT });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, removed: { user_keys: 1 } });
    const keys = new Database(keysPathFor(path), { readonly: true });
    expect((keys.prepare('SELECT user_id FROM user_keys').all() as { user_id: string }[]).map((k) => k.user_id)).toEqual(['keep']);
    keys.close();
  });
});

describe('rotate-key and the keys file', () => {
  const keyText = () => randomBytes(32).toString('base64');

  it('re-wraps the parents\' keys; a run stopped after the keys file committed is finished by running it again', async () => {
    const d = dir();
    const path = join(d, 'rot.db');
    const oldKey = keyText();
    const newKey = keyText();
    const store = new SqliteStore({ path, sealer: createAesSealer(Buffer.from(oldKey, 'base64')), groupCommit: false });
    seed(store, 'p1');
    store.close();
    // As if an earlier rotate-key stopped between its two commits: the keys file is under the new key already.
    const keys = openKeysFile(keysPathFor(path));
    keys.transaction(() => rewrapKeys(keys, createAesSealer(Buffer.from(oldKey, 'base64')), createAesSealer(Buffer.from(newKey, 'base64'))))();
    keys.close();
    const r = await cli(['rotate-key', '--new-key', newKey, '--db', path, '--json'], { NEXTSTEP_DATA_KEY: oldKey });
    expect(r.code, r.stderr).toBe(0);
    const reopened = new SqliteStore({ path, sealer: createAesSealer(Buffer.from(newKey, 'base64')), groupCommit: false });
    expect(reopened.listNotes('p1').map((n) => n.text)).toEqual([`${SECRET} (p1)`]);
    reopened.close();
    // And a full rotation re-wraps them (reported as user_keys.wrapped).
    const again = await cli(['rotate-key', '--new-key', oldKey, '--db', path, '--json'], { NEXTSTEP_DATA_KEY: newKey });
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ columns: { 'user_keys.wrapped': 1 } });
    expect(() => new SqliteStore({ path, sealer: createAesSealer(Buffer.from(newKey, 'base64')) })).toThrow(/not the key/);
    expect(rawKeys(keysPathFor(path), createAesSealer(Buffer.from(oldKey, 'base64')))).toHaveLength(1);
  });
});
