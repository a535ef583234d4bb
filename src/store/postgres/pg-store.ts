/**
 * The PostgreSQL store, for many instances sharing one database (NEXTSTEP_DATABASE_URL).
 *
 * It implements the same ports as the SQLite store, and mostly with the SQLite store's own code:
 * a turn runs on this instance's working copy of its parent (working-copy.ts), loaded from
 * PostgreSQL under the parent's advisory lock and written back with the other turns of its batch
 * in one transaction (turn-batch.ts). Work outside turns goes straight to PostgreSQL: the outbox
 * and the scheduler's ledger (pg-outbox.ts), forgetting a parent or one child (pg-forget.ts,
 * pg-forget-child.ts, through the case file's port: pg-requests.ts), where questions were posted
 * (pg-question-posts.ts), and what the scheduler reads (`prepareDue` reloads every parent who may
 * be due).
 *
 * Reads outside a turn (the Slack Home tab, the due sources, the command line after `loadUsers`)
 * see the copy as it was last loaded; writes outside a turn are not supported (`transaction`
 * throws unless called inside `runTurn`).
 */
import pg from 'pg';
import { plainSealer, type QuestionPosts, type CaseRow, type Logger, type NoteCorrection, type NoteRefile, type NoteFilter, type NoteInput, type NoteRow, type Sealer, type SessionRow, type Store, type TurnRecord } from '../../core/ports.js';
import type { DailyLogStore } from '../../features/daily-log/daily-log-port.js';
import type { ReviewsStore } from '../../features/case-file/reviews-port.js';
import type { ForgetReport, RequestsStore } from '../../features/case-file/requests-port.js';
import { errorFields } from '../../security/safe-log.js';
import { Lane } from './lane.js';
import { migratePg } from './migrate.js';
import { endPool, openPool } from './pool-end.js';
import { PgOutbox, PgPromptLedger } from './pg-outbox.js';
import { forgetOnPg } from './pg-forget.js';
import { forgetChildOnPg } from './pg-forget-child.js';
import { caseTables } from '../sqlite/case-tables.js';
import { verifyPgDataKey } from './pg-key-check.js';
import { inTransaction, loadRows, readVersions } from './pg-rows.js';
import { TurnBatcher } from './turn-batch.js';
import { WorkingCopy } from './working-copy.js';
import { PgRequests } from './pg-requests.js';
import { PgQuestionPosts } from './pg-question-posts.js';
import { ParentKeys } from './parent-keys.js';

export interface PgStoreOptions {
  /** postgres://user:password@host:port/database (never logged). */
  url: string;
  sealer?: Sealer;
  logger?: Logger;
  /** Where parents' exported files live (`<data dir>/files`), removed on forget. */
  filesRoot?: string | null;
  /** Connections in the pool (default 4). */
  poolSize?: number;
  /** Undelivered replies younger than this are left to the instance delivering them (default 60 s). */
  outboxMinAgeMs?: number;
  /** Parents the working copy keeps between turns, the least recently served dropped first (default 5,000). */
  maxParents?: number;
}

const MAX_PARENTS = 5_000;

