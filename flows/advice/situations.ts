/**
 * The situations behind a "no" that change the advice (see situation.flow.ts), each a dialogue
 * of the "kind of no" shape: a few questions the letter needs (never what triage already has),
 * then what to know, what to write down, a dated next step and the letter.
 */
import { kindOfNoFlow } from './kind-of-no.js';
import { parseProfile, PLACES } from '../../src/features/advice/profile.js';
import { hasStatutoryPlan, termKey, termKeysOf } from '../../src/features/advice/term-keys.js';
import { caseDaysOf, silenceDays } from './silence-dates.js';

/** The days the parent wrote on and the meetings cancelled: from the words handed over, else the case's notes (situations16). */
const heldDays = (input: Readonly<Record<string, unknown>>) => silenceDays(typeof input['statement'] === 'string' ? input['statement'] : '', caseDaysOf(input));

/** Where the family is (the case profile's place), 'elsewhere' when not known. */
const placeOf = (context: Readonly<Record<string, string>>): string => parseProfile(context['profile'])?.place ?? 'elsewhere';

/** Where the head of a school is its principal (case-file.yaml's `who.head.<place>`, and Ireland's schools): who silence goes to next. */
const PRINCIPAL_PLACES: ReadonlySet<string> = new Set(['us', 'northern-ireland', 'ireland']);
const headOf = (context: Readonly<Record<string, string>>): string => (PRINCIPAL_PLACES.has(placeOf(context)) ? 'silence.then.principal' : 'silence.then');

