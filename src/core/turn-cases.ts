/**
 * Which children a turn's replies are about (erasing one child): recorded on the turn's outbox row
 * (`TurnRecord.caseIds`), and on each question (`caseIds` on the reply, then on the record of where
 * it was posted), so erasing a child removes what was said about them whatever the words
 * call them: a full name from the profile, their notes quoted with no name.
 *
 * Each question carries only the child of the dialogue that asked it (`aboutItsChild`), never every
 * child its turn touched: erasing one child leaves the record of the menu's question, or of another
 * child's (review21 R9).
 *
 * A turn is about the open child (the session's case) when it answers, or leaves waiting, a
 * question of that child's dialogue: any flow but the menu and those about no one child
 * (`FlowDef.aboutNoChild`: erasing, choosing a child, the check-in set-up, the safety check). It
 * is also about a child opened during it, and the child of a file it makes (a document's or
 * image's `caseId`). Anything else (the menu, a command answered with no dialogue, a turn in a
 * shared channel) is about no child, and is read by its words when a child is erased, as every
 * reply was before.
 */
import type { RunContext } from './run-context.js';
import type { Reply } from './types.js';

/** The open child, when the conversation is in their dialogue now. */
export function childOfDialogue(ctx: Pick<RunContext, 'session' | 'flows' | 'menuFlow'>): number | null {
  const s = ctx.session;
  if (s.caseId === null || s.flowId === null || s.flowId === ctx.menuFlow) return null;
  return ctx.flows.get(s.flowId)?.aboutNoChild ? null : s.caseId;
}

/** Where the turn started: the open case, and the child whose question it answers (if any). */
export interface TurnStart {
  open: number | null;
  child: number | null;
}

export function turnStart(ctx: Pick<RunContext, 'session' | 'flows' | 'menuFlow'>): TurnStart {
  return { open: ctx.session.caseId, child: childOfDialogue(ctx) };
}

/** The children the turn's replies are about, once it has run (see the top of this file). */
export function turnCases(ctx: Pick<RunContext, 'session' | 'flows' | 'menuFlow' | 'replies'>, start: TurnStart): number[] {
  const ids = new Set<number>();
  if (start.child !== null) ids.add(start.child);
  const now = childOfDialogue(ctx);
  if (now !== null) ids.add(now);
  if (ctx.session.caseId !== null && ctx.session.caseId !== start.open) ids.add(ctx.session.caseId);
  for (const r of ctx.replies) if ((r.type === 'document' || r.type === 'image') && r.caseId !== undefined) ids.add(r.caseId);
  return [...ids];
}

/** A question as it is asked: it carries the child of the dialogue asking it, none at the menu or in a dialogue about no one (review21 R9). */
export function aboutItsChild(ctx: Pick<RunContext, 'session' | 'flows' | 'menuFlow'>, reply: Reply): Reply {
  const child = childOfDialogue(ctx);
  return reply.type === 'question' && child !== null ? { ...reply, caseIds: [child] } : reply;
}
