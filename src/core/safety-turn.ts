/**
 * What the engine does when the crisis screen fires: it sets the conversation aside and starts
 * the safety check (a feature's flow with id `safety-check`) with the tier and whose crisis it
 * is, never the words. "Yes, we're safe" brings the conversation back exactly where it was.
 */
import type { CrisisScreen } from '../safety/crisis-screen.js';
import { startFlow, type RunContext } from './flow-runner.js';
import type { SessionRow } from './ports.js';

/** The id of the flow a feature provides for this (flows/safety-check.flow.ts); checked at start-up. */
export const SAFETY_CHECK = 'safety-check';

type Fired = Exclude<CrisisScreen, { tier: 'none' }>;

/** The conversation a safety check interrupts; a check interrupting a check keeps the first one's. */
function aside(s: SessionRow): { resume?: unknown } {
  if (s.flowId === SAFETY_CHECK) {
    const carried = s.snapshot?.context['resume'];
    return carried === undefined ? {} : { resume: carried };
  }
  if (!s.flowId || !s.snapshot || !s.pending) return {};
  return { resume: { flowId: s.flowId, flowVersion: s.flowVersion, snapshot: s.snapshot, pending: s.pending } };
}

/** Starts the safety check for a message the screen fired on (the message is not passed on). */
export function startSafetyCheck(ctx: RunContext, screen: Fired): void {
  startFlow(ctx, SAFETY_CHECK, { tier: screen.tier, kind: screen.kind, ...aside(ctx.session) });
}
