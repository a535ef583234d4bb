/**
 * The school's words are quoted only when the parent gave them as the school's words: a statement
 * confirmed in triage ("School said") that reads as the school speaking, or what they put in
 * quotation marks. A paraphrase, the parent's own words, fillers and relative dates typed in
 * chat never reach a letter as a quotation of the school.
 */
import { describe, expect, it } from 'vitest';
import { answerReasonKey } from '../../../src/features/advice/letter-facts.js';
import { letterFromNotes } from '../../../src/features/case-file/letter-from-notes.js';
import type { LetterKind } from '../../../src/features/case-file/letter-kinds.js';
import { appsPerTest, cmd, pick, PROFILE_ANSWERS, question, type CaseApp } from './support.js';

const app = appsPerTest();

/** Chat as a parent types it: fillers, a paraphrase, "these are my words", a relative date. */
const OWN_WORDS = 'I told you, they basically think she is just being lazy';
const PARAPHRASE = 'As I said, Mr Dunn said they cannot change her timetable without more data, I think';
const FILLERS = [/I told you/i, /as I said/i, /basically/i, /data, I think/i, /lazy/i, /two weeks ago/i];

async function chatCase(a: CaseApp): Promise<void> {
  await a.send(cmd('resume'));
  await a.send(pick('new-no'));
  await a.send('Robin');
  await a.send('As I said, a later start and a quiet room to go to first');
  await a.send(OWN_WORDS);
  // "Who said that?" — "These are my words, not the school's": kept as the parent's, asked again.
  const again = await a.send(pick('not-school'));
  expect(question(again).key).toBe('triage.ask-statement');
  await a.send(PARAPHRASE);
  await a.send('Mr Dunn');
  await a.send('two weeks ago');
  let next = await a.send(pick('yes'));
  for (let i = 0; i < 6; i++) {
    const answer = PROFILE_ANSWERS[question(next).key];
    if (!answer) break;
    next = await a.send(pick(answer));
  }
}

function letter(a: CaseApp, kind: LetterKind): string {
  return letterFromNotes(a.store, a.content, { userId: 'parent-a', kind, now: a.clock.now() }).body;
}

function caseIdOf(a: CaseApp): number | null {
  return a.store.listCases('parent-a')[0]?.id ?? null;
}

