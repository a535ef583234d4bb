import { describe, expect, it } from 'vitest';
import { bootContent, SETTING_TOPICS } from '../../../src/app.js';
import type { NoteRow } from '../../../src/core/ports.js';
import { formatTimeline, timelineGroups, timelineText } from '../../../src/features/case-file/timeline.js';

const content = bootContent();
let id = 0;
function note(at: string, topic: string, text: string, saidOn?: string): NoteRow {
  return { id: ++id, userId: 'u', caseId: 1, nickname: 'Sam', kind: 'answer', topic, text, at, day: at.slice(0, 10), ...(saidOn ? { saidOn } : {}) };
}
const order = (timeline: string, texts: string[]) => texts.map((t) => timeline.indexOf(t));

describe('timeline order', () => {
  it('puts a note about an earlier day on that day, dated with it', () => {
    const notes = [
      note('2026-11-27T09:00:00.000Z', 'triage.request', 'A quiet room first thing'),
      note('2026-11-28T10:00:00.000Z', 'triage.request', 'Recorded today'),
      note('2026-11-28T10:01:00.000Z', 'triage.statement', 'Said last Thursday', '2026-11-26'),
    ];
    const t = formatTimeline(content, notes);
    const [first, second, third] = order(t, ['Said last Thursday', 'A quiet room first thing', 'Recorded today']);
    expect(first).toBeGreaterThan(-1);
    expect(first).toBeLessThan(second as number);
    expect(second).toBeLessThan(third as number);
    const line = t.split('\n').find((l) => l.includes('Said last Thursday'));
    expect(line).toContain('26 November 2026');
    expect(line).not.toContain('28 November 2026');
  });

  it('keeps the written order for notes dated the day they were written, or not dated at all', () => {
    const notes = [
      note('2026-11-28T10:00:00.000Z', 'triage.request', 'First'),
      note('2026-11-28T10:01:00.000Z', 'triage.statement', 'Second', '2026-11-28'),
      note('2026-11-28T10:02:00.000Z', 'triage.statement', 'Third', 'at the review meeting'),
    ];
    const [a, b, c] = order(formatTimeline(content, notes), ['First', 'Second', 'Third']);
    expect(a).toBeGreaterThan(-1);
    expect(a).toBeLessThan(b as number);
    expect(b).toBeLessThan(c as number);
  });

  it('shows a next step\'s date to watch beside it, and nothing for notes without one', () => {
    const step: NoteRow = { ...note('2026-11-28T10:00:00.000Z', 'data.next-step', 'Ask in writing which data is missing.'), kind: 'next_step', due: '2027-01-14' };
    const plain = note('2026-11-28T10:01:00.000Z', 'triage.request', 'A quiet room');
    const sent: NoteRow = { ...note('2026-11-28T10:02:00.000Z', 'case-file.request-sent', 'the letter we sent'), kind: 'request_sent', due: '2026-12-11' };
    const lines = formatTimeline(content, [step, plain, sent]).split('\n');
    expect(lines.find((l) => l.includes('the letter we sent'))).not.toContain('11 December 2026');
    expect(lines.find((l) => l.includes('Ask in writing'))).toContain(content.render('notes.due', { due: '14 January 2027' }));
    expect(lines.find((l) => l.includes('A quiet room'))).not.toContain('2027');
  });
});

describe('settings are not events', () => {
  it('leaves the case profile, the sign-off and the check-in time out of the timeline, keeping what happened', () => {
    const notes = [
      note('2026-11-28T10:00:00.000Z', 'triage.request', 'A quiet room first thing'),
      note('2026-11-28T10:01:00.000Z', 'case.profile', '{"place":"england","plan":"none","pronouns":"they"}'),
      note('2026-11-28T10:02:00.000Z', 'facts.sign-off', 'Alex Morgan'),
      note('2026-11-28T10:03:00.000Z', 'checkin.set', '07:30 mon,tue Europe/London'),
    ];
    const t = formatTimeline(content, notes, { settingTopics: SETTING_TOPICS });
    expect(t).toContain('A quiet room first thing');
    for (const setting of ['"place"', 'Alex Morgan', 'Europe/London']) expect(t).not.toContain(setting);
  });
});


describe('whose words a statement is', () => {
  const statement = (text: string): NoteRow => ({ ...note('2026-12-06T10:00:00.000Z', 'triage.statement', text), kind: 'statement' });
  it('files the parent\'s own account as theirs, in the notes and in the record, and the school\'s pasted words as the school\'s', () => {
    const account = 'My son is 15 and autistic. I asked for homebound instruction and the assistant principal said they can\'t even consider it without a doctor\'s note first.';
    const theirs = 'We are unable to agree to a later start at this time.';
    const t = formatTimeline(content, [statement(account), statement(theirs)]).split('\n');
    expect(t.find((l) => l.includes('homebound'))).toContain(content.render('notes.kind.statement-told'));
    expect(t.find((l) => l.includes('unable to agree'))).toContain(`· ${content.render('notes.kind.statement')}:`);
    expect(t.find((l) => l.includes('unable to agree'))).not.toContain(content.render('notes.kind.statement-told'));
    const record = timelineText(content, timelineGroups(content, [statement(account)], { voice: 'record' }));
    expect(record).toContain(content.render('case-file.packet.kind.statement-told'));
  });
});

