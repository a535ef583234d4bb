/**
 * Runs flows with xstate's pure `initialTransition` / `transition` (see pure-step.ts) and interprets the effects
 * they emit (through the effects the features registered). Called inside the turn's transaction.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { FlowDef, FlowEvent, FlowOutput } from './flow-kit.js';
import type { Aside, PendingQuestion, SessionRow } from './ports.js';
import type { RunContext } from './run-context.js';
import { pureInitialTransition, pureTransition } from './pure-step.js';
import { questionReply, textReply } from './render.js';
import { asideSchema } from './session-schemas.js';
import { aboutItsChild } from './turn-cases.js';
import { keepLeftWords } from './left-words.js';
import { ASIDE_OFFER_FLOW, leftTooLong, offerInput } from './aside-offer.js';

export type { RunContext };

/**
 * What a finished flow leaves the engine to do: a command it ended by asking for (`next:
 * 'cmd:<name>'`, with the words it hands on, `input.args`), or words to read as if just typed at
 * the menu (`FlowOutput.read`), with the conversation it was started over, to come back to.
 */
export type AfterFlow = { command: string; args?: string } | { read: string; over?: Aside } | null;

const MAX_HOPS = 25;

/**
 * The live xstate snapshot behind each persisted one, so the next turn of a conversation skips
 * `resolveState` (the stored form is rebuilt only after a restart or when the store reloads the
 * row). Keyed by the persisted object itself: a row read back from the database is a new object
 * and is resolved afresh. xstate snapshots are immutable, so sharing them is safe.
 */
const live = new WeakMap<object, { flow: FlowDef; snapshot: AnyMachineSnapshot }>();

function persist(flow: FlowDef, snapshot: AnyMachineSnapshot, aside: Aside | undefined): SessionRow['snapshot'] {
  const stored = { value: snapshot.value as unknown, context: snapshot.context as Record<string, unknown>, ...(aside ? { aside } : {}) };
  live.set(stored, { flow, snapshot });
  return stored;
}

function interpret(ctx: RunContext, actions: { type: string; params?: unknown }[]): FlowEvent[] {
  const followUps: FlowEvent[] = [];
  for (const a of actions) {
    // xstate's own actions (assign, raise…) are already applied to the snapshot: skip them.
    const effect = ctx.effects.get(a.type);
    if (effect) followUps.push(...(effect.run(ctx, a.params) ?? []));
  }
  return followUps;
}

/** What the features add to a flow's input about the open case (Feature.flowInput). */
function caseInput(ctx: RunContext, caseId: number, flowId: string): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const source of ctx.flowInputs ?? []) Object.assign(input, source(ctx.store, ctx.session.userId, caseId, ctx.now, flowId));
  return input;
}

/** Input every flow receives: the parent's children (nicknames) and the open case's nickname. */
function standardInput(ctx: RunContext, flowId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const cases = ctx.store.listCases(ctx.session.userId);
  const current = cases.find((c) => c.id === ctx.session.caseId);
  return {
    children: cases.map((c) => c.nickname),
    nickname: current?.nickname,
    // Nothing has ever been asked: this is the parent's first contact.
    firstVisit: ctx.session.seq === 0,
    // When the flow started (e.g. with words typed at the menu): a flow may time what comes next against it.
    startedAt: ctx.now.toISOString(),
    // What the features know about the open case (e.g. its profile: where the family is, the plan, pronouns).
    ...(current ? caseInput(ctx, current.id, flowId) : {}),
    ...(ctx.drafted ? { drafted: ctx.drafted } : {}),
    ...extra,
  };
}

/**
 * Steps the flow through `followUps` and what its effects feed back, and saves it. When it ends:
 * a conversation it was started over comes back (`aside`, or its output's `resume`), unless it
 * hands over to another dialogue, which then carries the conversation put aside on; else the menu.
 */
