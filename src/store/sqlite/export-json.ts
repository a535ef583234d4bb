/**
 * Every row the bot holds about one parent, table by table, unsealed: the raw half of the JSON
 * export. Tables are found by `user-tables.ts`, so a table added later is exported without a
 * change here. Sealed columns (src/store/sqlite/sealed-columns.ts) are opened; those holding JSON
 * (note bodies, conversation state, the outbox) are parsed, so the export is plain data.
 */
import type { TableRows } from '../../features/case-file/requests-port.js';
import type Database from 'better-sqlite3';
import type { Sealer } from '../../core/ports.js';
import { SEALED_COLUMNS } from './sealed-columns.js';
import { selectUserRows, userTables } from './user-tables.js';


function parseMaybeJson(text: string): unknown {
  const t = text.trimStart();
  if (!t.startsWith('{') && !t.startsWith('[')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** A sealed value that will not open (a damaged row) exports as null and is reported through `onUnreadable`. */
export function exportUserTables(db: Database.Database, sealer: Sealer, userId: string, onUnreadable?: (table: string, id: string) => void): TableRows {
  const out: TableRows = {};
  for (const t of userTables(db)) {
    const sealed = new Set(SEALED_COLUMNS[t.table] ?? []);
    out[t.table] = selectUserRows(db, t, userId).map((row) => {
      const plain: Record<string, unknown> = {};
      for (const [col, v] of Object.entries(row)) {
        if (sealed.has(col) && typeof v === 'string') {
          try {
            plain[col] = parseMaybeJson(sealer.open(v));
          } catch {
            plain[col] = null;
            onUnreadable?.(t.table, String(row['id'] ?? row['rowid'] ?? 'unknown'));
          }
        }
        else if (v instanceof Uint8Array) plain[col] = { $b64: Buffer.from(v).toString('base64') };
        else plain[col] = v;
      }
      return plain;
    });
  }
  return out;
}
