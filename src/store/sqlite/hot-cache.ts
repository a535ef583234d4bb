/**
 * What every turn reads, kept in memory: the parent's saved conversation, their cases, whether
 * their user row exists, and small facts read from their rows (their flags, the zone their
 * channel gave, their check-in settings: `fact`). It saves the queries and zod parses of stored
 * JSON a turn would otherwise make, which were a large share of a turn's cost.
 *
 * Write-through and conservative. The store updates it only as part of its own writes, and
 * clears it whenever it could be wrong:
 *  - another connection (a CLI command, a second process) committed: SQLite's `data_version`
 *    changed. Checked when a write transaction begins (we then hold the write lock, so nothing
 *    else can commit until we do) and on reads outside a transaction;
 *  - a turn or a batch rolled back (the cache may hold what was never committed);
 *  - a parent was erased;
 *  - for a fact, the store itself wrote the row it was read from (`dropFacts`).
 * Writing to these tables through the store's own connection behind its back is not supported
 * (tests that damage a row on purpose do it through a second connection, as the real world would).
 * Bounded three ways (HotCacheLimits), so memory stays flat however many parents a community
 * has: at most `parents` parents, at most `chars` characters of saved conversation (their JSON,
 * so one parent's long pasted statement counts for what it is), and nobody idle for longer than
 * `idleMs`. The least recently used go first. A parent dropped is simply read from the database
 * on their next turn: the cache changes how fast a turn is, never what it does.
 */
import type Database from 'better-sqlite3';
import type { CaseRow, SessionRow } from '../../core/ports.js';
import { Lru } from '../../core/lru.js';

export interface HotCacheLimits {
  /** Parents kept at most (sessions, cases and user rows each). */
  parents: number;
  /** Characters of cached conversations (snapshot and pending question, as JSON) at most. */
  chars: number;
  /** A parent not seen for this long is dropped at the next write. */
  idleMs: number;
  /** Milliseconds now (tests pass their own clock). */
  now?: () => number;
}

/**
 * An active conversation sends a turn every few seconds to minutes; 2,000 parents at once is far
 * beyond a community's busy hour, and 8 M characters keeps the cache within ~25 MB of heap even
 * if every one of them pasted a long statement.
 */
export const DEFAULT_CACHE_LIMITS: HotCacheLimits = { parents: 2_000, chars: 8_000_000, idleMs: 30 * 60_000 };

/** The JSON size of what a session carries (its other fields are small and fixed). */
const sizeOf = (s: SessionRow | null): number =>
  s === null ? 0 : (s.snapshot === null ? 0 : JSON.stringify(s.snapshot).length) + (s.pending === null ? 0 : JSON.stringify(s.pending).length);

export class HotCache {
  private readonly sessions: Lru<SessionRow | null>;
  private readonly cases: Lru<CaseRow[]>;
  private readonly users: Lru<true>;
  private readonly facts: Lru<Map<string, unknown>>;
  private readonly version: Database.Statement;
  private seen: number;

  constructor(db: Database.Database, limits: Partial<HotCacheLimits> = {}) {
    const { parents, chars, idleMs, now } = { ...DEFAULT_CACHE_LIMITS, now: Date.now, ...limits };
    const l = { entries: parents, chars, idleMs, now };
    this.sessions = new Lru(l);
    this.cases = new Lru(l);
    this.users = new Lru(l);
    this.facts = new Lru(l);
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
    this.facts.clear();
  }

  /** Parents whose saved conversation is cached (for tests and the bench). */
  get sessionCount(): number {
    return this.sessions.size;
  }

  /** undefined: not cached; null: cached as "no saved conversation". A copy, never the cached row. */
  session(userId: string): SessionRow | null | undefined {
    const s = this.sessions.get(userId);
    if (s === undefined) return undefined;
    return s === null ? null : { ...s };
  }

  /** `chars`: the JSON size of its snapshot and pending question, when the caller has it already. */
  putSession(userId: string, s: SessionRow | null, chars: number = sizeOf(s)): void {
    this.sessions.set(userId, s === null ? null : { ...s }, chars);
  }

  casesOf(userId: string): CaseRow[] | undefined {
    return this.cases.get(userId)?.map((c) => ({ ...c }));
  }

  putCases(userId: string, rows: CaseRow[]): void {
    this.cases.set(userId, rows.map((c) => ({ ...c })), rows.reduce((n, c) => n + c.nickname.length, 0));
  }

  dropCases(userId?: string): void {
    if (userId === undefined) this.cases.clear();
    else this.cases.delete(userId);
  }

  hasUser(userId: string): boolean {
    return this.users.get(userId) !== undefined;
  }

  addUser(userId: string): void {
    this.users.set(userId, true);
  }

  /**
   * `read()`'s answer about this parent, by name, read once and then kept until the cache is
   * cleared or the store writes the row it came from (`dropFacts`). The value is shared: the
   * caller hands out copies of anything mutable. A read that throws keeps nothing.
   */
  fact<T>(userId: string, name: string, read: () => T): T {
    const known = this.facts.get(userId);
    if (known?.has(name)) return known.get(name) as T;
    const value = read();
    const facts = known ?? new Map<string, unknown>();
    facts.set(name, value);
    if (!known) this.facts.set(userId, facts);
    return value;
  }

  /** The store wrote this parent's settings: their facts are read afresh. */
  dropFacts(userId: string): void {
    this.facts.delete(userId);
  }
}
