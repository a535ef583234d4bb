/**
 * Words from the fourth walk (docs/walkthrough-2026-12-06.md, "A fourth walk"): each test holds
 * one fix's wording; the flows are tested by state ids and content keys beside them.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';

const content = loadContent();

describe('fourth walk words', () => {
  it('a pasted thread: says the newest message is taken as what the school said, and the whole thread is kept in the parent\'s words', () => {
    const said = content.render('triage.thread-kept');
    expect(said).toMatch(/newest/);
    expect(said).toMatch(/kept the whole thread in your notes, in your words/);
  });

  it('their email pasted at "Who said it?": says it is used as what they said, and the earlier words stay', () => {
    const said = content.render('triage.who-is-their-words');
    expect(said).toMatch(/what they said/);
    expect(said).toMatch(/stays in your notes/);
  });

  it('"log yesterday" on a Sunday: the off-day question and its button speak of that day, not today', () => {
    const asked = content.render('daily-log.ask-off-day-past', { day: 'Sat 12 Dec', school_day: 'Fri 11 Dec' });
    expect(asked).toMatch(/^Sat 12 Dec isn't usually a school day/);
    expect(asked).toContain('Fri 11 Dec');
    expect(asked).not.toMatch(/today/i);
    expect(content.render('daily-log.choice.this-day-past', { day: 'Sat 12 Dec' })).toBe('Log Sat 12 Dec anyway');
  });

  it('"me" as who is getting the data: the data letter\'s fourth line reads as the parent writing', () => {
    expect(content.render('no-data.letter.i-collect-by', { when: '14 March' })).toBe('I will gather it myself by 14 March');
    expect(content.render('no-data.letter.we-collect-by', { when: '14 March' })).toBe('We will gather it ourselves by 14 March');
    expect(content.render('no-data.letter.i-collect')).toMatch(/^I will/);
  });

  it('the assessment request, never asked in writing before: the line reads on from "I first asked about this:"', () => {
    const letter = content.renderLetter('assessment-request', {
      date: '6 December 2026', who: 'Ms Alvarez', nickname: 'Mateo', said_on: '4 December 2026', statement: 'We will monitor him.', concerns: 'He cannot get through the door most mornings',
      asked_on: content.render('no-assessment.letter.not-yet'), assessment_right: '', assessment: 'an evaluation', assess: 'evaluate', written_decision: 'prior written notice', them: 'him', your_name: 'Ana',
    });
    expect(letter.body).not.toMatch(/I first asked about this: This letter/);
    expect(letter.body).toContain('I first asked about this: In this letter, my first written request.');
  });

  it('Saturday, Friday logged already: says so, and asks about Saturday alone', () => {
    const asked = content.render('daily-log.ask-off-day-logged', { day: 'Sat 12 Dec', school_day: 'Fri 11 Dec' });
    expect(asked).toMatch(/already logged the school day before it,\s+Fri 11 Dec/);
    expect(asked).toMatch(/log Sat 12 Dec anyway\?$/);
  });
});
