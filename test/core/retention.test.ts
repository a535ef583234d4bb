/**
 * What is kept only for a while (src/core/retention.ts): on a real SQLite store, delivered turns
 * and question posts written more than KEPT_DAYS before the clock are deleted a batch at a time;
 * the rest, an undelivered reply, and the parent's notes stay. A failed run is logged, not thrown.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger, type Logger } from '../../src/core/ports.js';
import { KEPT_DAYS, startRetention } from '../../src/core/retention.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { FixedClock } from '../support/builders.js';
import { cleanupsAfterEach } from '../support/cleanups.js';

const cleanups = cleanupsAfterEach();
const NOW = new Date('2026-12-06T09:00:00.000Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();
const POST = { place: 'D1', messageRef: '1.1', view: '[]' };

function storeWithHistory(): SqliteStore {
  const store = new SqliteStore({ path: join(cleanups.dir(), 'kept.db') });
  cleanups.add(() => store.close());
  const replies = [{ type: 'text' as const, key: 'k', text: 'hi' }];
  store.transaction(() => {
    store.ensureUser('p', daysAgo(60));
    for (let i = 0; i < 5; i++) {
      store.recordTurn({ eventId: `old${i}`, userId: 'p', replies, at: daysAgo(KEPT_DAYS + 1 + i) });
      store.markDelivered(`old${i}`, daysAgo(KEPT_DAYS + 1 + i));
      store.questionPosts.record('p', 'slack', `q-old${i}`, POST, daysAgo(KEPT_DAYS + 1 + i));
    }
    store.recordTurn({ eventId: 'old-undelivered', userId: 'p', replies, at: daysAgo(KEPT_DAYS + 10) });
    store.recordTurn({ eventId: 'recent', userId: 'p', replies, at: daysAgo(KEPT_DAYS - 1) });
    store.markDelivered('recent', daysAgo(KEPT_DAYS - 1));
    store.questionPosts.record('p', 'slack', 'q-recent', POST, daysAgo(KEPT_DAYS - 1));
    store.addNote({ userId: 'p', caseId: null, kind: 'answer', topic: 't', text: 'kept for good', at: daysAgo(KEPT_DAYS + 20), day: daysAgo(KEPT_DAYS + 20).slice(0, 10) });
  });
  return store;
}

describe('retention', () => {
  it(`deletes delivered turns and question posts older than ${KEPT_DAYS} days, a batch at a time, and nothing else`, async () => {
    const store = storeWithHistory();
    const retention = startRetention({ store, clock: new FixedClock(NOW), logger: silentLogger, batch: 2, everyMs: 3_600_000 });
    cleanups.add(() => retention.stop());
    // The run started with it (joined here), then a second one with nothing left.
    expect(await retention.runNow()).toBe(10);
    expect(await retention.runNow()).toBe(0);
    expect(['old0', 'old4', 'old-undelivered', 'recent'].map((id) => store.hasTurn(id))).toEqual([false, false, true, true]);
    expect(store.questionPosts.find('p', 'slack', 'q-old0')).toBeUndefined();
    expect(store.questionPosts.find('p', 'slack', 'q-recent')).toEqual(POST);
    expect(store.undelivered().map((t) => t.eventId)).toEqual(['old-undelivered']);
    expect(store.listNotes('p').map((n) => n.text)).toEqual(['kept for good']);
  });

  it('is not stopped for good by a turn stamped in the future (a clock that was once wrong)', async () => {
    const store = new SqliteStore({ path: join(cleanups.dir(), 'stray.db') });
    cleanups.add(() => store.close());
    const replies = [{ type: 'text' as const, key: 'k', text: 'hi' }];
    store.transaction(() => {
      store.ensureUser('p', daysAgo(60));
      // Written first, so first in the table's order, but stamped next year.
      store.recordTurn({ eventId: 'stray', userId: 'p', replies, at: daysAgo(-365) });
      store.markDelivered('stray', daysAgo(-365));
      for (let i = 0; i < 3; i++) {
        store.recordTurn({ eventId: `old${i}`, userId: 'p', replies, at: daysAgo(KEPT_DAYS + 5) });
        store.markDelivered(`old${i}`, daysAgo(KEPT_DAYS + 5));
      }
    });
    const retention = startRetention({ store, clock: new FixedClock(NOW), logger: silentLogger, everyMs: 3_600_000 });
    cleanups.add(() => retention.stop());
    expect(await retention.runNow()).toBe(3);
    expect(['stray', 'old0', 'old2'].map((id) => store.hasTurn(id))).toEqual([true, false, false]);
  });

  it('logs a failed run by its error alone, and goes on', async () => {
    const warned: string[] = [];
    const logger: Logger = { ...silentLogger, warn: (_o: object, msg: string) => void warned.push(msg) };
    const failing = { pruneKept: () => Promise.reject(new Error('database is locked')) };
    const retention = startRetention({ store: failing, clock: new FixedClock(NOW), logger });
    cleanups.add(() => retention.stop());
    await expect(retention.runNow()).rejects.toThrow('locked');
    await new Promise((resolve) => setImmediate(resolve));
    expect(warned).toEqual(['pruning failed; kept for the next run']);
  });
});
