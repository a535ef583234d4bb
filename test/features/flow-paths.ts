/**
 * Test builder: every path through a flow, generated with `xstate/graph` and replayed with
 * pure transitions so each path's effects (say, ask, note, classify, draft…) can be
 * checked. Events offered at each state mirror the engine: TEXT when the pending question takes
 * free text, a CHOICE for each button it shows, and CLASSIFIED after a `classify`.
 *
 * Kept fast on purpose (it runs for every registered flow, in two test files): vertices are
 * state values, interchangeable events at busy states are walked once, inputs a flow ignores are
 * walked once, and past MAX_PATHS_PER_INPUT a covering subset is kept. Each path is then
 * replayed from its real events, so the effects checked are exactly what the engine would see:
 * through the engine's own pure transitions (src/core/pure-step.ts; xstate's build a throwaway
 * actor, initial context included, on every call, which was a fifth of the walk).
 */
import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import type { AskParams, Classification, FlowDef, FlowEvent, FlowInput } from '../../src/core/flow-kit.js';
import { pureInitialTransition as initialTransition, pureTransition as transition } from '../../src/core/pure-step.js';
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

export const text = (t: string): FlowEvent => ({ type: 'TEXT', text: t, at: AT, day: AT.slice(0, 10) });
export const choice = (id: string): FlowEvent => ({ type: 'CHOICE', id, at: AT, day: AT.slice(0, 10) });

export function classification(category: Category, confident: boolean): Classification {
  const rest = CATEGORIES.filter((c) => c !== category);
  const ranked = [category, ...rest].map((c, i) => ({ category: c, score: 1 - i * 0.15 }));
  return { category, confidence: confident ? 0.9 : 0.4, ranked, confident };
}
export const classified = (category: Category, confident: boolean): FlowEvent => ({
  type: 'CLASSIFIED',
  result: classification(category, confident),
  at: AT,
  day: AT.slice(0, 10),
});

/** One typed answer: long enough for home to take as a statement, with a date for due dates. */
export const SAMPLE_TEXT = 'Ms Lee said they will look at the attendance data by 14 March.';

/** A noted statement, as the `correct` command hands one over. */
const SAMPLE_STATEMENT = { id: 1, who: 'senco', saidOn: '2030-02-28', whoWords: 'SENCO', dateWords: '28 February 2030', words: 'We need to gather more data' };

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
  // England, a part-time timetable refused over absence figures and Ofsted: the part-time questions (flows/advice/part-time-states.ts).
  {
    children: ['Sam'],
    nickname: 'Sam',
    request: 'A reduced timetable, mornings only.',
    statement: "We can't do a part-time timetable, it would count as unauthorised absence and Ofsted would pull us up.",
    who: 'senco',
    saidOn: '2030-02-28',
    profile: JSON.stringify({ place: 'england', plan: 'none', pronouns: 'they' }),
  },
  // Statements noted for this child, as the `correct` command hands them over (flows/case-file/correct.flow.ts).
  { nickname: 'Sam', statements: [SAMPLE_STATEMENT, { ...SAMPLE_STATEMENT, id: 2, who: 'Mrs Patel', whoWords: 'Mrs Patel' }], whoWords: { head: 'Head teacher or principal' } },
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

/** Above this many events at one state, interchangeable ones are walked once (see below). */
export const PRUNE_ABOVE = 5;

/** What one event does from a snapshot: where it leads (and hands over to), and which kinds of effect it emits. */
function outcomeOf(snapshot: AnyMachineSnapshot, event: FlowEvent): string {
  const [next, actions] = transition(snapshot.machine as AnyStateMachine, snapshot, event);
  const effects = actions.map((a) => {
    const p = (a.params ?? {}) as { key?: string; kind?: string; topic?: string; template?: string };
    return [a.type, p.key, p.kind, p.topic, p.template].join(':');
  });
  return `${valueOf(next)}|${next.status}|${JSON.stringify(next.output ?? null)}|${effects.join(',')}`;
}

/**
 * What the engine could deliver to this state: TEXT when the question takes free text, each
 * button it shows, and every classification after a `classify`. When a state offers many (a
 * 0–10 scale, six "who said it" buttons), events that lead to the same state with the same kinds
 * of effect are interchangeable for paths, so only the first of each is walked on from there.
 */
