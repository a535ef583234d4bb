/**
 * Where a parent's data lives, found by reading the schema rather than by a list, so a table
 * added next month is exported and erased without anyone remembering to add it here:
 *
 * - `users`, by its id;
 * - every table with a `user_id` column;
 * - every other table with a foreign key to one of those (e.g. a row keyed by a case id), followed
 *   until nothing new is found.
 *
 * Export (`export-json.ts`) and forget (`forget.ts`) both use this one plan, so what the bot
 * hands back and what it erases are the same set of rows.
 */
import type Database from 'better-sqlite3';

/** Tables about the database itself, never about a parent. */
const SYSTEM_TABLES = new Set(['schema_migrations', 'meta']);

export interface UserTable {
  table: string;
  /** A WHERE clause selecting this parent's rows; every `?` is bound to the user id. */
  where: string;
  /** How many `?` the clause holds. */
  params: number;
}

export const quoteId = (id: string): string => `"${id.replace(/"/g, '""')}"`;

interface ForeignKey {
  table: string;
  from: string;
  to: string | null;
}

function tableNames(db: Database.Database): string[] {
  return (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[])
    .map((r) => r.name)
    .filter((n) => !SYSTEM_TABLES.has(n));
}

function columnsOf(db: Database.Database, table: string): string[] {
  return (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map((c) => c.name);
}

function foreignKeys(db: Database.Database, table: string): ForeignKey[] {
  return db.prepare('SELECT "table", "from", "to" FROM pragma_foreign_key_list(?)').all(table) as ForeignKey[];
}

/** Every table that holds rows about one parent, with the clause that finds them. */
export function userTables(db: Database.Database): UserTable[] {
  const plan = new Map<string, UserTable>();
  const tables = tableNames(db);
  for (const t of tables) {
    if (t === 'users') plan.set(t, { table: t, where: 'id = ?', params: 1 });
    else if (columnsOf(db, t).includes('user_id')) plan.set(t, { table: t, where: 'user_id = ?', params: 1 });
  }
  // Rows that point at users (under another column name) or at a parent's rows elsewhere.
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of tables) {
      if (plan.has(t)) continue;
      const clauses: UserTable[] = [];
      for (const fk of foreignKeys(db, t)) {
        const parent = plan.get(fk.table);
        if (!parent) continue;
        const to = fk.to ?? (fk.table === 'users' ? 'id' : 'rowid');
        clauses.push({
          table: t,
          where: `${quoteId(fk.from)} IN (SELECT ${quoteId(to)} FROM ${quoteId(fk.table)} WHERE ${parent.where})`,
          params: parent.params,
        });
      }
      if (clauses.length) {
        plan.set(t, { table: t, where: clauses.map((c) => `(${c.where})`).join(' OR '), params: clauses.reduce((n, c) => n + c.params, 0) });
        grew = true;
      }
    }
  }
  return [...plan.values()].sort((a, b) => a.table.localeCompare(b.table));
}

/** The parameters for a clause: the user id, once per `?`. */
export function bindUser(t: UserTable, userId: string): string[] {
  return Array.from({ length: t.params }, () => userId);
}

/** One parent's rows in one table, as stored. */
export function selectUserRows(db: Database.Database, t: UserTable, userId: string): Record<string, unknown>[] {
  return db.prepare(`SELECT * FROM ${quoteId(t.table)} WHERE ${t.where}`).all(...bindUser(t, userId)) as Record<string, unknown>[];
}
