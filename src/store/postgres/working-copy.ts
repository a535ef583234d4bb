/**
 * An instance's working copy of the parents it serves: an in-memory SQLite database with the
 * SQLite store's own schema, run by the SQLite store's own code. A turn stays synchronous (as the
 * engine, flows and effects are written) because everything it may read about its parent is
 * loaded here first; what it writes is noted by triggers (`_dirty`) and written to PostgreSQL
 * with the other turns of its batch, in one transaction, under the parents' locks
 * (turn-batch.ts). PostgreSQL stays the only durable copy: this one is a cache that is reloaded
 * whenever the parent's version there moved, and dropped when a write to PostgreSQL fails.
 *
 * Ids: new rows take ids from a block this instance reserved in PostgreSQL (the tables here are
 * AUTOINCREMENT, so `sqlite_sequence` sets where numbering continues), so two instances never
 * number two rows alike.
 */
import type Database from 'better-sqlite3';
import { listMigrations } from '../sqlite/migrate.js';
import { SqliteStore } from '../sqlite/sqlite-store.js';
import { bindUser, quoteId, userTables, type UserTable } from '../sqlite/user-tables.js';
import type { Sealer } from '../../core/ports.js';

export interface TableShape extends UserTable {
  columns: string[];
  /** The primary-key columns. */
  pk: string[];
  /** Rows numbered by the store (`id INTEGER PRIMARY KEY`). */
  numbered: boolean;
}

export type Row = Record<string, unknown>;

/** What the turns of one batch changed: rows to write, and keys of rows to delete, per table. */
export interface Changes {
  upserts: Map<string, Row[]>;
  /** Each deleted row's key, as { column: value }. */
  deletes: Map<string, Row[]>;
  /** Parents whose rows changed. */
  users: Set<string>;
}

/** Tables about the database itself are not copied per parent. */
const autoincrement = (sql: string) => sql.replace(/\bid(\s+)INTEGER PRIMARY KEY\b/g, 'id$1INTEGER PRIMARY KEY AUTOINCREMENT');

export class WorkingCopy {
  readonly store: SqliteStore;
  readonly db: Database.Database;
  readonly tables: TableShape[];
  /**
   * The parent's version in PostgreSQL when their rows were loaded or last written by us; in
   * order of last use (a Map keeps insertion order: a use moves the parent to the end).
   */
  private readonly versions = new Map<string, number>();
  private readonly statements = new Map<string, Database.Statement>();

