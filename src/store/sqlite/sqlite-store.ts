/**
 * The embedded default store: SQLite through better-sqlite3, WAL mode, synchronous=FULL so
 * that a turn whose reply was sent survives a power cut. Parent-written text is passed
 * through the Sealer (AES-GCM when a data key is set) before it touches the file.
 */
import type Database from 'better-sqlite3';
import { caseRowSchema, sessionRowSchema } from './row-schemas.js';
import { plainSealer, type CaseRow, type NoteCorrection, type NoteFilter, type NoteInput, type NoteRefile, type NoteRow, type PendingQuestion, type Sealer, type SessionRow, type Store, type TurnRecord } from '../../core/ports.js';
import type { Migration } from './migrate.js';
import { openDatabase } from './open-database.js';
import { SqliteNotes } from './notes-table.js';
import { caseIdsToJson } from './child-replies.js';
import { repliesToJson, turnRecordOf, TURN_COLUMNS, type TurnRow } from './replies-json.js';
import { GroupCommit, type GroupCommitOptions } from './group-commit.js';
import { pendingSchema, snapshotSchema } from '../../core/session-schemas.js';
import { HotCache, type HotCacheLimits } from './hot-cache.js';
import { prepared } from './prepared.js';
import { verifyDataKey } from './key-check.js';
import type { KeysFile } from './keys-file.js';
import { openParentKeys, type SealerFor } from './parent-sealers.js';
import { SqliteDailyLogStore } from './daily-log-store.js';
import { SqliteQuestionPosts } from './question-posts.js';
import { UnreadableRows } from './unreadable-rows.js';
import { SqliteRequestsStore } from './requests-store.js';
import { SqliteReviewsStore } from './reviews-store.js';
import { correctStatement } from './note-correction.js';
import { refileCaseless } from './note-refile.js';
import { SqlitePromptLedger } from './prompt-ledger.js';
import { pruneKept } from './prune-kept.js';
import { filesRootFor } from '../../core/user-files.js';
import { readChannelZone, readUserFlag, writeChannelZone, writeUserFlag } from './user-settings.js';

export interface SqliteStoreOptions {
  path: string;
  sealer?: Sealer;
  /** Share one fsync among the turns of one event-loop pass (default on; see group-commit.ts). */
  groupCommit?: boolean;
  /** Tests only: the fsyncs the group commit uses (see GroupCommitOptions). */
  fsync?: GroupCommitOptions['fsync'];
  fsyncSync?: GroupCommitOptions['fsyncSync'];
  /** The schema to build (default: migrations/, in order); the PostgreSQL store's working copy adapts it. */
  migrations?: Migration[];
  /** Bounds of the in-memory cache of parents (default DEFAULT_CACHE_LIMITS, hot-cache.ts). */
  cache?: Partial<HotCacheLimits>;
  /** A data key per parent, in `<path>.keys` (default: on for a file; see parent-sealers.ts). */
  parentKeys?: boolean;
}

export class SqliteStore implements Store {
  readonly db: Database.Database;
  readonly sealer: Sealer;
  /** The sealer for one parent's words (their own data key; parent-sealers.ts). */
  readonly sealerFor: SealerFor;
  private readonly keys: KeysFile | null;
  readonly group: GroupCommit | null;
  readonly commitTurn?: <T>(fn: () => T) => Promise<T>;
  readonly logs: SqliteDailyLogStore;
  readonly requests: SqliteRequestsStore;
  readonly reviews: SqliteReviewsStore;
  readonly questionPosts: SqliteQuestionPosts;
  readonly prompts: SqlitePromptLedger;

  private readonly unreadable = new UnreadableRows();
  private readonly notes: SqliteNotes;

  /** Sessions, cases and known users, write-through (see hot-cache.ts). */
  private readonly cache: HotCache;