function settle(ctx: RunContext, flow: FlowDef, snapshot: AnyMachineSnapshot, followUps: FlowEvent[], hops: number, aside: Aside | undefined, quiet = false): AfterFlow {
  let snap = snapshot;
  let queue = followUps;
  while (queue.length > 0) {
    if (hops++ > MAX_HOPS) throw new Error(`flow ${flow.id} did not settle`);
    const [event, ...rest] = queue as [FlowEvent, ...FlowEvent[]];
    const [next, actions] = pureTransition(flow.machine, snap, event);
    snap = next;
    queue = [...rest, ...heard(ctx, quiet, () => interpret(ctx, actions))];
  }
  ctx.session.snapshot = persist(flow, snap, aside);
  if (snap.status !== 'done') return null;

  const out = (snap.output ?? {}) as FlowOutput;
  if (out.read !== undefined) return { read: out.read, ...(aside ? { over: aside } : {}) };
  if (out.later && aside && tuckUnder(ctx, flow, out.later, aside, hops)) return null;
  if (!out.next && out.resume !== undefined && resumeAside(ctx, out.resume, hops)) return null;
  const next = out.next ?? ctx.menuFlow;
  // "Leave it" at the offer (aside-offer.ts): the conversation put aside is let go, on to the menu;
  // words it held and kept nowhere are kept first (left-words.ts).
  if (out.letGo && aside) keepLeftWords(ctx, aside);
  if (next === ctx.menuFlow && aside && !out.letGo && comeBack(ctx, flow, aside, hops)) return null;
  if (next.startsWith('cmd:')) {
    // The conversation this flow was put over goes on with the dialogue the command starts.
    if (aside) ctx.carriedAside = aside;
    ctx.session.flowId = null;
    ctx.session.snapshot = null;
    ctx.session.pending = null;
    const args = out.input?.['args'];
    return { command: next.slice(4), ...(typeof args === 'string' && args ? { args } : {}) };
  }
  return startFlowAt(ctx, next, out.input ?? {}, hops + 1, next === ctx.menuFlow ? undefined : aside);
}

/** Runs `step` with the flow's words unsaid when `quiet` (RunContext.quiet: a quiet start). */
function heard<T>(ctx: RunContext, quiet: boolean, step: () => T): T {
  if (!quiet || ctx.quiet) return step();
  ctx.quiet = true;
  try {
    return step();
  } finally {
    delete ctx.quiet;
  }
}

function startFlowAt(ctx: RunContext, flowId: string, input: Record<string, unknown>, hops: number, aside: Aside | undefined, quiet = false): AfterFlow {
  if (hops > MAX_HOPS) throw new Error(`flows chained more than ${MAX_HOPS} times`);
  const flow = ctx.flows.get(flowId);
  if (!flow) throw new Error(`unknown flow ${flowId}`);
  ctx.session.flowId = flow.id;
  ctx.session.flowVersion = flow.version;
  ctx.session.pending = null;
  const [snap, actions] = pureInitialTransition(flow.machine, standardInput(ctx, flow.id, input));
  return settle(ctx, flow, snap, heard(ctx, quiet, () => interpret(ctx, actions)), hops, aside, quiet);
}

/**
 * The conversation waiting at a question, as it would be put aside: none at the menu, with no
 * question, or in a flow not worth coming back to (`FlowDef.dropWhenInterrupted`).
 */
function waitingAside(ctx: RunContext): Aside | undefined {
  const s = ctx.session;
  if (!s.flowId || s.flowId === ctx.menuFlow || s.flowVersion === null || !s.snapshot || !s.pending) return undefined;
  if (ctx.flows.get(s.flowId)?.dropWhenInterrupted) return undefined;
  return { flowId: s.flowId, flowVersion: s.flowVersion, caseId: s.caseId, snapshot: s.snapshot, pending: s.pending };
}

/**
 * What a dialogue starting now is put over. The menu drops everything; a dialogue started again
 * over itself takes its place (keeping what it was over); one not worth coming back to gives way
 * to what it was over.
 */
