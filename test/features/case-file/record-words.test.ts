/**
 * The packet's timeline as a school reads it (thirteenth walk, W13-12): what the school said
 * without the headers a mail program pasted around it ("From: … Sent: … Subject: …") or the
 * email's greeting and sign-off, and the parent's answers without a chat aside said to the bot
 * ("part time timetable, i told you already"). The parent's own notes keep the whole.
 */
import { describe, expect, it } from 'vitest';
import { bootContent } from '../../../src/app.js';
import type { NoteRow } from '../../../src/core/ports.js';
import { formatTimeline, timelineGroups, timelineText } from '../../../src/features/case-file/timeline.js';

const content = bootContent();
let id = 0;
function note(minute: number, kind: NoteRow['kind'], topic: string, text: string): NoteRow {
  const at = `2027-01-04T15:${String(minute).padStart(2, '0')}:00.000Z`;
  return { id: ++id, userId: 'u', caseId: 1, nickname: 'JJ', kind, topic, text, at, day: '2027-01-04', who: 'Dan Okafor' };
}
const EMAIL = [
  'From: Dan Okafor',
  'Sent: 04 January 2027 15:02',
  'Subject: Jayden',
  'Dear Ms Lomax,',
  "I'm afraid we can't put Jayden on a part-time timetable at this stage. His attendance is already at 61%.",
  'I suggest we meet on Thursday 14th January at 3.30pm.',
  'Kind regards,',
  'Dan Okafor',
  'Head of Year 8',
].join('\n');
const NOTES = [note(0, 'statement', 'triage.statement', EMAIL), note(1, 'answer', 'triage.request', 'part time timetable, i told you already'), note(2, 'answer', 'part-time.needs', 'mornings only, like I said before')];
const record = timelineText(content, timelineGroups(content, NOTES, { voice: 'record' }));

describe('the packet\'s timeline keeps no email headers and no chat asides', () => {
  it('the school\'s words without "From:", "Sent:", "Subject:", the greeting or the sign-off', () => {
    expect(record).toContain("I'm afraid we can't put Jayden on a part-time timetable");
    for (const frame of ['From:', 'Sent:', 'Subject:', 'Dear Ms Lomax', 'Kind regards']) expect(record).not.toContain(frame);
  });

  it('the parent\'s answers without "i told you already", "like I said before"', () => {
    expect(record).toContain('part time timetable');
    expect(record).not.toMatch(/told you already|like I said/i);
    expect(record).toContain('mornings only');
  });

  it('the parent\'s own notes keep the whole', () => {
    const own = formatTimeline(content, NOTES);
    expect(own).toContain('i told you already');
    expect(own).toContain('Subject:');
  });
});
