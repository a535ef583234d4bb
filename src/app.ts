/**
 * The one composition root: the features in order, and each port wired to its implementation
 * (SQLite store, or PostgreSQL when NEXTSTEP_DATABASE_URL is set; local classifier, content from content/). Adding a feature is one folder under
 * src/features/ and one line in FEATURES. Everything is checked at boot to fit together.
 */
import { advice } from './features/advice/feature.js';
import { caseFile } from './features/case-file/feature.js';
import { dailyLog } from './features/daily-log/feature.js';
import { safety } from './features/safety/feature.js';
import { settingTopicsOf, type Feature } from './core/feature.js';
import type { CaseGlanceReader, DueSource, Store } from './core/ports.js';
import { caseAtAGlance } from './features/case-file/case-at-a-glance.js';
import { shippedClassifier } from './classify/index.js';
import { checkFlowsAgainstContent, shippedContent, type ContentCatalog } from './content/catalog.js';
import { createEngine, type Engine } from './core/engine.js';
import { ENGINE_KEYS } from './core/engine-keys.js';
import type { ThrottleOptions } from './core/throttle.js';
import { systemClock, silentLogger, type Classifier, type Clock, type Logger, type Sealer } from './core/ports.js';
import { SqliteStore } from './store/sqlite/sqlite-store.js';
import type { PgStore } from './store/postgres/pg-store.js';
import { DISCORD_WORD_KEYS } from './adapters/discord/words.js';
import { SLACK_WORD_KEYS } from './adapters/slack/words.js';
import { COMMAND_WORD_KEYS } from './adapters/slash-commands.js';
import { CONSOLE_WORD_KEYS } from './adapters/console/save-files.js';

/** Every feature, in order: the menu's, then its intents' precedence follow this order. */
export const FEATURES: readonly Feature[] = [advice, dailyLog, caseFile, safety];

/** Topics of notes that are settings, each declared by its feature: the timeline leaves them out (the engine merges the same for chat). */
export const SETTING_TOPICS: ReadonlySet<string> = settingTopicsOf(FEATURES);

/** Every source of scheduled prompts (check-ins, follow-up reminders), from the features. */
export function schedulerSources(store: Store): DueSource[] {
  return FEATURES.flatMap((f) => f.dueSources(store));
}

export interface AppOptions {
  dbPath: string;
  clock?: Clock;
  logger?: Logger;
  sealer?: Sealer;
  content?: ContentCatalog;
  classifier?: Classifier;
  /** Per-parent flood control; defaults to the engine's (burst 20, 1/s). */
  throttle?: ThrottleOptions | false;
}

export interface App {
  engine: Engine;
  store: SqliteStore;
  content: ContentCatalog;
  classifier: Classifier;
  /** A parent's case at a glance, settings left out: what a channel's home screen shows (Slack's App Home). */
  glance: CaseGlanceReader;
  close(): void;
}

let cachedContent: ContentCatalog | undefined;
let cachedClassifier: Classifier | undefined;

/** Content and the classifier are immutable after boot: built once per process. */
export function bootContent(): ContentCatalog {
  if (!cachedContent) {
    const content = shippedContent();
    checkFlowsAgainstContent(
      content,
      FEATURES.flatMap((f) => f.flows),
      [...ENGINE_KEYS, ...SLACK_WORD_KEYS, ...DISCORD_WORD_KEYS, ...COMMAND_WORD_KEYS, ...CONSOLE_WORD_KEYS, ...FEATURES.flatMap((f) => f.contentKeys)],
    );
    cachedContent = content;
  }
  return cachedContent;
}

export function bootClassifier(): Classifier {
  cachedClassifier ??= shippedClassifier();
  return cachedClassifier;
}

/**
 * The classifier, loaded on first use rather than at start-up: most turns (the menu, the daily
 * log, notes) never classify. Its weights come from the build (precomputed-classifier.ts), or
 * are trained then when the build's are missing or stale.
 */
export const lazyClassifier: Classifier = {
  classify: (text) => bootClassifier().classify(text),
  isConfident: (result) => bootClassifier().isConfident(result),
};

export function createApp(opts: AppOptions): App {
  const store = new SqliteStore({ path: opts.dbPath, ...(opts.sealer ? { sealer: opts.sealer } : {}) });
  const { engine, content, classifier } = engineOn(store, opts);
  return { engine, store, content, classifier, glance: glanceOn(store, content), close: () => store.close() };
}

export interface SharedAppOptions extends Omit<AppOptions, 'dbPath'> {
  /** postgres://… (NEXTSTEP_DATABASE_URL). */
  databaseUrl: string;
  /** Where exported files go (`<data dir>/files`). */
  filesRoot?: string | null;
  /** Undelivered replies younger than this are left to their own instance (default 60 s). */
  outboxMinAgeMs?: number;
}

/** An app whose store is PostgreSQL, shared with other instances (NEXTSTEP_DATABASE_URL). */
export interface SharedApp extends Omit<App, 'store' | 'close'> {
  store: PgStore;
  close(): Promise<void>;
}

export async function createSharedApp(opts: SharedAppOptions): Promise<SharedApp> {
  // pg (and the PostgreSQL store) is loaded only when a shared database is configured.
  const { PgStore } = await import('./store/postgres/pg-store.js');
  const store = await PgStore.open({
    url: opts.databaseUrl,
    ...(opts.sealer ? { sealer: opts.sealer } : {}),
    ...(opts.logger ? { logger: opts.logger } : {}),
    ...(opts.filesRoot !== undefined ? { filesRoot: opts.filesRoot } : {}),
    ...(opts.outboxMinAgeMs !== undefined ? { outboxMinAgeMs: opts.outboxMinAgeMs } : {}),
  });
  const { engine, content, classifier } = engineOn(store, opts);
  return { engine, store, content, classifier, glance: glanceOn(store, content), close: () => store.end() };
}

function glanceOn(store: Store, content: ContentCatalog): CaseGlanceReader {
  return (userId, now) => caseAtAGlance(store, content, userId, now, SETTING_TOPICS);
}

function engineOn(store: Store, opts: Omit<AppOptions, 'dbPath'>): { engine: Engine; content: ContentCatalog; classifier: Classifier } {
  const content = opts.content ?? bootContent();
  const classifier = opts.classifier ?? lazyClassifier;
  const engine = createEngine({
    store,
    clock: opts.clock ?? systemClock,
    content,
    classifier,
    features: FEATURES,
    logger: opts.logger ?? silentLogger,
    ...(opts.throttle !== undefined ? { throttle: opts.throttle } : {}),
  });
  return { engine, content, classifier };
}
