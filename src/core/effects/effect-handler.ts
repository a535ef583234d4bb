import type { FlowEvent } from '../flow-kit.js';
import type { RunContext } from '../flow-runner.js';

/**
 * Interprets one effect a flow emitted (by action type). May return events to feed straight
 * back to the flow in the same turn (e.g. a classification result).
 */
export type EffectHandler = (ctx: RunContext, params: unknown) => FlowEvent[] | void;
