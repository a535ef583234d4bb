/**
 * The privacy rule, in one place: in a shared channel the engine answers in general terms only and
 * moves the case to a private conversation. Nothing the parent wrote is stored or repeated. A
 * crisis is answered privately: the safety check waits in the parent's own conversation, where the
 * adapter takes them next, and nothing of it (nor of the message) goes public.
 */
import { screenForCrisis } from '../safety/crisis-screen.js';
import type { RunContext } from './flow-runner.js';
import type { Fired } from './safety-turn.js';
import { cleanText } from './input-guard.js';
import { textReply } from './render.js';
import type { Reply, ValidTurn } from './types.js';

/** The replies to a turn from a public channel; `crisisFired` starts the private safety check. */
export function publicTurn(ctx: RunContext, turn: ValidTurn, crisisFired: (ctx: RunContext, crisis: Fired) => void): Reply[] {
  const crisis = turn.input.kind === 'text' || turn.input.kind === 'file' ? screenForCrisis(cleanText(turn.input.text)) : null;
  if (crisis && crisis.tier !== 'none') {
    crisisFired({ ...ctx, replies: [] }, crisis);
    ctx.session.updatedAt = ctx.now.toISOString();
    ctx.store.saveSession(ctx.session);
  }
  ctx.replies.push(textReply(ctx.content, 'public.general'));
  ctx.replies.push({ type: 'move_private', key: 'public.offer-dm', text: ctx.content.render('public.offer-dm') });
  return ctx.replies;
}
