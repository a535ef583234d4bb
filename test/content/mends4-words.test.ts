/**
 * Words for the mends after the ninth walk (docs/walkthrough-2026-12-06.md, "Mends after the ninth
 * walk"): each test holds one fix's wording; the flows are tested by state ids and content keys.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';

const content = loadContent();

describe('mends after the ninth walk: words', () => {
  it('a date the school gave that has passed is said as passed, kindly, never put in the diary', () => {
    const said = content.render('common.next-step-passed', { date: '15 February 2030' });
    expect(said).toContain('15 February 2030');
    expect(said).toMatch(/already gone/);
    expect(said).toMatch(/fine to follow up now/);
    expect(said).not.toMatch(/diary/);
  });

  it('several letters waiting for one child: which letter, each by what was sent and when, and a way to say "not sure"', () => {
    expect(content.render('case-file.replied.ask-which-letter')).toBe('Which letter have they answered?');
    const letter = content.render('case-file.replied.choice.letter', { about: 'the letter "Which data is needed"', sent_on: 'Wed 2 Dec 2026' });
    expect(letter).toBe('the letter "Which data is needed", sent Wed 2 Dec 2026');
    expect(content.render('case-file.replied.choice.letters-unsure')).toMatch(/not sure/);
  });

  it('an email pasted at an open question: kept, said so, and their own words asked for (F-L2)', () => {
    const said = content.render('common.pasted-email');
    expect(said).toMatch(/kept it in your notes/);
    expect(said).toMatch(/your own words/);
  });
});
