/** Every dialogue, registered here in one place. */
import type { FlowDef } from './kit.js';
import { homeFlow } from './home.flow.js';
import { triageFlow } from './triage.flow.js';

export const FLOWS: readonly FlowDef[] = [homeFlow, triageFlow];
