/**
 * What a turn reads about a parent besides their conversation - their flags, the zone their
 * channel gave, their check-in settings (the parent's zone is read from these every turn) - is
 * kept in the store's hot cache (hot-cache.ts, `fact`). It must never answer with something the
 * database no longer holds: the store's own writes, another connection's, a rollback.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import { tempDir } from '../../support/builders.js';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.reverse().forEach((c) => c());
  cleanups = [];
});

async function open() {
  const tmp = tempDir('nextstep-facts-');
  const path = join(tmp.dir, 'f.db');
  const store = new SqliteStore({ path });
  cleanups.push(() => {
    store.close();
    tmp.cleanup();
  });
  await store.commitTurn!(() => store.ensureUser('u', 'x'));
  return { store, path };
}

const other = (path: string, sql: string) => {
  const db = new Database(path);
  db.prepare(sql).run();
  db.close();
};

describe('the facts the store keeps about a parent', () => {
  it('reads a check-in zone changed by the store itself, in the same turn and after', async () => {
    const { store } = await open();
    await store.commitTurn!(() => store.logs.updateCheckin('u', { zone: 'Europe/London' }, 'x'));
    expect(store.logs.getCheckin('u')?.zone).toBe('Europe/London');
    const inTurn = await store.commitTurn!(() => {
      store.logs.updateCheckin('u', { zone: 'America/Chicago' }, 'y');
      return store.logs.getCheckin('u')?.zone;
    });
    expect(inTurn).toBe('America/Chicago');
    expect(store.logs.getCheckin('u')?.zone).toBe('America/Chicago');
  });

  it('reads the check-in, flags and channel zone another connection (the CLI) changed', async () => {
    const { store, path } = await open();
    await store.commitTurn!(() => store.logs.updateCheckin('u', { zone: 'Europe/London' }, 'x'));
    expect(store.logs.getCheckin('u')?.zone).toBe('Europe/London');
    expect(store.channelZone('u')).toBeUndefined();
    expect(store.hasUserFlag('u', 'disclaimerShown')).toBe(false);
    other(path, `UPDATE checkin_settings SET time_zone = 'Asia/Tokyo' WHERE user_id = 'u'`);
    other(path, `UPDATE users SET settings = '{"channelZone":"Europe/Paris","disclaimerShown":true}' WHERE id = 'u'`);
    expect(store.logs.getCheckin('u')?.zone).toBe('Asia/Tokyo');
    expect(store.channelZone('u')).toBe('Europe/Paris');
    expect(store.hasUserFlag('u', 'disclaimerShown')).toBe(true);
    // And inside a turn (checked when the batch begins).
    other(path, `UPDATE checkin_settings SET time_zone = 'Australia/Perth' WHERE user_id = 'u'`);
    expect(await store.commitTurn!(() => store.logs.getCheckin('u')?.zone)).toBe('Australia/Perth');
  });

  it('reads flags and the channel zone the store wrote', async () => {
    const { store } = await open();
    expect(store.hasUserFlag('u', 'disclaimerShown')).toBe(false);
    expect(store.channelZone('u')).toBeUndefined();
    await store.commitTurn!(() => {
      store.setUserFlag('u', 'disclaimerShown');
      store.setChannelZone('u', 'Europe/Madrid');
      expect(store.hasUserFlag('u', 'disclaimerShown')).toBe(true);
      expect(store.channelZone('u')).toBe('Europe/Madrid');
    });
    expect(store.hasUserFlag('u', 'disclaimerShown')).toBe(true);
    expect(store.channelZone('u')).toBe('Europe/Madrid');
  });

  it('forgets what a rolled-back turn wrote', async () => {
    const { store } = await open();
    await store.commitTurn!(() => store.logs.updateCheckin('u', { zone: 'Europe/London' }, 'x'));
    await expect(
      store.commitTurn!(() => {
        store.logs.updateCheckin('u', { zone: 'Asia/Tokyo' }, 'y');
        store.setChannelZone('u', 'Asia/Tokyo');
        store.setUserFlag('u', 'disclaimerShown');
        expect(store.logs.getCheckin('u')?.zone).toBe('Asia/Tokyo');
        expect(store.channelZone('u')).toBe('Asia/Tokyo');
        throw new Error('the turn failed');
      }),
    ).rejects.toThrow('the turn failed');
    expect(store.logs.getCheckin('u')?.zone).toBe('Europe/London');
    expect(store.channelZone('u')).toBeUndefined();
    expect(store.hasUserFlag('u', 'disclaimerShown')).toBe(false);
  });

  it('hands out copies of the check-in settings, and forgets them when the parent is erased', async () => {
    const { store } = await open();
    await store.commitTurn!(() => store.logs.updateCheckin('u', { zone: 'Europe/London', days: ['mon', 'tue'] }, 'x'));
    const got = store.logs.getCheckin('u');
    if (!got) throw new Error('saved above');
    got.zone = 'Changed/Zone';
    got.days.push('sat');
    expect(store.logs.getCheckin('u')).toMatchObject({ zone: 'Europe/London', days: ['mon', 'tue'] });
    store.requests.erase('u');
    expect(store.logs.getCheckin('u')).toBeUndefined();
    expect(store.channelZone('u')).toBeUndefined();
  });
});
