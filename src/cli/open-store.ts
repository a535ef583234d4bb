/**
 * Opening the store the same way in every command that reads or writes a parent's case: the
 * SQLite file (--db, NEXTSTEP_DB), or, with NEXTSTEP_DATABASE_URL set and no --db given, the
 * PostgreSQL database the bot's instances share.
 *
 * On PostgreSQL the store works on a copy of the parent loaded for the command (src/store/postgres):
 * reads see what was committed when the command started, and writes (`write`) run as one of the
 * parent's turns would, under their lock, committed before the command reports success.
 */
import { describeDatabaseUrl } from '../database-url.js';
import { shippedContent, type ContentCatalog } from '../content/catalog.js';
import type { Store } from '../core/ports.js';
import { sealerFromEnv } from '../security/sealer-from-env.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { PgStore } from '../store/postgres/pg-store.js';
import { dbPathFrom, requireDatabase, requireKnownUser, type CliIo } from './io.js';

export interface OpenedStore {
  store: Store;
  /** Where the data is, for messages: the SQLite file, or `database on host`. */
  where: string;
  /** The SQLite file (also where `<data dir>/files` is found, on either store). */
  dbPath: string;
  /** The PostgreSQL store, when that is what was opened. */
  pg: PgStore | null;
  /** Writes as one transaction (PostgreSQL: as a turn of `userId`'s, committed on return). */
  write<T>(userId: string, fn: () => T): Promise<T>;
  close(): Promise<void>;
}

/** The shared database's URL, unless an explicit --db chose a SQLite file. */
export function sharedDatabaseUrl(options: { db?: string | undefined }, env: NodeJS.ProcessEnv): string | null {
  const url = env.NEXTSTEP_DATABASE_URL?.trim();
  return url && !options.db ? url : null;
}

/** The PostgreSQL store for a command, with `users` loaded (and, given one, only when it knows them). */
async function openShared(url: string, io: CliIo, dbPath: string, users: readonly string[]): Promise<OpenedStore> {
  const { PgStore } = await import('../store/postgres/pg-store.js');
  const { filesRootFor } = await import('../core/user-files.js');
  const d = describeDatabaseUrl(url);
  const where = `PostgreSQL database ${d.database} on ${d.host}`;
  const store = await PgStore.open({ url, sealer: sealerFromEnv(io.env), poolSize: 2, filesRoot: filesRootFor(dbPath) });
  try {
    for (const u of users) requireKnownUser(await store.knows(u), u, where);
    await store.loadUsers(users);
  } catch (e) {
    await store.end();
    throw e;
  }
  return { store, where, dbPath, pg: store, write: (userId, fn) => store.runTurn({ userId }, fn), close: () => store.end() };
}

/**
 * The store of an existing database (never a new one), and, given a parent's id, only when the
 * database knows them.
 */
export async function openExisting(options: { db?: string | undefined }, io: CliIo, user?: string): Promise<OpenedStore> {
  const dbPath = dbPathFrom(options, io.env);
  const url = sharedDatabaseUrl(options, io.env);
  if (url) return openShared(url, io, dbPath, user === undefined ? [] : [user]);
  requireDatabase(dbPath);
  const store = new SqliteStore({ path: dbPath, sealer: sealerFromEnv(io.env), groupCommit: false });
  if (user !== undefined) {
    try {
      requireKnownUser(store.db.prepare('SELECT 1 FROM users WHERE id = ?').get(user) !== undefined, user, dbPath);
    } catch (e) {
      store.close();
      throw e;
    }
  }
  return sqliteOpened(store, dbPath);
}

/** The store a command writes to, created if new (check-ins, imports). */
export async function openForWriting(options: { db?: string | undefined }, io: CliIo): Promise<OpenedStore> {
  const dbPath = dbPathFrom(options, io.env);
  const url = sharedDatabaseUrl(options, io.env);
  if (url) return openShared(url, io, dbPath, []);
  return sqliteOpened(new SqliteStore({ path: dbPath, sealer: sealerFromEnv(io.env) }), dbPath);
}

function sqliteOpened(store: SqliteStore, dbPath: string): OpenedStore {
  return { store, where: dbPath, dbPath, pg: null, write: (_userId, fn) => Promise.resolve(store.transaction(fn)), close: async () => store.close() };
}

/**
 * The words, for commands that only render them (notes, letters, summaries): loaded without
 * the flows, engine and classifier the chat needs (their check against content runs when the
 * bot starts, and in the tests). The same catalog the flows' helpers load as they are imported
 * (shippedContent), so a command reads content/ once.
 */
export function cliContent(): ContentCatalog {
  return shippedContent();
}
