/**
 * What every turn reads, kept in memory: the parent's saved conversation, their cases, and
 * whether their user row exists. It saves three queries and two zod parses of stored JSON per
 * turn, which were a large share of a turn's cost.
 *
 * Write-through and conservative. The store updates it only as part of its own writes, and
 * clears it whenever it could be wrong:
 *  - another connection (a CLI command, a second process) committed: SQLite's `data_version`
 *    changed. Checked when a write transaction begins (we then hold the write lock, so nothing
 *    else can commit until we do) and on reads outside a transaction;
 *  - a turn or a batch rolled back (the cache may hold what was never committed);
 *  - a parent was erased.
 * Writing to these tables through the store's own connection behind its back is not supported
 * (tests that damage a row on purpose do it through a second connection, as the real world would).
 * Bounded: the least recently used parents are dropped beyond `limit`.
 */
import type Database from 'better-sqlite3';
import type { CaseRow, SessionRow } from '../../core/ports.js';

export class HotCache {
  private readonly sessions = new Map<string, SessionRow | null>();
  private readonly cases = new Map<string, CaseRow[]>();
  private readonly users = new Set<string>();
  private readonly version: Database.Statement;
  private seen: number;

  constructor(db: Database.Database, private readonly limit = 20_000) {
    this.version = db.prepare('PRAGMA data_version').pluck();
    this.seen = this.version.get() as number;
  }

  /** Drops everything if another connection has committed since we last looked. */
  validate(): void {
    const v = this.version.get() as number;
    if (v !== this.seen) {
      this.seen = v;
      this.clear();
    }
  }

  clear(): void {
    this.sessions.clear();
    this.cases.clear();
    this.users.clear();
  }

  /** undefined: not cached; null: cached as "no saved conversation". A copy, never the cached row. */
  session(userId: string): SessionRow | null | undefined {
    const s = this.sessions.get(userId);
    if (s === undefined) return undefined;
    this.sessions.delete(userId); // most recently used goes last
    this.sessions.set(userId, s);
    return s === null ? null : { ...s };
  }

  putSession(userId: string, s: SessionRow | null): void {
    this.sessions.delete(userId);
    this.sessions.set(userId, s === null ? null : { ...s });
    this.trim(this.sessions);
  }

  casesOf(userId: string): CaseRow[] | undefined {
    return this.cases.get(userId)?.map((c) => ({ ...c }));
  }

  putCases(userId: string, rows: CaseRow[]): void {
    this.cases.delete(userId);
    this.cases.set(userId, rows.map((c) => ({ ...c })));
    this.trim(this.cases);
  }

  dropCases(userId?: string): void {
    if (userId === undefined) this.cases.clear();
    else this.cases.delete(userId);
  }

  hasUser(userId: string): boolean {
    return this.users.has(userId);
  }

  addUser(userId: string): void {
    this.users.add(userId);
    if (this.users.size > this.limit) this.users.delete(this.users.values().next().value as string);
  }

  private trim(m: Map<string, unknown>): void {
    while (m.size > this.limit) m.delete(m.keys().next().value as string);
  }
}
