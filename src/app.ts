/**
 * Composition root: builds the engine from its parts (content, classifier, flows, store,
 * clock, logger) and checks at boot that they fit together.
 */
import { FLOWS } from './flows.js';
import { createClassifier, loadExamples } from './classify/index.js';
import { checkFlowsAgainstContent, loadContent, type ContentCatalog } from './content/catalog.js';
import { createEngine, ENGINE_KEYS, type Engine } from './core/engine.js';
import type { ThrottleOptions } from './core/throttle.js';
import { systemClock, silentLogger, type Classifier, type Clock, type Logger, type Sealer } from './core/ports.js';
import { SqliteStore } from './store/sqlite/sqlite-store.js';
import { CASE_FILE_KEYS } from './features/case-file/content-keys.js';
import { SLACK_WORD_KEYS } from './adapters/slack/words.js';
import { CONSOLE_WORD_KEYS } from './adapters/console/save-files.js';

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
  close(): void;
}

let cachedContent: ContentCatalog | undefined;
let cachedClassifier: Classifier | undefined;

/** Content and the classifier are immutable after boot: built once per process. */
export function bootContent(): ContentCatalog {
  if (!cachedContent) {
    const content = loadContent();
    checkFlowsAgainstContent(content, [...FLOWS], [...ENGINE_KEYS, ...SLACK_WORD_KEYS, ...CONSOLE_WORD_KEYS, ...CASE_FILE_KEYS]);
    cachedContent = content;
  }
  return cachedContent;
}

export function bootClassifier(): Classifier {
  cachedClassifier ??= createClassifier(loadExamples());
  return cachedClassifier;
}

/**
 * The classifier, trained on first use rather than at start-up: most turns (the menu, the daily
 * log, notes) never classify, and training is most of a cold start's work.
 */
export const lazyClassifier: Classifier = {
  classify: (text) => bootClassifier().classify(text),
  isConfident: (result) => bootClassifier().isConfident(result),
};

export function createApp(opts: AppOptions): App {
  const content = opts.content ?? bootContent();
  const classifier = opts.classifier ?? lazyClassifier;
  const store = new SqliteStore({ path: opts.dbPath, ...(opts.sealer ? { sealer: opts.sealer } : {}) });
  const engine = createEngine({
    store,
    clock: opts.clock ?? systemClock,
    content,
    classifier,
    flows: FLOWS,
    logger: opts.logger ?? silentLogger,
    ...(opts.throttle !== undefined ? { throttle: opts.throttle } : {}),
  });
  return { engine, store, content, classifier, close: () => store.close() };
}
