/**
 * Encryption at rest: what a parent writes never reaches the file in the clear when a key is
 * set; a wrong or missing key stops start-up with a plain message; rotate-key re-seals
 * everything (and encrypts an unencrypted database).
 */
import { cli } from '../support/cli.js';
import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainSealer } from '../../src/core/ports.js';
import { createAesSealer, DataKeyError, parseDataKey } from '../../src/security/aes-sealer.js';
import { NO_KEY_MESSAGE, PLAIN_DATA_MESSAGE, WRONG_KEY_MESSAGE } from '../../src/store/sqlite/key-check.js';
import { sealerFromEnv } from '../../src/security/sealer-from-env.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { keysPathFor } from '../../src/store/sqlite/keys-file.js';
import type { TurnInput } from '../../src/core/types.js';
import { cleanupsAfterEach } from '../support/cleanups.js';
import { makeTrustApp, pick, resume, text } from './support/trust-app.js';

const newKey = () => randomBytes(32).toString('base64');
const sealerFor = (key: string) => createAesSealer(parseDataKey(key));

const PHRASES = {
  nickname: 'Marigoldina',
  request: 'a quokka-shaped calm corner by the library',
  statement: 'We cannot offer a zebrafinch timetable without more observation data',
  answer: 'the attendance figures from the velvetine office',
};

const cleanups = cleanupsAfterEach();

function tmpDb(): string {
  const dir = cleanups.dir('nextstep-enc-');
  return join(dir, 'enc.db');
}

/** A conversation that writes a nickname, a request, a statement, an answer and a letter. */
async function converse(dbPath: string, sealer = plainSealer): Promise<void> {
  const app = makeTrustApp({ dbPath, sealer, throttle: false });
  let n = 0;
  const say = async (input: TurnInput) => {
    const id = `turn-${n++}`;
    await app.send(input, { id });
    app.engine.ack(id); // delivered: the outbox keeps only the last one below
  };
  try {
    await say(resume);
    await say(pick('new-no'));
    await say(text(PHRASES.nickname));
    await say(text(PHRASES.request));
    await say(text(PHRASES.statement));
    await say(pick('senco'));
    await say(pick('today'));
    await say(pick('yes'));
    for (let i = 0; i < 4; i++) await say(text(`${PHRASES.answer} ${i}`));
    // Leave one reply undelivered in the outbox, so the sealed outbox is on disk too.
    await app.send(text('undelivered velvetine reply'), { id: 'kept-in-outbox' });
  } finally {
    app.close();
  }
}

function fileBytes(dbPath: string): Buffer {
  const parts = ['', '-wal'].map((s) => `${dbPath}${s}`).filter(existsSync).map((p) => readFileSync(p));
  return Buffer.concat(parts);
}
const leaked = (dbPath: string) => Object.values(PHRASES).filter((p) => fileBytes(dbPath).includes(Buffer.from(p)));


