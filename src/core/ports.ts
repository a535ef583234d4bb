/**
 * The engine's ports. The core imports no SDK and no database driver: adapters and the
 * store implement these, and tests pass their own.
 */
import type { Category, Reply } from './types.js';
import type { NoteKind } from './flow-kit.js';

/** A prompt the scheduler should send: run as an engine command turn keyed by `key`. */
export interface DueItem {
  userId: string;
  /** Unique per prompt, e.g. `checkin:<user>:<local date>`: the de-duplication key. */
  key: string;
  /** The engine command that produces the prompt (e.g. `checkin-prompt`). */
  command: string;
  args?: string;
  localDate?: string;
  dueAt: string;
}

/** Says which prompts are due at an instant; each feature contributes its own. */
export interface DueSource {
  name: string;
  /** Items due at `now` (not yet filtered for already-sent). Pure with respect to `now`. */
  due(now: Date): MaybePromise<DueItem[]>;
}

/** A value now (an embedded store) or later (a networked one). */
export type MaybePromise<T> = T | Promise<T>;

/** Injected time, so daily prompts and deadlines are testable at any date and across DST. */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** Structured logger (pino-compatible). Never pass message text or names to it. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

export interface RankedCategory {
  category: Category;
  score: number;
}
export interface ClassifyResult {
  category: Category;
  confidence: number;
  ranked: RankedCategory[];
}
/** Ranks a school statement over the six kinds of "no". Runs locally. */
export interface Classifier {
  classify(text: string): ClassifyResult;
  /** When false the flow asks the parent to choose. */
  isConfident(result: ClassifyResult): boolean;
}

/** Turns a parent's text into what is stored, and back (AES-GCM when a key is set). */
export interface Sealer {
  readonly encrypted: boolean;
  seal(plain: string): string;
  open(stored: string): string;
}
export const plainSealer: Sealer = { encrypted: false, seal: (s) => s, open: (s) => s };

export interface CaseRow {
  id: number;
  userId: string;
  nickname: string;
  createdAt: string;
  disclaimerShown: boolean;
}

/** A question waiting for the parent's answer: re-asked after a restart. */
export interface PendingQuestion {
  promptId: string;
  key: string;
  vars: Record<string, string>;
  choices: { id: string; key: string; vars?: Record<string, string> }[];
  freeText: boolean;
  /** The parent's day when it was asked (`YYYY-MM-DD`): a question left waiting since an earlier day is offered, not dropped back into (aside-offer.ts). */
  askedOn?: string;
  /** How many times it has come back by itself after another dialogue, unanswered. */
  cameBack?: number;
  /** Words added after a button's own go to the flow with the choice (AskParams.takesAdded). */
  takesAdded?: boolean;
  /** Asked last by the bot's own prompt (a scheduler reminder), with nothing from the parent since: a return at once does not ask it again (W15-13). */
  prompted?: boolean;
  /** And that prompt asked it again, after it had been asked before: a sign the parent has been away (coming-back.ts; review21 R1). */
  reminded?: boolean;
}

export interface StoredSnapshot {
  value: unknown;
  context: Record<string, unknown>;
  /** A conversation put aside at its question while this one runs (src/core/flow-runner.ts). */
  aside?: Aside;
}

/** A conversation put aside: its flow, the child it was about, its snapshot and the question it waits at. */
export interface Aside {
  flowId: string;
  flowVersion: number;
  caseId?: number | null;
  snapshot: StoredSnapshot;
  pending: PendingQuestion;
}

export interface SessionRow {
  userId: string;
  caseId: number | null;
  flowId: string | null;
  flowVersion: number | null;
  /** xstate persisted snapshot (value + context), and the conversation it was started over, if any. */
  snapshot: StoredSnapshot | null;
  pending: PendingQuestion | null;
  /** Monotonic question counter, used to mint prompt ids. */
  seq: number;
  updatedAt: string;
}

export interface NoteInput {
  userId: string;
  caseId: number | null;
  kind: NoteKind;
  topic: string;
  text: string;
  category?: Category | undefined;
  who?: string | undefined;
  saidOn?: string | undefined;
  due?: string | undefined;
  at: string;
  /**
   * The parent's calendar day (`YYYY-MM-DD`) at `at`, where they are (src/core/parent-day.ts):
   * the day a note is dated on. Notes kept before it was recorded have their instant's UTC day.
   */
  day: string;
}
/** What `Store.correctNote` changes: the day a statement was made, who made it. */
export interface NoteCorrection {
  saidOn?: string | undefined;
  who?: string | undefined;
  /** The kind of no it is filed under (W15-7: the parent picked the wrong one). */
  category?: Category | undefined;
}

