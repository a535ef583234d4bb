/**
 * Correcting a noted date or person, end to end in the engine (W-L3, docs/walkthrough-2026-12-06.md,
 * "A fifth walk"): the first no was noted on Friday 4 December as said that day; the father
 * writes on Monday "actually I got the date wrong, the first email … was on thursday 3rd not
 * friday". Before this, that message started a new no. Now the statement says 3 December in the
 * notes, the packet and the next letter; a dated correction note says what changed; the letter
 * already sent stays as sent and its follow-up keeps its day. A person corrected the same way;
 * leaving part way changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { FixedClock } from '../../support/builders.js';
import { cleanupsAfterEach } from '../../support/cleanups.js';
import { cmd, documents, keysOf, makeCaseApp, pick, question, tellTriage, type CaseApp } from './support.js';

const cleanups = cleanupsAfterEach();
/** Friday 4 December 2026, 16:00 in London (UTC in winter). */
const FRIDAY = new Date('2026-12-04T16:00:00Z');
const MONDAY = new Date('2026-12-07T19:00:00Z');
const STATEMENT = 'We need to see more attendance data before we can change anything for Osian.';

async function firstNoSent(): Promise<CaseApp> {
  const a = makeCaseApp({ clock: new FixedClock(new Date(FRIDAY)) });
  cleanups.add(() => a.cleanup());
  await tellTriage(a, { nickname: 'Osian', request: 'A later start at 10', statement: STATEMENT, who: 'Mrs Watkins, Head of Year 8' });
  for (let i = 0; i < 4; i++) await a.send(pick('not-said'));
  await a.send(pick('sent'));
  a.clock.current = new Date(MONDAY);
  return a;
}

const statementOf = (a: CaseApp) => a.store.listNotes('parent-a').find((n) => n.kind === 'statement');
const corrections = (a: CaseApp) => a.store.listNotes('parent-a').filter((n) => n.kind === 'correction');

describe('correcting a noted date (the fifth walk)', () => {
  it('"actually I got the date wrong…" at the menu: 3 December in the notes, the packet and the next letter; a correction note', async () => {
    const a = await firstNoSent();
    expect(statementOf(a)?.saidOn).toBe('2026-12-04');
    const followupBefore = a.store.requests.listFollowups('parent-a', { status: 'open' });
    const sentLetter = a.store.listNotes('parent-a').find((n) => n.kind === 'draft')?.text;
    expect(sentLetter).toContain('4 December 2026');

    let r = await a.send('actually I got the date wrong, the first email from Mrs Watkins was on thursday 3rd not friday');
    expect(question(r).key).toBe('case-file.correct.one');
    expect(question(r).text).toContain('4 December 2026');
    r = await a.send(pick('yes'));
    expect(question(r).key).toBe('case-file.correct.what');
    r = await a.send(pick('date'));
    expect(question(r).key).toBe('case-file.correct.ask-date');
    r = await a.send('Thursday 3rd');
    expect(question(r).key).toBe('case-file.correct.confirm-date');
    expect(question(r).text).toMatch(/from 4 December 2026 to 3 December 2026/);
    r = await a.send(pick('yes'));
    expect(keysOf(r)).toEqual(['case-file.correct.done-date', 'home.menu']);

    expect(statementOf(a)).toMatchObject({ saidOn: '2026-12-03', text: STATEMENT, day: '2026-12-04' });
    expect(corrections(a).map((n) => [n.text, n.day, n.topic])).toEqual([['Date corrected: 4 December 2026 → 3 December 2026', '2026-12-07', 'case-file.correct.said_on']]);
    // The letter sent stays as it was; its follow-up counts from the day it was sent, so it keeps its day.
    expect(a.store.listNotes('parent-a').find((n) => n.kind === 'draft')?.text).toBe(sentLetter);
    expect(a.store.requests.listFollowups('parent-a', { status: 'open' })).toEqual(followupBefore);

    // The packet: the school's words on 3 December, and the correction on 7 December.
    const [md] = documents(await a.send(cmd('export', 'md')));
    const timeline = md?.body.split(/^## /m).find((s) => /^Timeline|^What happened/i.test(s)) ?? md?.body ?? '';
    expect(timeline).toMatch(/3 December 2026[^\n]*The school said/);
    expect(timeline).toContain('Date corrected: 4 December 2026 → 3 December 2026');
    // The next letter reads the corrected date.
    const [next] = documents(await a.send(cmd('letter', 'restate-nos')));
    expect(next?.body).toContain('3 December 2026');
    expect(next?.body).not.toContain('4 December 2026');
  });

  it('a person corrected: "it was Mrs Khan who said it, not the head"', async () => {
    const a = await firstNoSent();
    await a.send('it was Mrs Khan who said it, not the head');
    await a.send(pick('yes'));
    await a.send(pick('who'));
    let r = await a.send('Mrs Khan');
    expect(question(r).text).toMatch(/from Mrs Watkins, Head of Year 8 to Mrs Khan/);
    r = await a.send(pick('yes'));
    expect(keysOf(r)[0]).toBe('case-file.correct.done-who');
    expect(statementOf(a)).toMatchObject({ who: 'Mrs Khan', saidOn: '2026-12-04' });
    expect(corrections(a).map((n) => n.text)).toEqual(['Who said it corrected: Mrs Watkins, Head of Year 8 → Mrs Khan']);
  });

  it('"never mind" part way, or "no" at the read-back, changes nothing', async () => {
    const a = await firstNoSent();
    const before = a.store.listNotes('parent-a');
    await a.send('correct the date');
    // The date named: asked for it straight away (correct-named-field.test.ts).
    expect(question(await a.send(pick('yes'))).key).toBe('case-file.correct.ask-date');
    const r = await a.send('never mind');
    expect(question(r).key).toBe('home.menu');
    await a.send('wrong date');
    await a.send(pick('yes'));
    await a.send('3 December');
    expect(keysOf(await a.send(pick('no')))[0]).toBe('case-file.correct.unchanged');
    expect(a.store.listNotes('parent-a')).toEqual(before);
  });

  it('asked mid-conversation, it comes back to the question the parent was on', async () => {
    const a = await firstNoSent();
    await a.send(pick('new-no'));
    const waiting = question(await a.send(pick('child:0'))).key;
    const r = await a.send('that date is wrong');
    expect(question(r).key).toBe('case-file.correct.one');
    await a.send(pick('yes'));
    await a.send('3 December');
    const back = await a.send(pick('yes'));
    expect(keysOf(back)[0]).toBe('case-file.correct.done-date');
    expect(question(back).key).toBe(waiting);
  });
});