function asideFor(ctx: RunContext, flowId: string): Aside | undefined {
  if (flowId === ctx.menuFlow) return undefined;
  const carried = ctx.carriedAside;
  if (carried) {
    ctx.carriedAside = undefined;
    return carried;
  }
  // Something else done at the offer of a question left waiting: the parent has let it go (its notes stay).
  if (ctx.session.flowId === ASIDE_OFFER_FLOW) return undefined;
  const current = ctx.session.snapshot?.aside;
  if (ctx.session.flowId === flowId) return current;
  return waitingAside(ctx) ?? current;
}

/**
 * Starts a dialogue (a command's, the safety check, the menu). A conversation waiting at a
 * question is put aside, and comes back at that question, with its input read afresh, when the
 * new dialogue (and any it hands over to) ends: "change profile" in the middle of a kind of no
 * goes back to it, now with the new profile. The menu (`restart`) drops it.
 *
 * `quiet`: started without a word. Its opening words and question are not said, and the session
 * waits at its first question as if it had been asked, for words the parent already typed to be
 * read there (a new message typed at a question: the engine starts the menu so, then reads it). A
 * dialogue it hands over to before asking anything is heard as usual. `over`: the conversation it
 * is put over, in place of the one `startFlow` would choose (the menu, started quietly to read a
 * new message, keeps the question it came at, to come back to when what the message starts ends).
 */
export function startFlow(ctx: RunContext, flowId: string, input: Record<string, unknown> = {}, how: { quiet?: boolean; over?: Aside } = {}): AfterFlow {
  return startFlowAt(ctx, flowId, input, 0, how.over ?? asideFor(ctx, flowId), how.quiet === true);
}

/** Restores the stored snapshot; null when it cannot be (unknown flow, older version, corrupt). */
export function restore(ctx: RunContext): { flow: FlowDef; snapshot: AnyMachineSnapshot } | null {
  const s = ctx.session;
  if (!s.flowId || !s.snapshot) return null;
  const flow = ctx.flows.get(s.flowId);
  if (!flow || flow.version !== s.flowVersion) return null;
  const known = live.get(s.snapshot);
  if (known && known.flow === flow) return known.snapshot.status === 'active' ? known : null;
  try {
    const snapshot = flow.machine.resolveState({ value: s.snapshot.value as never, context: s.snapshot.context });
    live.set(s.snapshot, { flow, snapshot });
    return snapshot.status === 'active' ? { flow, snapshot } : null;
  } catch {
    return null;
  }
}

export function sendToFlow(ctx: RunContext, flow: FlowDef, snapshot: AnyMachineSnapshot, event: FlowEvent): AfterFlow {
  return settle(ctx, flow, snapshot, [event], 0, ctx.session.snapshot?.aside);
}

/** Does the current state accept this event? (So a stray event never silently vanishes.) */
export function accepts(snapshot: AnyMachineSnapshot, event: FlowEvent): boolean {
  return snapshot.can(event as never);
}

/**
 * A dialogue started over a conversation has ended: the conversation comes back, by itself while
 * its question is fresh, else offered once (aside-offer.ts: left since an earlier day, or come back
 * twice already). Picked up at the offer, it is asked again as if asked today.
 */
function comeBack(ctx: RunContext, from: FlowDef, aside: Aside, hops: number): boolean {
  if (from.id === ASIDE_OFFER_FLOW) return resumeAside(ctx, aside, hops, 'picked-up');
  const parsed = asideSchema.safeParse(aside);
  if (parsed.success && leftTooLong(parsed.data.pending, ctx.day) && ctx.flows.has(ASIDE_OFFER_FLOW)) {
    startFlowAt(ctx, ASIDE_OFFER_FLOW, offerInput(ctx.content, ctx.flows.get(parsed.data.flowId), parsed.data), hops + 1, aside);
    return true;
  }
  return resumeAside(ctx, aside, hops);
}

/**
 * Back to a conversation put aside (see startFlow, and FlowOutput.resume): the child it was about,
 * its input read afresh (an `INPUT` event, for a flow that takes one: the profile may have changed
 * meanwhile), and its question asked again as it was. False, and nothing changed, when it cannot
 * be (its flow changed version meanwhile). `picked-up`: the parent chose it at the offer; asked
 * again with no "back to" line, as fresh as a question asked now.
 */
