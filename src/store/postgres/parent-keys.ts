/**
 * Crypto-shredding on PostgreSQL: every parent has their own random data key, and every sealed
 * column of theirs (src/store/sqlite/sealed-columns.ts) is sealed with it in PostgreSQL. The key
 * is stored in `user_keys`, wrapped (sealed) by the instance key, NEXTSTEP_DATA_KEY (unwrapped
 * when no instance key is set), and deleted by forget: from then on, every copy of that parent's
 * words that PostgreSQL still keeps (dead rows, WAL, replicas, backups) is ciphertext whose key
 * no longer exists, even for someone holding the instance key.
 *
 * The working copy is unchanged: it holds values as the SQLite store writes them (sealed with
 * the instance key, or plain). Values are converted at the boundary, when rows are loaded from
 * PostgreSQL and when a batch writes them back. Stored form: `pk1:` + base64(iv ‖ tag ‖
 * ciphertext), AES-256-GCM with the parent's key. Rows written before a parent had a key (sealed
 * with the instance key) are read as they are and rewritten with the parent's key at the first
 * batch that gives them one.
 */
import type pg from 'pg';
import type { Sealer } from '../../core/ports.js';
import { isParentSealed, newParentKey, parentSealer, type ParentSealer } from '../../security/parent-sealer.js';
import { SEALED_COLUMNS, SEALED_PLACEHOLDERS } from '../sqlite/sealed-columns.js';
import type { Row } from './working-copy.js';

/** A row of `user_keys`. */
export interface KeyRow {
  user_id: string;
  wrapped: string;
  created_at: string;
}
export class ParentKeys {
  private readonly keys = new Map<string, ParentSealer>();

  constructor(private readonly instance: Sealer) {}

  /** Loads the keys of these parents that PostgreSQL has and this instance does not. */
  async fetch(db: pg.ClientBase | pg.Pool, users: Iterable<string>): Promise<void> {
    const missing = [...new Set(users)].filter((u) => !this.keys.has(u));
    if (missing.length === 0) return;
    const r = await db.query<{ user_id: string; wrapped: string }>('SELECT user_id, wrapped FROM user_keys WHERE user_id = ANY($1::text[])', [missing]);
    for (const row of r.rows) this.keys.set(row.user_id, parentSealer(Buffer.from(this.instance.open(row.wrapped), 'base64')));
  }

  /**
   * Makes sure each of these parents has a key (inside the batch's transaction, under their
   * locks). Returns the `user_keys` rows of those given one now: the batch writes them with its
   * rows (writeChanges), and if it fails they are dropped here with the batch's parents.
   */
  async ensure(db: pg.ClientBase, users: readonly string[], unstored: ReadonlySet<string> = new Set()): Promise<KeyRow[]> {
    // A parent PostgreSQL has no version for has no key either (both are written, and deleted, together).
    await this.fetch(db, users.filter((u) => !unstored.has(u)));
    const at = new Date().toISOString();
    return users
      .filter((u) => !this.keys.has(u))
      .map((u) => {
        const key = newParentKey();
        this.keys.set(u, parentSealer(key));
        return { user_id: u, wrapped: this.instance.seal(key.toString('base64')), created_at: at };
      });
  }

  has(userId: string): boolean {
    return this.keys.has(userId);
  }

  /** Forgets keys this instance holds (the parent was erased, or dropped from the copy). */
  drop(users: Iterable<string>): void {
    for (const u of users) this.keys.delete(u);
  }

  /** A value as stored in PostgreSQL, opened to plain text. */
  plain(userId: string, stored: string): string {
    if (!isParentSealed(stored)) return this.instance.open(stored);
    const key = this.keys.get(userId);
    if (!key) throw new Error('no data key for this parent (erased?)');
    return key.open(stored);
  }

  /** A value from the working copy, sealed with its parent's key for PostgreSQL. */
  toPg(userId: string, local: string): string {
    const key = this.keys.get(userId);
    if (!key) throw new Error('no data key for this parent');
    return key.seal(this.instance.open(local));
  }

  /** A value loaded from PostgreSQL, as the working copy holds it (instance key, or plain). */
  toLocal(userId: string, stored: string): string {
    return isParentSealed(stored) ? this.instance.seal(this.plain(userId, stored)) : stored;
  }

  /** Converts the sealed columns of one table's rows (in place), with `fn`. */
  convert(table: string, rows: readonly Row[], fn: (userId: string, value: string) => string): void {
    const cols = SEALED_COLUMNS[table];
    if (!cols) return;
    for (const row of rows) {
      const owner = row['user_id'];
      if (typeof owner !== 'string') continue;
      for (const c of cols) {
        const v = row[c];
        if (typeof v === 'string' && !SEALED_PLACEHOLDERS.has(v)) row[c] = fn(owner, v);
      }
    }
  }

  /**
   * Rows loaded from PostgreSQL, made ready for the working copy. The parents' keys are read
   * again with them: a parent reloaded may have been forgotten (and their key deleted) meanwhile.
   * `stored`: those of `users` PostgreSQL has rows (and so maybe a key) for.
   */
  async loaded(db: pg.ClientBase, rows: Map<string, Row[]>, users: readonly string[], stored: readonly string[] = users): Promise<Map<string, Row[]>> {
    this.drop(users);
    await this.fetch(db, stored);
    for (const [table, list] of rows) this.convert(table, list, (u, v) => this.toLocal(u, v));
    return rows;
  }
}