describe("restate-nos quotes only the school's words", () => {
  it('a chat with fillers, a paraphrase and a relative date: nothing quoted as the school, real dates, the first person', async () => {
    const a = app();
    await chatCase(a);
    const notes = a.store.listNotes('parent-a');
    // The paraphrase was filed as the school's (confirmed); the parent's own words were not.
    expect(notes.filter((n) => n.kind === 'statement').map((n) => n.topic)).toEqual(['triage.statement']);
    const body = letter(a, 'restate-nos');
    expect(body).toContain('Dear Mr Dunn,');
    // Nothing in quotation marks: the parent never gave the school's exact words.
    expect(body).not.toMatch(/said: "/);
    expect(body.split('\n').filter((l) => /^\d\. /.test(l))).toEqual([
      '1. On 11 November 2026, you told me that they cannot change her timetable without more data (more data needed first).',
    ]);
    for (const f of FILLERS) expect(body, String(f)).not.toMatch(f);
  });

  it('quotes a confirmed statement in the school\'s voice, and only the marked part of a quoted one', async () => {
    const a = app();
    await chatCase(a);
    const caseId = caseIdOf(a);
    a.store.addNote({ userId: 'parent-a', caseId, kind: 'statement', topic: 'triage.statement', text: 'We don\'t offer part-time timetables here.', category: 'precedent', who: 'head', saidOn: '2026-11-20', at: '2026-11-20T15:00:00.000Z', day: '2026-11-20' });
    a.store.addNote({ userId: 'parent-a', caseId, kind: 'statement', topic: 'triage.statement', text: 'ugh, so the SENCO emailed: "There is no budget for a teaching assistant this term" which is rubbish', category: 'resources', who: 'senco', saidOn: '2026-11-21', at: '2026-11-21T15:00:00.000Z', day: '2026-11-21' });
    const lines = letter(a, 'restate-nos').split('\n').filter((l) => /^\d\. /.test(l));
    expect(lines).toContain('1. On 20 November 2026, the head teacher said: "We don\'t offer part-time timetables here." (not something the school does)');
    expect(lines).toContain('2. On 21 November 2026, the SENCO said: "There is no budget for a teaching assistant this term" (not enough staff or funding)');
  });

  it('a "no" not confirmed as the school\'s words, or with no words at all, is set down as the kind of no, never quoted', async () => {
    const a = app();
    await chatCase(a);
    const caseId = caseIdOf(a);
    // Typed at "what do I say next?" with no one confirming whose words they are.
    a.store.addNote({ userId: 'parent-a', caseId, kind: 'statement', topic: 'say-next.statement', text: 'We do not have the staff for that.', category: 'resources', at: '2026-11-22T15:00:00.000Z', day: '2026-11-22' });
    a.store.addNote({ userId: 'parent-a', caseId, kind: 'statement', topic: 'triage.statement', text: 'I told you already. No idea', category: 'other', who: 'teacher', saidOn: 'last Monday', at: '2026-11-25T09:00:00.000Z', day: '2026-11-25' });
    const body = letter(a, 'restate-nos');
    const lines = body.split('\n').filter((l) => /^\d\. /.test(l));
    expect(lines).toContain('1. On 22 November 2026, the school told me that there were not enough staff or funds.');
    // Another kind of no with none of their words: left out, never "told me no" (fourteenth walk, W14-4).
    expect(lines.filter((l) => l.includes('a teacher'))).toEqual([]);
    expect(body).not.toMatch(/told me no\b/);
    expect(body).not.toContain('We do not have the staff');
    expect(body).not.toMatch(/no idea/i);
  });
});

describe('every other letter from the notes: no chat carried as the school\'s words', () => {
  // Each kind answers the latest "no" of its own kind.
  const KINDS = [
    ['need-request', 'other'],
    ['data-request', 'data'],
    ['decision-in-writing', 'predetermination'],
    ['resources-request', 'resources'],
    ['precedent-request', 'precedent'],
  ] as const;
  it.each(KINDS)('%s: a "no" with only fillers is set down as the kind of no in neutral words, never the chat; the parent\'s own words never appear', async (kind, category) => {
    const a = app();
    await chatCase(a);
    a.store.addNote({ userId: 'parent-a', caseId: caseIdOf(a), kind: 'statement', topic: 'triage.statement', text: 'I told you already. Not sure', category, who: 'Mr Dunn', at: '2026-11-25T11:00:00.000Z', day: '2026-11-25' });
    const drafted = letterFromNotes(a.store, a.content, { userId: 'parent-a', kind, now: a.clock.now() });
    expect(drafted.blanks).not.toContain('statement');
    // Another kind of no: nothing is known of what they said, so the line is left out (never "The answer was no.", W14-4).
    if (category === 'other') expect(drafted.body).not.toContain('The answer I was given, as I noted it');
    else expect(drafted.body).toContain(`The answer I was given, as I noted it (25 November 2026): ${a.content.render(answerReasonKey(category))}`);
    for (const f of FILLERS) expect(drafted.body, String(f)).not.toMatch(f);
    expect(drafted.body).not.toMatch(/not sure/i);
  });
});

describe('a "no" the parent dated only by its week ("Earlier this week")', () => {
  it('is dated in a letter by its week, never as one day of it', async () => {
    const a = app();
    await chatCase(a);
    a.store.addNote({ userId: 'parent-a', caseId: caseIdOf(a), kind: 'statement', topic: 'triage.statement', text: 'We have never done that here.', category: 'precedent', who: 'Ms Price', saidOn: 'week of 2026-11-23', at: '2026-11-29T11:00:00.000Z', day: '2026-11-29' });
    const body = letterFromNotes(a.store, a.content, { userId: 'parent-a', kind: 'precedent-request', now: a.clock.now() }).body;
    expect(body).toContain(`(${a.content.render('case-file.letter.week-of', { day: '23 November 2026' })})`);
    expect(body).not.toMatch(/\((?:23|29) November 2026\)/);
  });
});