/** bigint columns (ids, versions) come back as numbers: ours stay far below 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

export class PgStore implements Store {
  readonly pool: pg.Pool;
  readonly sealer: Sealer;
  readonly logs: DailyLogStore;
  readonly requests: RequestsStore;
  /** The working copy's (written inside turns, read by the due source after `prepareDue`). */
  readonly reviews: ReviewsStore;
  readonly prompts: PgPromptLedger;
  readonly questionPosts: QuestionPosts;
  readonly copy: WorkingCopy;
  readonly keys: ParentKeys;
  readonly batcher: TurnBatcher;
  private readonly lane = new Lane();
  private readonly outbox: PgOutbox;
  private readonly logger: Logger | undefined;
  private ended: Promise<void> | null = null;

  /** Connects, migrates, checks the data key. */
  static async open(opts: PgStoreOptions): Promise<PgStore> {
    const pool = openPool({ connectionString: opts.url, max: opts.poolSize ?? 4, types });
    try {
      const client = await pool.connect();
      try {
        await migratePg(client);
        await verifyPgDataKey(client, opts.sealer ?? plainSealer);
      } finally {
        client.release();
      }
    } catch (err) {
      await endPool(pool);
      throw err;
    }
    return new PgStore(pool, opts);
  }

  private constructor(pool: pg.Pool, opts: PgStoreOptions) {
    this.pool = pool;
    this.sealer = opts.sealer ?? plainSealer;
    this.logger = opts.logger;
    // A dropped idle connection must not take the process down; the next query reconnects.
    pool.on('error', (err) => this.logger?.warn(errorFields(err), 'postgres connection lost'));
    this.copy = new WorkingCopy(this.sealer);
    this.keys = new ParentKeys(this.sealer);
    // A parent dropped from the copy (or a failed batch's) is read again with their key from PostgreSQL.
    this.copy.onEvict = (users) => this.keys.drop(users);
    this.outbox = new PgOutbox(pool, this.keys, opts.outboxMinAgeMs ?? 60_000, (err) => this.logger?.warn(errorFields(err), 'delivery receipts not written'));
    this.maxParents = opts.maxParents ?? MAX_PARENTS;
    this.batcher = new TurnBatcher(pool, this.copy, this.lane, this.keys, (db) => this.outbox.flush(db), this.maxParents);
    this.prompts = new PgPromptLedger(pool, (users) => users.forEach((u) => this.copy.doubt(u)));
    this.logs = this.copy.store.logs;
    this.reviews = this.copy.store.reviews;
    this.requests = new PgRequests(this.copy.store.requests, (userId) => this.erase(userId), (userId, caseId) => this.eraseChild(userId, caseId));
    this.questionPosts = new PgQuestionPosts(this.copy, this.keys, pool, (err) => this.logger?.warn(errorFields(err), 'question post not written'));
    this.filesRoot = opts.filesRoot ?? null;
  }

  private readonly filesRoot: string | null;
  private readonly maxParents: number;

  runTurn<T>(key: { userId: string; eventId?: string }, fn: () => T): Promise<T> {
    return this.batcher.submit(key.userId, fn);
  }

  /** Inside a turn (runTurn's `fn`), a nested transaction on the working copy; outside, refused. */
  transaction<T>(fn: () => T): T {
    if (!this.batcher.running) throw new Error('the PostgreSQL store writes inside turns only (runTurn)');
    return this.copy.store.transaction(fn);
  }

  /** Loads these parents' rows, from one snapshot, so reads outside a turn see them as committed. */
  loadUsers(users: readonly string[]): Promise<void> {
    return this.lane.run(() => this.reload(() => Promise.resolve(users)));
  }

  /** Whether PostgreSQL holds a parent (their `users` row). */
  async knows(userId: string): Promise<boolean> {
    const r = await this.pool.query('SELECT 1 FROM users WHERE id = $1', [userId]);
    return (r.rowCount ?? 0) > 0;
  }

  /**
   * Reloads, from one consistent snapshot, every parent the due sources may name: those whose
   * check-in may be due now and is not yet sent today, or whose follow-up or review reminder is due, in PostgreSQL,
   * and those our copy still thinks so. Narrowed in SQL so a tick loads the parents due now, not
   * everyone with check-ins on (the due sources decide; this only has to include them all).
   */
  prepareDue(now: Date): Promise<void> {
    return this.lane.run(() =>
      this.reload(async (client) => {
        const ids = new Set(
          (await client.query<{ user_id: string }>(
            `${CHECKIN_CANDIDATES}
             UNION SELECT user_id FROM followups WHERE status = 'open' AND reminded_at IS NULL AND due_at <= $1::text
             UNION SELECT user_id FROM review_reminders WHERE status = 'open' AND reminded_at IS NULL AND due_at <= $1::text`,
            [now.toISOString()],
          )).rows.map((r) => r.user_id),
        );
        for (const s of this.copy.store.logs.enabledCheckins()) ids.add(s.userId);
        for (const f of this.copy.store.requests.dueFollowups(now.toISOString())) ids.add(f.userId);
        for (const r of this.copy.store.reviews.due(now.toISOString())) ids.add(r.userId);
        return [...ids];
      }),
    );
  }

  /** In one read-only snapshot: reloads the parents `which` names whose version moved. */
  private async reload(which: (client: pg.ClientBase) => Promise<readonly string[]>): Promise<void> {
    await inTransaction(this.pool, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', async (client) => {
      const users = [...(await which(client))];
      this.copy.trim(this.maxParents, new Set(users));
      const current = await readVersions(client, users);
      const stale = users.filter((u) => this.copy.version(u) !== (current.get(u) ?? 0));
      const stored = stale.filter((u) => current.has(u));
      if (stale.length) this.copy.load(stale, await this.keys.loaded(client, await loadRows(client, this.copy.tables, stored), stale, stored), current);
    });
  }

  private erase(userId: string): Promise<ForgetReport> {
    return this.lane.run(async () => {
      const report = await forgetOnPg(this.pool, this.copy.tables, userId, this.filesRoot);
      this.copy.evict([userId]);
      this.keys.drop([userId]);
      return report;
    });
  }

  private eraseChild(userId: string, caseId: number): Promise<ForgetReport> {
    return this.lane.run(async () => {
      const report = await forgetChildOnPg(this.pool, caseTables(this.copy.db), userId, caseId, this.filesRoot, this.keys);
      this.copy.evict([userId]);
      return report;
    });
  }

  hasTurn(eventId: string): boolean {
    return this.copy.store.hasTurn(eventId);
  }
  recordTurn(turn: TurnRecord): void {
    this.copy.store.recordTurn(turn);
  }
  markDelivered(eventId: string, at: string): void {
    this.copy.untracked(() => this.copy.store.markDelivered(eventId, at));
    this.outbox.receipt(eventId, at);
  }
  readonly markDeliveredSoon = (eventId: string, at: string): void => this.markDelivered(eventId, at);
  /** Straight on PostgreSQL, outside turns, by any instance (a row deleted twice is deleted once). */
  async pruneKept(before: string, max: number): Promise<number> {
    await this.outbox.flush(this.pool); // receipts still queued: their turns count as delivered
    const turns = await this.pool.query('DELETE FROM turns WHERE event_id IN (SELECT event_id FROM turns WHERE delivered_at IS NOT NULL AND at < $1 ORDER BY at LIMIT $2)', [before, max]);
    const posts = await this.pool.query(
      'DELETE FROM question_posts WHERE (user_id, channel, prompt_id) IN (SELECT user_id, channel, prompt_id FROM question_posts WHERE posted_at < $1 ORDER BY posted_at LIMIT $2)',
      [before, max],
    );
    return (turns.rowCount ?? 0) + (posts.rowCount ?? 0);
  }
  undelivered(): Promise<TurnRecord[]> {
    return this.outbox.claim();
  }
  async undeliveredTurn(eventId: string): Promise<TurnRecord | undefined> {
    return (await this.outbox.claim(1, eventId))[0];
  }

  ensureUser(userId: string, at: string): void {
    this.copy.store.ensureUser(userId, at);
  }
  hasUserFlag(userId: string, flag: string): boolean {
    return this.copy.store.hasUserFlag(userId, flag);
  }
  setUserFlag(userId: string, flag: string): void {
    this.copy.store.setUserFlag(userId, flag);
  }
  channelZone(userId: string): string | undefined {
    return this.copy.store.channelZone(userId);
  }
  setChannelZone(userId: string, zone: string): void {
    this.copy.store.setChannelZone(userId, zone);
  }
  listCases(userId: string): CaseRow[] {
    return this.copy.store.listCases(userId);
  }
  getCase(userId: string, caseId: number): CaseRow | undefined {
    return this.copy.store.getCase(userId, caseId);
  }
  openCase(userId: string, nickname: string, at: string): CaseRow {
    return this.copy.store.openCase(userId, nickname, at);
  }
  markDisclaimerShown(caseId: number): void {
    this.copy.store.markDisclaimerShown(caseId);
  }
  getSession(userId: string): SessionRow | undefined {
    return this.copy.store.getSession(userId);
  }
  saveSession(row: SessionRow): void {
    this.copy.store.saveSession(row);
  }
  addNote(note: NoteInput): number {
    return this.copy.store.addNote(note);
  }
  addUnkeptDraft(note: NoteInput): number {
    return this.copy.store.addUnkeptDraft(note);
  }
  keepDraft(userId: string): boolean {
    return this.copy.store.keepDraft(userId);
  }
  hasUnkeptDraft(userId: string): boolean {
    return this.copy.store.hasUnkeptDraft(userId);
  }
  correctNote(userId: string, noteId: number, change: NoteCorrection): boolean {
    return this.copy.store.correctNote(userId, noteId, change);
  }
  refileNote(userId: string, noteId: number, into: NoteRefile): boolean {
    return this.copy.store.refileNote(userId, noteId, into);
  }
  renameCase(userId: string, caseId: number, nickname: string): boolean {
    return this.copy.store.renameCase(userId, caseId, nickname);
  }
  listNotes(userId: string, opts?: NoteFilter): NoteRow[] {
    return this.copy.store.listNotes(userId, opts);
  }
  takeUnreadable(userId: string): number {
    return this.copy.store.takeUnreadable(userId);
  }

  /** Stops taking work; `end()` waits for what is in flight and closes the pool. */
  close(): void {
    void this.end();
  }

  end(): Promise<void> {
    this.ended ??= this.lane
      .run(async () => {
        await this.outbox.close();
      })
      .finally(async () => {
        await endPool(this.pool);
        this.copy.close();
      });
    return this.ended;
  }
}

/**
 * Parents whose check-in may be due at $1 (an ISO instant): today's (local) prompt not yet sent
 * and its time reached, or a snooze set for today. A zone PostgreSQL does not know, an unsure
 * time or a skipped day only ever widen the set (the due source decides).
 */
const CHECKIN_CANDIDATES = `
  SELECT user_id FROM (
    SELECT s.*, ($1::text::timestamptz AT TIME ZONE z.name) AS t FROM checkin_settings s
    LEFT JOIN (SELECT name FROM pg_timezone_names) z ON z.name = s.time_zone
    WHERE s.enabled = 1) l
  WHERE l.t IS NULL
    OR l.snooze_date = to_char(l.t, 'YYYY-MM-DD')
    OR (to_char(l.t, 'HH24:MI') >= coalesce(l.local_time, '00:00')
        AND NOT EXISTS (SELECT 1 FROM sent_prompts p WHERE p.key = 'checkin:' || l.user_id || ':' || to_char(l.t, 'YYYY-MM-DD')))`;