export function sampleEvents(snapshot: AnyMachineSnapshot): FlowEvent[] {
  if (snapshot.status !== 'active') return [];
  const ask = pendingAsk(snapshot);
  const choices = ask?.choices ?? [];
  const freeText = ask ? (ask.freeText ?? choices.length === 0) : false;
  const all = ask
    ? [...(freeText ? [text(SAMPLE_TEXT)] : []), ...choices.map((c) => choice(c.id))]
    : CATEGORIES.flatMap((c) => [classified(c, true), classified(c, false)]);
  if (all.length <= PRUNE_ABOVE) return all;
  const seen = new Set<string>();
  return all.filter((e) => {
    const outcome = outcomeOf(snapshot, e);
    if (seen.has(outcome)) return false;
    seen.add(outcome);
    return true;
  });
}

/** The state where a letter's lines in the parent's own words wait to be checked (flows/advice/letter-wording-states.ts). */
const WORDING_CHECK = 'checkWording';

/**
 * Replay events with pure transitions, collecting every effect in order. A flow left waiting at
 * the check of the parent's own words before its letter is answered "Yes, draft the letter"
 * (recorded in `events`): the tests of that check pass `{ atWordingCheck: 'stop' }`.
 */
export function replay(machine: AnyStateMachine, input: FlowInput, events: FlowEvent[], o: { atWordingCheck?: 'ok' | 'stop' } = {}): ReplayedPath {
  let [snap, actions] = initialTransition(machine, input);
  const effects: Effect[] = [...actions];
  const all = [...events];
  for (const e of events) {
    [snap, actions] = transition(machine, snap, e);
    effects.push(...actions);
  }
  if (o.atWordingCheck !== 'stop' && snap.status === 'active' && snap.value === WORDING_CHECK) {
    const ok = choice('ok');
    [snap, actions] = transition(machine, snap, ok);
    effects.push(...actions);
    all.push(ok);
  }
  return { input, events: all, effects, final: snap, done: snap.status === 'done' };
}

/**
 * A vertex of the path graph is a state *value*. Paths still try every offered event at every
 * state, and each path is replayed from its real events, so effects are exact; keying vertices
 * by value keeps generation fast and always finite (keying by context would give triage tens
 * of thousands of vertices, and a flow with a counter an endless graph).
 */
export function valueOf(snapshot: AnyMachineSnapshot): string {
  return JSON.stringify(snapshot.value);
}

/** Above this many paths for one input, keep a covering subset (see `coveringSubset`). */
export const MAX_PATHS_PER_INPUT = 2000;

type GraphPath = { steps: { state: AnyMachineSnapshot; event: unknown }[]; state: AnyMachineSnapshot };

/**
 * When every combination is too many (triage: who × when × 12 classifications…), keep one path
 * per route through the chart (sequence of states) plus, for every state and event seen, a path
 * that takes that event there. Every route and every button is still walked.
 */
export function coveringSubset<P extends GraphPath>(paths: P[]): P[] {
  const eventIds = new Map<unknown, string>();
  const eventId = (e: unknown) => {
    let id = eventIds.get(e);
    if (id === undefined) eventIds.set(e, (id = JSON.stringify(e)));
    return id;
  };
  // xstate/graph shares snapshot objects between paths: serialise each one once.
  const valueIds = new WeakMap<object, string>();
  const valueId = (snap: AnyMachineSnapshot) => {
    let id = valueIds.get(snap);
    if (id === undefined) valueIds.set(snap, (id = valueOf(snap)));
    return id;
  };
  const described = paths.map((p) => {
    const values = p.steps.map((s) => valueId(s.state));
    return {
      path: p,
      route: [...values, valueId(p.state)].join('>'),
      edges: p.steps.map((s, i) => `${values[i]}@${eventId(s.event)}`),
    };
  });
  const kept: P[] = [];
  const routes = new Set<string>();
  const edges = new Set<string>();
  const keep = (d: (typeof described)[number]) => {
    kept.push(d.path);
    for (const e of d.edges) edges.add(e);
  };
  for (const d of described) {
    if (routes.has(d.route)) continue;
    routes.add(d.route);
    keep(d);
  }
  for (const d of described) if (!d.edges.every((e) => edges.has(e))) keep(d);
  return kept;
}