  /** A prepared statement, prepared once (a batch runs the same few dozen over and over). */
  private st(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  constructor(sealer: Sealer) {
    this.store = new SqliteStore({
      path: ':memory:',
      sealer,
      groupCommit: false,
      migrations: listMigrations().map((m) => ({ ...m, sql: autoincrement(m.sql) })),
    });
    this.db = this.store.db;
    this.tables = userTables(this.db).map((t) => {
      const info = this.db.prepare('SELECT name, pk, type FROM pragma_table_info(?)').all(t.table) as { name: string; pk: number; type: string }[];
      const pk = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
      if (pk.length === 0) throw new Error(`table ${t.table} needs a primary key`);
      return { ...t, columns: info.map((c) => c.name), pk, numbered: pk.join() === 'id' && info.find((c) => c.name === 'id')?.type === 'INTEGER' };
    });
    // No key, plain INSERTs: a conflict clause inside a trigger gives way to an upsert's own, so
    // duplicates are allowed here and removed when read.
    this.db.exec('CREATE TABLE _dirty (tbl TEXT NOT NULL, pk NOT NULL)');
    for (const t of this.tables) {
      // The row's key, as a JSON object of its key columns.
      const key = (row: 'new' | 'old') => `json_object(${t.pk.map((c) => `'${c}', ${row}.${quoteId(c)}`).join(', ')})`;
      const mark = (row: 'new' | 'old') => `INSERT INTO _dirty VALUES ('${t.table}', ${key(row)});`;
      const name = (op: string) => quoteId(`_dirty_${t.table}_${op}`);
      this.db.exec(`CREATE TRIGGER ${name('i')} AFTER INSERT ON ${quoteId(t.table)} BEGIN ${mark('new')} END;
        CREATE TRIGGER ${name('u')} AFTER UPDATE ON ${quoteId(t.table)} BEGIN ${mark('old')} ${mark('new')} END;
        CREATE TRIGGER ${name('d')} AFTER DELETE ON ${quoteId(t.table)} BEGIN ${mark('old')} END;`);
    }
  }

  version(userId: string): number | undefined {
    return this.versions.get(userId);
  }

  setVersion(userId: string, version: number): void {
    this.versions.delete(userId);
    this.versions.set(userId, version);
  }

  /**
   * Drops the least recently used parents until at most `max` are held, never one in `keep`
   * (the batch about to run). A dropped parent is simply reloaded at their next turn.
   */
  trim(max: number, keep: ReadonlySet<string> = new Set()): number {
    const excess = this.versions.size - max;
    if (excess <= 0) return 0;
    const drop: string[] = [];
    for (const u of this.versions.keys()) {
      if (drop.length >= excess) break;
      if (!keep.has(u)) drop.push(u);
    }
    this.evict(drop);
    return drop.length;
  }

  /** Our copy of the parent may be out of date (written elsewhere): reload before the next turn. */
  doubt(userId: string): void {
    this.versions.delete(userId);
  }

  /** Parents currently held. */
  get size(): number {
    return this.versions.size;
  }

  /** Replaces these parents' rows with the ones loaded from PostgreSQL (nothing marked dirty). */
  load(userIds: readonly string[], rows: ReadonlyMap<string, Row[]>, versions: ReadonlyMap<string, number>): void {
    this.untracked(() => {
      this.deleteUsers(userIds);
      for (const t of this.tables) {
        const list = rows.get(t.table) ?? [];
        if (list.length === 0) continue;
        const insert = this.st(`INSERT INTO ${quoteId(t.table)} (${t.columns.map(quoteId).join(', ')}) VALUES (${t.columns.map(() => '?').join(', ')})`);
        for (const r of list) insert.run(...t.columns.map((c) => (r[c] === undefined ? null : r[c])));
      }
    });
    for (const u of userIds) this.setVersion(u, versions.get(u) ?? 0);
  }

  /** Called with the parents dropped from the copy. */
  onEvict: (userIds: readonly string[]) => void = () => {};

  /** Drops these parents from the copy (erased, or a write to PostgreSQL failed). */
  evict(userIds: readonly string[]): void {
    this.untracked(() => this.deleteUsers(userIds));
    for (const u of userIds) this.versions.delete(u);
    this.onEvict(userIds);
  }

  /** Marks every row of these parents as written (so the batch writes them all back). */
  markAll(userIds: readonly string[]): void {
    for (const t of this.tables) {
      const key = `json_object(${t.pk.map((c) => `'${c}', ${quoteId(c)}`).join(', ')})`;
      const mark = this.st(`INSERT INTO _dirty SELECT '${t.table}', ${key} FROM ${quoteId(t.table)} WHERE ${t.where}`);
      for (const u of userIds) mark.run(...bindUser(t, u));
    }
  }

  /** Writes that PostgreSQL already has (a delivery receipt, a prompt sent): applied here unmarked. */
  untracked(fn: () => void): void {
    const outer = this.db.inTransaction;
    if (!outer) this.db.exec('BEGIN');
    try {
      this.db.pragma('defer_foreign_keys = ON');
      fn();
      this.db.exec('DELETE FROM _dirty');
      if (!outer) this.db.exec('COMMIT');
    } catch (err) {
      if (!outer && this.db.inTransaction) this.db.exec('ROLLBACK');
      throw err;
    } finally {
      this.store.dropCache();
    }
  }

  /** The highest id in any numbered table (new rows must be numbered above it). */
  maxId(): number {
    let max = 0;
    for (const t of this.tables) {
      if (!t.numbered) continue;
      const m = (this.st(`SELECT max(id) AS m FROM ${quoteId(t.table)}`).get() as { m: number | null }).m;
      if (m !== null && m > max) max = m;
    }
    return max;
  }

  /** New rows in every numbered table are numbered from `next` on. */
  numberFrom(next: number): void {
    for (const t of this.tables) {
      if (!t.numbered) continue;
      this.st('DELETE FROM sqlite_sequence WHERE name = ?').run(t.table);
      this.st('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)').run(t.table, next - 1);
    }
  }

  /** Reads and clears what was written since the last call. */
  takeChanges(): Changes {
    const dirty = this.st('SELECT DISTINCT tbl, pk FROM _dirty').all() as { tbl: string; pk: unknown }[];
    const changes: Changes = { upserts: new Map(), deletes: new Map(), users: new Set() };
    const byName = new Map(this.tables.map((t) => [t.table, t]));
    for (const d of dirty) {
      const t = byName.get(d.tbl);
      if (!t) continue;
      const key = JSON.parse(String(d.pk)) as Row;
      const row = this.st(`SELECT * FROM ${quoteId(t.table)} WHERE ${t.pk.map((c) => `${quoteId(c)} = ?`).join(' AND ')}`).get(...t.pk.map((c) => key[c])) as Row | undefined;
      if (row) {
        push(changes.upserts, t.table, row);
        const owner = t.table === 'users' ? row['id'] : row['user_id'];
        if (typeof owner === 'string') changes.users.add(owner);
      } else push(changes.deletes, t.table, key);
    }
    this.db.exec('DELETE FROM _dirty');
    return changes;
  }

  private deleteUsers(userIds: readonly string[]): void {
    // Children first, the users row last.
    const order = [...this.tables].sort((a, b) => rank(a) - rank(b));
    for (const u of userIds)
      for (const t of order) this.st(`DELETE FROM ${quoteId(t.table)} WHERE ${t.where}`).run(...bindUser(t, u));
  }

  close(): void {
    this.store.close();
  }
}

/** Children (found through another table) first, then tables with user_id, `users` last. */
export const rank = (t: UserTable): number => (t.table === 'users' ? 2 : t.where === 'user_id = ?' ? 1 : 0);

function push<V>(m: Map<string, V[]>, k: string, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
