/**
 * Group commit for SQLite: many turns, one durable commit.
 *
 * Why: a durable commit costs one fsync of the WAL (about 0.3 ms on this kind of disk), which
 * caps one-transaction-per-turn at roughly 3,000 turns/s whatever the engine does. Here every
 * turn that arrives in the same event-loop pass runs inside one open transaction, each in its
 * own SAVEPOINT (so a failing turn rolls back alone), and one COMMIT is issued for the lot on
 * the next `setImmediate`.
 *
 * The fsync runs off the main thread. The batch's COMMIT is issued with synchronous=NORMAL
 * (SQLite writes the WAL frames but does not sync them; every other transaction on the
 * connection stays synchronous=FULL), then the WAL file is fsynced on libuv's thread pool, and
 * only when that returns are the batch's promises resolved. So a reply is still never released
 * before its turn is on disk — the guarantee of synchronous=FULL for every acknowledged turn —
 * while the engine goes on with the next batch during the fsync, on the other core. One fsync
 * covers every batch committed before it started, so batches are released in any order safely.
 * (NORMAL keeps the database consistent on a crash; it only leaves the latest commits' durability
 * to us, and those commits' replies are held until our fsync returns.)
 *
 * If SQLite abandons the whole transaction (disk full, I/O error), COMMIT fails or the fsync
 * fails, every turn in the batch is rejected: none of them was acknowledged.
 */
import { closeSync, fsync, fsyncSync, openSync } from 'node:fs';
import type Database from 'better-sqlite3';

interface Waiter {
  resolve(): void;
  reject(err: unknown): void;
}

export interface GroupCommitStats {
  /** COMMITs issued. */
  batches: number;
  /** Units of work committed. */
  committed: number;
}

export interface GroupCommitOptions {
  /** The database's WAL file, fsynced off the main thread. Without it, COMMIT syncs (FULL). */
  walPath?: string | null;
  /** A write transaction has just begun (we hold the write lock). */
  onBegin?: () => void;
  /** Some work was rolled back (a unit or the whole batch). */
  onRollback?: () => void;
  /**
   * Runs inside the batch just before its COMMIT: bookkeeping queued in memory, such as delivery
   * receipts, written in one statement per batch. Must not throw (errors are its own to handle).
   */
  beforeCommit?: () => void;
  /** node:fs `fsync` (replaceable in tests, to hold a batch between its COMMIT and its fsync). */
  fsync?: typeof fsync;
  /** node:fs `fsyncSync` (replaceable in tests, to play a platform that refuses it). */
  fsyncSync?: typeof fsyncSync;
}

export class GroupCommit {
  private open = false;
  private waiters: Waiter[] = [];
  private readonly counters: GroupCommitStats = { batches: 0, committed: 0 };
  /** Batches committed whose fsync has not returned yet, by batch number. */
  private readonly syncing = new Map<number, Waiter[]>();
  private walFd: number | null = null;
  private closed = false;
  /** The open batch runs with synchronous=NORMAL and is fsynced by us after COMMIT. */
  private relaxed = false;
  /** The WAL file could not be fsynced through our own descriptor: FULL commits only. */
  private unsupported = false;

  /** Built once: better-sqlite3 makes a SAVEPOINT of it when a transaction is already open. */
  private readonly unit: (fn: () => unknown) => unknown;

  constructor(
    private readonly db: Database.Database,
    private readonly opts: GroupCommitOptions = {},
  ) {
    this.unit = db.transaction((fn: () => unknown) => fn());
  }

  /**
   * Runs `fn` now, inside the current batch (opening one if needed), and resolves with its
   * result once the batch is durably committed. A throw from `fn` rolls back `fn`'s writes only.
   */
  run<T>(fn: () => T): Promise<T> {
    if (!this.open && this.db.inTransaction) {
      // A caller's own synchronous transaction is open: we are part of it, and it commits.
      return Promise.resolve(this.unit(fn) as T);
    }
    try {
      this.begin();
    } catch (err) {
      return Promise.reject(err);
    }
    let result: T;
    try {
      // Nested better-sqlite3 transaction = SAVEPOINT: rolls back this unit alone on throw.
      result = this.unit(fn) as T;
    } catch (err) {
      this.opts.onRollback?.();
      if (!this.db.inTransaction) this.abandon(err); // SQLite rolled back the whole batch
      return Promise.reject(err);
    }
    return new Promise<T>((resolve, reject) => {
      this.waiters.push({ resolve: () => resolve(result), reject });
    });
  }

