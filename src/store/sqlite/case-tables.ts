/**
 * Where one child's rows live, found by reading the schema (as `user-tables.ts` finds a
 * parent's): the child's row in `cases`, every table whose foreign key to it deletes with it
 * (ON DELETE CASCADE), and every table hanging from those in turn, until nothing new is found.
 * A key that only lets go (ON DELETE SET NULL, e.g. the session's open case) is not followed:
 * that row is the parent's, not the child's. Both stores erase one child with this plan
 * (forget-child.ts, ../postgres/pg-forget-child.ts), so a table added later is never missed.
 */
import type Database from 'better-sqlite3';
import { quoteId, type UserTable } from './user-tables.js';

interface ForeignKey {
  table: string;
  from: string;
  to: string | null;
  on_delete: string;
}

/** Every table that holds rows about one child, deepest first; each `?` is bound to the case id. */
export function caseTables(db: Database.Database): UserTable[] {
  const plan = new Map<string, UserTable>([['cases', { table: 'cases', where: 'id = ?', params: 1 }]]);
  const depth = new Map<string, number>([['cases', 0]]);
  const tables = (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of tables) {
      if (plan.has(t)) continue;
      const keys = (db.prepare('SELECT "table", "from", "to", on_delete FROM pragma_foreign_key_list(?)').all(t) as ForeignKey[]).filter((fk) => fk.on_delete.toUpperCase() === 'CASCADE' && plan.has(fk.table));
      if (keys.length === 0) continue;
      const clauses = keys.map((fk) => {
        const parent = plan.get(fk.table) as UserTable;
        return { where: `${quoteId(fk.from)} IN (SELECT ${quoteId(fk.to ?? 'id')} FROM ${quoteId(fk.table)} WHERE ${parent.where})`, params: parent.params };
      });
      plan.set(t, { table: t, where: clauses.map((c) => `(${c.where})`).join(' OR '), params: clauses.reduce((n, c) => n + c.params, 0) });
      depth.set(t, Math.max(...keys.map((fk) => (depth.get(fk.table) ?? 0) + 1)));
      grew = true;
    }
  }
  return [...plan.values()].sort((a, b) => (depth.get(b.table) ?? 0) - (depth.get(a.table) ?? 0) || a.table.localeCompare(b.table));
}

/** The parameters for a clause: the case id, once per `?`. */
export function bindCase(t: UserTable, caseId: number): number[] {
  return Array.from({ length: t.params }, () => caseId);
}