/**
 * Where `Store.refileNote` puts a note kept with no child: the case, and what the words turned out
 * to be there (the school's statement, with who said it and when).
 */
export interface NoteRefile {
  caseId: number;
  kind: NoteKind;
  topic: string;
  category?: Category | undefined;
  who?: string | undefined;
  saidOn?: string | undefined;
  due?: string | undefined;
}

/** Which of a parent's notes `Store.listNotes` reads. */
export interface NoteFilter {
  caseId?: number | undefined;
  topics?: readonly string[] | undefined;
}

export interface NoteRow extends NoteInput {
  id: number;
  nickname: string | null;
}

/**
 * A parent's case at a glance, in plain words (no markup), for a channel's home screen (Slack's
 * App Home): each child's open kinds of "no", the latest notes (settings left out), what is due
 * next. The case file builds it; the composition root hands the reader to the adapter.
 */
export interface CaseGlance {
  /** No child and no note yet. */
  empty: boolean;
  /** Each child's open kinds of "no": `Kind (who, said on)`. */
  children: { nickname: string; kinds: string[] }[];
  /** Newest first, one line each. */
  latest: string[];
  /** Soonest first. */
  due: { date: string; text: string }[];
}
/** Reads one parent's case at a glance, as of `now` (the injected clock's). */
export type CaseGlanceReader = (userId: string, now: Date) => CaseGlance;

export interface TurnRecord {
  eventId: string;
  userId: string;
  replies: Reply[];
  at: string;
  /** The children (case ids) the turn's replies are about, as the engine knew (src/core/turn-cases.ts); absent: not recorded. */
  caseIds?: readonly number[];
}

/** A question the bot posted to a parent, as the server recorded it. */
export interface PostedQuestion {
  /** Where it was posted (a DM channel id); null when the platform gave none (an ephemeral answer). */
  place: string | null;
  /** The platform's id for the message (Slack's ts); null when unknown. */
  messageRef: string | null;
  /** The message as posted, in the adapter's own format (opaque here); null when not kept. */
  view: string | null;
  /** The children (case ids) its questions are about (their replies' `caseIds`); absent: none known. */
  caseIds?: readonly number[];
}

/**
 * Clicks are resolved only from this record for the clicking parent, never from what the click
 * payload says about channels, messages or questions.
 */
export interface QuestionPosts {
  /** The adapter posted this parent's question `promptId` (a re-post replaces the record and opens it again). */
  record(userId: string, channel: string, promptId: string, post: PostedQuestion, at: string): void;
  /** This parent's record of question `promptId`, if the bot posted it to them. */
  find(userId: string, channel: string, promptId: string): PostedQuestion | undefined;
  /** A click by this parent on their question `promptId`: true for the first, false once answered. */
  claim(userId: string, channel: string, promptId: string, at: string): boolean;
}

/**
 * Persistence. Synchronous inside a turn (embedded SQLite): the engine wraps each turn in
 * `transaction`, so a turn's snapshot, notes and replies are committed together or not at all.
 * Each feature adds its own store port to this interface from its own folder (TypeScript
 * declaration merging, e.g. `logs` in src/features/daily-log/daily-log-port.ts), so core names
 * no feature; src/store/sqlite/ implements them all.
 */
export interface Store {
  transaction<T>(fn: () => T): T;
  /**
   * Optional group commit: runs `fn` at once as its own atomic unit, and resolves only after
   * its writes are durably committed (possibly together with other turns' in one fsync).
   * The engine uses it for turns when present, so replies are never released before commit.
   */
  commitTurn?<T>(fn: () => T): Promise<T>;
  /**
   * Optional, for a store shared by many processes (PostgreSQL): runs `fn` as one turn of
   * `userId`'s, serialised with that parent's turns in every process, and resolves once it is
   * committed. `fn` itself stays synchronous: the store loads what the turn may read before it
   * runs. The engine prefers this over `commitTurn` when present.
   */
  runTurn?<T>(key: { userId: string; eventId?: string }, fn: () => T): Promise<T>;
  /**
   * Optional: make what the due sources read current (a shared store reads other processes'
   * writes here). The scheduler awaits it before asking the sources.
   */
  prepareDue?(now: Date): Promise<void>;