/** "He's fine in school, it's home": the school says the difficulty is at home (the child masks it in school). */
const AT_HOME_NOT_SCHOOL =
  /\b(?:(?:fine|ok(?:ay)?|happy|settled|calm|no (?:problems?|issues?|concerns?))\b[^.?!]{0,30}\b(?:in|at) (?:school|class)|(?:happening|problems?|difficult\w*|struggl\w*|issues?)\b[^.?!]{0,25}\bat home|it'?s (?:a )?home\b|home (?:issue|problem|life))/i;
/** A parenting course (or programme) first: support made to wait on the family. */
const COURSE_FIRST = /\bparenting (?:course|class(?:es)?|programme|program|group|sessions?)|(?:course|programme|program) first\b/i;

/** The argument a school made when it disputes the need: 'home' (fine in school, it's home), 'course' (a parenting course first), or '' ("choosing not to come"). */
export function needDisputedArgument(words: string): 'home' | 'course' | '' {
  if (COURSE_FIRST.test(words)) return 'course';
  return AT_HOME_NOT_SCHOOL.test(words) ? 'home' : '';
}

/** `need-disputed.<key>` answering the school's own argument ("it's home", "a course first"), else the plain one. */
function answering(key: string) {
  return (context: Readonly<Record<string, string>>): string => {
    const argument = needDisputedArgument(`${context['statement'] ?? ''}`);
    return argument ? `need-disputed.${key}.${argument}` : `need-disputed.${key}`;
  };
}
const answeringKeys = (key: string) => ['', '.home', '.course'].map((a) => `need-disputed.${key}${a}`);
/** The letter's line answering the argument: none for "choosing not to come" (the letter's next line says it is no choice). */
function answerLine(context: Readonly<Record<string, string>>): string {
  const argument = needDisputedArgument(`${context['statement'] ?? ''}`);
  return argument ? `need-disputed.letter.answer-${argument}` : '';
}

/**
 * Where the law gives a way to settle the need: in Wales, the school's duty to decide whether a
 * pupil has ALN (wal-s11); in the US, with no plan, the parent's request for an evaluation
 * (us-eval-request). Elsewhere, what to ask the school in writing (no law stated).
 */
function settleIt(context: Readonly<Record<string, string>>): string {
  const place = context['place'] ?? '';
  const plan = parseProfile(context['profile'])?.plan;
  if (place === 'wales' || (place === 'us' && !hasStatutoryPlan(plan))) return termKey(place, plan, 'assessment-right', context['request'] ?? '');
  return 'need-disputed.ask-what-they-see';
}

/** In the plan, agreed, and not happening: it must be provided. Never offered as negotiable. */
export const notDeliveredFlow = kindOfNoFlow({
  id: 'situation.not-delivered',
  prefix: 'not-delivered',
  category: 'other',
  questions: [
    { state: 'provision', ask: 'ask-provision', topic: 'not-delivered.provision', buttons: ['not-sure'] },
    { state: 'since', ask: 'ask-since', topic: 'not-delivered.since', buttons: ['not-sure'], optional: true, max: 300, count: true },
    { state: 'reason', ask: 'ask-reason', topic: 'not-delivered.reason', buttons: ['not-said'], optional: true, says: ['not-said'] },
  ],
  wrapUp: ['must-provide', { term: 'plan-duty' }, { key: 'log-missed', plain: true }, { term: 'complaint-route' }],
  letter: { template: 'provision-not-delivered', vars: { provision: 'provision', since: 'since', reason: 'reason' } },
});

/** A refusal to evaluate or assess: the assessment is how the data gets gathered. */
export const noAssessmentFlow = kindOfNoFlow({
  id: 'situation.no-assessment',
  prefix: 'no-assessment',
  category: 'data',
  questions: [
    { state: 'concerns', ask: 'ask-concerns', topic: 'no-assessment.concerns', buttons: ['not-sure'] },
    { state: 'askedOn', ask: 'ask-asked-on', topic: 'no-assessment.asked-on', buttons: ['not-yet'], optional: true, max: 200, says: ['not-yet'] },
  ],
  wrapUp: ['is-the-data', { term: 'assessment-right' }, { key: 'in-writing', plain: true }],
  letter: { template: 'assessment-request', vars: { concerns: 'concerns', asked_on: 'askedOn' } },
});

/** The need itself disputed ("she's choosing not to come", a diagnosis not accepted). */
export const needDisputedFlow = kindOfNoFlow({
  id: 'situation.need-disputed',
  prefix: 'need-disputed',
  category: 'other',
  intro: { pick: answering('intro'), keys: answeringKeys('intro') },
  questions: [
    { state: 'evidence', ask: 'ask-evidence', topic: 'need-disputed.evidence', buttons: ['none-yet'], says: ['none-yet'] },
    { state: 'absences', ask: 'ask-absences', topic: 'need-disputed.absences', buttons: ['illness', 'unauthorised', 'not-sure'], optional: true, says: ['illness', 'unauthorised'] },
  ],
  wrapUp: [
    { pick: answering('name-it'), keys: answeringKeys('name-it') },
    { pick: settleIt, keys: ['terms.wales.assessment-right', ...termKeysOf('assessment-right', ['us']), 'need-disputed.ask-what-they-see'] },
    { key: 'gather-evidence', plain: true },
    { key: 'record-illness', plain: true },
  ],
  letter: { template: 'need-evidence', vars: { evidence: 'evidence', absences: 'absences' }, said: { answer_line: { pick: answerLine, keys: ['need-disputed.letter.answer-home', 'need-disputed.letter.answer-course'] } } },
});

/** Fines, truancy court or prosecution threatened: acknowledge the fear, get help now, evidence. */
export const attendanceFlow = kindOfNoFlow({
  id: 'situation.attendance',
  prefix: 'attendance',
  category: 'other',
  questions: [
    { state: 'deadline', ask: 'ask-deadline', topic: 'attendance.deadline', buttons: ['none-yet'], optional: true, max: 200, due: true },
    { state: 'days', ask: 'ask-days', topic: 'attendance.days', buttons: ['not-sure'], optional: true, max: 200, count: true },
    { state: 'evidence', ask: 'ask-evidence', topic: 'attendance.evidence', buttons: ['none-yet'], says: ['none-yet'] },
  ],
  wrapUp: ['fear', { term: 'advocate' }, 'send-evidence', { term: 'unwell-duty' }],
  // The date named is the meeting or hearing itself: the letter goes well before it.
  dueSay: 'next-step-on',
  letter: { template: 'attendance-support', vars: { deadline: 'deadline', days: 'days', evidence: 'evidence' } },
});

/**
 * Pressure to take the child off the roll (home education offered, a form to sign): the choice
 * is the parent's, nothing needs deciding or signing now, ask for it in writing, and what the
 * child loses off the roll, as information and questions (no law stated: docs/legal-facts.md).
 */
export const offRollFlow = kindOfNoFlow({
  id: 'situation.off-roll',
  prefix: 'off-roll',
  category: 'other',
  questions: [
    { state: 'wanted', ask: 'ask-wanted', topic: 'off-roll.wanted', buttons: ['not-wanted', 'thinking'], says: ['not-wanted', 'thinking'] },
    { state: 'needs', ask: 'ask-needs', topic: 'off-roll.needs', buttons: ['not-sure'], optional: true },
  ],
  // The place's own advocate (situations16 item 6): a plain per-place term, no law.
  wrapUp: ['your-choice', 'what-changes', { key: 'keep', plain: true }, { term: 'advocate' }],
  letter: { template: 'off-roll-response', vars: { wanted: 'wanted', needs: 'needs' } },
});


/**
 * A child already taken off the roll (situations16): what the parent can still ask for (the place
 * back, education while they decide), who to ask in writing where they are (the body named by
 * `terms.<place>.authority`), an adviser, and a short letter of facts. No law stated
 * (docs/legal-facts.md); nothing about signing or choice, which are past.
 */
export const offRollDoneFlow = kindOfNoFlow({
  id: 'situation.off-roll-done',
  prefix: 'off-roll-done',
  category: 'other',
  questions: [
    { state: 'when', ask: 'ask-when', topic: 'off-roll-done.when', buttons: ['not-sure'], optional: true, max: 200 },
    { state: 'wanted', ask: 'ask-wanted', topic: 'off-roll-done.wanted', buttons: ['place-back', 'meanwhile', 'not-sure'], says: ['place-back', 'meanwhile', 'not-sure'] },
  ],
  wrapUp: ['still-ask', { pick: (context) => `off-roll-done.ask-who.${placeOf(context)}`, keys: PLACES.map((p) => `off-roll-done.ask-who.${p}`) }, { term: 'advocate' }],
  letter: { template: 'off-roll-facts', vars: { when: 'when', wanted: 'wanted' } },
});

/** Sent home in the day ("to calm down"), not recorded as an exclusion: what to record each time, and how it was recorded. */
export const sentHomeFlow = kindOfNoFlow({
  id: 'situation.sent-home',
  prefix: 'sent-home',
  category: 'other',
  questions: [
    { state: 'times', ask: 'ask-times', topic: 'sent-home.times', buttons: ['not-sure'], max: 400, count: true },
    { state: 'reason', ask: 'ask-reason', topic: 'sent-home.reason', buttons: ['calm-down', 'not-said'], optional: true, says: ['calm-down', 'not-said'] },
    { state: 'recorded', ask: 'ask-recorded', topic: 'sent-home.recorded', buttons: ['not-told', 'not-sure'], optional: true, says: ['not-told'] },
  ],
  wrapUp: [{ key: 'record-each', plain: true }, 'ask-how', { term: 'advocate' }],
  letter: { template: 'sent-home-record', vars: { times: 'times', reason: 'reason', recorded: 'recorded' } },
});

/** Silence: emails unanswered, meetings cancelled. The letter lists the dates and asks for a meeting date by a named day. */
export const silenceFlow = kindOfNoFlow({
  id: 'situation.silence',
  prefix: 'silence',
  category: 'other',
  questions: [
    // The days the case holds already are offered first ("Are these the days…?"), never asked afresh.
    { state: 'tried', ask: 'ask-tried', topic: 'silence.tried', buttons: ['not-sure'], max: 600, reuse: { ask: 'ask-tried-known', from: (input) => heldDays(input).wrote } },
    { state: 'cancelled', ask: 'ask-cancelled', topic: 'silence.cancelled', buttons: ['none'], optional: true, max: 400, reuse: { ask: 'ask-cancelled-known', from: (input) => heldDays(input).cancelled } },
    { state: 'byWhen', ask: 'ask-by-when', topic: 'silence.by-when', buttons: ['five-days'], says: ['five-days'], max: 200, due: true, dayOnly: true },
  ],
  wrapUp: [{ key: 'record', plain: true }, { pick: headOf, keys: ['silence.then', 'silence.then.principal'] }],
  letter: { template: 'silence-meeting-request', vars: { tried: 'tried', cancelled: 'cancelled', by_when: 'byWhen' } },
});

export const SITUATION_FLOWS = [notDeliveredFlow, noAssessmentFlow, needDisputedFlow, attendanceFlow, offRollFlow, sentHomeFlow, silenceFlow, offRollDoneFlow] as const;