describe('encryption at rest', () => {
  it('stores none of the parent\'s words in the clear when a key is set (database and WAL)', async () => {
    const dbPath = tmpDb();
    const key = newKey();
    await converse(dbPath, sealerFor(key));
    expect(leaked(dbPath)).toEqual([]);
    // ...and everything reads back with the key.
    const store = new SqliteStore({ path: dbPath, sealer: sealerFor(key) });
    try {
      expect(store.listCases('parent-a').map((c) => c.nickname)).toEqual([PHRASES.nickname]);
      const texts = store.listNotes('parent-a').map((n) => n.text);
      expect(texts).toContain(PHRASES.request);
      expect(texts).toContain(PHRASES.statement);
      expect(store.undelivered().map((u) => u.eventId)).toEqual(['kept-in-outbox']);
    } finally {
      store.close();
    }
  });

  it('control: without a key the same conversation is readable in the file, and no keys file is made', async () => {
    const dbPath = tmpDb();
    await converse(dbPath);
    expect(leaked(dbPath).length).toBeGreaterThan(0);
    expect(existsSync(keysPathFor(dbPath))).toBe(false);
  });

  it('refuses a wrong key at start-up with a plain message, reading nothing', async () => {
    const dbPath = tmpDb();
    await converse(dbPath, sealerFor(newKey()));
    expect(() => new SqliteStore({ path: dbPath, sealer: sealerFor(newKey()) })).toThrow(WRONG_KEY_MESSAGE);
    expect(() => new SqliteStore({ path: dbPath, sealer: sealerFor(newKey()) })).toThrow(DataKeyError);
  });

  it('refuses to open an encrypted database without a key', async () => {
    const dbPath = tmpDb();
    await converse(dbPath, sealerFor(newKey()));
    expect(() => new SqliteStore({ path: dbPath })).toThrow(NO_KEY_MESSAGE);
  });

  it('refuses a key for a database that already holds unencrypted notes, naming the command that encrypts them', async () => {
    const dbPath = tmpDb();
    await converse(dbPath);
    expect(() => new SqliteStore({ path: dbPath, sealer: sealerFor(newKey()) })).toThrow(PLAIN_DATA_MESSAGE);
  });

  it('recognises a database encrypted before the key check existed', async () => {
    const dbPath = tmpDb();
    const key = newKey();
    await converse(dbPath, sealerFor(key));
    const s = new SqliteStore({ path: dbPath, sealer: sealerFor(key) });
    s.db.prepare(`DELETE FROM meta WHERE key = 'key_check'`).run();
    s.close();
    expect(() => new SqliteStore({ path: dbPath, sealer: sealerFor(newKey()) })).toThrow(WRONG_KEY_MESSAGE);
    expect(() => new SqliteStore({ path: dbPath })).toThrow(NO_KEY_MESSAGE);
    const again = new SqliteStore({ path: dbPath, sealer: sealerFor(key) }); // and writes the check value now
    expect(again.db.prepare(`SELECT 1 FROM meta WHERE key = 'key_check'`).get()).toBeDefined();
    again.close();
  });

  it('says at start-up when data is stored unencrypted', () => {
    const warnings: string[] = [];
    const logger = { debug() {}, info() {}, error() {}, warn: (_o: object, msg?: string) => void warnings.push(msg ?? '') };
    expect(sealerFromEnv({}, logger).encrypted).toBe(false);
    expect(warnings.join()).toMatch(/unencrypted/);
    expect(sealerFromEnv({ NEXTSTEP_DATA_KEY: newKey() }, logger).encrypted).toBe(true);
    expect(() => sealerFromEnv({ NEXTSTEP_DATA_KEY: 'too-short' })).toThrow(DataKeyError);
  });

  it('the CLI prints the wrong-key message and exits 1, instead of garbage', async () => {
    const dbPath = tmpDb();
    await converse(dbPath, sealerFor(newKey()));
    const r = await cli(['notes', '--user', 'parent-a', '--db', dbPath], { NEXTSTEP_DATA_KEY: newKey() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('NEXTSTEP_DATA_KEY is not the key');
    expect(r.stdout).toBe('');
  });
});

describe('rotate-key', () => {
  it('re-seals every sealed column with the new key in one go; the old key stops working', async () => {
    const dbPath = tmpDb();
    const oldKey = newKey();
    const key2 = newKey();
    await converse(dbPath, sealerFor(oldKey));
    const before = new SqliteStore({ path: dbPath, sealer: sealerFor(oldKey) });
    const notesBefore = before.listNotes('parent-a');
    const sessionBefore = before.getSession('parent-a');
    before.close();

    const r = await cli(['rotate-key', '--new-key', key2, '--db', dbPath, '--json'], { NEXTSTEP_DATA_KEY: oldKey });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { resealed: number; columns: Record<string, number> };
    expect(report.resealed).toBeGreaterThan(10);
    expect(Object.keys(report.columns)).toEqual(expect.arrayContaining(['notes.body', 'cases.nickname', 'sessions.snapshot', 'turns.replies']));
    expect(r.stdout + r.stderr).not.toContain(key2);

    expect(() => new SqliteStore({ path: dbPath, sealer: sealerFor(oldKey) })).toThrow(WRONG_KEY_MESSAGE);
    const after = new SqliteStore({ path: dbPath, sealer: sealerFor(key2) });
    try {
      expect(after.listNotes('parent-a')).toEqual(notesBefore);
      expect(after.getSession('parent-a')).toEqual(sessionBefore);
      expect(after.undelivered().map((u) => u.eventId)).toEqual(['kept-in-outbox']);
    } finally {
      after.close();
    }
    expect(leaked(dbPath)).toEqual([]);
    // The conversation carries on under the new key (a minute on: back to where it was).
    const app = makeTrustApp({ dbPath, sealer: sealerFor(key2), throttle: false });
    cleanups.add(() => app.close());
    const back = await app.send(resume);
    expect(back[0]?.key).toBe('engine.back-to');
  });

  it('encrypts an existing unencrypted database, leaving no clear text in the file', async () => {
    const dbPath = tmpDb();
    await converse(dbPath);
    const key = newKey();
    const r = await cli(['rotate-key', '--new-key', key, '--db', dbPath], {});
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Encrypted');
    expect(leaked(dbPath)).toEqual([]);
    expect(() => new SqliteStore({ path: dbPath })).toThrow(NO_KEY_MESSAGE);
    const store = new SqliteStore({ path: dbPath, sealer: sealerFor(key) });
    expect(store.listCases('parent-a').map((c) => c.nickname)).toEqual([PHRASES.nickname]);
    store.close();
  });

  it('changes nothing when the current key is wrong', async () => {
    const dbPath = tmpDb();
    const key = newKey();
    await converse(dbPath, sealerFor(key));
    const r = await cli(['rotate-key', '--new-key', newKey(), '--db', dbPath], { NEXTSTEP_DATA_KEY: newKey() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('NEXTSTEP_DATA_KEY is not the key');
    const store = new SqliteStore({ path: dbPath, sealer: sealerFor(key) });
    expect(store.listNotes('parent-a').length).toBeGreaterThan(0);
    store.close();
  });

  it('refuses while the database is in use, and changes nothing', async () => {
    const dbPath = tmpDb();
    const key = newKey();
    await converse(dbPath, sealerFor(key));
    const running = new SqliteStore({ path: dbPath, sealer: sealerFor(key) }); // the bot, still running
    try {
      running.listNotes('parent-a');
      const r = await cli(['rotate-key', '--new-key', newKey(), '--db', dbPath], { NEXTSTEP_DATA_KEY: key });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('in use');
      expect(running.listNotes('parent-a').length).toBeGreaterThan(0);
    } finally {
      running.close();
    }
    expect(() => new SqliteStore({ path: dbPath, sealer: sealerFor(key) }).close()).not.toThrow();
  });

  it('rejects a malformed new key and a missing database', async () => {
    const dbPath = tmpDb();
    await converse(dbPath);
    const bad = await cli(['rotate-key', '--new-key', 'not-a-key', '--db', dbPath], {});
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--new-key must be exactly 32 bytes');
    expect(bad.stderr).not.toContain('NEXTSTEP_DATA_KEY must');
    const missing = await cli(['rotate-key', '--new-key', newKey(), '--db', join(dbPath, '..', 'nope.db')], {});
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^rotate-key: no database at /);
  });
});
