/**
 * The situations behind a "no" that change the advice (see situation.flow.ts), each a dialogue
 * of the "kind of no" shape: a few questions the letter needs (never what triage already has),
 * then what to know, what to write down, a dated next step and the letter.
 */
import { kindOfNoFlow } from './kind-of-no.js';

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
  questions: [
    { state: 'evidence', ask: 'ask-evidence', topic: 'need-disputed.evidence', buttons: ['none-yet'], says: ['none-yet'] },
    { state: 'absences', ask: 'ask-absences', topic: 'need-disputed.absences', buttons: ['illness', 'unauthorised', 'not-sure'], optional: true, says: ['illness', 'unauthorised'] },
  ],
  wrapUp: ['name-it', { key: 'gather-evidence', plain: true }, { key: 'record-illness', plain: true }],
  letter: { template: 'need-evidence', vars: { evidence: 'evidence', absences: 'absences' } },
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

export const SITUATION_FLOWS = [notDeliveredFlow, noAssessmentFlow, needDisputedFlow, attendanceFlow] as const;
