/**
 * The ninth walk: a mother with two children at two schools sent a letter for each. Five weeks
 * later the reminder about Rosie's letter came first and she answered it; then "they replied"
 * for Alfie's school filed Alfie's reply in Rosie's notes (the reminder had made Rosie's case the
 * open one) and left Alfie's request waiting for a reply for ever. Neither reminder named the
 * child. A reply goes to the child whose request is waiting; with several waiting, she is asked
 * which; a reminder names the child when there is more than one.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { cmd, keysOf, pick, question, tellTriage, sendLetterFor, type CaseApp } from './support.js';

const app = caseAppsAfterEach();

const USER = 'parent-a';

const sendFor = (a: CaseApp, nickname: string, request: string) => sendLetterFor(a, nickname, request);

/** Two children, a letter sent for each (Rosie's first). */
async function twoLetters(): Promise<{ a: CaseApp; rosie: number; alfie: number }> {
  const a = app();
  await sendFor(a, 'Rosie', 'A later start at 10');
  await sendFor(a, 'Alfie', 'The library at lunchtime');
  const cases = a.store.listCases(USER);
  const id = (n: string) => cases.find((c) => c.nickname === n)?.id ?? -1;
  return { a, rosie: id('Rosie'), alfie: id('Alfie') };
}

const openFor = (a: CaseApp, caseId: number) => a.store.requests.listFollowups(USER, { status: 'open', caseId });
const repliesIn = (a: CaseApp, caseId: number) => a.store.listNotes(USER).filter((n) => n.kind === 'response' && n.caseId === caseId).map((n) => n.text);

describe('replies in a family of two children', () => {
  it("after answering Rosie's reminder, \"they replied\" is Alfie's: his notes, his request closed", async () => {
    const { a, rosie, alfie } = await twoLetters();
    const [rosies] = openFor(a, rosie);
    let r = await a.send(cmd('followup-reminder', String(rosies?.id)));
    expect(question(r).key).toBe('case-file.followup.reminder');
    await a.send(pick('replied'));
    await a.send('The TA can meet her at the side door on Mondays');
    await a.send(pick('keep'));

    // Alfie's request waits, but Rosie's case is the open one: whose school it was is asked
    // (never guessed: the morning's review filed a reply for the open child in the waiting one's notes).
    r = await a.send(cmd('replied'));
    const which = question(r);
    expect(which.key).toBe('case-file.replied.ask-which');
    expect(which.choices.map((c) => c.label)).toEqual(['Alfie', 'Rosie']);
    r = await a.send(pick('child:0'));
    expect(question(r).key).toBe('case-file.replied.ask-child');
    expect(question(r).text).toContain('Alfie');
    await a.send('Mr Hill says they will monitor until half term');
    await a.send(pick('keep'));

    expect(repliesIn(a, alfie)).toEqual(['Mr Hill says they will monitor until half term']);
    expect(repliesIn(a, rosie)).toEqual(['The TA can meet her at the side door on Mondays']);
    expect(openFor(a, alfie)).toHaveLength(0);
  });

  it('with both waiting, "they replied" asks which child, and files it there', async () => {
    const { a, rosie, alfie } = await twoLetters();
    let r = await a.send(cmd('replied'));
    const q = question(r);
    expect(q.key).toBe('case-file.replied.ask-which');
    expect(q.choices.map((c) => c.id)).toEqual(['child:0', 'child:1']);
    expect(q.choices.map((c) => c.label)).toEqual(['Rosie', 'Alfie']);
    const rosieChoice = q.choices.find((c) => c.label === 'Rosie');
    r = await a.send(pick(rosieChoice?.id ?? ''));
    expect(question(r).key).toBe('case-file.replied.ask-child');
    await a.send('They said yes to Mondays and Wednesdays');
    await a.send(pick('keep'));
    expect(repliesIn(a, rosie)).toEqual(['They said yes to Mondays and Wednesdays']);
    expect(repliesIn(a, alfie)).toEqual([]);
    expect(openFor(a, rosie)).toHaveLength(0);
    expect(openFor(a, alfie)).toHaveLength(1);
  });

  it('"they replied: …" in one message with both waiting asks which child before keeping it', async () => {
    const { a, rosie, alfie } = await twoLetters();
    const r = await a.send(cmd('replied', 'no again, nobody to supervise the library'));
    const q = question(r);
    expect(q.key).toBe('case-file.replied.ask-which');
    const alfieChoice = q.choices.find((c) => c.label === 'Alfie');
    const next = await a.send(pick(alfieChoice?.id ?? ''));
    expect(question(next).key).toBe('case-file.replied.another');
    await a.send(pick('keep'));
    expect(repliesIn(a, alfie)).toEqual(['no again, nobody to supervise the library']);
    expect(repliesIn(a, rosie)).toEqual([]);
  });

  it("one child's request waiting while the other's case is open: asks, and a reply for the open child is filed there", async () => {
    const a = app();
    await sendFor(a, 'Rosie', 'A later start at 10');
    // Alfie's case opened and talked about, no letter sent for him.
    await tellTriage(a, { nickname: 'Alfie', request: 'The library at lunchtime', statement: 'We need more evidence before we change anything for Alfie.', who: 'Mr Hill' });
    await a.send(cmd('restart'));
    const cases = a.store.listCases(USER);
    const rosie = cases.find((c) => c.nickname === 'Rosie')?.id ?? -1;
    const alfie = cases.find((c) => c.nickname === 'Alfie')?.id ?? -1;
    let r = await a.send(cmd('replied', 'Mr Ogunleye says Alfie can use the library on Tuesdays'));
    const q = question(r);
    expect(q.key).toBe('case-file.replied.ask-which');
    expect(q.choices.map((c) => c.label)).toEqual(['Rosie', 'Alfie']);
    r = await a.send(pick('child:1'));
    await a.send(pick('keep'));
    expect(repliesIn(a, alfie)).toEqual(['Mr Ogunleye says Alfie can use the library on Tuesdays']);
    expect(repliesIn(a, rosie)).toEqual([]);
    expect(openFor(a, rosie)).toHaveLength(1);
  });

  it('one child only: "they replied" asks as before, naming nobody', async () => {
    const a = app();
    await sendFor(a, 'Rosie', 'A later start at 10');
    const r = await a.send(cmd('replied'));
    expect(question(r).key).toBe('case-file.replied.ask');
  });

  it("a reminder names the child when the family has more than one, and counts the school days that really passed", async () => {
    const { a, rosie } = await twoLetters();
    const [rosies] = openFor(a, rosie);
    // Five weeks on (the Christmas break counts for nothing).
    a.clock.current = new Date('2027-01-11T19:00:00Z');
    const r = await a.send(cmd('followup-reminder', String(rosies?.id)));
    const q = question(r);
    expect(q.key).toBe('case-file.followup.reminder');
    expect(q.text).toContain('for Rosie');
    expect(q.text).not.toMatch(/\b10 school days\b/);
    expect(keysOf(r)).not.toContain('case-file.followup.reminder-busy');
  });
});