  constructor(opts: SqliteStoreOptions) {
    this.db = openDatabase(opts.path, opts.migrations);
    this.prepare = prepared(this.db);
    this.sealer = opts.sealer ?? plainSealer;
    try {
      // A wrong or missing key stops here, before any read (the parents' keys file checked first).
      ({ keys: this.keys, sealerFor: this.sealerFor } = openParentKeys(this.db, opts.path, this.sealer, opts.parentKeys, () => verifyDataKey(this.db, this.sealer)));
    } catch (e) {
      this.db.close();
      throw e;
    }
    this.cache = new HotCache(this.db, opts.cache);
    this.notes = new SqliteNotes(this.prepare, this.sealerFor, this.unreadable);
    this.logs = new SqliteDailyLogStore(this.db, this.sealerFor, this.unreadable, { cache: this.cache, fresh: () => this.fresh() });
    this.prompts = new SqlitePromptLedger(this.db);
    const cache = this.cache;
    const group =
      opts.groupCommit === false
        ? null
        : new GroupCommit(this.db, {
            walPath: opts.path === ':memory:' ? null : `${opts.path}-wal`,
            onBegin: () => this.validate(),
            onRollback: () => cache.clear(),
            beforeCommit: () => this.writeReceipts(),
            ...(opts.fsync ? { fsync: opts.fsync } : {}),
            ...(opts.fsyncSync ? { fsyncSync: opts.fsyncSync } : {}),
          });
    this.group = group;
    this.questionPosts = new SqliteQuestionPosts(this.db, this.sealerFor);
    this.reviews = new SqliteReviewsStore(this.db);
    this.requests = new SqliteRequestsStore(this.db, this.sealerFor, {
      shred: (userId) => this.keys?.shred(userId) ?? 0,
      unreadable: this.unreadable,
      filesRoot: filesRootFor(opts.path),
      flush: () => group?.flush({ sync: true }),
      onErase: () => cache.clear(),
    });
    if (group) {
      this.commitTurn = (fn) => group.run(fn);
      this.markDeliveredSoon = (eventId, at) => {
        this.receipts.push(eventId);
        this.receiptsAt = at;
        group.touch();
      };
    }
  }

  /** Delivery receipts waiting for the next batch (see markDeliveredSoon). */
  private receipts: string[] = [];
  private receiptsAt = '';

  /**
   * Like markDelivered, written with the next batch in one statement for all its receipts.
   * Losing receipts in a crash only means those replies are delivered again, never a lost turn.
   */
  readonly markDeliveredSoon?: (eventId: string, at: string) => void;

  private writeReceipts(): void {
    if (this.receipts.length === 0) return;
    const ids = this.receipts;
    this.receipts = [];
    try {
      this.prepare(`UPDATE turns SET delivered_at = ?, replies = '[]' WHERE event_id IN (SELECT value FROM json_each(?))`)
        .run(this.receiptsAt, JSON.stringify(ids));
    } catch {
      // Not fatal: undelivered replies are offered again after a restart.
    }
  }

  /** Rows were written behind the store's back (the PostgreSQL store loading a parent): forget what is cached. */
  dropCache(): void {
    this.cache.clear();
  }

  /** Another process may have written meanwhile (a CLI's forget): drop what is cached of its changes. */
  private validate(): void { this.cache.validate(); this.keys?.fresh(); }

  /** Reads outside any transaction may follow another process's commit: check first. */
  private fresh(): void {
    if (!this.db.inTransaction) this.validate();
  }

  /** Prepared once per connection (prepared.ts). */
  private readonly prepare: (sql: string) => Database.Statement;

  transaction<T>(fn: () => T): T {
    return this.db.transaction(() => {
      this.validate();
      try {
        return fn();
      } catch (err) {
        this.cache.clear();
        throw err;
      }
    })();
  }

  hasTurn(eventId: string): boolean {
    return this.prepare('SELECT 1 FROM turns WHERE event_id = ?').get(eventId) !== undefined;
  }

  recordTurn(t: TurnRecord): void {
    this.prepare('INSERT INTO turns (event_id, user_id, replies, at, case_ids) VALUES (?, ?, ?, ?, ?)')
      .run(t.eventId, t.userId, this.sealerFor(t.userId).seal(repliesToJson(t.replies)), t.at, caseIdsToJson(t.caseIds));
  }

  pruneKept(before: string, max: number): number | Promise<number> {
    const work = () => pruneKept(this.db, before, max);
    return this.commitTurn ? this.commitTurn(work) : this.transaction(work);
  }

  /** Once delivered, the reply text is dropped: only the event id is kept, for de-duplication. */
  markDelivered(eventId: string, at: string): void {
    this.prepare(`UPDATE turns SET delivered_at = ?, replies = '[]' WHERE event_id = ?`).run(at, eventId);
  }

