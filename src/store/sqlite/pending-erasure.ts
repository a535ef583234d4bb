/**
 * Finishing an erase that another connection held up. While any connection (a CLI reader, a
 * backup) holds a read transaction, SQLite cannot empty the WAL, and the erased parent's words
 * stay in the database files. Waiting for it inside a turn would freeze every parent's chat, so
 * the rows go at once and this retries the checkpoint in the background, never waiting on a
 * lock (each attempt returns at once), until the WAL is empty. One WAL serves every parent:
 * one retry loop finishes every pending erase.
 */
import type Database from 'better-sqlite3';
import { finishErasing } from './forget-user.js';

const FIRST_DELAY_MS = 50;
const MAX_DELAY_MS = 2000;

export class PendingErasure {
  private waiting: { resolve: () => void; reject: (e: Error) => void }[] = [];
  private timer: NodeJS.Timeout | null = null;
  private delay = FIRST_DELAY_MS;
  private compacted = true;

  constructor(private readonly db: Database.Database) {}

  /** Resolves once the WAL has been emptied after the last erase (rejects if the store closes first). */
  settle(compacted: boolean): Promise<void> {
    this.compacted &&= compacted;
    const p = new Promise<void>((resolve, reject) => this.waiting.push({ resolve, reject }));
    if (!this.timer) {
      this.delay = FIRST_DELAY_MS;
      this.schedule();
    }
    return p;
  }

  get pending(): boolean {
    return this.waiting.length > 0;
  }

  /** The store is closing: whatever is still pending is reported as unfinished. */
  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const waiting = this.waiting;
    this.waiting = [];
    for (const w of waiting) w.reject(new Error('store closed before the erase finished'));
  }

  private schedule(): void {
    this.timer = setTimeout(() => this.attempt(), this.delay);
    this.timer.unref();
    this.delay = Math.min(this.delay * 2, MAX_DELAY_MS);
  }

  private attempt(): void {
    this.timer = null;
    if (!this.db.open) return this.close();
    // A group-commit batch open on this connection: a checkpoint cannot run inside it.
    const r = this.db.inTransaction ? null : finishErasing(this.db, { compact: !this.compacted, nonBlocking: true });
    if (r?.compacted) this.compacted = true;
    if (!r?.walTruncated) return this.schedule();
    const waiting = this.waiting;
    this.waiting = [];
    for (const w of waiting) w.resolve();
  }
}