function resumeAside(ctx: RunContext, aside: unknown, hops: number, how: 'by-itself' | 'picked-up' = 'by-itself'): boolean {
  const promptId = asideSchema.safeParse(aside).data?.pending.promptId;
  if (!restoreAside(ctx, aside, hops)) return false;
  const pending = ctx.session.pending;
  // Counted while it is the same question (the refreshed input did not move it on).
  if (pending && pending.promptId === promptId) {
    ctx.session.pending = how === 'picked-up' ? { ...pending, askedOn: ctx.day, cameBack: 0 } : { ...pending, cameBack: (pending.cameBack ?? 0) + 1 };
  }
  if (how === 'by-itself') {
    // Said with what the question is about, when its flow can tell (a question left for days is not a riddle: W13-1).
    const about = ctx.session.flowId ? ctx.flows.get(ctx.session.flowId)?.backTo?.(ctx.session.snapshot?.context ?? {}, ctx.session.snapshot?.value) : null;
    ctx.replies.push(textReply(ctx.content, about?.key ?? 'engine.back-to', about?.vars ?? {}, ctx.session.seq));
  }
  reask(ctx);
  return true;
}

/**
 * "Finish the question first" (a new message typed at a question: new-message.ts, `FlowOutput.later`):
 * the flow that asked is started again, quietly, with `input`, and put beneath the conversation it
 * was started over, which is asked again now (as fresh as a question picked up); when that
 * conversation ends, this one comes back by itself. What the question was itself over stays beneath both.
 */
function tuckUnder(ctx: RunContext, flow: FlowDef, input: Record<string, unknown>, aside: Aside, hops: number): boolean {
  const over = asideSchema.safeParse(aside);
  if (!over.success) return false;
  startFlowAt(ctx, flow.id, input, hops + 1, asideSchema.safeParse(over.data.snapshot.aside).data, true);
  const held = waitingAside(ctx);
  if (!held) return false;
  return resumeAside(ctx, { ...over.data, snapshot: { ...over.data.snapshot, aside: held } }, hops, 'picked-up');
}

/**
 * Leaves the dialogue under way without finishing it (a feature drops one the parent never
 * answered: the check-in's log after "skip today"). The conversation it was started over is
 * restored, quietly, for the caller to ask again (`reask`); else nothing is under way.
 */
export function leaveFlow(ctx: RunContext): void {
  const aside = ctx.session.snapshot?.aside;
  Object.assign(ctx.session, { flowId: null, flowVersion: null, snapshot: null, pending: null });
  if (aside) restoreAside(ctx, aside, 0);
}

/** resumeAside's part that restores the session (and refreshes its input), saying nothing. */
function restoreAside(ctx: RunContext, aside: unknown, hops: number): boolean {
  const parsed = asideSchema.safeParse(aside);
  if (!parsed.success) return false;
  const s = ctx.session;
  const a = parsed.data;
  const before = { caseId: s.caseId, flowId: s.flowId, flowVersion: s.flowVersion, snapshot: s.snapshot, pending: s.pending };
  Object.assign(s, { flowId: a.flowId, flowVersion: a.flowVersion, snapshot: a.snapshot, pending: a.pending as PendingQuestion, ...(a.caseId !== undefined ? { caseId: a.caseId } : {}) });
  const restored = restore(ctx);
  if (!restored) {
    Object.assign(s, before);
    return false;
  }
  const refresh: FlowEvent = { type: 'INPUT', input: standardInput(ctx, restored.flow.id), at: ctx.now.toISOString(), day: ctx.day };
  if (accepts(restored.snapshot, refresh)) settle(ctx, restored.flow, restored.snapshot, [refresh], hops + 1, a.snapshot.aside);
  return true;
}

/** Ask the pending question again (after help, notes, a bad input…). False if nothing is pending. */
export function reask(ctx: RunContext): boolean {
  if (!ctx.session.pending) return false;
  ctx.replies.push(aboutItsChild(ctx, questionReply(ctx.content, ctx.session.pending)));
  return true;
}