  undelivered(): TurnRecord[] {
    this.writeReceipts(); // receipts still waiting for their batch count as delivered
    const rows = this.prepare(`SELECT ${TURN_COLUMNS} FROM turns WHERE delivered_at IS NULL ORDER BY rowid`).all() as TurnRow[];
    // A reply that will not open (its parent's key is gone: a restored backup) is skipped, not fatal.
    return rows.flatMap((r) => this.unreadable.readEach(r.user_id, 'turns', [r], () => turnRecordOf(r, this.sealerFor)));
  }

  undeliveredTurn(eventId: string): TurnRecord | undefined {
    this.writeReceipts();
    const row = this.prepare(`SELECT ${TURN_COLUMNS} FROM turns WHERE event_id = ? AND delivered_at IS NULL`).get(eventId) as TurnRow | undefined;
    return row && this.unreadable.readEach(row.user_id, 'turns', [row], () => turnRecordOf(row, this.sealerFor))[0];
  }

  ensureUser(userId: string, at: string): void {
    this.fresh();
    if (this.cache.hasUser(userId)) return;
    this.prepare('INSERT OR IGNORE INTO users (id, created_at) VALUES (?, ?)').run(userId, at);
    this.cache.addUser(userId);
  }

  /** Flags and the channel's zone (user-settings.ts) are read once a parent, until the store writes them. */
  hasUserFlag(userId: string, flag: string): boolean {
    this.fresh();
    return this.cache.fact(userId, `flag:${flag}`, () => readUserFlag(this.prepare, userId, flag));
  }

  setUserFlag(userId: string, flag: string): void {
    writeUserFlag(this.prepare, userId, flag, () => this.cache.dropFacts(userId));
  }

  channelZone(userId: string): string | undefined {
    this.fresh();
    return this.cache.fact(userId, 'channelZone', () => readChannelZone(this.prepare, userId));
  }

  setChannelZone(userId: string, zone: string): void {
    writeChannelZone(this.prepare, userId, zone, () => this.cache.dropFacts(userId));
  }

  private toCase(raw: unknown): CaseRow {
    const r = caseRowSchema.parse(raw);
    return {
      id: r.id,
      userId: r.user_id,
      nickname: this.sealerFor(r.user_id).open(r.nickname),
      createdAt: r.created_at,
      disclaimerShown: r.disclaimer_shown === 1,
    };
  }

  listCases(userId: string): CaseRow[] {
    this.fresh();
    const hit = this.cache.casesOf(userId);
    if (hit) return hit;
    const rows = this.unreadable.readEach(userId, 'cases', this.prepare('SELECT * FROM cases WHERE user_id = ? ORDER BY id').all(userId), (r) => this.toCase(r));
    this.cache.putCases(userId, rows);
    return rows;
  }

  getCase(userId: string, caseId: number): CaseRow | undefined {
    this.fresh();
    const hit = this.cache.casesOf(userId)?.find((c) => c.id === caseId); // a cached case is one that reads
    if (hit) return hit;
    const r = this.prepare('SELECT * FROM cases WHERE user_id = ? AND id = ?').get(userId, caseId);
    return r === undefined ? undefined : this.unreadable.readEach(userId, 'cases', [r], (x) => this.toCase(x))[0];
  }

  /** Put right a child's name (W15-7); never onto a sibling's name (matched after opening, as openCase does). */
  renameCase(userId: string, caseId: number, nickname: string): boolean {
    const name = nickname.trim();
    const cases = this.listCases(userId);
    if (!name || !cases.some((c) => c.id === caseId) || cases.some((c) => c.id !== caseId && c.nickname.trim().toLowerCase() === name.toLowerCase())) return false;
    const changed = this.prepare('UPDATE cases SET nickname = ? WHERE id = ? AND user_id = ?').run(this.sealerFor(userId).seal(name), caseId, userId).changes > 0;
    this.cache.dropCases(userId);
    return changed;
  }

