/**
 * Runs flows with xstate's pure `initialTransition` / `transition` and interprets the effects
 * they emit (say, ask, note, classify, draft, openCase). Called inside the turn's transaction.
 */
import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import type {
  AskParams,
  Classification,
  ClassifyParams,
  DraftParams,
  FlowDef,
  FlowEvent,
  FlowOutput,
  NoteParams,
  OpenCaseParams,
  SayParams,
} from '../../flows/kit.js';
import type { ContentCatalog } from '../content/catalog.js';
import type { Classifier, SessionRow, Store } from './ports.js';
import { questionReply, textReply } from './render.js';
import type { Reply } from './types.js';

export interface RunContext {
  store: Store;
  content: ContentCatalog;
  classifier: Classifier;
  flows: ReadonlyMap<string, FlowDef>;
  session: SessionRow;
  replies: Reply[];
  now: Date;
}

/** A finished flow may ask the engine to run a command (e.g. `cmd:notes`) instead of a flow. */
export type AfterFlow = { command: string } | null;

const MAX_HOPS = 25;

function persist(snapshot: AnyMachineSnapshot): SessionRow['snapshot'] {
  return { value: snapshot.value as unknown, context: snapshot.context as Record<string, unknown> };
}

function interpret(ctx: RunContext, actions: { type: string; params?: unknown }[]): FlowEvent[] {
  const followUps: FlowEvent[] = [];
  const at = ctx.now.toISOString();
  const s = ctx.session;
  for (const a of actions) {
    switch (a.type) {
      case 'say': {
        const p = a.params as SayParams;
        ctx.replies.push(textReply(ctx.content, p.key, p.vars ?? {}, s.seq));
        break;
      }
      case 'ask': {
        const p = a.params as AskParams;
        s.seq += 1;
        s.pending = {
          promptId: `q${s.seq}`,
          key: p.key,
          vars: p.vars ?? {},
          choices: p.choices ?? [],
          freeText: p.freeText ?? (p.choices ?? []).length === 0,
        };
        ctx.replies.push(questionReply(ctx.content, s.pending, s.seq));
        break;
      }
      case 'note': {
        const p = a.params as NoteParams;
        ctx.store.addNote({
          userId: s.userId,
          caseId: s.caseId,
          kind: p.kind,
          topic: p.topic,
          text: p.text,
          category: p.category,
          who: p.who,
          saidOn: p.said_on,
          due: p.due,
          at,
        });
        break;
      }
      case 'classify': {
        const p = a.params as ClassifyParams;
        const r = ctx.classifier.classify(p.text);
        const result: Classification = { ...r, confident: ctx.classifier.isConfident(r) };
        followUps.push({ type: 'CLASSIFIED', result, at });
        break;
      }
      case 'draft': {
        const p = a.params as DraftParams;
        const letter = ctx.content.renderLetter(p.template, p.vars);
        ctx.replies.push({
          type: 'document',
          key: `letter.${p.template}`,
          title: letter.title,
          filename: `${p.template}-${at.slice(0, 10)}.md`,
          mime: 'text/markdown',
          body: letter.body,
        });
        ctx.store.addNote({ userId: s.userId, caseId: s.caseId, kind: 'draft', topic: `letter.${p.template}`, text: letter.body, at });
        break;
      }
      case 'openCase': {
        const p = a.params as OpenCaseParams;
        const c = ctx.store.openCase(s.userId, p.nickname || 'my child', at);
        s.caseId = c.id;
        if (!c.disclaimerShown) {
          ctx.replies.push(textReply(ctx.content, 'common.disclaimer', {}, s.seq));
          ctx.store.markDisclaimerShown(c.id);
        }
        break;
      }
      default:
        break; // xstate's own actions (assign, raise…) are already applied to the snapshot.
    }
  }
  return followUps;
}

/** Input every flow receives: the parent's children (nicknames) and the open case's nickname. */
function standardInput(ctx: RunContext, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const cases = ctx.store.listCases(ctx.session.userId);
  const current = cases.find((c) => c.id === ctx.session.caseId);
  return { children: cases.map((c) => c.nickname), nickname: current?.nickname, ...extra };
}

function settle(ctx: RunContext, flow: FlowDef, snapshot: AnyMachineSnapshot, followUps: FlowEvent[], hops: number): AfterFlow {
  let snap = snapshot;
  let queue = followUps;
  while (queue.length > 0) {
    if (hops++ > MAX_HOPS) throw new Error(`flow ${flow.id} did not settle`);
    const [event, ...rest] = queue as [FlowEvent, ...FlowEvent[]];
    const [next, actions] = transition(flow.machine, snap, event);
    snap = next;
    queue = [...rest, ...interpret(ctx, actions)];
  }
  ctx.session.snapshot = persist(snap);
  if (snap.status !== 'done') return null;

  const out = (snap.output ?? {}) as FlowOutput;
  const next = out.next ?? 'home';
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
  const [snap, actions] = initialTransition(flow.machine, standardInput(ctx, input));
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
  try {
    const snapshot = flow.machine.resolveState({ value: s.snapshot.value as never, context: s.snapshot.context });
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
