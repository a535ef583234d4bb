/**
 * The decision was made before the meeting. Records what was decided, by whom and when the
 * parent learned of it, and whether their views were taken into account; then: ask for the
 * decision and its reasons in writing (prior written notice in the US; the written decision or
 * minutes in the UK), send concerns in writing before the next meeting, and ask which options
 * were considered and rejected.
 *
 * After an EHC plan's annual review in England (plan-review.ts), the review and the decision after
 * it are the local authority's: the wrap-up says so instead of asking the school, and the letter
 * asks the local authority's SEN team for its decision (`review-decision`).
 */
import { kindOfNoFlow } from './kind-of-no.js';
import { meetingHeld } from './after-meeting.js';
import { PLAN_REVIEW_KEYS, PLAN_REVIEW_LETTER, planReviewApplies } from './plan-review.js';

const P = 'no-predetermination';
const [REVIEW_SAY, REVIEW_ASK] = PLAN_REVIEW_KEYS;
/** England, an EHC plan, and the school's words or the request name its annual review. */
const afterReview = (c: Readonly<Record<string, string>>) => planReviewApplies({ place: c.place, profile: c.profile, statement: c.statement ?? '', request: c.request });

export const noPredeterminationFlow = kindOfNoFlow({
  id: 'no.predetermination',
  prefix: 'no-predetermination',
  category: 'predetermination',
  questions: [
    { state: 'decision', ask: 'ask-decision', topic: 'predetermination.decision', buttons: ['not-sure'] },
    {
      state: 'decidedBy',
      ask: 'ask-decided-by',
      topic: 'predetermination.decided-by',
      buttons: ['before-meeting', 'at-meeting', 'not-sure'],
      says: ['before-meeting', 'at-meeting'],
      max: 300,
      person: true,
    },
    // Typed words here are usually what the parent feels was not heard: their concerns.
    {
      state: 'views',
      ask: 'ask-views',
      topic: 'predetermination.views-considered',
      buttons: ['yes', 'partly', 'no', 'no-chance'],
      says: ['partly', 'no', 'no-chance'],
      field: 'concerns',
    },
    // The next step is due before the next meeting, when the parent gives its date.
    {
      state: 'nextMeeting',
      ask: 'ask-next-meeting',
      topic: 'predetermination.next-meeting',
      buttons: ['none-yet', 'not-sure'],
      optional: true,
      max: 200,
      due: true,
    },
  ],
  // A meeting's date is said as the meeting, with concerns sent before it: not a day to follow up on.
  dueSay: 'next-step-on',
  // Ask for it in writing; send concerns in writing before the meeting, or after it, put them on the record.
  // After an EHC plan's review in England: the local authority decides after it, and what to ask it for.
  wrapUp: [
    { pick: (c) => (afterReview(c) ? REVIEW_SAY : `${P}.in-writing`), keys: [`${P}.in-writing`, REVIEW_SAY] },
    { pick: (c) => (afterReview(c) ? REVIEW_ASK : meetingHeld(c, 'decidedBy') ? `${P}.after-meeting` : `${P}.before-meeting`), keys: [`${P}.before-meeting`, `${P}.after-meeting`, REVIEW_ASK] },
  ],
  // Heard at the meeting, or after it: the letter names its day and who was there (W13-11).
  afterMeeting: { decidedBy: 'decidedBy', names: ['decidedBy', 'views'] },
  letter: {
    template: 'decision-in-writing',
    instead: { template: PLAN_REVIEW_LETTER, when: afterReview },
    vars: { decision: 'decision', decided_by: 'decidedBy', concerns: 'views', next_meeting: 'nextMeeting' },
  },
});
