/**
 * Group commit keeps the per-turn guarantees: each turn is atomic on its own, and a turn's
 * promise (hence its reply) resolves only once its writes are committed - visible to another
 * connection - while concurrent turns share one COMMIT.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { tempDir } from '../support/builders.js';
import { makeTrustApp, resume } from './support/trust-app.js';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.reverse().forEach((c) => c());
  cleanups = [];
});

function open() {
  const tmp = tempDir('nextstep-gc-');
  const path = join(tmp.dir, 'gc.db');
  const store = new SqliteStore({ path });
  const other = new Database(path, { readonly: true }); // another process's view of the file
  cleanups.push(() => {
    other.close();
    store.close();
    tmp.cleanup();
  });
  const committed = (user: string) => other.prepare('SELECT 1 FROM users WHERE id = ?').get(user) !== undefined;
  return { store, committed };
}

type FsyncDone = (err: NodeJS.ErrnoException | null) => void;
const tick = () => new Promise((r) => setImmediate(r));

/** A store whose WAL fsyncs wait in `held` until the test calls them back (close() syncs for real). */
function heldFsyncStore() {
  const tmp = tempDir('nextstep-gc-');
  const held: FsyncDone[] = [];
  const store = new SqliteStore({ path: join(tmp.dir, 'gc.db'), fsync: ((_fd: number, cb: FsyncDone) => held.push(cb)) as never });
  cleanups.push(() => {
    store.close();
    tmp.cleanup();
  });
  return { store, held };
}

