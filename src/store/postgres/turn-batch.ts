/**
 * Group commit for PostgreSQL, per instance: the turns that arrive while a batch is being
 * written are run as the next batch, in one transaction, whatever parents they belong to.
 *
 * One batch:
 *  1. BEGIN, lock every parent in the batch (advisory locks, one order), so no other instance
 *     runs a turn of theirs until we commit, and read their versions: one round trip;
 *  2. reload the parents whose version moved (one query for all of them), with their data keys;
 *  3. run the turns, synchronously, on the working copy, each in its own savepoint (a failing
 *     turn rolls back alone);
 *  4. write what they changed, new data keys and new versions in one statement, COMMIT;
 *  5. only then resolve the turns, so no reply is released before its turn is durable.
 * If anything fails in 4, every turn of the batch is rejected and its parents are dropped from
 * the copy (they are reloaded next time): none of them was acknowledged.
 */
import type pg from 'pg';
import type { Lane } from './lane.js';
import { beginLocked, loadRows, writeChanges } from './pg-rows.js';
import type { ParentKeys } from './parent-keys.js';
import type { WorkingCopy } from './working-copy.js';

/** Ids reserved per block (the `row_id_blocks` sequence's increment). */
const BLOCK = 100_000;
/** A fresh block is taken when fewer ids than this are left: more than any batch writes. */
const MARGIN = 50_000;
/** Turns per batch at most (a batch's ids must fit in MARGIN). */
const MAX_BATCH = 500;

interface Waiting {
  userId: string;
  fn: () => unknown;
  resolve(v: unknown): void;
  reject(err: unknown): void;
}

export interface BatchStats {
  batches: number;
  turns: number;
}

export class TurnBatcher {
  private queue: Waiting[] = [];
  private scheduled = false;
  private blockEnd = 0;
  private blockStart = 0;
  readonly stats: BatchStats = { batches: 0, turns: 0 };
  /** True while a batch's turns run on the working copy (a nested transaction is allowed then). */
  running = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly copy: WorkingCopy,
    private readonly lane: Lane,
    private readonly keys: ParentKeys,
    /** Runs inside each batch's transaction before COMMIT (queued delivery receipts). */
    private readonly beforeCommit: (db: pg.ClientBase) => Promise<void>,
    /** Parents the working copy holds at most, besides a batch's own. */
    private readonly maxParents: number = Infinity,
  ) {}

  submit<T>(userId: string, fn: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ userId, fn, resolve: resolve as (v: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        // Turns arriving in the same event-loop pass share the batch.
        setImmediate(() => {
          this.scheduled = false;
          void this.lane.run(() => this.drain());
        });
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length) await this.runBatch(this.queue.splice(0, MAX_BATCH));
  }

  private async runBatch(batch: Waiting[]): Promise<void> {
    const users = [...new Set(batch.map((w) => w.userId))].sort();
    this.copy.trim(this.maxParents, new Set(users));
    let client: pg.PoolClient | undefined;
    const results: { ok: boolean; value: unknown }[] = [];
    try {
      client = await this.pool.connect();
      const current = await beginLocked(client, users);
      // Under the locks: a parent another instance changed has a new version, and is reloaded
      // here before any turn of theirs runs; one we hold at their current version is not.
      const stale = users.filter((u) => this.copy.version(u) !== (current.get(u) ?? 0));
      // A parent with no version has no rows in PostgreSQL (never written, or forgotten): nothing to read.
      const stored = stale.filter((u) => current.has(u));
      if (stale.length) this.copy.load(stale, await this.keys.loaded(client, await loadRows(client, this.copy.tables, stored), stale, stored), current);
      // Every parent gets their own data key at their first batch (parent-keys.ts).
      const keyed = await this.keys.ensure(client, users, new Set(users.filter((u) => !current.has(u))));
      await this.reserveIds(client);

      const db = this.copy.db;
      db.exec('BEGIN');
      let changes;
      try {
        // Rows written before the parent had a key are written back sealed with it.
        if (keyed.length) this.copy.markAll(keyed.map((k) => k.user_id));
        this.running = true;
        for (const w of batch) {
          try {
            results.push({ ok: true, value: this.copy.store.transaction(w.fn) });
          } catch (err) {
            results.push({ ok: false, value: err });
          }
        }
        this.running = false;
        if (this.copy.maxId() >= this.blockEnd) throw new Error('the batch used more ids than were reserved');
        changes = this.copy.takeChanges();
        db.exec('COMMIT');
      } catch (err) {
        this.running = false;
        if (db.inTransaction) db.exec('ROLLBACK');
        this.copy.store.dropCache();
        throw err;
      }
      keyed.push(...(await this.keys.ensure(client, [...changes.users])));
      for (const [table, rows] of changes.upserts) this.keys.convert(table, rows, (u, v) => this.keys.toPg(u, v));
      const versions = await writeChanges(client, this.copy.tables, changes, users, keyed);
      await this.beforeCommit(client);
      await client.query('COMMIT');
      for (const [u, v] of versions) this.copy.setVersion(u, v);
      this.stats.batches += 1;
      this.stats.turns += batch.length;
      batch.forEach((w, i) => {
        const r = results[i];
        if (r?.ok) w.resolve(r.value);
        else w.reject(r?.value);
      });
    } catch (err) {
      if (client) await client.query('ROLLBACK').catch(() => undefined);
      this.copy.evict(users);
      for (const w of batch) w.reject(err);
    } finally {
      client?.release();
    }
  }

  /** Makes sure new rows are numbered inside a block this instance holds, with room to spare. */
  private async reserveIds(client: pg.ClientBase): Promise<void> {
    const max = this.copy.maxId();
    if (this.blockEnd === 0 || max >= this.blockEnd - MARGIN) {
      const r = await client.query<{ v: number }>(`SELECT nextval('row_id_blocks') AS v`);
      this.blockStart = Number(r.rows[0]?.v);
      this.blockEnd = this.blockStart + BLOCK;
    }
    this.copy.numberFrom(Math.max(this.blockStart, max + 1));
  }
}
