/**
 * A new message typed at a question that takes only buttons (mends13's "Not done"): a school email
 * pasted, or a long account, at "Shall I add it to the daily log?" is never met with "please pick
 * one" and dropped. Its words are kept at once, in the parent's words (never as the school's), and
 * the parent is asked whether to look at it now or finish the question first (src/core/new-message.ts).
 * "Now": read as if typed at the menu, the question kept to come back to. "Finish first": the
 * question again, and the message comes back when that conversation ends. Short stray words still
 * get the kind "pick one"; a typed answer that is a choice is still that choice. By keys and ids.
 */
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/types.js';
import { caseAppsAfterEach } from '../support/case-app.js';
import { cmd, keysOf, pick, question, type CaseApp } from '../features/case-file/support.js';
import { ACCOUNT, EMAIL, atToldOffer, notesWith } from './told-offer.js';

const app = caseAppsAfterEach();

const keptAs = notesWith;

/** Answers a told day's remaining log questions with their last button until `stop` is asked. */
async function finishLog(a: CaseApp, r: Reply[], stop: string): Promise<Reply[]> {
  for (let i = 0; i < 12 && question(r).key !== stop; i++) {
    const q = question(r);
    r = await a.send(q.choices.length ? pick(q.choices.at(-1)?.id ?? '') : 'nothing');
  }
  return r;
}

describe('a new message typed at a buttons-only question', () => {
  it('is kept in the parent\'s words and the parent asked: look at it now, or finish the question first', async () => {
    const a = await atToldOffer(app);
    const r = await a.send(EMAIL);
    expect(keysOf(r)).not.toContain('engine.pick-one');
    const q = question(r);
    expect(q.key).toBe('engine.new-message.ask');
    expect(q.choices.map((c) => c.id)).toEqual(['new:now', 'new:later']);
    const kept = keptAs(a, 'unable to provide a quiet room');
    expect(kept.map((n) => [n.kind, n.topic])).toEqual([['parent_words', 'engine.new-message']]);
    expect(kept[0]?.caseId).toBeNull();
  });

  it('"look at it now" reads it as typed at the menu (here, what the school said), the question kept to come back to', async () => {
    const a = await atToldOffer(app);
    await a.send(EMAIL);
    const r = await a.send(pick('new:now'));
    expect(question(r).key.startsWith('triage.')).toBe(true);
    const waiting = a.store.getSession('parent-a')?.snapshot?.aside as { pending?: { key?: string } } | undefined;
    expect(waiting?.pending?.key).toBe('daily-log.ask-told.named');
  });

  it('"finish the question first" asks it again; when that conversation ends the message comes back, and can be looked at then', async () => {
    const a = await atToldOffer(app);
    await a.send(ACCOUNT);
    let r = await a.send(pick('new:later'));
    expect(keysOf(r)).toContain('engine.new-message.later');
    expect(question(r).key).toBe('daily-log.ask-told.named');
    r = await a.send(pick('yes'));
    r = await finishLog(a, r, 'engine.new-message.held');
    const held = question(r);
    expect(held.key).toBe('engine.new-message.held');
    expect(held.choices.map((c) => c.id)).toEqual(['new:now', 'new:leave']);
    expect(held.text).toContain('cries every night');
    r = await a.send(pick('new:now'));
    expect(question(r).key).not.toBe('engine.new-message.held');
    expect(keysOf(r)).not.toContain('engine.pick-one');
    // Kept once, when it came: looking at it later adds no second copy of the parent's own note.
    expect(keptAs(a, 'cries every night').filter((n) => n.topic === 'engine.new-message')).toHaveLength(1);
  });

  it('"leave it" when it comes back lets it go, kept in the notes', async () => {
    const a = await atToldOffer(app);
    await a.send(ACCOUNT);
    let r = await a.send(pick('new:later'));
    r = await finishLog(a, await a.send(pick('yes')), 'engine.new-message.held');
    r = await a.send(pick('new:leave'));
    expect(keysOf(r)).toContain('engine.new-message.left');
    expect(question(r).key).toBe('home.menu');
    expect(keptAs(a, 'cries every night')).toHaveLength(1);
  });

  it('short stray words still get the kind "pick one", and nothing is noted', async () => {
    const a = await atToldOffer(app);
    const before = a.store.listNotes('parent-a').length;
    const r = await a.send('hmm what');
    expect(keysOf(r)).toContain('engine.pick-one');
    expect(question(r).key).toBe('daily-log.ask-told.named');
    expect(a.store.listNotes('parent-a').length).toBe(before);
  });

  it('a typed answer that is one of the choices is still that choice', async () => {
    const a = await atToldOffer(app);
    const r = await a.send('Yes, add it to the log');
    expect(keysOf(r)).toContain('daily-log.told-noted');
    expect(keysOf(r).some((k) => k.startsWith('engine.new-message'))).toBe(false);
  });

  it('a second long message at the new-message question is kept with the first, and the question asked again', async () => {
    const a = await atToldOffer(app);
    await a.send(EMAIL);
    const r = await a.send(ACCOUNT);
    expect(keysOf(r)).toContain('engine.new-message.more');
    expect(question(r).key).toBe('engine.new-message.ask');
    expect(keptAs(a, 'cries every night')).toHaveLength(1);
  });

  it('at a question not come back to ("Erase everything?"), it is offered alone: look at it now, or leave it', async () => {
    const a = await atToldOffer(app);
    await a.send(cmd('restart'));
    let r = await a.send(cmd('forget'));
    expect(question(r).choices.map((c) => c.id)).toEqual(['yes', 'no']);
    r = await a.send(ACCOUNT);
    expect(question(r).key).toBe('engine.new-message.ask-alone');
    expect(question(r).choices.map((c) => c.id)).toEqual(['new:now', 'new:leave']);
    r = await a.send(pick('new:leave'));
    expect(keysOf(r)).toContain('engine.new-message.left');
    expect(question(r).key).toBe('home.menu');
    expect(keptAs(a, 'cries every night')).toHaveLength(1);
  });
});

describe('the new message\'s words', () => {
  it('exist and fill', () => {
    const a = app();
    // Quoted only when it comes back: at first the parent has just sent it.
    expect(a.content.render('engine.new-message.held', { what: 'QUOTED WORDS' })).toContain('QUOTED WORDS');
    for (const key of ['engine.new-message.ask', 'engine.new-message.ask-alone', 'engine.new-message.held']) {
      expect(a.content.render(key, { what: 'QUOTED WORDS' }), key).not.toMatch(/\{\{|\}\}/);
    }
    for (const key of ['engine.new-message.later', 'engine.new-message.left', 'engine.new-message.more', 'engine.new-message.back-to', 'engine.new-message.choice.now', 'engine.new-message.choice.later', 'engine.new-message.choice.leave']) {
      expect(a.content.render(key).length, key).toBeGreaterThan(3);
    }
  });
});
