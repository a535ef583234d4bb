/**
 * Both stores' migrations: the same numbers and names, and the same tables and columns (the
 * PostgreSQL store copies rows between the two schemas by column name).
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { listPgMigrations, migratePg } from '../../../src/store/postgres/migrate.js';
import { listMigrations } from '../../../src/store/sqlite/migrate.js';
import { openDatabase } from '../../../src/store/sqlite/open-database.js';
import { freshPgDatabase } from './store-factories.js';

/** Columns PostgreSQL has for its instances (migration 007) and parents' keys (008) that SQLite does not need. */
const PG_ONLY: Record<string, string[]> = { turns: ['claimed_until'], user_versions: ['user_id', 'version'], user_keys: ['user_id', 'wrapped', 'created_at'] };

describe('migrations', () => {
  it('have the same numbers and names in both stores', () => {
    expect(listPgMigrations().map((m) => m.name)).toEqual(listMigrations().map((m) => m.name));
  });

  it('build the same tables and columns, and run once however many instances start', async () => {
    const db = openDatabase(':memory:');
    const sqlite: Record<string, string[]> = {};
    for (const { name } of db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[])
      sqlite[name] = (db.prepare('SELECT name FROM pragma_table_info(?)').all(name) as { name: string }[]).map((c) => c.name).sort();
    db.close();

    const url = await freshPgDatabase();
    const clients = [0, 1, 2].map(() => new pg.Client({ connectionString: url }));
    await Promise.all(clients.map((c) => c.connect()));
    const applied = await Promise.all(clients.map((c) => migratePg(c)));
    expect(applied.flat().sort((x, y) => x - y)).toEqual(listPgMigrations().map((m) => m.version));
    const rows = (await clients[0]!.query<{ t: string; c: string }>(`SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = 'public'`)).rows;
    await Promise.all(clients.map((c) => c.end()));
    const postgres: Record<string, string[]> = {};
    for (const r of rows) if (!(PG_ONLY[r.t] ?? []).includes(r.c)) (postgres[r.t] ??= []).push(r.c);
    for (const cols of Object.values(postgres)) cols.sort();
    expect(postgres).toEqual(sqlite);
  });
});
