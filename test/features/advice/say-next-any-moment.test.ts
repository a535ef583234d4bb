/**
 * The thirteenth walk: "what do I say next?" at any moment, in the parent's own words, and
 * nothing typed at a question that waits for a name thrown away.
 * - W13-3: "what i must say now?" after the school's reply was saved went to triage as the
 *   school's words; say-next then offered the parent's question, not the reply.
 * - W13-1: at "Which child is this about?", a long account (and one ending "what do i say to
 *   them now") was "more than a name" and kept nowhere. Since review11, the one ending with the
 *   question is kept too and the child asked again (say-next waits until the child is settled).
 * - W13-8: "what should I write back?" typed at a question was kept as its answer.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { keysOf, pick, question, sendLetterFor, tellTriage, type CaseApp } from '../case-file/support.js';

const app = caseAppsAfterEach();

const REPLY = 'Mrs Gallacher phone me today. She say GP letter is not enough, they need letter from CAMHS.';
const ACCOUNT =
  'well that was a waste of time. walked in and Mr Okafor already had a print out, "support plan" with his name on it, dated yesterday. ' +
  'Mrs Fenwick said theyd already agreed as a team, no part time timetable. Mr Okafor said "we\'ve heard that, the decision has been made".';

const notesWith = (a: CaseApp, words: string) => a.store.listNotes('parent-a').filter((n) => n.text.includes(words));

/** A child told through triage and a letter sent; then, at the menu, words typed as what the school said: triage asks which child. */
async function atWhichChild(a: CaseApp) {
  await sendLetterFor(a, 'Sasha');
  const r = await a.send('Mr Hill emailed again: no part time timetable because of his attendance, they will look at it next term');
  expect(question(r).key).toBe('triage.ask-which-child');
  return r;
}

describe('W13-3: "what do I say next?" in the parent\'s words offers the school\'s saved reply', () => {
  it('"what i must say now?" after "they replied: …" is say-next on the reply, and never kept as their words', async () => {
    const a = app();
    await sendLetterFor(a, 'Sasha');
    await a.send(`they replied: ${REPLY}`);
    const r = await a.send('what i must say now?');
    const q = question(r);
    expect(q.key).toMatch(/^say-next\.ask-recent/);
    expect(q.text).toContain('CAMHS');
    expect(notesWith(a, 'what i must say')).toEqual([]);
  });

  it.each(['what now', 'help me reply', 'meeting went really bad. what now'])('"%s" at the menu is say-next', async (said) => {
    const a = app();
    await sendLetterFor(a, 'Sasha');
    const r = await a.send(said);
    expect(question(r).key).toMatch(/^say-next\./);
    expect(notesWith(a, said)).toEqual([]);
  });
});

describe('W13-1: words typed at "Which child is this about?" are never thrown away', () => {
  it('a long account is kept in the notes, in their words, and the question asked again', async () => {
    const a = app();
    await atWhichChild(a);
    const r = await a.send(ACCOUNT);
    expect(keysOf(r)).toContain('triage.nickname.kept-words-about');
    const kept = r.find((x) => x.key === 'triage.nickname.kept-words-about');
    expect(kept?.type === 'text' ? kept.text : '').toContain('part time timetable');
    expect(question(r).key).toBe('triage.ask-which-child');
    expect(notesWith(a, 'the decision has been made')).toHaveLength(1);
  });

  it('the same account ending "what do i say to them now" is kept, and the child asked again before say-next (review11, 1 and 4)', async () => {
    const a = app();
    await atWhichChild(a);
    const r = await a.send(`${ACCOUNT} i didnt get a word in. what do i say to them now`);
    expect(keysOf(r)).toContain('triage.nickname.kept-words-about');
    expect(keysOf(r).some((k) => k.startsWith('say-next.'))).toBe(false);
    expect(question(r).key).toBe('triage.ask-which-child');
    const kept = notesWith(a, 'the decision has been made');
    expect(kept.length).toBeGreaterThan(0);
    expect(notesWith(a, 'what do i say to them now')).toEqual([]);
  });

  it('"what do i even say to them tomorrow" at the question is say-next, not "more than a name"', async () => {
    const a = app();
    await atWhichChild(a);
    const r = await a.send('what do i even say to them tomorrow');
    expect(keysOf(r)).not.toContain('triage.nickname.short');
    expect(question(r).key).toMatch(/^say-next\./);
  });

  it('coming back to the question after another dialogue says what it was about', async () => {
    const a = app();
    await atWhichChild(a);
    await a.send('log today');
    let r = await a.send(pick('full'));
    for (let i = 0; i < 8 && !keysOf(r).includes('triage.back-to') && !keysOf(r).includes('engine.back-to'); i++) r = await a.send(pick(question(r).choices.at(-1)?.id ?? ''));
    expect(keysOf(r)).toContain('triage.back-to');
    expect(keysOf(r)).not.toContain('engine.back-to');
    expect(question(r).key).toBe('triage.ask-which-child');
  });
});

describe('W13-8: a question typed at a question is not its answer', () => {
  it('"what should I write back?" at "what did you ask for?" is say-next, and not kept as the request', async () => {
    const a = app();
    await sendLetterFor(a, 'Sasha');
    await a.send(pick('new-no'));
    let r = await a.send(pick('child:0'));
    expect(question(r).key).toBe('triage.ask-request');
    r = await a.send('what should I write back?');
    expect(question(r).key).toMatch(/^say-next\./);
    expect(notesWith(a, 'write back')).toEqual([]);
  });

  it('"what now?" at "how will it be gathered?" is say-next, the question back after it and nothing kept as its answer', async () => {
    const a = app();
    await tellTriage(a, { nickname: 'Sasha', request: 'A later start at 10', statement: 'We need a letter from the GP before we change anything.', who: 'Mrs Gallacher' });
    let r = await a.send(pick('not-said'));
    expect(question(r).key).toBe('no-data.ask-collection');
    r = await a.send('what now?');
    expect(question(r).key).toMatch(/^say-next\./);
    expect(notesWith(a, 'what now')).toEqual([]);
  });
});

describe('at the safety check', () => {
  it('a long message ending with the say question leaves the question where it is', async () => {
    const a = app();
    await sendLetterFor(a, 'Sasha');
    let r = await a.send('they said no again and it is the same as last time, nothing will change for him this term');
    expect(question(r).key).toBe('safety.check.question');
    r = await a.send(`${ACCOUNT} what do i say to them now`);
    expect(question(r).key).toBe('safety.check.question');
    expect(keysOf(r).some((k) => k.startsWith('say-next.'))).toBe(false);
  });
});