describe('group commit', () => {
  it('resolves each unit only after its writes are committed, sharing one COMMIT among concurrent units', async () => {
    const { store, committed } = open();
    const commit = store.commitTurn;
    if (!commit) throw new Error('group commit is on by default');
    const before = store.group?.stats().batches ?? 0;
    const seenAtResolve: boolean[] = [];
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        commit(() => store.ensureUser(`u${i}`, 'x')).then(() => seenAtResolve.push(committed(`u${i}`))),
      ),
    );
    expect(seenAtResolve).toEqual(Array.from({ length: 50 }, () => true));
    expect((store.group?.stats().batches ?? 0) - before).toBe(1);
  });

  it('rolls back a failing unit alone; the others in its batch commit', async () => {
    const { store, committed } = open();
    const commit = store.commitTurn;
    if (!commit) throw new Error('group commit is on by default');
    const results = await Promise.allSettled([
      commit(() => store.ensureUser('ok-1', 'x')),
      commit(() => {
        store.ensureUser('doomed', 'x');
        throw new Error('boom');
      }),
      commit(() => store.ensureUser('ok-2', 'x')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect([committed('ok-1'), committed('doomed'), committed('ok-2')]).toEqual([true, false, true]);
  });

  it('commits an open batch on close', () => {
    const tmp = tempDir('nextstep-gc-');
    cleanups.push(tmp.cleanup);
    const path = join(tmp.dir, 'gc.db');
    const store = new SqliteStore({ path });
    void store.commitTurn?.(() => store.ensureUser('late', 'x'));
    store.close(); // before the batch's setImmediate
    const db = new Database(path, { readonly: true });
    expect(db.prepare(`SELECT 1 FROM users WHERE id = 'late'`).get()).toBeDefined();
    db.close();
  });

  it('the engine releases replies only after the turn is committed', async () => {
    const app = makeTrustApp({ throttle: false });
    cleanups.push(() => app.cleanup());
    const other = new Database(app.dbPath, { readonly: true });
    cleanups.push(() => other.close());
    const ids = Array.from({ length: 30 }, (_, i) => `evt-${i}`);
    const visible = await Promise.all(
      ids.map((id, i) => app.send(resume, { id, user: `p${i % 10}` }).then(() => other.prepare('SELECT 1 FROM turns WHERE event_id = ?').get(id) !== undefined)),
    );
    expect(visible.every(Boolean)).toBe(true);
  });

  it('holds a batch until the fsync of the WAL returns; only that COMMIT skips SQLite\'s own sync', async () => {
    const { store, held } = heldFsyncStore();
    let settled = false;
    let level = -1;
    const p = store
      .commitTurn!(() => {
        level = store.db.pragma('synchronous', { simple: true }) as number;
        store.ensureUser('held', 'x');
      })
      .then(() => (settled = true));
    expect(level).toBe(1); // NORMAL inside the batch: we sync the WAL ourselves
    await tick();
    await tick();
    expect(held).toHaveLength(1); // committed, fsync requested…
    expect(settled).toBe(false); // …and the reply still held back
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2); // FULL again for everything else
    held[0]?.(null);
    await p;
    expect(settled).toBe(true);
  });

  it('rejects a batch whose fsync fails, and one fsync releases every batch committed before it', async () => {
    const { store, held } = heldFsyncStore();
    const first = store.commitTurn!(() => store.ensureUser('one', 'x'));
    await tick();
    const second = store.commitTurn!(() => store.ensureUser('two', 'x'));
    await tick();
    await tick();
    expect(held).toHaveLength(2);
    held[1]?.(null); // the later fsync covers the earlier batch too
    await expect(first).resolves.toBeUndefined();
    await expect(second).resolves.toBeUndefined();
    const third = store.commitTurn!(() => store.ensureUser('three', 'x'));
    await tick();
    await tick();
    held[2]?.(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }));
    await expect(third).rejects.toThrow('EIO');
  });

  it('runs every batch at NORMAL and leaves the connection at FULL, batch after batch', async () => {
    const { store } = open();
    const seen: [number, number][] = [];
    for (let i = 0; i < 5; i++) {
      let inside = -1;
      await store.commitTurn!(() => {
        inside = store.db.pragma('synchronous', { simple: true }) as number;
        store.ensureUser(`b${i}`, 'x');
      });
      seen.push([inside, store.db.pragma('synchronous', { simple: true }) as number]);
    }
    expect(seen).toEqual(Array.from({ length: 5 }, () => [1, 2]));
  });

  it('stays with synchronous=FULL commits where the WAL cannot be fsynced through its own descriptor', async () => {
    const tmp = tempDir('nextstep-gc-');
    const held: FsyncDone[] = [];
    const store = new SqliteStore({
      path: join(tmp.dir, 'gc.db'),
      fsync: ((_fd: number, cb: FsyncDone) => held.push(cb)) as never,
      fsyncSync: () => {
        throw Object.assign(new Error('EINVAL: invalid argument, fsync'), { code: 'EINVAL' });
      },
    });
    cleanups.push(() => {
      store.close();
      tmp.cleanup();
    });
    let sawNormal = false;
    await store.commitTurn!(() => {
      sawNormal = store.db.pragma('synchronous', { simple: true }) !== 2;
      store.ensureUser('full', 'x');
    });
    expect(sawNormal).toBe(false);
    expect(held).toEqual([]); // resolved by SQLite's own synced COMMIT, not by ours
  });

  it('writes delivery receipts with the next batch, visible at once to the outbox', async () => {
    const tmp = tempDir('nextstep-gc-');
    const path = join(tmp.dir, 'gc.db');
    const store = new SqliteStore({ path });
    cleanups.push(tmp.cleanup);
    store.ensureUser('u', 'x');
    await store.commitTurn!(() => {
      store.recordTurn({ eventId: 'e1', userId: 'u', replies: [{ type: 'text', key: 'k', text: 'hello' }], at: 'x' });
      store.recordTurn({ eventId: 'e2', userId: 'u', replies: [{ type: 'text', key: 'k', text: 'again' }], at: 'x' });
    });
    store.markDeliveredSoon!('e1', 'y');
    expect(store.undelivered().map((t) => t.eventId)).toEqual(['e2']);
    store.markDeliveredSoon!('e2', 'y');
    store.close(); // before the receipt's batch commits on its own
    const db = new Database(path, { readonly: true });
    const rows = db.prepare('SELECT event_id, delivered_at, replies FROM turns ORDER BY event_id').all();
    db.close();
    expect(rows).toEqual([
      { event_id: 'e1', delivered_at: 'y', replies: '[]' },
      { event_id: 'e2', delivered_at: 'y', replies: '[]' },
    ]);
  });

  it('can be turned off (one transaction per turn)', () => {
    const tmp = tempDir('nextstep-gc-');
    const store = new SqliteStore({ path: join(tmp.dir, 'x.db'), groupCommit: false });
    cleanups.push(() => {
      store.close();
      tmp.cleanup();
    });
    expect(store.commitTurn).toBeUndefined();
  });
});
