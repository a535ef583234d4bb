/** Every dialogue, registered here in one place. */
import type { FlowDef } from './core/flow-kit.js';
import { homeFlow } from '../flows/advice/home.flow.js';
import { noDataFlow } from '../flows/advice/no-data.flow.js';
import { noNotAvailableFlow } from '../flows/advice/no-not-available.flow.js';
import { noOtherFlow } from '../flows/advice/no-other.flow.js';
import { noPrecedentFlow } from '../flows/advice/no-precedent.flow.js';
import { noPredeterminationFlow } from '../flows/advice/no-predetermination.flow.js';
import { noResourcesFlow } from '../flows/advice/no-resources.flow.js';
import { sayNextFlow } from '../flows/advice/say-next.flow.js';
import { triageFlow } from '../flows/advice/triage.flow.js';
import { profileFlow } from '../flows/advice/profile.flow.js';
import { situationFlow } from '../flows/advice/situation.flow.js';
import { SITUATION_FLOWS } from '../flows/advice/situations.js';
import { followUpFlow } from '../flows/case-file/follow-up.flow.js';
import { forgetFlow } from '../flows/case-file/forget.flow.js';
import { letterFlow } from '../flows/case-file/letter.flow.js';
import { dailyLogFlow } from '../flows/daily-log/daily-log.flow.js';
import { checkinFlow } from '../flows/daily-log/checkin.flow.js';
import { safetyCheckFlow } from '../flows/safety-check.flow.js';

export const FLOWS: readonly FlowDef[] = [
  homeFlow,
  triageFlow,
  // After triage: the case profile (once per case), then the situation behind the "no".
  profileFlow,
  situationFlow,
  ...SITUATION_FLOWS,
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