  /** Makes sure a batch is open (and will commit soon), for work queued with `beforeCommit`. */
  touch(): void {
    if (this.open || this.db.inTransaction) return;
    try {
      this.begin();
    } catch {
      // The database is busy or failing: the queued work waits for the next batch.
    }
  }

  /** Commits the open batch now. `sync`: fsync before returning (close, erase). */
  flush(opts: { sync?: boolean } = {}): void {
    if (this.open) this.commit();
    if (opts.sync) this.syncNow();
  }

  stats(): GroupCommitStats {
    return { ...this.counters };
  }

  /** Commits, makes everything durable, and releases the WAL file. */
  close(): void {
    this.flush({ sync: true });
    this.closed = true;
    if (this.walFd !== null) closeSync(this.walFd);
    this.walFd = null;
  }

  private begin(): void {
    if (this.open) return;
    // The safety level can only change outside a transaction: NORMAL for this batch's COMMIT
    // (we fsync the WAL ourselves), FULL again as soon as it is over.
    this.relaxed = this.wal() !== null;
    // exec, not a prepared statement: SQLite applies this pragma when it compiles it, so a
    // prepared one re-run does not reliably take effect.
    if (this.relaxed) this.db.exec('PRAGMA synchronous = NORMAL');
    try {
      this.db.exec('BEGIN IMMEDIATE');
    } catch (err) {
      this.restoreFull();
      throw err;
    }
    this.open = true;
    this.opts.onBegin?.();
    setImmediate(() => this.flush());
  }

  private commit(): void {
    const waiters = this.waiters;
    this.waiters = [];
    this.open = false;
    if (!this.db.inTransaction) {
      this.restoreFull();
      this.opts.onRollback?.();
      for (const w of waiters) w.reject(new Error('the batch transaction was rolled back by SQLite'));
      return;
    }
    const fd = this.relaxed ? this.walFd : null;
    try {
      this.opts.beforeCommit?.();
      this.db.exec('COMMIT');
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      this.restoreFull();
      this.opts.onRollback?.();
      for (const w of waiters) w.reject(err);
      return;
    }
    this.restoreFull();
    this.counters.batches += 1;
    this.counters.committed += waiters.length;
    if (fd === null) {
      for (const w of waiters) w.resolve();
      return;
    }
    const batch = this.counters.batches;
    this.syncing.set(batch, waiters);
    (this.opts.fsync ?? fsync)(fd, (err) => this.synced(batch, err));
  }

  /** An fsync started after batch `upTo` committed has returned: it covers every batch up to it. */
  private synced(upTo: number, err: NodeJS.ErrnoException | null): void {
    for (const [batch, waiters] of this.syncing) {
      if (batch > upTo) continue;
      this.syncing.delete(batch);
      for (const w of waiters) (err ? w.reject(err) : w.resolve());
    }
  }

  private syncNow(): void {
    const fd = this.wal();
    if (fd === null) return;
    fsyncSync(fd);
    this.synced(Number.MAX_SAFE_INTEGER, null);
  }

  /**
   * The WAL file's descriptor, opened on first use (SQLite creates the file on first write) and
   * tried once with a synchronous fsync: where that is refused (a platform or file system that
   * cannot), commits simply stay synchronous=FULL.
   */
  private wal(): number | null {
    if (!this.opts.walPath || this.closed || this.unsupported) return null;
    if (this.walFd === null) {
      let fd: number | null = null;
      try {
        fd = openSync(this.opts.walPath, 'r+');
        (this.opts.fsyncSync ?? fsyncSync)(fd);
      } catch {
        if (fd !== null) {
          closeSync(fd);
          this.unsupported = true; // opened but cannot be synced this way
        }
        return null; // no WAL file yet (or no fsync): COMMIT syncs itself (FULL)
      }
      this.walFd = fd;
    }
    return this.walFd;
  }

  private restoreFull(): void {
    if (!this.relaxed || this.db.inTransaction) return;
    this.relaxed = false;
    this.db.exec('PRAGMA synchronous = FULL');
  }

  private abandon(err: unknown): void {
    const waiters = this.waiters;
    this.waiters = [];
    this.open = false;
    this.restoreFull();
    this.opts.onRollback?.();
    for (const w of waiters) w.reject(err);
  }
}
