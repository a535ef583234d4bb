/**
 * What the engine does when the crisis screen fires: it starts the safety check (the flow a
 * feature names as its `safetyFlow`) with the tier and whose crisis it is, never the words. The
 * conversation is put aside as any dialogue started over it puts it (`startFlow`): "Yes, we're
 * safe" brings it back exactly where it was; a check over a check keeps the first one's.
 */
import type { CrisisScreen } from '../safety/crisis-screen.js';
import { startFlow, type RunContext } from './flow-runner.js';

/** The screen's answer when it fired. */
export type Fired = Exclude<CrisisScreen, { tier: 'none' }>;

/** Starts the safety check (flow `safetyFlow`) for a message the screen fired on (the message is not passed on). */
export function startSafetyCheck(ctx: RunContext, safetyFlow: string, screen: Fired): void {
  startFlow(ctx, safetyFlow, { tier: screen.tier, kind: screen.kind });
}
