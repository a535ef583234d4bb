/**
 * The letters the case file can draft from a parent's notes (one template each in
 * content/letters/). Pure data: flows import it too.
 */
export const LETTER_KINDS = [
  'need-request',
  'data-request',
  'decision-in-writing',
  'meeting-recap',
  'restate-nos',
  'follow-up',
  'resources-request',
  'precedent-request',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export function isLetterKind(s: string): s is LetterKind {
  return (LETTER_KINDS as readonly string[]).includes(s);
}

/** Topics of the meeting-recap answers (asked by the letter flow, read back by the builder). */
export const MEETING_TOPICS = {
  meeting: 'meeting.when-who',
  discussed: 'meeting.discussed',
  agreed: 'meeting.agreed',
  declined: 'meeting.declined',
  not_addressed: 'meeting.not-addressed',
} as const;
