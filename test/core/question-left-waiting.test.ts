/**
 * A question left waiting (W13-2): after another dialogue it comes back by itself only on the day
 * it was asked, and at most twice; after that it is offered once ("pick that up again, or leave
 * it?"). "Leave it" lets it go with every note kept; "pick it up" asks it again, as if asked today.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../support/case-app.js';
import { keysOf, pick, question, sendLetterFor, type CaseApp } from '../features/case-file/support.js';
import type { Reply } from '../../src/core/types.js';

const app = caseAppsAfterEach();

const DAY = 24 * 3600 * 1000;
const TYPED = 'Mr Hill emailed again: no part time timetable because of his attendance, they will look at it next term';

async function atWhichChild(a: CaseApp): Promise<Reply[]> {
  await sendLetterFor(a, 'Sasha');
  const r = await a.send(TYPED);
  expect(question(r).key).toBe('triage.ask-which-child');
  return r;
}

const BACK = ['triage.back-to', 'engine.back-to', 'engine.aside-offer.words', 'engine.aside-offer.question', 'home.menu'];

/** "log today" over the waiting question, answered with the last button each time, until the log ends. */
async function logADay(a: CaseApp): Promise<Reply[]> {
  let r = await a.send('log today');
  if (question(r).key === 'daily-log.ask-replace') r = await a.send(pick(question(r).choices[0]?.id ?? ''));
  for (let i = 0; i < 10 && !keysOf(r).some((k) => BACK.includes(k)); i++) {
    const q = question(r);
    r = await a.send(q.choices.length ? pick(q.choices.at(-1)?.id ?? '') : 'nothing');
  }
  return r;
}

const kept = (a: CaseApp) => a.store.listNotes('parent-a').filter((n) => n.text.includes('no part time timetable'));

describe('a question left waiting', () => {
  it('comes back by itself the same day', async () => {
    const a = app();
    await atWhichChild(a);
    const r = await logADay(a);
    expect(keysOf(r)).toContain('triage.back-to');
    expect(question(r).key).toBe('triage.ask-which-child');
  });

  it('the next day it is offered, not dropped back into; "leave it" lets it go and keeps the notes', async () => {
    const a = app();
    await atWhichChild(a);
    const notesBefore = kept(a).length;
    expect(notesBefore).toBeGreaterThan(0);
    a.clock.advance(DAY);
    let r = await logADay(a);
    expect(keysOf(r)).not.toContain('triage.back-to');
    const offer = question(r);
    expect(offer.key).toBe('engine.aside-offer.words');
    expect(offer.choices.map((c) => c.id)).toEqual(['aside:pick-up', 'aside:leave']);
    expect(offer.text).toContain('no part time timetable');
    r = await a.send(pick('aside:leave'));
    expect(keysOf(r)).toContain('engine.aside-left');
    expect(question(r).key).toBe('home.menu');
    expect(kept(a).length).toBe(notesBefore);
    // Let go: another dialogue later ends at the menu, not at the old question or the offer.
    r = await logADay(a);
    expect(keysOf(r).filter((k) => k.startsWith('engine.aside') || k === 'triage.back-to')).toEqual([]);
  });

  it('"pick it up again" asks the question again, and it is fresh: it comes back the same day', async () => {
    const a = app();
    await atWhichChild(a);
    a.clock.advance(DAY);
    let r = await logADay(a);
    expect(question(r).key).toBe('engine.aside-offer.words');
    r = await a.send(pick('aside:pick-up'));
    expect(question(r).key).toBe('triage.ask-which-child');
    r = await a.send('change profile');
    for (let i = 0; i < 8 && question(r).key.startsWith('profile.'); i++) r = await a.send(pick(question(r).choices.at(-1)?.id ?? ''));
    expect(question(r).key).toBe('triage.ask-which-child');
  });

  it('the same day, it comes back twice by itself; the third time it is offered', async () => {
    const a = app();
    await atWhichChild(a);
    expect(question(await logADay(a)).key).toBe('triage.ask-which-child');
    expect(question(await logADay(a)).key).toBe('triage.ask-which-child');
    expect(question(await logADay(a)).key).toBe('engine.aside-offer.words');
  });

  it('a typed answer at the offer is not lost: the buttons are asked for again, nothing noted', async () => {
    const a = app();
    await atWhichChild(a);
    a.clock.advance(DAY);
    await logADay(a);
    const before = a.store.listNotes('parent-a').length;
    const r = await a.send('hmm');
    expect(keysOf(r)).toContain('engine.pick-one');
    expect(question(r).key).toBe('engine.aside-offer.words');
    expect(a.store.listNotes('parent-a').length).toBe(before);
  });

  it('a new message typed at the offer is taken as one: the old question is let go, the words kept and read', async () => {
    const a = app();
    await atWhichChild(a);
    a.clock.advance(DAY);
    expect(question(await logADay(a)).key).toBe('engine.aside-offer.words');
    const NEW = 'The head phoned this morning and said they cannot offer any transport help at all';
    const r = await a.send(NEW);
    expect(keysOf(r)).not.toContain('engine.pick-one');
    expect(a.store.listNotes('parent-a').some((n) => n.text.includes('cannot offer any transport help'))).toBe(true);
    // Read as a new account of what the school said (triage), not as the old question's answer.
    expect(question(r).key.startsWith('triage.')).toBe(true);
    expect(question(r).key).not.toBe('engine.aside-offer.words');
  });

  it('with no words of the parent\'s held, the offer quotes the question; another dialogue started at the offer lets it go', async () => {
    const a = app();
    await sendLetterFor(a, 'Sasha');
    await a.send(pick('new-no'));
    const asked = question(await a.send(pick('child:0')));
    expect(asked.key).toBe('triage.ask-request');
    a.clock.advance(DAY);
    let r = await logADay(a);
    const offer = question(r);
    expect(offer.key).toBe('engine.aside-offer.question');
    expect(offer.text).toContain(asked.text.slice(0, 20));
    r = await logADay(a);
    expect(keysOf(r).filter((k) => k.startsWith('engine.aside') || k.endsWith('back-to'))).toEqual([]);
    expect(question(r).key).toBe('home.menu');
  });
});
