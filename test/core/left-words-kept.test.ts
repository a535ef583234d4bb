/**
 * notes16 item 3: a told day's offer ("Shall I add it to the daily log?") left by "menu", "stop"
 * or /restart: the words the parent typed are kept in their notes, in their words, with no child,
 * and the menu says so. Words already on the day's log are not kept twice. By keys and notes.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../support/case-app.js';
import { cmd, keysOf, pick, question } from '../features/case-file/support.js';
import { TOLD, atToldOffer, notesWith } from './told-offer.js';

const app = caseAppsAfterEach();

describe('a told day\'s offer left for the menu', () => {
  it.each([['menu'], ['stop'], ['/restart']])('"%s": the words kept in the parent\'s words, and said so', async (how) => {
    const a = await atToldOffer(app);
    const r = await a.send(how === '/restart' ? cmd('restart') : how);
    expect(keysOf(r)).toContain('engine.left-words-kept');
    expect(question(r).key).toBe('home.menu');
    expect(notesWith(a, TOLD).map((n) => [n.caseId, n.kind, n.text])).toEqual([[null, 'parent_words', TOLD]]);
  });

  it('said yes, the day begun with the words on it: the menu keeps nothing more', async () => {
    const a = await atToldOffer(app);
    await a.send(pick('yes'));
    const r = await a.send('menu');
    expect(keysOf(r)).not.toContain('engine.left-words-kept');
    expect(notesWith(a, TOLD).filter((n) => n.kind === 'parent_words')).toEqual([]);
  });

  it('put aside under another dialogue, offered the next day, "Leave it": the words kept, as the offer promises', async () => {
    const a = await atToldOffer(app);
    let r = await a.send('change profile');
    a.clock.advance(24 * 3600 * 1000);
    for (let i = 0; i < 8 && !question(r).key.startsWith('engine.aside-offer'); i++) {
      const q = question(r);
      r = await a.send(q.choices.length ? pick(q.choices[0]?.id ?? '') : 'skip');
    }
    expect(question(r).key.startsWith('engine.aside-offer')).toBe(true);
    r = await a.send(pick('aside:leave'));
    expect(keysOf(r)).toContain('engine.left-words-kept');
    expect(notesWith(a, TOLD).map((n) => [n.caseId, n.kind])).toEqual([[null, 'parent_words']]);
  });

  it('the menu from a question holding no words of the parent\'s says nothing more', async () => {
    const a = await atToldOffer(app);
    await a.send(cmd('restart'));
    const r = await a.send(cmd('restart'));
    expect(keysOf(r)).toEqual(['home.menu']);
  });
});
