/**
 * The shared outbox and the scheduler's ledger, straight on PostgreSQL (they are used outside
 * turns, by whichever instance gets there first).
 *
 * - Undelivered replies are *claimed* for a few minutes (`FOR UPDATE SKIP LOCKED`), so two
 *   instances re-delivering at the same moment each take different turns, and a turn younger
 *   than `minAgeMs` is left alone (its own instance is probably delivering it right now).
 * - Delivery receipts are queued and written in one statement, with the next batch or soon after.
 * - A prompt is recorded as sent once (`ON CONFLICT DO NOTHING` on its key).
 */
import type pg from 'pg';
import type { DueItem, PromptLedger, TurnRecord } from '../../core/ports.js';
import type { ParentKeys } from './parent-keys.js';
import { repliesFromJson } from '../sqlite/replies-json.js';

export class PgOutbox {
  private receipts: string[] = [];
  private receiptsAt = '';
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly pool: pg.Pool,
    private readonly keys: ParentKeys,
    private readonly minAgeMs: number,
    private readonly onError: (err: unknown) => void,
  ) {}

  receipt(eventId: string, at: string): void {
    this.receipts.push(eventId);
    this.receiptsAt = at;
    this.timer ??= setTimeout(() => {
      this.timer = null;
      this.flush(this.pool).catch(this.onError);
    }, 20);
  }

  /** Writes queued receipts (inside a batch's transaction, or on their own). */
  async flush(db: pg.Pool | pg.ClientBase): Promise<void> {
    if (this.receipts.length === 0) return;
    const ids = this.receipts;
    this.receipts = [];
    try {
      await db.query(`UPDATE turns SET delivered_at = $1, replies = '[]', claimed_until = NULL WHERE event_id = ANY($2::text[])`, [this.receiptsAt, ids]);
    } catch (err) {
      // Not fatal: those replies are offered again, never lost.
      this.onError(err);
    }
  }

  /** Claims undelivered turns (only `eventId`'s, when given: a platform re-sent that event). */
  async claim(limit = 1000, eventId?: string): Promise<TurnRecord[]> {
    await this.flush(this.pool);
    const r = await this.pool.query<{ event_id: string; user_id: string; replies: string; at: string }>(
      `WITH c AS (
         SELECT event_id FROM turns
          WHERE delivered_at IS NULL AND (claimed_until IS NULL OR claimed_until < now())
            AND at::timestamptz <= now() - $1 * interval '1 millisecond'
            AND ($4::text IS NULL OR event_id = $4)
          ORDER BY at LIMIT $2 FOR UPDATE SKIP LOCKED)
       UPDATE turns t SET claimed_until = now() + $3 * interval '1 millisecond' FROM c WHERE t.event_id = c.event_id
       RETURNING t.event_id, t.user_id, t.replies, t.at`,
      // The lease: five times the age a reply must reach before it is taken over, at most five
      // minutes (an instance that dies holding a lease leaves its replies for that long).
      [this.minAgeMs, limit, Math.min(5 * 60_000, Math.max(1000, 5 * this.minAgeMs)), eventId ?? null],
    );
    await this.keys.fetch(this.pool, r.rows.map((row) => row.user_id));
    return r.rows
      .sort((a, b) => a.at.localeCompare(b.at))
      .map((row) => ({ eventId: row.event_id, userId: row.user_id, at: row.at, replies: repliesFromJson(this.keys.plain(row.user_id, row.replies)) }));
  }

  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.flush(this.pool);
  }
}

export class PgPromptLedger implements PromptLedger {
  constructor(
    private readonly pool: pg.Pool,
    /** The parents' copies held by this instance now miss a row: reload them next time. */
    private readonly changed: (userIds: string[]) => void,
  ) {}

  async isSent(key: string): Promise<boolean> {
    return (await this.pool.query('SELECT 1 FROM sent_prompts WHERE key = $1', [key])).rowCount !== 0;
  }

  async claim(items: readonly DueItem[], at: string): Promise<void> {
    if (items.length === 0) return;
    const users = [...new Set(items.map((i) => i.userId))];
    await this.pool.query(
      `WITH sent AS (
         INSERT INTO sent_prompts (key, user_id, kind, local_date, due_at, sent_at)
         SELECT k, u, c, d, due, $6 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS x(k, u, c, d, due)
         ON CONFLICT (key) DO NOTHING RETURNING user_id)
       INSERT INTO user_versions (user_id, version) SELECT user_id, nextval('user_version_seq') FROM (SELECT DISTINCT user_id FROM sent) AS s
       ON CONFLICT (user_id) DO UPDATE SET version = EXCLUDED.version`,
      [items.map((i) => i.key), items.map((i) => i.userId), items.map((i) => i.command), items.map((i) => i.localDate ?? null), items.map((i) => i.dueAt), at],
    );
    this.changed(users);
  }
}
