/** Every dialogue, registered here in one place. */
import type { FlowDef } from './kit.js';
import { homeFlow } from './home.flow.js';
import { noDataFlow } from './no-data.flow.js';
import { noNotAvailableFlow } from './no-not-available.flow.js';
import { noOtherFlow } from './no-other.flow.js';
import { noPrecedentFlow } from './no-precedent.flow.js';
import { noPredeterminationFlow } from './no-predetermination.flow.js';
import { noResourcesFlow } from './no-resources.flow.js';
import { sayNextFlow } from './say-next.flow.js';
import { triageFlow } from './triage.flow.js';
import { followUpFlow } from './follow-up.flow.js';
import { forgetFlow } from './forget.flow.js';
import { letterFlow } from './letter.flow.js';
import { dailyLogFlow } from './daily-log.flow.js';
import { checkinFlow } from './checkin.flow.js';
import { safetyCheckFlow } from './safety-check.flow.js';

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
  // What follows a message the crisis screen fired on.
  safetyCheckFlow,
];
