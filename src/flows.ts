/** Every dialogue, registered here in one place. */
import type { FlowDef } from './core/flow-kit.js';
import { homeFlow } from './features/advice/flows/home.flow.js';
import { noDataFlow } from './features/advice/flows/no-data.flow.js';
import { noNotAvailableFlow } from './features/advice/flows/no-not-available.flow.js';
import { noOtherFlow } from './features/advice/flows/no-other.flow.js';
import { noPrecedentFlow } from './features/advice/flows/no-precedent.flow.js';
import { noPredeterminationFlow } from './features/advice/flows/no-predetermination.flow.js';
import { noResourcesFlow } from './features/advice/flows/no-resources.flow.js';
import { sayNextFlow } from './features/advice/flows/say-next.flow.js';
import { triageFlow } from './features/advice/flows/triage.flow.js';
import { followUpFlow } from './features/case-file/flows/follow-up.flow.js';
import { forgetFlow } from './features/case-file/flows/forget.flow.js';
import { letterFlow } from './features/case-file/flows/letter.flow.js';
import { dailyLogFlow } from './features/daily-log/flows/daily-log.flow.js';
import { checkinFlow } from './features/daily-log/flows/checkin.flow.js';

export const FLOWS: readonly FlowDef[] = [
  homeFlow,
  triageFlow,
  // One flow per kind of "no"; triage hands over to `no.<category>`.
  noDataFlow,
  noResourcesFlow,
  noPrecedentFlow,
  noNotAvailableFlow,
  noPredeterminationFlow,
  noOtherFlow,
  sayNextFlow,
  dailyLogFlow,
  checkinFlow,
  // The case file: letters from the notes, follow-ups and replies, forget.
  letterFlow,
  followUpFlow,
  forgetFlow,
];
