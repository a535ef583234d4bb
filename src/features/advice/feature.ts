/**
 * Advice: the menu, triage of what the school said, the case profile and the situation behind a
 * "no", one dialogue per kind of "no", and "what do I say next?". Its words:
 * content/prompts/{home,triage,profile,situations,jurisdictions,no-*,say-next}.yaml.
 */
import type { Feature } from '../../core/feature.js';
import { homeFlow } from '../../../flows/advice/home.flow.js';
import { KIND_OF_NO_FLOWS } from '../../../flows/advice/kinds-of-no.js';
import { sayNextFlow } from '../../../flows/advice/say-next.flow.js';
import { triageFlow } from '../../../flows/advice/triage.flow.js';
import { profileFlow } from '../../../flows/advice/profile.flow.js';
import { situationFlow } from '../../../flows/advice/situation.flow.js';
import { SITUATION_FLOWS } from '../../../flows/advice/situations.js';
import { reask, startFlow } from '../../core/flow-runner.js';
import type { ChatCommand } from '../../core/run-context.js';
import { ADVICE_SETTING_TOPICS, familyPlaceOf, monthFirst, PROFILE_TOPIC, profileFromNotes, SIGN_OFF_TOPIC, signOffFromNotes } from './profile.js';
import { CASE_DAY_TOPICS, caseDaysIn } from './case-days.js';
import { PROFILE_SUMMARY_KEYS, sayProfile } from './profile-summary.js';
import { say, sayForOpenCase, sayWorried, schoolsWordsBefore } from './say-command.js';
import { whichChildFlow } from '../../../flows/advice/which-child.flow.js';
import { legal } from './legal-command.js';
import { earlierAnswersIn, REUSED_TOPICS } from './earlier-answers.js';
import { keptMeetingDaysIn } from './kept-meetings.js';
import { MEETING_TOPIC } from '../../../flows/advice/meeting-states.js';
import { REVIEW_TOPIC } from '../../../flows/advice/review-states.js';
import { LA_RECIPIENT_TOPIC } from '../../../flows/advice/letter-body.js';

/**
 * "Change profile": the case profile asked again, its answers kept until changed; a question
 * waiting comes back afterwards (startFlow). Typed while the profile is being asked, its question again.
 */
const profile: ChatCommand = (_args, ctx) => {
  if (ctx.session.flowId === 'profile' && reask(ctx)) return;
  startFlow(ctx, 'profile');
};

/** What a flow's input is read from: the profiles, the sign-off, the answers offered again and the days a case holds for silence. */
const FLOW_INPUT_TOPICS_NO_DAYS: readonly string[] = [PROFILE_TOPIC, SIGN_OFF_TOPIC, LA_RECIPIENT_TOPIC, MEETING_TOPIC, REVIEW_TOPIC, ...REUSED_TOPICS];
const FLOW_INPUT_TOPICS: readonly string[] = [...FLOW_INPUT_TOPICS_NO_DAYS, ...CASE_DAY_TOPICS];
/** The flows that read `input.caseDays`: say-next and the situations (the silence letter's days). */
const CASE_DAY_FLOWS: ReadonlySet<string> = new Set([sayNextFlow.id, ...SITUATION_FLOWS.map((f) => f.id)]);

export const advice: Feature = {
  id: 'advice',
  flows: [
    homeFlow,
    triageFlow,
    // After triage: the case profile (once per case), then the situation behind the "no".
    profileFlow,
    situationFlow,
    ...SITUATION_FLOWS,
    // One flow per kind of "no"; triage hands over to `no.<category>`.
    ...KIND_OF_NO_FLOWS,
    sayNextFlow,
    whichChildFlow,
  ],
  // The engine begins here, and comes back here when a flow ends.
  menuFlow: homeFlow.id,
  effects: [sayProfile],
  commands: { say, 'say-child': sayForOpenCase, 'say-worried': sayWorried, profile, legal },
  intents: ['say', 'profile', 'legal'],
  // "…what do i say to them now" ending a long account: the account is what the school said (W13-3).
  // "what do i say next? will they really fine us": the question first, the worry kept as the parent's words (W14-5).
  closingIntents: ['say', 'say-worried'],
  // "The head said no to a part-time timetable. what now?": the words before are the new statement (review20 R5).
  intentsTakeBefore: { say: schoolsWordsBefore },
  contentKeys: [...PROFILE_SUMMARY_KEYS, 'advice.legal-question', 'advice.legal-question.fear', 'advice.worry-kept', 'advice.provision-lead.plan', 'advice.provision-lead.agreed', 'terms.agreed.plan-duty', 'terms.agreed.complaint-route'],
  dueSources: () => [],
  // Every flow gets the open case's profile (where the family is, the plan, pronouns) as `input.profile`,
  // where the family is from another child's profile as `input.familyPlace`, and the name the parent signs letters with (any case's; asked once) as `input.signOff`.
  // And the need the parent gave last time, within a few weeks, as `input.earlierAnswers` (offered again: "Same as before: …?");
  // and the meetings and reviews already kept as dates to watch, as `input.keptMeetings` (not offered again).
  // One read of the parent's notes for all of it (each read goes through all of the parent's note rows).
  // With a child open, the days their notes hold for silence (written on, meetings cancelled) as `input.caseDays` (situations16).
  // Only for the flows that read them (say-next and the situations), not every flow (review19 R10).
  // And a name at the local authority given for an earlier letter (any child's: one home, one council) as `input.laRecipient` (letter-body.ts).
  flowInput: (store, userId, caseId, now, flowId) => {
    const withDays = CASE_DAY_FLOWS.has(flowId);
    const notes = store.listNotes(userId, { topics: withDays ? FLOW_INPUT_TOPICS : FLOW_INPUT_TOPICS_NO_DAYS });
    const earlier = earlierAnswersIn(notes, caseId, now);
    const kept = keptMeetingDaysIn(notes, caseId);
    const caseProfile = profileFromNotes(notes, caseId);
    const days = caseId === null || !withDays ? null : caseDaysIn(notes, caseId, monthFirst(caseProfile));
    const caseDays = days && (days.wrote || days.cancelled) ? { caseDays: days } : {};
    const laRecipient = notes.filter((n) => n.topic === LA_RECIPIENT_TOPIC && n.text.trim()).at(-1)?.text.trim();
    return { profile: caseProfile, ...familyPlaceOf(notes, caseId), ...signOffFromNotes(notes), ...(laRecipient ? { laRecipient } : {}), ...(kept.length ? { keptMeetings: kept } : {}), ...(Object.keys(earlier).length ? { earlierAnswers: earlier } : {}), ...caseDays };
  },
  // The case profile and the sign-off are answers kept as notes, not events in the case.
  settingTopics: ADVICE_SETTING_TOPICS,
};
