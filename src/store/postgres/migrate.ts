/**
 * Versioned PostgreSQL migrations: numbered SQL files in `migrations/` (the same numbers as the
 * SQLite store's), each applied once in its own transaction and recorded in `schema_migrations`.
 * Instances starting together take turns (a session advisory lock), so each runs once.
 */
import type pg from 'pg';
import { fromRoot } from '../../paths.js';
import { listMigrations, type Migration } from '../sqlite/migrate.js';

// From the repository root, so the compiled start-up (dist/) finds the same files.
const MIGRATIONS_DIR = fromRoot('src', 'store', 'postgres', 'migrations');
/** Any fixed number: the advisory lock all instances take while migrating. */
const MIGRATION_LOCK = 7_318_001;

export function listPgMigrations(): Migration[] {
  return listMigrations(MIGRATIONS_DIR);
}

/** Applies every migration newer than the database; returns the versions applied. */
export async function migratePg(client: pg.ClientBase, migrations = listPgMigrations()): Promise<number[]> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    const applied: number[] = [];
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
      applied.push(m.version);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}
