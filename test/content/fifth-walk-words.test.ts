/**
 * Words from the fifth walk (docs/walkthrough-2026-12-06.md, "A fifth walk"): each test holds
 * one fix's wording; the flows are tested by state ids and content keys beside them.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';

const content = loadContent();

describe('fifth walk words', () => {
  it('the school replied: a yes-or-no question, so "Yes: help me respond" answers it (not "A, or B?")', () => {
    const asked = content.render('case-file.replied.another');
    expect(asked).not.toMatch(/, or /);
    expect(asked).toMatch(/part of what you asked/);
    expect(content.render('case-file.replied.choice.respond')).toMatch(/^Yes/);
    expect(content.render('case-file.replied.choice.keep')).toMatch(/^No/);
  });
});

describe('fifth walk words: a second child', () => {
  it('says the place is the one given for the other child, and how to change it', () => {
    const said = content.render('profile.place-from-family', { child: 'Aoife' });
    expect(said).toContain('Aoife');
    expect(said).toMatch(/won't ask where you are again/);
    expect(said).toContain('change profile');
  });
});

describe('fifth walk words: "I don\'t understand" at a question', () => {
  it('apologises for the question, not the parent, and says simple words and "not sure" are fine', () => {
    const said = content.render('common.not-understood');
    expect(said).toMatch(/^Sorry, I asked that/);
    expect(said).toMatch(/simple words/);
    expect(said).toMatch(/not sure/);
  });
});

describe('fifth walk words: "I\'ve sent it" twice', () => {
  it('says it was noted already and nothing is doubled, with the reminder day', () => {
    const said = content.render('case-file.sent.already', { about: 'the letter "X"', sent_on: 'Fri 11 Dec 2026', days: '10', due_on: 'Tue 5 Jan 2027' });
    expect(said).toMatch(/already noted/);
    expect(said).toMatch(/nothing is doubled/);
    expect(said).toContain('Tue 5 Jan 2027');
  });
});

describe('fifth walk words: the evidence packet speaks about the parent', () => {
  it('every note kind the chat labels with "you" or "your" has a packet label of its own, without them', () => {
    const kinds = content.keys().filter((k) => k.startsWith('notes.kind.') && /\byou(?:r)?\b/i.test(content.render(k)));
    expect(kinds).toContain('notes.kind.parent_words');
    for (const k of kinds) {
      const packet = `case-file.packet.${k.slice('notes.'.length)}`;
      expect(content.has(packet), packet).toBe(true);
      expect(content.render(packet)).not.toMatch(/\byou(?:r)?\b/i);
    }
  });
});
