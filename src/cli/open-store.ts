/** Opening the store the same way in every command that reads a parent's case. */
import { loadContent, type ContentCatalog } from '../content/catalog.js';
import { sealerFromEnv } from '../security/sealer-from-env.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { dbPathFrom, requireDatabase, requireKnownUser, type CliIo } from './io.js';

export interface OpenedStore {
  store: SqliteStore;
  dbPath: string;
}

/**
 * The store of an existing database (never a new one), and, given a parent's id, only when the
 * database knows them.
 */
export function openExisting(options: { db?: string | undefined }, io: CliIo, user?: string): OpenedStore {
  const dbPath = requireDatabase(dbPathFrom(options, io.env));
  const store = new SqliteStore({ path: dbPath, sealer: sealerFromEnv(io.env), groupCommit: false });
  if (user !== undefined) {
    try {
      requireKnownUser(store.db.prepare('SELECT 1 FROM users WHERE id = ?').get(user) !== undefined, user, dbPath);
    } catch (e) {
      store.close();
      throw e;
    }
  }
  return { store, dbPath };
}

let content: ContentCatalog | undefined;

/**
 * The words, for commands that only render them (notes, letters, summaries): loaded without
 * the flows, engine and classifier the chat needs (their check against content runs when the
 * bot starts, and in the tests).
 */
export function cliContent(): ContentCatalog {
  content ??= loadContent();
  return content;
}
