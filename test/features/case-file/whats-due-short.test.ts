/**
 * The ninth walk: a mother of two asked "what is due?" a few minutes after sending a letter for
 * each child, and got all 25 notes and both letters in full, in a file ("with what's coming up"),
 * to find three dates in. "What is due?" now answers with what is coming up, each on its day and,
 * in a family of several children, with the child's name; "notes" is still everything.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { cmd, keysOf, pick, question, sendLetterFor, type CaseApp } from './support.js';
import { summarizeCase } from '../../../src/features/case-file/case-at-a-glance.js';
import { MEETING_TOPIC } from '../../../flows/advice/meeting-states.js';

const app = caseAppsAfterEach();

const sendFor = (a: CaseApp, nickname: string) => sendLetterFor(a, nickname);

const textOf = (r: Awaited<ReturnType<CaseApp['send']>>) => r.map((x) => ('text' in x ? x.text : '')).join('\n');

describe('"what is due?" says what is coming up', () => {
  it('two children, a letter sent for each: each reply due, named, on its day; no wall of notes', async () => {
    const a = app();
    await sendFor(a, 'Rosie');
    await sendFor(a, 'Alfie');
    const r = await a.send('what is due?');
    expect(keysOf(r)[0]).toBe('notes.due.header');
    expect(r.some((x) => x.type === 'document')).toBe(false);
    const text = textOf(r);
    // Sent Wednesday 25 November 2026: ten school days on.
    expect(text).toMatch(/9 December 2026 · Rosie: /);
    expect(text).toMatch(/9 December 2026 · Alfie: /);
    expect(text).not.toContain('We need more evidence');
    expect(question(r).key).toBe('home.menu');
  });

  it('one child: no name on the lines', async () => {
    const a = app();
    await sendFor(a, 'Rosie');
    const text = textOf(await a.send("what's due"));
    expect(text).toMatch(/9 December 2026 · /);
    expect(text).not.toMatch(/· Rosie:/);
  });

  it('a reply waited for past its day says so', async () => {
    const a = app();
    await sendFor(a, 'Rosie');
    a.clock.current = new Date('2026-12-14T10:00:00Z');
    const r = await a.send('anything due?');
    expect(keysOf(r)).toContain('notes.due.header');
    expect(textOf(r)).toContain('overdue');
  });

  // The morning's review: in a family of two, "type letter follow-up" on Alfie's overdue line
  // drafted Rosie's (the open case's) follow-up; and a next step stayed on the list after the
  // school had replied.
  it('two children: an overdue line does not send the parent to the open case\'s letter', async () => {
    const a = app();
    await sendFor(a, 'Rosie');
    await sendFor(a, 'Alfie');
    a.clock.current = new Date('2026-12-14T10:00:00Z');
    const text = textOf(await a.send('what is due?'));
    expect(text).toContain('overdue');
    expect(text).not.toContain('letter follow-up');
  });

  it("a next step drops off once the school has replied in that child's case", async () => {
    const a = app();
    await sendFor(a, 'Rosie');
    // Before the reply: one line for the letter, the reply's (its next step falls due the same day).
    const before = textOf(await a.send('what is due?'));
    expect(before).toContain('a reply is due');
    expect(before).not.toContain('a date to watch');
    const step = a.store.listNotes('parent-a').find((n) => n.kind === 'next_step' && n.topic !== MEETING_TOPIC);
    expect(step?.due).toBe('2026-12-09');
    await a.send(cmd('replied', 'They will trial a later start from Monday'));
    await a.send(pick('keep'));
    const after = textOf(await a.send('what is due?'));
    expect(after).not.toContain('a date to watch');
    // The Home tab's dates agree (the second review: it still showed the step).
    const notes = a.store.listNotes('parent-a');
    const glance = summarizeCase(a.store.listCases('parent-a'), notes, '2026-11-25', undefined, a.store.requests.listFollowups('parent-a'));
    expect(glance.due.filter((n) => n.kind === 'next_step' && n.topic !== MEETING_TOPIC)).toEqual([]);
  });

  it('nothing waiting: says so, and where everything is', async () => {
    const a = app();
    await a.send(cmd('resume'));
    const r = await a.send('what is coming up?');
    expect(keysOf(r)[0]).toBe('notes.due.nothing');
  });

  it('"notes" is still everything', async () => {
    const a = app();
    await sendFor(a, 'Rosie');
    expect(keysOf(await a.send('notes'))).toContain('notes.timeline');
  });
});
