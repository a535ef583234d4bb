/**
 * review12 on tidy14's new message at a buttons-only question: a typed answer that begins with one
 * of the choices (its label, or its yes or no where the choices are a yes and a no) is that
 * choice, words added or not, before any new-message rule; at the new-message offer's own buttons
 * too. Words added to a held message are the parent's own, never read as the school's unless they
 * are the school's; "Look at it now" notes the message once. By keys, ids and the notes.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../support/case-app.js';
import { keysOf, pick, question } from '../features/case-file/support.js';
import { ACCOUNT, EMAIL, atToldOffer, notesWith } from './told-offer.js';

const app = caseAppsAfterEach();


describe('a typed answer that begins with a choice, at a buttons-only question', () => {
  it('"Yes please add it to the log, that is exactly how it went" is the yes: logged, no new-message offer', async () => {
    const a = await atToldOffer(app);
    const r = await a.send('Yes please add it to the log, that is exactly how it went');
    expect(question(r).key.startsWith('engine.new-message')).toBe(false);
    expect(keysOf(r)).toContain('daily-log.told-noted');
    expect(notesWith(a, 'exactly how it went')).toEqual([]);
  });

  it('"No, it\'s what the school said to me today" is the no, not a new message', async () => {
    const a = await atToldOffer(app);
    const r = await a.send("No, it's what the school said to me today");
    expect(question(r).key.startsWith('engine.new-message')).toBe(false);
    expect(keysOf(r)).not.toContain('engine.pick-one');
    expect(notesWith(a, 'said to me today')).toEqual([]);
  });

  it('a long message that begins with neither is still offered as a new message', async () => {
    const a = await atToldOffer(app);
    expect(question(await a.send(EMAIL)).key).toBe('engine.new-message.ask');
  });
});

describe('at the new-message offer\'s own buttons', () => {
  it('"finish the question first please and then we can look at it" is "Finish the question first"', async () => {
    const a = await atToldOffer(app);
    await a.send(EMAIL);
    const r = await a.send('finish the question first please and then we can look at it');
    expect(keysOf(r)).toContain('engine.new-message.later');
    expect(question(r).key).toBe('daily-log.ask-told.named');
    expect(notesWith(a, 'then we can look at it')).toEqual([]);
  });

  it('"look at it now please, it is the email from the head" is "Look at it now": the email read, those words not added to it', async () => {
    const a = await atToldOffer(app);
    await a.send(EMAIL);
    const r = await a.send('look at it now please, it is the email from the head');
    expect(question(r).key.startsWith('triage.')).toBe(true);
    expect(notesWith(a, 'the email from the head')).toEqual([]);
  });

  it('"Look at it now" notes the message once', async () => {
    const a = await atToldOffer(app);
    await a.send(EMAIL);
    await a.send(pick('new:now'));
    expect(notesWith(a, 'unable to provide a quiet room')).toHaveLength(1);
  });

  it('the parent\'s own words added to a held message stay theirs: not read with the school\'s', async () => {
    const a = await atToldOffer(app);
    await a.send(EMAIL);
    await a.send(ACCOUNT);
    await a.send(pick('new:now'));
    const kept = notesWith(a, 'cries every night');
    expect(kept.map((n) => [n.kind, n.topic])).toEqual([['parent_words', 'engine.new-message']]);
    expect(notesWith(a, 'unable to provide a quiet room')).toHaveLength(1);
  });
});
