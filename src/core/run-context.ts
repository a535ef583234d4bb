/**
 * What a turn's flow step, effect or command works with, and the typed shapes features use to
 * plug effects and commands into the engine (see feature.ts).
 */
import type * as z from 'zod';
import type { ContentCatalog } from '../content/catalog.js';
import type { FlowDef, FlowEvent } from './flow-kit.js';
import type { Aside, Classifier, MaybePromise, SessionRow, Store } from './ports.js';
import type { Reply } from './types.js';

/** Work run once a turn has committed (may wait on a networked store); its replies are appended. */
export type AfterCommit = () => MaybePromise<Reply[]>;

export interface RunContext {
  store: Store;
  content: ContentCatalog;
  classifier: Classifier;
  flows: ReadonlyMap<string, FlowDef>;
  /** The menu's flow id: where a finished flow and `restart` go (Feature.menuFlow). */
  menuFlow: string;
  /** Every feature's effect handlers, by action type. */
  effects: ReadonlyMap<string, Effect>;
  /** What the features add to every flow's input about the open case (Feature.flowInput). */
  flowInputs?: readonly FlowInputSource[];
  /** Topics of notes that are settings, not events (Feature.settingTopics): the timeline leaves them out. */
  settingTopics: ReadonlySet<string>;
  session: SessionRow;
  replies: Reply[];
  now: Date;
  /** The parent's time zone this turn (src/core/parent-day.ts): a feature's, else their channel's, else UTC. */
  zone: string;
  /** The parent's calendar day at `now` in `zone` (`YYYY-MM-DD`): their "today". */
  day: string;
  /** The letter template drafted this turn, if any: the menu that follows offers "I've sent it". */
  drafted?: string;
  /**
   * Work that cannot run inside the turn's transaction (erasing a parent: VACUUM, WAL truncate),
   * run by the engine once the turn has committed; any replies it returns are appended.
   */
  afterCommit?: AfterCommit[];
  /**
   * A conversation put aside under a flow that handed over to a command (`next: 'cmd:…'`, e.g.
   * "which child?" then "what do I say next?"): the next dialogue started this turn carries it.
   */
  carriedAside?: Aside;
  /** The command's words were lifted from the end of a message ("…what do i say to them now"): new words, not typed after a command (review11, 1). */
  wordsFromMessage?: true;
  /**
   * A flow is being started quietly (flow-runner.ts `startFlow`'s `quiet`): `say` says nothing and
   * `ask` sets the question waiting without asking it, until the flow rests at its first question.
   */
  quiet?: true;
  /** Something to tell the parent later, outside any turn (never stored): see `Engine.onNotice`. */
  notifyLater?: (userId: string, replies: Promise<Reply[]>) => void;
}

/**
 * Carries out one effect a flow emitted (an xstate action by type, with params). May return
 * events to feed straight back to the flow in the same turn (e.g. a classification result).
 */
export interface Effect {
  readonly type: string;
  run(ctx: RunContext, params: unknown): FlowEvent[] | void;
}

/**
 * An effect typed by its params: they are parsed with `schema` (the same schema the flows' param
 * type is inferred from) before `handler` sees them, so a handler never casts.
 */
export function defineEffect<S extends z.ZodType>(
  type: string,
  schema: S,
  handler: (ctx: RunContext, params: z.output<S>) => FlowEvent[] | void,
): Effect {
  return { type, run: (ctx, params) => handler(ctx, schema.parse(params)) };
}

/** A command a parent can use at any moment (typed, a slash command, or a menu choice). */
/** What a feature adds to every flow's input about the open case, read from its store port. */
/**
 * What a feature adds to a flow's input about the open case (Feature.flowInput). `flowId`: the flow
 * being started or brought back, so a source can work out what only some flows read (review19 R10).
 */
export type FlowInputSource = (store: Store, userId: string, caseId: number, now: Date, flowId: string) => Record<string, unknown>;

export type ChatCommand = (args: string, ctx: RunContext) => void;
