/**
 * Test builder: every path through a flow, generated with `xstate/graph` and replayed with
 * xstate's pure transitions so each path's effects (say, ask, note, classify, draft…) can be
 * checked. Events offered at each state mirror the engine: TEXT when the pending question takes
 * free text, a CHOICE for each button it shows, and CLASSIFIED after a `classify`.
 */
import { initialTransition, transition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import type { AskParams, Classification, FlowDef, FlowEvent, FlowInput } from '../../flows/kit.js';
import { CATEGORIES, type Category } from '../../src/core/types.js';

/** A Friday, so weekday due dates are easy to check by hand. */
export const AT = '2030-03-01T10:00:00.000Z';

export interface Effect {
  type: string;
  params?: unknown;
}

export interface ReplayedPath {
  input: FlowInput;
  events: FlowEvent[];
  effects: Effect[];
  final: AnyMachineSnapshot;
  done: boolean;
}

export const text = (t: string): FlowEvent => ({ type: 'TEXT', text: t, at: AT });
export const choice = (id: string): FlowEvent => ({ type: 'CHOICE', id, at: AT });

export function classification(category: Category, confident: boolean): Classification {
  const rest = CATEGORIES.filter((c) => c !== category);
  const ranked = [category, ...rest].map((c, i) => ({ category: c, score: 1 - i * 0.15 }));
  return { category, confidence: confident ? 0.9 : 0.4, ranked, confident };
}
export const classified = (category: Category, confident: boolean): FlowEvent => ({
  type: 'CLASSIFIED',
  result: classification(category, confident),
  at: AT,
});

/** A short answer and a long one carrying a date (exercises due dates and home's "statement"). */
export const SAMPLE_TEXTS = ['Ms Lee', 'They said they will look at the attendance data by 14 March.'];

/** Inputs a flow may be started with: empty, a returning parent, and triage's full hand-over. */
export const SAMPLE_INPUTS: FlowInput[] = [
  {},
  { children: ['Sam'], nickname: 'Sam' },
  {
    children: ['Sam'],
    nickname: 'Sam',
    request: 'A later start and a quiet room to go to first.',
    statement: 'We need to gather more data before we can change anything.',
    who: 'senco',
    saidOn: '2030-02-28',
  },
  { nickname: 'Sam', statement: "We don't have the staff for one-to-one support.", who: 'Mrs Patel', saidOn: 'at the review meeting' },
];

/** The `ask` a state node asks on entry, with its params resolved against the snapshot. */
export function pendingAsk(snapshot: AnyMachineSnapshot): AskParams | null {
  const machine = snapshot.machine as AnyStateMachine;
  const value = snapshot.value;
  if (typeof value !== 'string') return null; // every flow here is flat
  const node = machine.root.states[value];
  for (const a of node?.entry ?? []) {
    if (typeof a !== 'object' || a === null || (a as { type?: unknown }).type !== 'ask') continue;
    const params = (a as { params?: unknown }).params;
    if (typeof params === 'function') {
      return (params as (args: unknown) => AskParams)({ context: snapshot.context, event: { type: 'xstate.init' } });
    }
    return params as AskParams;
  }
  return null;
}

/** What the engine could deliver to this state. */
export function sampleEvents(snapshot: AnyMachineSnapshot): FlowEvent[] {
  if (snapshot.status !== 'active') return [];
  const ask = pendingAsk(snapshot);
  if (!ask) return CATEGORIES.flatMap((c) => [classified(c, true), classified(c, false)]);
  const choices = ask.choices ?? [];
  const freeText = ask.freeText ?? choices.length === 0;
  return [...(freeText ? SAMPLE_TEXTS.map(text) : []), ...choices.map((c) => choice(c.id))];
}

/** Replay events with pure transitions, collecting every effect in order. */
export function replay(machine: AnyStateMachine, input: FlowInput, events: FlowEvent[]): ReplayedPath {
  let [snap, actions] = initialTransition(machine, input);
  const effects: Effect[] = [...actions];
  for (const e of events) {
    [snap, actions] = transition(machine, snap, e);
    effects.push(...actions);
  }
  return { input, events, effects, final: snap, done: snap.status === 'done' };
}

/** Every simple path from the start, for each sample input, replayed. */
export function allPaths(flow: FlowDef, inputs: FlowInput[] = SAMPLE_INPUTS): ReplayedPath[] {
  const out: ReplayedPath[] = [];
  for (const input of inputs) {
    const paths = getSimplePaths(flow.machine, { input, events: sampleEvents });
    for (const p of paths) out.push(replay(flow.machine, input, p.steps.map((s) => s.event as FlowEvent)));
  }
  return out;
}

export function ofType<T>(effects: Effect[], type: string): T[] {
  return effects.filter((e) => e.type === type).map((e) => e.params as T);
}

/** Content keys a replay emitted through `say` and `ask` (questions and their choice labels). */
export function emittedKeys(effects: Effect[]): { key: string; vars: Record<string, string> }[] {
  const keys: { key: string; vars: Record<string, string> }[] = [];
  for (const e of effects) {
    if (e.type !== 'say' && e.type !== 'ask') continue;
    const p = e.params as AskParams;
    keys.push({ key: p.key, vars: p.vars ?? {} });
    for (const c of p.choices ?? []) keys.push({ key: c.key, vars: c.vars ?? {} });
  }
  return keys;
}
