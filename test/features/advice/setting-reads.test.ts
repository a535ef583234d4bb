/**
 * Every flow's start reads the case profile and the sign-off (the advice feature's flow input),
 * the answers a kind of no may offer again, and the meetings already kept as dates to watch. They are read from their own notes only: a parent with a long case must not have every note
 * opened and parsed at each flow's start (about 25 us a note with a data key).
 */
import { describe, expect, it } from 'vitest';
import type { NoteFilter, NoteRow, Store } from '../../../src/core/ports.js';
import { advice } from '../../../src/features/advice/feature.js';
import { PROFILE_TOPIC, SIGN_OFF_TOPIC } from '../../../src/features/advice/profile.js';
import { REUSED_TOPICS } from '../../../src/features/advice/earlier-answers.js';
import { CASE_DAY_TOPICS } from '../../../src/features/advice/case-days.js';
import { MEETING_TOPIC } from '../../../flows/advice/meeting-states.js';
import { REVIEW_TOPIC } from '../../../flows/advice/review-states.js';
import { LA_RECIPIENT_TOPIC } from '../../../flows/advice/letter-body.js';

const AT = '2026-12-01T09:00:00.000Z';
const note = (id: number, caseId: number | null, topic: string, text: string): NoteRow => ({ id, userId: 'p', caseId, nickname: null, kind: 'answer', topic, text, at: AT, day: AT.slice(0, 10) });
const PROFILE = JSON.stringify({ place: 'wales', plan: 'none', pronouns: 'she' });
const NOTES: NoteRow[] = [
  note(1, 7, PROFILE_TOPIC, PROFILE),
  ...Array.from({ length: 50 }, (_, i) => note(i + 2, 7, 'triage.request', `request ${i}`)),
  note(60, null, SIGN_OFF_TOPIC, 'Sam Jones'),
  // A name at the local authority, given for another child's assessment request: one home, one council (letter-body.ts).
  note(63, 8, LA_RECIPIENT_TOPIC, 'Miss Hughes'),
  { ...note(61, 7, MEETING_TOPIC, 'situation.meeting-note'), kind: 'next_step', due: '2027-01-15' },
  { ...note(62, 8, MEETING_TOPIC, 'situation.meeting-note'), kind: 'next_step', due: '2027-02-01' },
];

/** A store that answers listNotes as the real ones do (filter by case and topics) and records what it was asked. */
function recordingStore(asked: NoteFilter[]): Store {
  const listNotes = (_userId: string, opts: NoteFilter = {}) => {
    asked.push(opts);
    return NOTES.filter((n) => (opts.caseId === undefined || n.caseId === opts.caseId) && (opts.topics === undefined || opts.topics.includes(n.topic)));
  };
  return { listNotes } as unknown as Store;
}

describe("the advice feature's flow input", () => {
  it('finds the profile, the sign-off and this child\'s kept meetings (and reviews), reading only their topics (and the answers offered again)', () => {
    const asked: NoteFilter[] = [];
    const input = advice.flowInput?.(recordingStore(asked), 'p', 7, new Date(AT), 'say-next');
    expect(input).toEqual({ profile: { place: 'wales', plan: 'none', pronouns: 'she' }, signOff: 'Sam Jones', laRecipient: 'Miss Hughes', keptMeetings: ['2027-01-15'] });
    expect(asked.length).toBeGreaterThan(0);
    // And the topics the days a case holds for silence are read from (situations16): the flow input's own list, read once.
    for (const opts of asked) expect(opts.topics?.every((t) => t === PROFILE_TOPIC || t === SIGN_OFF_TOPIC || t === LA_RECIPIENT_TOPIC || t === MEETING_TOPIC || t === REVIEW_TOPIC || REUSED_TOPICS.includes(t) || CASE_DAY_TOPICS.includes(t))).toBe(true);
  });

  it("reads the parent's notes once per flow start, and finds what three reads found", () => {
    const asked: NoteFilter[] = [];
    const later = new Date(Date.parse(AT) + 86_400_000).toISOString();
    const reused = REUSED_TOPICS[0] as string;
    const extra = [note(61, 7, reused, 'a quiet room to start the day in'), note(62, 8, reused, "another child's answer"), note(63, 8, PROFILE_TOPIC, JSON.stringify({ place: 'us', region: 'Ohio', plan: 'none', pronouns: 'he' }))];
    NOTES.push(...extra);
    try {
      const input = advice.flowInput?.(recordingStore(asked), 'p', 7, new Date(later), 'say-next');
      expect(input).toEqual({ profile: { place: 'wales', plan: 'none', pronouns: 'she' }, familyPlace: { place: 'us', region: 'Ohio', child: '' }, signOff: 'Sam Jones', laRecipient: 'Miss Hughes', keptMeetings: ['2027-01-15'], earlierAnswers: { [reused]: 'a quiet room to start the day in' } });
      expect(asked).toHaveLength(1);
    } finally {
      NOTES.splice(NOTES.length - extra.length, extra.length);
    }
  });
});