function isDeliverable(_: unknown, event: { type: string }): boolean {
  return 'at' in event;
}

/** A generated path's events, without the `xstate.init` step xstate/graph puts first. */
function eventsOf(p: GraphPath): FlowEvent[] {
  return p.steps.map((s) => s.event as { type: string }).filter((e): e is FlowEvent => !e.type.startsWith('xstate.'));
}

/** Replays many event lists that share prefixes, doing each shared transition once. */
function replayAll(machine: AnyStateMachine, input: FlowInput, lists: FlowEvent[][]): ReplayedPath[] {
  const [snap0, actions0] = initialTransition(machine, input);
  const memo = new Map<string, { snap: AnyMachineSnapshot; effects: Effect[] }>([['', { snap: snap0, effects: [...actions0] }]]);
  return lists.map((events) => {
    let key = '';
    let at = memo.get('') as { snap: AnyMachineSnapshot; effects: Effect[] };
    for (const e of events) {
      const next = `${key}|${JSON.stringify(e)}`;
      let hit = memo.get(next);
      if (!hit) {
        const [snap, actions] = transition(machine, at.snap, e);
        hit = { snap, effects: [...at.effects, ...actions] };
        memo.set(next, hit);
      }
      key = next;
      at = hit;
    }
    return { input, events, effects: at.effects, final: at.snap, done: at.snap.status === 'done' };
  });
}

/**
 * The sample inputs' paths of each flow, made once per worker: two test files walk every flow
 * (test files share their worker's modules), and walking them all takes seconds.
 */
const sampled = new WeakMap<FlowDef, readonly ReplayedPath[]>();

/** Every simple path from the start (or a covering subset when there are too many), for each sample input, replayed. */
export function allPaths(flow: FlowDef, inputs: FlowInput[] = SAMPLE_INPUTS): ReplayedPath[] {
  if (inputs !== SAMPLE_INPUTS) return walk(flow, inputs);
  let paths = sampled.get(flow);
  if (!paths) sampled.set(flow, (paths = Object.freeze(walk(flow, inputs))));
  return [...paths];
}

function walk(flow: FlowDef, inputs: FlowInput[]): ReplayedPath[] {
  const out: ReplayedPath[] = [];
  const starts = new Set<string>();
  for (const input of inputs) {
    // Inputs the flow ignores lead to the same start: walking it again would find nothing new.
    const [snap0, actions0] = initialTransition(flow.machine, input);
    const start = JSON.stringify([snap0.value, snap0.context, actions0]);
    if (starts.has(start)) continue;
    starts.add(start);
    const paths = getSimplePaths(flow.machine, {
      input,
      events: sampleEvents,
      // xstate/graph adds a bare `{ type }` for any event a state handles that we gave no sample
      // of (e.g. TEXT where only buttons are offered): the engine never delivers those.
      filterEvents: isDeliverable,
      serializeState: valueOf,
    }) as GraphPath[];
    const chosen = paths.length <= MAX_PATHS_PER_INPUT ? paths : coveringSubset(paths);
    out.push(...replayAll(flow.machine, input, chosen.map(eventsOf)));
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

/** The `say` / `ask` keys a replay emitted, in order. */
export function spoken(effects: Effect[]): string[] {
  return effects.filter((e) => e.type === 'say' || e.type === 'ask').map((e) => (e.params as { key: string }).key);
}

/** Triage's full hand-over, as the kind flows receive it. */
export const HANDOVER: FlowInput = {
  children: ['Sam'],
  nickname: 'Sam',
  request: 'A later start and a quiet room to go to first.',
  statement: 'We need to gather more data before we can change anything.',
  who: 'Mrs Patel',
  saidOn: '2030-02-28',
  // The parent has given the name they sign letters with (asked once, before their first letter).
  signOff: 'Alex Morgan',
};

/** Every distinct effect along the paths (replays share their prefixes' effect objects). */
export function uniqueEffects(paths: ReplayedPath[]): Effect[] {
  const seen = new Set<Effect>();
  for (const p of paths) for (const e of p.effects) seen.add(e);
  return [...seen];
}
