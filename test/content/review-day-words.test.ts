/**
 * The review day's words (A-L1; content/prompts/review-day.yaml): every key the flow and the
 * command say exists, renders with the variables they give (none left unfilled), and says what it
 * should: the day and the trial named, buttons that say where they lead, a message to send.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';
import { reviewDayFlow } from '../../flows/case-file/review-day.flow.js';
import { REVIEW_DAY_KEYS } from '../../src/features/case-file/review-day.js';

const content = loadContent();
const TRIAL = "They'll do a 9:15 start from Monday for two weeks and then review it";
const VARS: Record<string, Record<string, string>> = {
  'review-day.ask': { date: 'Mon 21 Dec 2026', trial: TRIAL },
  'review-day.ask-child': { date: 'Mon 21 Dec 2026', trial: TRIAL, nickname: 'Rosie' },
  'review-day.ask-plain': { date: 'Mon 21 Dec 2026' },
  'review-day.not-yet': { date: 'Mon 21 Dec 2026' },
  'review-day.later': { date: 'Wed 23 Dec 2026' },
  'review-day.reminder-busy': { date: 'Monday 21 December' },
};

describe('the review day, in words', () => {
  it('every key exists and renders with exactly the variables given', () => {
    for (const key of [...reviewDayFlow.keys, ...REVIEW_DAY_KEYS]) {
      expect(content.has(key), key).toBe(true);
      expect([...content.varsOf(key)].sort(), key).toEqual(Object.keys(VARS[key] ?? {}).sort());
      const said = content.render(key, VARS[key] ?? {});
      expect(said, key).not.toMatch(/\{\{|\}\}/);
      expect(said.length, key).toBeLessThan(320);
    }
  });

  it('the question names the day and the trial (and the child, in a family of several), and asks how it went', () => {
    const asked = content.render('review-day.ask', VARS['review-day.ask']);
    expect(asked).toContain('Mon 21 Dec 2026');
    expect(asked).toContain('9:15 start');
    expect(asked).toMatch(/How did it go\?$/);
    expect(content.render('review-day.ask-child', VARS['review-day.ask-child'])).toContain('Rosie');
  });

  it('the buttons say where they lead; "later", "not yet" and the busy line name their day', () => {
    expect(content.render('review-day.choice.went-well')).toMatch(/went well/i);
    expect(content.render('review-day.choice.change')).toMatch(/stop or change/);
    expect(content.render('review-day.choice.not-yet')).toMatch(/haven't reviewed/);
    expect(content.render('review-day.choice.later')).toMatch(/day or two/);
    expect(content.render('review-day.later', VARS['review-day.later'])).toContain('Wed 23 Dec 2026');
    expect(content.render('review-day.not-yet', VARS['review-day.not-yet'])).toMatch(/"[^"]*Mon 21 Dec 2026[^"]*"/);
    // Said once mid-conversation: its day as the day it was, and how to take it up (review9, 6).
    const busy = content.render('review-day.reminder-busy', VARS['review-day.reminder-busy']);
    expect(busy).toContain('on Monday 21 December');
    expect(busy).toMatch(/type "review"/);
    for (const key of ['review-day.ask', 'review-day.ask-plain', 'review-day.ask-child', 'review-day.reminder-busy']) expect(content.render(key, VARS[key]), key).not.toMatch(/\btoday\b/i);
  });

  it('"they want to stop or change it" is not met as bad news: a change can be a step up (twelfth walk)', () => {
    const said = content.render('review-day.what-said');
    expect(said).not.toMatch(/sorry|come to that/i);
    expect(said).toMatch(/What did they say\?/);
  });

  it('the notes read as sentences, and their topics have words in the notes and the packet', () => {
    for (const key of ['review-day.well-note', 'review-day.change-note', 'review-day.not-yet-note', 'review-day.later-note']) expect(content.render(key)).toMatch(/^[A-Z].*\.$/);
    for (const topic of ['review.outcome', 'review.ask', 'review.later']) {
      expect(content.has(`notes.topic.${topic}`)).toBe(true);
      expect(content.has(`case-file.packet.topic.${topic}`)).toBe(true);
    }
  });
});
