/**
 * review11's routing findings: words handed over by "what do I say next?" at the end of a message.
 * 1. A sibling's school words ending "what do i say to them now", with one child on file, went
 *    into that child's case: the child is asked first, "another child" among the answers.
 * 2. At a question taking the parent's words, the words before "what now?" are its answer (a
 *    quoted school line ending "What now?" is the school's words), never thrown away.
 * 3. A day typed at "pick that up again, or leave it?" is read as if typed at the menu.
 * 4. At the nickname question, an email ending "So, what next?" is kept and the name asked again.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { cmd, keysOf, pick, question, sendLetterFor, type CaseApp } from '../case-file/support.js';

const app = caseAppsAfterEach();
const DAY = 24 * 3600 * 1000;
const notesWith = (a: CaseApp, words: string) => a.store.listNotes('parent-a').filter((n) => n.text.includes(words));
const caseOf = (a: CaseApp, nickname: string) => a.store.listCases('parent-a').find((c) => c.nickname === nickname)?.id;

describe('1: an account handed over by the closing question is a new statement: its child is asked', () => {
  it('with one child on file, "which child?" (with "another child") comes before say-next; nothing filed under Sasha', async () => {
    const a = app();
    await sendLetterFor(a, 'Sasha');
    const r = await a.send('Mrs Patel phoned about Mia: no later start for her this term, she says they have no staff for it. what do i say to them now');
    const q = question(r);
    expect(q.key).toBe('which-child.ask');
    expect(q.choices.map((c) => c.id)).toEqual(['child:0', 'new-child']);
    expect(notesWith(a, 'Mrs Patel').filter((n) => n.caseId === caseOf(a, 'Sasha'))).toEqual([]);
    const n = await a.send(pick('new-child'));
    expect(question(n).key).toBe('triage.ask-nickname');
    const m = await a.send('Mia');
    expect(keysOf(m).some((k) => k.startsWith('say-next.') || k.startsWith('triage.'))).toBe(true);
    expect(notesWith(a, 'Mrs Patel').filter((x) => x.caseId === caseOf(a, 'Sasha'))).toEqual([]);
    expect(notesWith(a, 'Mrs Patel').length).toBeGreaterThan(0);
  });

  it('picking the child on file goes on to say-next with the account', async () => {
    const a = app();
    await sendLetterFor(a, 'Sasha');
    await a.send('Mr Hill phoned: no later start this term, he says they have no staff for it at all. what do i say to them now');
    const r = await a.send(pick('child:0'));
    expect(question(r).key).toMatch(/^say-next\./);
  });
});

describe('2: at a question taking the parent\'s words, the words before "what now?" are its answer', () => {
  async function atStatement(a: CaseApp) {
    await a.send(cmd('resume'));
    const r = await a.send(cmd('say'));
    expect(question(r).key).toBe('say-next.ask-statement');
  }
  it.each([
    ['Mr Okafor said no to the part time timetable because of attendance. what now?', 'part time timetable because of attendance'],
    ['Mrs Fenwick: "I\'m not sure what we can do. What now?"', 'What now?'],
  ])('"%s" is kept as what the school said, not asked again', async (said, kept) => {
    const a = app();
    await atStatement(a);
    const r = await a.send(said);
    expect(question(r).key).not.toBe('say-next.ask-statement');
    expect(notesWith(a, kept).length).toBeGreaterThan(0);
  });
});

describe('3: a message typed at "pick that up again, or leave it?" is read as at the menu', () => {
  it('a day told there is the daily log\'s, not the school\'s words', async () => {
    const a = app();
    await sendLetterFor(a, 'Sasha');
    let r = await a.send('Mr Hill emailed again: no part time timetable because of his attendance, they will look at it next term');
    expect(question(r).key).toBe('triage.ask-which-child');
    a.clock.advance(DAY);
    r = await a.send('log today');
    for (let i = 0; i < 10 && !keysOf(r).includes('engine.aside-offer.words'); i++) {
      const q = question(r);
      r = await a.send(q.choices.length ? pick(q.choices.at(-1)?.id ?? '') : 'nothing');
    }
    expect(question(r).key).toBe('engine.aside-offer.words');
    r = await a.send('Sasha didnt go in today, no sleep again and a really bad morning');
    expect(keysOf(r).some((k) => k.startsWith('daily-log.'))).toBe(true);
    expect(question(r).key).not.toBe('triage.ask-which-child');
    expect(a.store.listNotes('parent-a').filter((n) => n.kind === 'statement' && n.text.includes('no sleep'))).toEqual([]);
  });
});

describe('4: at the nickname question, the closing question does not take over', () => {
  it('an email ending "So, what next?" is kept and the name asked again', async () => {
    const a = app();
    await a.send(cmd('resume'));
    let r = await a.send(pick('new-no'));
    expect(question(r).key).toBe('triage.ask-nickname');
    r = await a.send('Dear Ms Morgan, we have looked at the request again and cannot offer a later start this term. So, what next?');
    expect(keysOf(r).some((k) => k.startsWith('say-next.'))).toBe(false);
    expect(question(r).key).toBe('triage.ask-nickname');
    expect(notesWith(a, 'cannot offer a later start').length).toBeGreaterThan(0);
    r = await a.send('JJ');
    expect(question(r).key).not.toBe('triage.ask-nickname');
    expect(caseOf(a, 'JJ')).toBeDefined();
  });
});
