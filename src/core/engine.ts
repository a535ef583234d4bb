/**
 * The channel-agnostic engine: one turn in, replies out. It never calls a platform.
 *
 * Per turn, one transaction: load the parent's session, screen and route the input (typed words
 * are read in typed-reading.ts), run the flow, write the new snapshot, notes and outgoing replies, commit. Turns for one parent are
 * processed one at a time; a repeated event id is answered once only.
 */
import type { FlowEvent } from './flow-kit.js';
import { ConfigError } from '../config-error.js';
import type { ContentCatalog } from '../content/catalog.js';
import { screenForCrisis } from '../safety/crisis-screen.js';
import { assemble } from './assemble.js';
import type { Feature } from './feature.js';
import { accepts, reask, restore, sendToFlow, startFlow, type AfterFlow, type RunContext } from './flow-runner.js';
import { RETURN_COMMAND } from './commands.js';
import { cleanText, otherLanguages } from './input-guard.js';
import { KeyedQueue } from './keyed-queue.js';
import { createThrottle, DEFAULT_THROTTLE, type ThrottleOptions } from './throttle.js';
import type { Classifier, Clock, Logger, SessionRow, Store, TurnRecord } from './ports.js';
import type { AfterCommit } from './run-context.js';
import { textReply } from './render.js';
import { typedReading } from './typed-reading.js';
import { startSafetyCheck, type Fired } from './safety-turn.js';
import { parentZone } from './parent-day.js';
import { dayIn } from './zones.js';
import { turnSchema, type Reply, type Turn, type ValidTurn } from './types.js';
import { errorFields } from '../security/safe-log.js';
import { failedTurnReply } from './turn-failure.js';
import { publicTurn } from './public-turn.js';
import { unreadableLine } from './unreadable-line.js';
import { answerUnknownCommand } from './unknown-command.js';
import { turnCases, turnStart } from './turn-cases.js';

export interface EngineDeps {
  store: Store;
  clock: Clock;
  content: ContentCatalog;
  classifier: Classifier;
  /** Every feature, in order (src/app.ts): their flows, effects, commands and intents are merged. */
  features: readonly Feature[];
  logger: Logger;
  /** Per-parent flood control (default: burst 20, refill 1/s); `false` turns it off. */
  throttle?: ThrottleOptions | false;
}

export interface Engine {
  /** Handle one inbound turn and return what to say. Never throws: failures become a kind reply. */
  handleTurn(turn: Turn): Promise<Reply[]>;
  /** The adapter delivered this turn's replies: drop them from the outbox. */
  ack(eventId: string): void;
  /** Replies committed but never confirmed delivered (e.g. the process died): re-deliver these. */
  undelivered(): Promise<TurnRecord[]>;
  /** One turn's replies, if never confirmed delivered (its event came again). */
  undeliveredTurn(eventId: string): Promise<TurnRecord | undefined>;
  /** Every command name, core's and the features'. */
  readonly commandNames: readonly string[];
  /**
   * Messages said outside any turn and never stored (e.g. "erasing has finished", for a parent
   * whose rows are gone): the composition root hands them to the parent's channel.
   * Returns a function that unsubscribes.
   */
  onNotice(listener: NoticeListener): () => void;
  readonly deps: EngineDeps;
}

export type NoticeListener = (userId: string, replies: Reply[]) => void;

function unreadableReply(content: ContentCatalog, count: number): Reply {
  return { type: 'text', key: 'engine.unreadable-rows', text: unreadableLine(content, count) };
}

/**
 * Flood control is for network channels, where anyone can send faster than a person types. The
 * console and the CLI read their input at their own pace (a piped script of 60 lines is 60
 * messages, all answered), and the scheduler's prompts are the bot's own.
 */
const THROTTLED_CHANNELS: ReadonlySet<string> = new Set(['slack', 'discord']);

/** Longer than this since the last turn, a parent coming back is welcomed back. */
const AWAY_MS = 30 * 60_000;

/**
 * The question waiting was asked last by the bot's own prompt (the scheduler's turn ended by asking
 * it), or not: any turn of the parent's since clears it. `reminded`: that prompt asked again a
 * question already waiting when the turn began (`before`), not one it asked first, such as the
 * check-in's own (review21 R1).
 */
