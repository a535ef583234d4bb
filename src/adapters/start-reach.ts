/**
 * Start-up that talks to a platform must end in bounded time, in one sentence an operator can act
 * on: left alone, an SDK may retry for minutes (Slack's Web API client for half an hour), which
 * at start-up looks like a hang. Each such step gets a deadline (`startStep`), and a step that
 * ran out, or failed for a reason the platform did not name (the network, a wrong API URL), is
 * said the same way for every platform (`unreachableLine`). What a platform's refusal of its
 * token looks like stays with that platform.
 */
import { withDeadline } from '../core/deadline.js';

/** Default time allowed for each start-up step that talks to a platform. */
export const START_STEP_MS = 15_000;

/** A start-up step that did not finish within its time. */
export class StepLate extends Error {}

export function startStep<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  return withDeadline(work, ms, what, (m) => new StepLate(m));
}

/** "<Platform> is unreachable…", one line: the step that ran out, or where it tried and the error's first line. */
export function unreachableLine(platform: string, where: string, apiUrlVar: string, err: unknown): string {
  const why = err instanceof StepLate ? `: ${err.message}` : ` (${where}: ${String(err instanceof Error ? err.message : err).split('\n')[0]})`;
  return `${platform} is unreachable${why}. Check the network (or ${apiUrlVar}) and start again.`;
}
