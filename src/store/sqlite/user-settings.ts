/**
 * A parent's small settings, kept as JSON in `users.settings`: flags (the caseless
 * not-legal-advice note was shown) and the zone their channel last gave. Read here; the store
 * keeps each answer in its hot cache (hot-cache.ts, `fact`) until it writes the row again.
 */
import type Database from 'better-sqlite3';
import * as z from 'zod';

type Prepare = (sql: string) => Database.Statement;

const settingsSchema = z.record(z.string(), z.unknown());

export function readUserFlag(prepare: Prepare, userId: string, flag: string): boolean {
  const row = prepare('SELECT settings FROM users WHERE id = ?').get(userId) as { settings: string } | undefined;
  if (!row) return false;
  const settings = settingsSchema.safeParse(JSON.parse(row.settings));
  return settings.success && settings.data[flag] === true;
}

/** `forget`, called first: the store's hot cache forgets what it read of the parent's settings. */
export function writeUserFlag(prepare: Prepare, userId: string, flag: string, forget: () => void): void {
  forget();
  prepare(`UPDATE users SET settings = json_set(settings, '$.' || ?, json('true')) WHERE id = ?`).run(flag, userId);
}

/** An IANA name, checked by the engine before it is kept and after it is read. */
export function readChannelZone(prepare: Prepare, userId: string): string | undefined {
  const row = prepare(`SELECT json_extract(settings, '$.channelZone') AS zone FROM users WHERE id = ? AND json_valid(settings)`).get(userId) as { zone: unknown } | undefined;
  return typeof row?.zone === 'string' ? row.zone : undefined;
}

export function writeChannelZone(prepare: Prepare, userId: string, zone: string, forget: () => void): void {
  forget();
  prepare(`UPDATE users SET settings = json_set(settings, '$.channelZone', ?) WHERE id = ?`).run(zone, userId);
}
