// A durable botbuilder `Storage` (botbuilder-core's read / write / delete of StoreItems) on
// better-sqlite3, for the benchmark's durable peer: the peer's ConversationState kept where ours
// is kept, with the same durability and the same group commit, so the two are compared on equal
// storage.
//
// - The same pragmas as Next Step's store (src/store/sqlite/sqlite-store.ts, openDatabase):
//   WAL, synchronous=FULL, busy_timeout 5000, secure_delete on.
// - The same group commit (src/store/sqlite/group-commit.ts, imported as it is): writes from
//   concurrent turns run at once inside one open transaction, each in its own savepoint, one
//   COMMIT per batch, and each `write()` resolves only once its batch is durably on disk.
// - Items stored as JSON, one row per key, eTags handled as botbuilder's MemoryStorage does: an
//   item without an eTag or with '*' is written whatever is stored; otherwise its eTag must
//   match the stored one, or the write is refused with MemoryStorage's error. The eTag is a
//   per-key counter kept in its own column (so it survives a restart).
//
// Runs under tsx (`node --import tsx`), which loads the TypeScript group commit.
import Database from 'better-sqlite3';
import { GroupCommit } from '../../src/store/sqlite/group-commit.ts';

export class SqliteStorage {
  /** @param {string} path the database file (created if missing) */
  constructor(path) {
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    db.pragma('secure_delete = ON');
    db.exec('CREATE TABLE IF NOT EXISTS store_items (key TEXT PRIMARY KEY, etag INTEGER NOT NULL, doc TEXT NOT NULL) WITHOUT ROWID');
    this.db = db;
    this.group = new GroupCommit(db, { walPath: `${path}-wal` });
    this.st = {
      read: db.prepare('SELECT etag, doc FROM store_items WHERE key = ?'),
      etag: db.prepare('SELECT etag FROM store_items WHERE key = ?').pluck(),
      upsert: db.prepare('INSERT INTO store_items (key, etag, doc) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET etag = excluded.etag, doc = excluded.doc'),
      delete: db.prepare('DELETE FROM store_items WHERE key = ?'),
    };
  }

  /** @param {string[]} keys */
  async read(keys) {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const items = {};
    for (const key of keys) {
      const row = this.st.read.get(key);
      if (row) items[key] = { ...JSON.parse(row.doc), eTag: String(row.etag) };
    }
    return items;
  }

  /** @param {Record<string, object>} changes */
  write(changes) {
    if (!changes) return Promise.reject(new ReferenceError('Changes are required when writing.'));
    // All of one write()'s keys in one savepoint: a conflict on any key writes none of them.
    return this.group.run(() => {
      for (const [key, item] of Object.entries(changes)) {
        const stored = this.st.etag.get(key);
        if (stored !== undefined && item.eTag && item.eTag !== '*' && item.eTag !== String(stored)) {
          throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
        }
        const { eTag: _ignored, ...doc } = item;
        this.st.upsert.run(key, (stored ?? 0) + 1, JSON.stringify(doc));
      }
    });
  }

  /** @param {string[]} keys */
  delete(keys) {
    return this.group.run(() => {
      for (const key of keys) this.st.delete.run(key);
    });
  }

  /** Batches committed so far (for turns per COMMIT). */
  stats() {
    return this.group.stats();
  }

  close() {
    this.group.close();
    this.db.close();
  }
}

/**
 * A check run before each durable peer run: the storage keeps MemoryStorage's contract (round
 * trip, eTags, conflicts refused, '*' overwrites, delete). Throws on any difference.
 */
export async function checkStorage(storage) {
  const key = 'bench-check/item';
  const fail = (what) => {
    throw new Error(`durable peer storage check failed: ${what}`);
  };
  await storage.write({ [key]: { n: 1, list: ['a'] } });
  const first = (await storage.read([key]))[key];
  if (!first || first.n !== 1 || first.list?.[0] !== 'a' || !first.eTag) fail('round trip');
  await storage.write({ [key]: { ...first, n: 2 } });
  const second = (await storage.read([key]))[key];
  if (second?.n !== 2 || second.eTag === first.eTag) fail('write with the current eTag');
  const conflict = await storage.write({ [key]: { ...first, n: 3 } }).then(() => null, (err) => err);
  if (!conflict || !/eTag conflict/.test(conflict.message) || (await storage.read([key]))[key]?.n !== 2) fail('stale eTag refused');
  await storage.write({ [key]: { n: 4, eTag: '*' } });
  if ((await storage.read([key]))[key]?.n !== 4) fail("'*' overwrites");
  await storage.delete([key]);
  if (key in (await storage.read([key, 'bench-check/none']))) fail('delete');
}

/**
 * Reads the database back with a fresh connection (after close): how many of conversations
 * 0..count-1 have their note stored, with the words the parent gave (`request-i: …`).
 */
export function countStoredNotes(path, keyOf, count) {
  const db = new Database(path, { readonly: true });
  const get = db.prepare('SELECT doc FROM store_items WHERE key = ?').pluck();
  let found = 0;
  for (let i = 0; i < count; i++) {
    const doc = get.get(keyOf(i));
    const notes = doc ? JSON.parse(doc).notes : undefined;
    if (Array.isArray(notes) && notes.some((n) => typeof n.text === 'string' && n.text.startsWith(`request-${i}:`))) found++;
  }
  db.close();
  return found;
}
