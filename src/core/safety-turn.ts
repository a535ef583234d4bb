/**
 * What the engine does when the crisis screen fires: it sets the conversation aside and starts
 * the safety check (the flow a feature names as its `safetyFlow`) with the tier and whose crisis it
 * is, never the words. "Yes, we're safe" brings the conversation back exactly where it was.
 */
import type { CrisisScreen } from '../safety/crisis-screen.js';
import { startFlow, type RunContext } from './flow-runner.js';
import type { SessionRow } from './ports.js';

type Fired = Exclude<CrisisScreen, { tier: 'none' }>;

/** The conversation a safety check interrupts; a check interrupting a check keeps the first one's. */
function aside(s: SessionRow, safetyFlow: string): { resume?: unknown } {
  if (s.flowId === safetyFlow) {
    const carried = s.snapshot?.context['resume'];
    return carried === undefined ? {} : { resume: carried };
  }
  if (!s.flowId || !s.snapshot || !s.pending) return {};
  return { resume: { flowId: s.flowId, flowVersion: s.flowVersion, snapshot: s.snapshot, pending: s.pending } };
}

/** Starts the safety check (flow `safetyFlow`) for a message the screen fired on (the message is not passed on). */
export function startSafetyCheck(ctx: RunContext, safetyFlow: string, screen: Fired): void {
  startFlow(ctx, safetyFlow, { tier: screen.tier, kind: screen.kind, ...aside(ctx.session, safetyFlow) });
}
