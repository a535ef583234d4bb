/**
 * Which of the parent's answers fill which line of a letter drafted from the notes: the topics
 * the "kind of no" flows (and the meeting recap, the triage) note them under.
 */
import { OFFER_TOPIC } from '../../../flows/advice/offer-states.js';
import { MEETING_TOPICS } from './letter-kinds.js';

/** Answer topics (from the "kind of no" flows) that fill each letter variable, most specific first. */
export const FROM_TOPICS: Record<string, readonly string[]> = {
  barrier: ['not_available.barrier', 'other.barrier'],
  helps: ['not_available.helpful-parts', 'other.one-thing', 'precedent.would-help'],
  ideas: ['not_available.adapt', 'resources.options'],
  missing_data: ['data.missing'],
  collection: ['data.collection'],
  meanwhile: ['data.meanwhile'],
  by_when: ['data.by-when'],
  decision: ['predetermination.decision'],
  decided_by: ['predetermination.decided-by'],
  concerns: ['predetermination.views-considered'],
  next_meeting: ['predetermination.next-meeting'],
  need: ['resources.need', 'precedent.need', 'not_available.barrier'],
  options: ['resources.options'],
  decider: ['resources.decider'],
  tried: ['precedent.tried'],
  would_help: ['precedent.would-help', 'other.one-thing'],
  meeting: [MEETING_TOPICS.meeting],
  discussed: [MEETING_TOPICS.discussed],
  agreed: [MEETING_TOPICS.agreed],
  declined: [MEETING_TOPICS.declined],
  not_addressed: [MEETING_TOPICS.not_addressed],
  request: ['triage.request'],
  // Only after the statement the letter answers (letterVarsFromNotes).
  offered: [OFFER_TOPIC],
  part_time_hours: ['part-time.hours'],
  part_time_review: ['part-time.review'],
};
