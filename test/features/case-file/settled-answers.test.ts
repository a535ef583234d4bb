/**
 * What the school reads in the packet's timeline is each answer as the parent last settled it
 * (the eleventh walk, W11-4): a line reworded at the wording check shows once, in its new words;
 * a line left out of the letter is not shown at all, and a button's words never read as a fact.
 * The parent's own notes keep the history.
 */
import { describe, expect, it } from 'vitest';
import { bootContent } from '../../../src/app.js';
import type { NoteRow } from '../../../src/core/ports.js';
import { LEFT_OUT } from '../../../flows/advice/letter-wording-states.js';
import { formatTimeline, timelineGroups, timelineText } from '../../../src/features/case-file/timeline.js';

const content = bootContent();
let id = 0;
function note(minute: number, kind: NoteRow['kind'], topic: string, text: string, caseId = 1): NoteRow {
  const at = `2026-12-10T10:${String(minute).padStart(2, '0')}:00.000Z`;
  return { id: ++id, userId: 'u', caseId, nickname: caseId === 1 ? 'Kit' : 'Ella', kind, topic, text, at, day: '2026-12-10' };
}

const TRIED = 'weve tried the pastoral base, it was full of kids messing about';
const NEED = 'he cant cope with afternoons';
/** The note of a line left out: the button's words as the engine keeps a tapped button (older notes kept its key). */
const LEFT_OUT_WORDS = content.render(LEFT_OUT);
const NOTES = [
  note(0, 'statement', 'triage.statement', 'We cannot agree to a reduced timetable.'),
  note(1, 'answer', 'triage.request', 'mornings only'),
  note(2, 'answer', 'part-time.needs', NEED),
  note(3, 'answer', 'part-time.tried', TRIED),
  note(4, 'answer', 'part-time.needs', 'He finds afternoons very hard.'),
  note(5, 'answer', 'part-time.tried', LEFT_OUT_WORDS),
  note(6, 'answer', 'triage.request', 'A part-time timetable, mornings only, for now.'),
  note(7, 'draft', 'letter.precedent-request', 'Dear Mr Pemberton, …'),
  note(8, 'request_sent', 'case-file.request-sent', 'the letter'),
];
const record = (notes: NoteRow[]) => timelineText(content, timelineGroups(content, notes, { voice: 'record' }));

describe('the packet shows each answer as the parent last settled it', () => {
  it.each([LEFT_OUT_WORDS, LEFT_OUT])('leaves out what the parent left out of the letter (noted as %j), and never shows the button as a fact', (noted) => {
    const t = record(NOTES.map((n) => (n.text === LEFT_OUT_WORDS ? { ...n, text: noted } : n)));
    expect(t).not.toContain('messing about');
    expect(t).not.toContain(content.render(LEFT_OUT));
    expect(t).toContain('A part-time timetable, mornings only, for now.');
  });

  it('shows a reworded line once, in its new words (the request too, asked before the school\'s words were noted)', () => {
    const t = record(NOTES);
    expect(t).toContain('He finds afternoons very hard.');
    expect(t).not.toContain(NEED);
    expect(t).toContain('A part-time timetable, mornings only, for now.');
    expect(t.split('\n').filter((l) => l.endsWith(': mornings only'))).toEqual([]);
  });

  it('keeps an answer given after a letter (about a later "no") beside the earlier one, and another child\'s apart', () => {
    const later = [
      ...NOTES,
      note(20, 'statement', 'triage.statement', 'We still cannot agree.'),
      note(21, 'answer', 'part-time.needs', 'Mornings are still too much by Thursday.'),
      note(22, 'answer', 'part-time.tried', 'a later start for two weeks'),
      note(23, 'answer', 'part-time.needs', 'She needs a quiet start.', 2),
    ];
    const t = record(later);
    expect(t).toContain('He finds afternoons very hard.');
    expect(t).toContain('Mornings are still too much by Thursday.');
    expect(t).toContain('a later start for two weeks');
    expect(t).toContain('She needs a quiet start.');
  });

  it('leaves the parent\'s own notes with their history', () => {
    const t = formatTimeline(content, NOTES);
    expect(t).toContain('messing about');
    expect(t).toContain(NEED);
    expect(t).toContain('He finds afternoons very hard.');
  });
});