  /** Nicknames are sealed (random IV), so matching happens after opening, per parent. */
  openCase(userId: string, nickname: string, at: string): CaseRow {
    const wanted = nickname.trim().toLowerCase();
    const existing = this.listCases(userId).find((c) => c.nickname.trim().toLowerCase() === wanted);
    if (existing) return existing;
    const info = this.prepare('INSERT INTO cases (user_id, nickname, created_at) VALUES (?, ?, ?)')
      .run(userId, this.sealerFor(userId).seal(nickname.trim()), at);
    this.cache.dropCases(userId);
    return { id: Number(info.lastInsertRowid), userId, nickname: nickname.trim(), createdAt: at, disclaimerShown: false };
  }

  markDisclaimerShown(caseId: number): void {
    this.prepare('UPDATE cases SET disclaimer_shown = 1 WHERE id = ?').run(caseId);
    this.cache.dropCases(); // keyed by parent, and only the case id is known here: rare, drop all
  }

  getSession(userId: string): SessionRow | undefined {
    this.fresh();
    const hit = this.cache.session(userId);
    if (hit !== undefined) return hit ?? undefined;
    const row = this.readSession(userId);
    this.cache.putSession(userId, row?.[0] ?? null, row?.[1] ?? 0);
    return row?.[0];
  }

  /** The row, and the JSON size of its snapshot and pending question (for the cache's bound). */
  private readSession(userId: string): [SessionRow, number] | undefined {
    const raw = this.prepare('SELECT * FROM sessions WHERE user_id = ?').get(userId);
    if (raw === undefined) return undefined;
    const r = sessionRowSchema.parse(raw);
    return [{
      userId: r.user_id,
      caseId: r.case_id,
      flowId: r.flow_id,
      flowVersion: r.flow_version,
      snapshot: r.snapshot === null ? null : snapshotSchema.parse(JSON.parse(this.sealerFor(userId).open(r.snapshot))),
      pending: r.pending === null ? null : (pendingSchema.parse(JSON.parse(this.sealerFor(userId).open(r.pending))) as PendingQuestion),
      seq: r.seq,
      updatedAt: r.updated_at,
    }, (r.snapshot?.length ?? 0) + (r.pending?.length ?? 0)];
  }

  saveSession(s: SessionRow): void {
    const snapshot = s.snapshot === null ? null : JSON.stringify(s.snapshot);
    const pending = s.pending === null ? null : JSON.stringify(s.pending);
    this.prepare(
      `INSERT INTO sessions (user_id, case_id, flow_id, flow_version, snapshot, pending, seq, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(user_id) DO UPDATE SET case_id = excluded.case_id, flow_id = excluded.flow_id,
         flow_version = excluded.flow_version, snapshot = excluded.snapshot, pending = excluded.pending,
         seq = excluded.seq, updated_at = excluded.updated_at`,
    ).run(
      s.userId,
      s.caseId,
      s.flowId,
      s.flowVersion,
      snapshot === null ? null : this.sealerFor(s.userId).seal(snapshot),
      pending === null ? null : this.sealerFor(s.userId).seal(pending),
      s.seq,
      s.updatedAt,
    );
    this.cache.putSession(s.userId, s, (snapshot?.length ?? 0) + (pending?.length ?? 0));
  }

  addNote(n: NoteInput): number {
    return this.notes.add(n);
  }

  addUnkeptDraft(n: NoteInput): number {
    return this.notes.addUnkeptDraft(n);
  }

  keepDraft(userId: string): boolean {
    return this.notes.keepDraft(userId);
  }

  hasUnkeptDraft(userId: string): boolean {
    return this.notes.hasUnkept(userId);
  }

  correctNote(userId: string, noteId: number, change: NoteCorrection): boolean {
    return correctStatement((sql) => this.prepare(sql), this.sealerFor(userId), userId, noteId, change);
  }

  refileNote(userId: string, noteId: number, into: NoteRefile): boolean {
    return refileCaseless((sql) => this.prepare(sql), this.sealerFor(userId), userId, noteId, into);
  }

  listNotes(userId: string, opts: NoteFilter = {}): NoteRow[] {
    return this.notes.list(userId, opts);
  }

  /** Rows about this parent skipped as unreadable since the last call (see unreadable-rows.ts). */
  takeUnreadable(userId: string): number {
    return this.unreadable.take(userId);
  }

  close(): void {
    if (this.receipts.length > 0) this.group?.touch();
    this.group?.close();
    this.requests.close();
    if (this.db.open) this.db.close();
    this.keys?.close();
  }
}
