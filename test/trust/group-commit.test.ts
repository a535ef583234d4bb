/**
 * Group commit keeps the per-turn guarantees: each turn is atomic on its own, and a turn's
 * promise (hence its reply) resolves only once its writes are committed - visible to another
 * connection - while concurrent turns share one COMMIT.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite-store.js';
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