describe("a note's kind of no, in its label", () => {
  // The eleventh walk (W11-18): "Next step (Something else)" on a support-not-delivered case, and
  // "School said (Something else)": the catch-all kind says nothing, so it is left out.
  it('names a kind of no, and leaves the catch-all "other" out', () => {
    const data = { ...note('2026-11-28T10:00:00.000Z', 'triage.statement', 'We need more data first'), kind: 'statement' as const, category: 'data' as const };
    const other = { ...note('2026-11-28T10:01:00.000Z', 'triage.statement', 'Not something we can do'), kind: 'statement' as const, category: 'other' as const };
    const t = formatTimeline(content, [data, other]);
    const lineOf = (s: string) => t.split('\n').find((l) => l.includes(s)) ?? '';
    expect(lineOf('We need more data first')).toContain(`(${content.render('category.data.label')})`);
    expect(lineOf('Not something we can do')).not.toContain(content.render('category.other.label'));
    expect(lineOf('Not something we can do')).not.toBe('');
  });
});

describe('the record: the first message once', () => {
  // The eleventh walk's packet: a school email pasted as the first message was kept with no child
  // ("The parent wrote, in their own words: From: Mr D. Pemberton…") and again, once the child was
  // chosen, as what the school said: the school read its own email twice.
  const email = 'From: Mr D. Pemberton\nDear Ms Arkwright,\nI am afraid we are not able to agree to a reduced timetable at this point.';
  const first: NoteRow = { ...note('2026-12-10T09:00:00.000Z', 'triage.first-message', email), caseId: null, nickname: null, kind: 'parent_words' as NoteRow['kind'] };
  const filed: NoteRow = { ...note('2026-12-10T09:02:00.000Z', 'triage.statement', email.replace(/\n/g, ' ')), kind: 'statement' };
  const other: NoteRow = { ...note('2026-12-10T09:03:00.000Z', 'triage.first-message', 'Something else I wrote first'), caseId: null, nickname: null, kind: 'parent_words' as NoteRow['kind'] };

  it('leaves out a note kept with no child when a child\'s record holds the same words', () => {
    const record = timelineGroups(content, [first, filed, other], { voice: 'record' });
    const texts = record.flatMap((g) => g.entries.map((e) => e.text));
    expect(texts.filter((t) => t.includes('not able to agree'))).toHaveLength(1);
    expect(texts.some((t) => t.includes('Something else I wrote first'))).toBe(true);
    // The parent's own notes still show both, as they were kept.
    const parent = timelineGroups(content, [first, filed, other]).flatMap((g) => g.entries.map((e) => e.text));
    expect(parent.filter((t) => t.includes('not able to agree'))).toHaveLength(2);
  });
});

describe("the record shows what the parent was told, never their whole account (review9, finding 4)", () => {
  const statement = (text: string, who = 'Mrs Cole'): NoteRow => ({ ...note('2026-12-07T10:00:00.000Z', 'triage.statement', text), kind: 'statement', who });
  const LEO = "Hi, I'm Leo's mum, his dad is in prison and social services are involved. On Monday the head Mrs Cole phoned me and said Leo is choosing not to come in and she will refer him to the attendance officer.";
  const ISLA = "Good evening, Isla's kinship carer here. She has lived with me since she was four. The depute head phoned today: Isla is choosing not to come in.";
  const line = (t: string, s: string) => t.split('\n').find((l) => l.includes(s)) ?? '';

  it.each([
    [LEO, 'Leo is choosing not to come in and she will refer him to the attendance officer', ['prison', 'social services', "Leo's mum"]],
    [ISLA, 'Isla is choosing not to come in', ['kinship', 'lived with me']],
    ["We're Leo's parents. We went in and the head told us that a later start is out of the question this term.", 'a later start is out of the question this term', ["Leo's parents"]],
  ])('%j', (account, told, privateWords) => {
    const record = timelineText(content, timelineGroups(content, [statement(account)], { voice: 'record' }));
    const entry = line(record, content.render('case-file.packet.kind.statement-told'));
    expect(entry.toLowerCase()).toContain(told.toLowerCase());
    for (const w of privateWords) expect(record).not.toContain(w);
    // The parent's own notes keep the whole of it.
    const own = formatTimeline(content, [statement(account)], { maxText: 1000 });
    for (const w of privateWords) expect(own).toContain(w);
  });

  it('an account with no reported words shows the kind of no alone; the school\'s own words stay whole', () => {
    const vague = { ...statement("I'm Leo's mum and honestly they just aren't interested, same as always."), category: 'resources' as const };
    const theirs = statement('Dear Mrs Smith,\n\nThank you for your email. Leo has said he is anxious about mornings. However we are unable to agree to a later start.\n\nKind regards,\nMrs Cole');
    const record = timelineText(content, timelineGroups(content, [vague, theirs], { voice: 'record' }));
    expect(record).not.toContain('honestly');
    expect(record).toContain(content.render('case-file.letter.answer-resources'));
    expect(record).toContain('Leo has said he is anxious about mornings. However we are unable to agree to a later start.');
    expect(line(record, 'unable to agree')).not.toContain(content.render('case-file.packet.kind.statement-told'));
  });
});