function markPrompted(session: SessionRow, channel: string, replies: readonly Reply[], before: string | undefined): void {
  const pending = session.pending;
  if (!pending) return;
  if (channel === 'scheduler' && replies.some((r) => r.type === 'question' && r.promptId === pending.promptId)) {
    pending.prompted = true;
    if (pending.promptId === before) pending.reminded = true;
  } else if (channel !== 'scheduler') {
    delete pending.prompted;
    delete pending.reminded;
  }
}

export function createEngine(deps: EngineDeps): Engine {
  const { store, clock, content, classifier, logger } = deps;
  const { flows, effects, commands, intents, flowInputs, menuFlow, safetyFlow, settingTopics, zoneSources } = assemble(deps.features, content);

  function runCommand(name: string, args: string, ctx: RunContext): void {
    const command = commands.get(name);
    if (!command) throw new Error(`unknown command ${name}`);
    command(args, ctx);
  }

  /** The commands a parent may ask for by name (those with words in content/words/intents.yaml). */
  const askable = [...new Set(intents.map((i) => i.command))];
  const languages = otherLanguages(content);
  const queue = new KeyedQueue();
  const throttle = deps.throttle === false ? null : createThrottle(deps.throttle ?? DEFAULT_THROTTLE);
  const noticeListeners = new Set<NoticeListener>();
  // Typed words and a file's caption: read in typed-reading.ts, with the engine's own steps.
  const { onText, onFile } = typedReading({ content, flows, intents, languages, menuFlow, safetyFlow, runCommand, afterFlow, deliverEvent, sayThenReask, crisisFired, sayWhereWeWere, awayNow: (ctx) => awayNow(ctx) });

  function notifyLater(userId: string, pending: Promise<Reply[]>): void {
    pending.then(
      (replies) => {
        if (noticeListeners.size === 0) logger.warn({ kind: 'notice' }, 'notice with no channel to carry it');
        for (const l of noticeListeners) l(userId, replies);
      },
      (err: unknown) => logger.warn({ ...errorFields(err) }, 'notice not sent: its work did not finish'),
    );
  }

  function newSession(userId: string): SessionRow {
    return { userId, caseId: null, flowId: null, flowVersion: null, snapshot: null, pending: null, seq: 0, updatedAt: clock.now().toISOString() };
  }

  /**
   * A flow finished by asking for a command (e.g. show notes): run it, then back to the menu. Or
   * with words to read as typed at the menu ("look at it now": new-message.ts): the menu begun
   * without a word, over the question they came at, and the words read there.
   */
  function afterFlow(ctx: RunContext, after: AfterFlow): void {
    if (!after) return;
    if ('read' in after) {
      afterFlow(ctx, startFlow(ctx, menuFlow, {}, { quiet: true, ...(after.over ? { over: after.over } : {}) }));
      return onText(ctx, after.read);
    }
    runCommand(after.command, after.args ?? '', ctx);
    if (!ctx.session.flowId) afterFlow(ctx, startFlow(ctx, menuFlow));
  }

  /** Longer than the half hour since the parent's last turn. */
  const awayNow = (ctx: RunContext): boolean => ctx.now.getTime() - Date.parse(ctx.session.updatedAt) > AWAY_MS;

  /**
   * Said before the question waiting, coming back to it (resume, or a return typed: coming-back.ts).
   * Back after a while: what became due meanwhile first (a reply overdue, W15-13), then "welcome
   * back", or, asked on an earlier day, what its flow says it was about ("We were logging Tuesday 12
   * January:", W15-3); back within the half hour, `near`. Never over a safety check. With `near`
   * null (an answer typed on coming back, on any channel), only a question its flow names a day for.
   */
  function sayWhereWeWere(ctx: RunContext, near: string | null): void {
    const restored = restore(ctx);
    const pending = ctx.session.pending;
    if (!restored || !pending || ctx.session.flowId === safetyFlow) return;
    const away = awayNow(ctx);
    const earlier = away && pending.askedOn !== undefined && pending.askedOn < ctx.day;
    const about = earlier ? restored.flow.welcomeBack?.(restored.snapshot.context as Record<string, unknown>, restored.snapshot.value) : null;
    if (near === null && !about) return;
    if (away && commands.has(RETURN_COMMAND)) runCommand(RETURN_COMMAND, '', ctx);
    const said = about ?? { key: away ? 'engine.welcome-back' : (near ?? 'engine.back-to') };
    ctx.replies.push(textReply(content, said.key, said.vars ?? {}, ctx.session.seq));
  }

  /** Resume a conversation: re-ask the pending question, or start kindly if there is none. */
  function resume(ctx: RunContext, restarted: boolean): void {
    const restored = restore(ctx);
    if (restored && ctx.session.pending) {
      // A reminder has just asked it, and the parent has said nothing since: asked once, by the reminder (W15-13).
      if (!awayNow(ctx) && ctx.session.pending.prompted) return;
      // A safety check (e.g. moved here from a public channel) is asked as it is, without "welcome
      // back"; a parent back within the half hour is taken back to the question, not welcomed.
      sayWhereWeWere(ctx, 'engine.back-to');
      reask(ctx);
      return;
    }
    if (restarted) ctx.replies.push(textReply(content, 'engine.flow-restarted', {}, ctx.session.seq));
    afterFlow(ctx, startFlow(ctx, menuFlow));
  }

  function deliverEvent(ctx: RunContext, event: FlowEvent): void {
    const restored = restore(ctx);
    if (!restored) {
      resume(ctx, ctx.session.flowId !== null);
      return;
    }
    if (!accepts(restored.snapshot, event)) {
      ctx.replies.push(textReply(content, 'engine.pick-one', {}, ctx.session.seq));
      reask(ctx);
      return;
    }
    afterFlow(ctx, sendToFlow(ctx, restored.flow, restored.snapshot, event));
  }

  /** A reply about the message itself, then the question the parent was on (or the menu). */
  function sayThenReask(ctx: RunContext, key: string): void {
    ctx.replies.push(textReply(content, key, {}, ctx.session.seq));
    if (ctx.session.pending) reask(ctx);
    else resume(ctx, false);
  }

  /** The screen fired: logged by tier and family only, then the safety check (see safety-turn.ts). */
  function crisisFired(ctx: RunContext, crisis: Fired): void {
    logger.info({ tier: crisis.tier, family: crisis.family }, 'crisis screen fired');
    startSafetyCheck(ctx, safetyFlow, crisis);
  }

  function onChoice(ctx: RunContext, id: string, promptId: string | undefined): void {
    const pending = ctx.session.pending;
    // "Pick up where we left off" from before the safety check had its own flow.
    if (id === 'continue' && !pending?.choices.some((c) => c.id === 'continue')) return resume(ctx, false);
    const stale = !pending || (promptId !== undefined && promptId !== pending.promptId) || !pending.choices.some((c) => c.id === id);
    if (stale) {
      ctx.replies.push(textReply(content, 'engine.stale-choice', {}, ctx.session.seq));
      if (pending) reask(ctx);
      else resume(ctx, false); // nothing pending (e.g. after an upgrade): offer the menu
      return;
    }
    deliverEvent(ctx, { type: 'CHOICE', id, at: ctx.now.toISOString(), day: ctx.day });
  }

  /**
   * The parent's saved conversation. A row that no longer parses (written by an older release,
   * or damaged) is treated like a conversation from an older flow version: restarted kindly,
   * notes untouched, rather than failing every turn for that parent.
   */
  function loadSession(userId: string): SessionRow {
    try {
      return store.getSession(userId) ?? newSession(userId);
    } catch (err) {
      if (err instanceof ConfigError) throw err; // a wrong data key is not a damaged row
      logger.warn({ err: (err as Error).name }, 'saved conversation unreadable; starting afresh');
      return { ...newSession(userId), flowId: 'unreadable', flowVersion: 0 };
    }
  }

  /** One turn's work; `about` is given the children its replies are about (turn-cases.ts). */
  function process(turn: ValidTurn, afterCommit: AfterCommit[], about: number[]): Reply[] {
    const now = clock.now();
    const at = now.toISOString();
    store.ensureUser(turn.user, at);
    store.takeUnreadable(turn.user); // counted afresh for this turn
    const session = loadSession(turn.user);
    // The parent's own day, not the UTC day: their zone is a feature's, else their channel's (parent-day.ts).
    const zone = parentZone(store, turn.user, zoneSources, turn.zone);
    const ctx: RunContext = { store, content, classifier, flows, menuFlow, effects, flowInputs, settingTopics, session, replies: [], now, zone, day: dayIn(now, zone), afterCommit, notifyLater };

    // A shared channel: general words only, the case moved to a private conversation (public-turn.ts).
    if (turn.where === 'public') return publicTurn(ctx, turn, crisisFired);

    if (session.flowId !== null && !restore(ctx)) {
      // Saved by an older release (its flow, version or state is gone): say so kindly once and
      // treat this turn as the start of a new conversation, so the old question is never re-asked.
      // Cases and notes are untouched.
      session.flowId = null;
      session.snapshot = null;
      session.pending = null;
      ctx.replies.push(textReply(content, 'engine.flow-restarted', {}, session.seq));
    }
    const start = turnStart(ctx);
    const askedBefore = session.pending?.promptId;

    const input = turn.input;
    if (input.kind === 'text') onText(ctx, input.text);
    else if (input.kind === 'file') onFile(ctx, input.text);
    else if (input.kind === 'choice') onChoice(ctx, input.id, input.promptId);
    else if (input.name === 'resume') resume(ctx, false);
    else if (commands.has(input.name)) {
      const args = cleanText(input.args);
      const crisis = args ? screenForCrisis(args) : null;
      if (crisis && crisis.tier !== 'none') crisisFired(ctx, crisis);
      else runCommand(input.name, args, ctx);
    } else {
      answerUnknownCommand(ctx, input.name, askable, () => runCommand('help', '', ctx));
    }

    about.push(...turnCases(ctx, start));
    markPrompted(session, turn.channel, ctx.replies, askedBefore);
    session.updatedAt = at;
    store.saveSession(session);
    const unreadable = store.takeUnreadable(turn.user);
    if (unreadable > 0) {
      logger.warn({ rows: unreadable }, 'unreadable rows skipped');
      ctx.replies.push(unreadableReply(content, unreadable));
    }
    return ctx.replies;
  }

  async function handleTurn(raw: Turn): Promise<Reply[]> {
    const parsed = turnSchema.safeParse(raw);
    if (!parsed.success) {
      logger.warn({ issues: parsed.error.issues.map((i) => i.path.join('.')) }, 'rejected malformed turn');
      return [textReply(content, 'engine.bad-event')];
    }
    const turn = parsed.data;
    // A flood is answered politely and neither processed nor recorded; the scheduler's own
    // prompts are never throttled. A platform's retry of a turn already answered is not told to
    // slow down (it goes on to be ignored as a duplicate), so it never gets a second reply; the
    // look-up is made only when a turn would be refused, not on every turn.
    if (throttle && THROTTLED_CHANNELS.has(turn.channel) && !throttle.take(turn.user, clock.now().getTime()) && !store.hasTurn(turn.id)) {
      logger.info({ channel: turn.channel }, 'turn throttled');
      return [textReply(content, 'engine.slow-down')];
    }
    return queue.run(turn.user, async () => {
      const started = performance.now();
      try {
        const afterCommit: AfterCommit[] = [];
        const work = () => {
          if (store.hasTurn(turn.id)) return null;
          const caseIds: number[] = [];
          const out = process(turn, afterCommit, caseIds);
          store.recordTurn({ eventId: turn.id, userId: turn.user, replies: out, at: clock.now().toISOString(), caseIds });
          return out;
        };
        // Replies are released only once the turn is committed (group commit when available).
        const replies = store.runTurn
          ? await store.runTurn({ userId: turn.user, eventId: turn.id }, work)
          : store.commitTurn
            ? await store.commitTurn(work)
            : store.transaction(work);
        // Still in this parent's queue: e.g. erasing them, which cannot run inside a transaction.
        for (const fn of afterCommit) replies?.push(...(await fn()));
        logger.debug({ channel: turn.channel, kind: turn.input.kind, ms: Math.round(performance.now() - started) }, 'turn');
        if (replies === null) {
          logger.info({ channel: turn.channel }, 'duplicate event ignored');
          return [];
        }
        return replies;
      } catch (err) {
        return failedTurnReply(err, turn.channel, logger, content);
      }
    });
  }

  return {
    handleTurn,
    ack: (eventId) => {
      const at = clock.now().toISOString();
      // Delivery receipts ride along with the next group commit: losing one only means the
      // reply is delivered again after a crash, never that a turn is lost.
      if (store.markDeliveredSoon) store.markDeliveredSoon(eventId, at);
      else if (store.commitTurn) store.commitTurn(() => store.markDelivered(eventId, at)).catch(() => undefined);
      else store.markDelivered(eventId, at);
    },
    undelivered: async () => store.undelivered(),
    undeliveredTurn: async (eventId) => store.undeliveredTurn(eventId),
    commandNames: [...commands.keys()],
    onNotice(listener) {
      noticeListeners.add(listener);
      return () => noticeListeners.delete(listener);
    },
    deps,
  };
}