  /** Was this platform event already handled? */
  hasTurn(eventId: string): boolean;
  /** The outbox: replies produced by a turn, kept until the adapter confirms delivery. */
  recordTurn(turn: TurnRecord): void;
  markDelivered(eventId: string, at: string): void;
  /** Optional: markDelivered written with the next group commit (one statement per batch). */
  markDeliveredSoon?(eventId: string, at: string): void;
  /**
   * Deletes what is kept only for a while (retention.ts), written before `before`: delivered
   * turns and the record of where questions were posted; at most `max` rows of each, oldest
   * first. An undelivered turn is never deleted. Returns how many rows went.
   */
  pruneKept(before: string, max: number): MaybePromise<number>;
  /** A shared store may hand each undelivered turn to one process only (a claim with a lease). */
  undelivered(): MaybePromise<TurnRecord[]>;
  /**
   * One turn, if its replies were never confirmed delivered (a platform re-sent its event): read
   * alone, not with every other undelivered turn. A shared store claims it as `undelivered` does.
   */
  undeliveredTurn(eventId: string): MaybePromise<TurnRecord | undefined>;

  ensureUser(userId: string, at: string): void;
  /** Small per-parent flags (e.g. the caseless not-legal-advice note was shown). */
  hasUserFlag(userId: string, flag: string): boolean;
  setUserFlag(userId: string, flag: string): void;
  /** The parent's time zone as their channel last gave it (an IANA name), if it ever did. */
  channelZone(userId: string): string | undefined;
  setChannelZone(userId: string, zone: string): void;
  listCases(userId: string): CaseRow[];
  getCase(userId: string, caseId: number): CaseRow | undefined;
  openCase(userId: string, nickname: string, at: string): CaseRow;
  markDisclaimerShown(caseId: number): void;

  getSession(userId: string): SessionRow | undefined;
  saveSession(row: SessionRow): void;

  addNote(note: NoteInput): number;
  /**
   * A drafted letter shown but not yet kept: held (as the only one) until the parent keeps it
   * (`keepDraft`) or sends it; `listNotes` leaves it out, so notes and packets never show it.
   */
  addUnkeptDraft(note: NoteInput): number;
  /** Keeps the latest unkept draft as a `draft` note; false when there is none. */
  keepDraft(userId: string): boolean;
  /** Whether a drafted letter shown but not yet kept is held for this parent. */
  hasUnkeptDraft(userId: string): boolean;
  /**
   * Corrects what the school said: the day it was said and/or who said it, on one of this
   * parent's `statement` notes (its words, kind, instant and `day`, the day it was written, stay
   * as they were; the body stays sealed). False when there is no such statement of theirs.
   * The record of the correction is a note of its own (the case file adds it).
   */
  correctNote(userId: string, noteId: number, change: NoteCorrection): boolean;
  /**
   * Moves one of this parent's notes kept with no child (words held before it was known which
   * child they were about) into one of their cases, as what the words turned out to be: moved, not
   * copied. Its id, words, instant and `day` stay; the case, kind, topic, category, who, said-on
   * and due are `into`'s (the body stays sealed). Their own words held in that case already (moved
   * in when the child was chosen: `OpenCaseParams.adopt`) are moved the same way. False, and nothing
   * changed, when there is no such note of theirs (caseless, or their words in that case) or the
   * case is not theirs.
   */
  refileNote(userId: string, noteId: number, into: NoteRefile): boolean;
  /**
   * Put right a child's name (W15-7): this parent's case takes the new nickname (trimmed, sealed
   * as before). False when there is no such case of theirs, the name is empty, or another of
   * their children already has it. The record of the change is a note of its own.
   */
  renameCase(userId: string, caseId: number, nickname: string): boolean;
  /**
   * Oldest first; drafts not kept are left out. `caseId`: that case's notes only; `topics`: only
   * notes with one of these topics (a setting such as the case profile is read at every flow's
   * start, and a long case must not be opened whole for it).
   */
  listNotes(userId: string, opts?: NoteFilter): NoteRow[];

  /** The scheduler's record of prompts sent. */
  readonly prompts: PromptLedger;

  /**
   * Rows about this parent skipped as unreadable (damaged JSON, a sealed value that will not
   * open) by reads since the last call; forgets them. Reads never fail for one bad row.
   */
  takeUnreadable(userId: string): number;

  /** Where each question was posted, and whether it was answered (src/store/sqlite/question-posts.ts). */
  readonly questionPosts: QuestionPosts;

  close(): void;
}

/**
 * Which scheduled prompts went out, so each is sent once whatever restarts happen. Used outside
 * a turn, so it may answer later (a networked store).
 */
export interface PromptLedger {
  isSent(key: string): MaybePromise<boolean>;
  /** Records these prompts as sent at `at` (a prompt already recorded is left as it was). */
  claim(items: readonly DueItem[], at: string): MaybePromise<void>;
}
