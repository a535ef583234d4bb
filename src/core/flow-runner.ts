/**
 * Runs flows with xstate's pure `initialTransition` / `transition` (see pure-step.ts) and interprets the effects
 * they emit (through the effects the features registered). Called inside the turn's transaction.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { FlowDef, FlowEvent, FlowOutput } from './flow-kit.js';
import type { PendingQuestion, SessionRow } from './ports.js';
import type { RunContext } from './run-context.js';
import { pureInitialTransition, pureTransition } from './pure-step.js';
import { questionReply, textReply } from './render.js';
import * as z from 'zod';
import { pendingSchema, snapshotSchema } from './session-schemas.js';

export type { RunContext };

/** A finished flow may ask the engine to run a command (e.g. `cmd:notes`) instead of a flow. */
export type AfterFlow = { command: string } | null;

const MAX_HOPS = 25;

/**
 * The live xstate snapshot behind each persisted one, so the next turn of a conversation skips
 * `resolveState` (the stored form is rebuilt only after a restart or when the store reloads the
 * row). Keyed by the persisted object itself: a row read back from the database is a new object
 * and is resolved afresh. xstate snapshots are immutable, so sharing them is safe.
 */
const live = new WeakMap<object, { flow: FlowDef; snapshot: AnyMachineSnapshot }>();

function persist(flow: FlowDef, snapshot: AnyMachineSnapshot): SessionRow['snapshot'] {
  const stored = { value: snapshot.value as unknown, context: snapshot.context as Record<string, unknown> };
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
function caseInput(ctx: RunContext, caseId: number): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const source of ctx.flowInputs ?? []) Object.assign(input, source(ctx.store, ctx.session.userId, caseId));
  return input;
}

/** Input every flow receives: the parent's children (nicknames) and the open case's nickname. */
function standardInput(ctx: RunContext, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const cases = ctx.store.listCases(ctx.session.userId);
  const current = cases.find((c) => c.id === ctx.session.caseId);
  return {
    children: cases.map((c) => c.nickname),
    nickname: current?.nickname,
    // Nothing has ever been asked: this is the parent's first contact.
    firstVisit: ctx.session.seq === 0,
    // What the features know about the open case (e.g. its profile: where the family is, the plan, pronouns).
    ...(current ? caseInput(ctx, current.id) : {}),
    ...(ctx.drafted ? { drafted: ctx.drafted } : {}),
    ...extra,
  };
}

function settle(ctx: RunContext, flow: FlowDef, snapshot: AnyMachineSnapshot, followUps: FlowEvent[], hops: number): AfterFlow {
  let snap = snapshot;
  let queue = followUps;
  while (queue.length > 0) {
    if (hops++ > MAX_HOPS) throw new Error(`flow ${flow.id} did not settle`);
    const [event, ...rest] = queue as [FlowEvent, ...FlowEvent[]];
    const [next, actions] = pureTransition(flow.machine, snap, event);
    snap = next;
    queue = [...rest, ...interpret(ctx, actions)];
  }
  ctx.session.snapshot = persist(flow, snap);
  if (snap.status !== 'done') return null;

  const out = (snap.output ?? {}) as FlowOutput;
  if (!out.next && out.resume !== undefined && resumeAside(ctx, out.resume)) return null;
  const next = out.next ?? ctx.menuFlow;
  if (next.startsWith('cmd:')) {
    ctx.session.flowId = null;
    ctx.session.snapshot = null;
    ctx.session.pending = null;
    return { command: next.slice(4) };
  }
  return startFlowAt(ctx, next, out.input ?? {}, hops + 1);
}

function startFlowAt(ctx: RunContext, flowId: string, input: Record<string, unknown>, hops: number): AfterFlow {
  if (hops > MAX_HOPS) throw new Error(`flows chained more than ${MAX_HOPS} times`);
  const flow = ctx.flows.get(flowId);
  if (!flow) throw new Error(`unknown flow ${flowId}`);
  ctx.session.flowId = flow.id;
  ctx.session.flowVersion = flow.version;
  ctx.session.pending = null;
  const [snap, actions] = pureInitialTransition(flow.machine, standardInput(ctx, input));
  return settle(ctx, flow, snap, interpret(ctx, actions), hops);
}

export function startFlow(ctx: RunContext, flowId: string, input: Record<string, unknown> = {}): AfterFlow {
  return startFlowAt(ctx, flowId, input, 0);
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
  return settle(ctx, flow, snapshot, [event], 0);
}

/** Does the current state accept this event? (So a stray event never silently vanishes.) */
export function accepts(snapshot: AnyMachineSnapshot, event: FlowEvent): boolean {
  return snapshot.can(event as never);
}

const asideSchema = z.object({ flowId: z.string(), flowVersion: z.number(), snapshot: snapshotSchema, pending: pendingSchema });

/**
 * Back to a conversation put aside (see FlowOutput.resume): its question is asked again, as it
 * was. False, and nothing changed, when it cannot be (its flow changed version meanwhile).
 */
function resumeAside(ctx: RunContext, aside: unknown): boolean {
  const parsed = asideSchema.safeParse(aside);
  if (!parsed.success) return false;
  const s = ctx.session;
  const before = { flowId: s.flowId, flowVersion: s.flowVersion, snapshot: s.snapshot, pending: s.pending };
  Object.assign(s, { flowId: parsed.data.flowId, flowVersion: parsed.data.flowVersion, snapshot: parsed.data.snapshot, pending: parsed.data.pending as PendingQuestion });
  if (!restore(ctx)) {
    Object.assign(s, before);
    return false;
  }
  ctx.replies.push(textReply(ctx.content, 'engine.back-to', {}, s.seq));
  reask(ctx);
  return true;
}

/** Ask the pending question again (after help, notes, a bad input…). False if nothing is pending. */
export function reask(ctx: RunContext): boolean {
  if (!ctx.session.pending) return false;
  ctx.replies.push(questionReply(ctx.content, ctx.session.pending));
  return true;
}
