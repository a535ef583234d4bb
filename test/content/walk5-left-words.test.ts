/**
 * Words for what the fifth walk left (docs/walkthrough-2026-12-06.md, "Left, and why": W-L2,
 * W-L4, W-L5, W-L9), fixed after it; the flows are tested by state ids and content keys beside them.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';

const content = loadContent();
const KIND_LETTERS = ['data-request', 'resources-request', 'precedent-request', 'need-request', 'decision-in-writing'];

describe('W-L2 words: a partial yes', () => {
  it('asks whether the offer was part of what was asked, then what, with an example', () => {
    expect(content.render('offer.ask')).toMatch(/part of what you asked/);
    expect(content.render('offer.choice.yes')).toMatch(/^Yes/);
    expect(content.render('offer.choice.no')).toMatch(/^No/);
    const what = content.render('offer.ask-what');
    expect(what).toMatch(/What did they offer/);
    expect(what).toMatch(/thank them for it and ask about the rest/);
  });

  it('each kind of no letter thanks them for what was offered, in the parent words, and asks about the rest; nothing when nothing was', () => {
    for (const id of KIND_LETTERS) {
      const offered = content.renderLetter(id, { offered: 'a 9:30 start on Mondays and Wednesdays' }).body;
      expect(offered, id).toContain('Thank you for what you have offered: A 9:30 start on Mondays and Wednesdays. That is a real start');
      expect(offered, id).toMatch(/the rest of what I asked for/);
      expect(content.renderLetter(id, {}).body, id).not.toMatch(/you have offered/);
    }
  });

  it('the resources letter no longer thanks the school for something it may not have said', () => {
    const body = content.renderLetter('resources-request', {}).body;
    expect(body).not.toMatch(/Thank you for being open/);
    expect(body).toMatch(/pressures on staff and funding are real/);
  });
});

describe('W-L9 words: nobody is gathering it', () => {
  it('the data letter fourth line says so plainly', () => {
    expect(content.render('no-data.letter.nobody-collects')).toBe('Nobody is gathering it at the moment');
    const body = content.renderLetter('data-request', { by_when: content.render('no-data.letter.nobody-collects') }).body;
    expect(body).toContain('What I understood so far: Nobody is gathering it at the moment.');
  });
});

describe('W-L5 words: the need offered again', () => {
  it('quotes the need given last time and asks if it is the same; the buttons keep it or change it', () => {
    const said = content.render('common.same-as-before', { nickname: 'Osian', answer: 'a key adult at the door' });
    expect(said).toBe('Is Osian\'s need the same as last time: "a key adult at the door"?');
    expect(content.render('common.choice.same')).toMatch(/^Yes/);
    expect(content.render('common.choice.change')).toMatch(/^Change/);
  });
});

describe('W-L4 words: back to where we were', () => {
  it('says the conversation is picked up again before its question', () => {
    expect(content.render('engine.back-to')).toMatch(/back to where we were/);
  });
});
