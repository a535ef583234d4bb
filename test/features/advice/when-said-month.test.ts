/**
 * review11/fix2's note: where a date is asked for ("When was this?"), `whenSaid` read "maybe 8" as
 * 8 May and "marching 3" as 3 March, through the daily log's date reader. A date needs a real
 * month word there too: numbered-day.ts's MONTH, the one rule, read by both the daily log's
 * readers (a day logged, a day ahead) as by the rest.
 */
import { describe, expect, it } from 'vitest';
import { whenSaid } from '../../../flows/advice/parent-answers.js';
import { parseDateAhead, parseLogDate } from '../../../src/features/daily-log/parse.js';

const typed = (text: string) => whenSaid({ type: 'TEXT', text, at: '2026-12-07T12:00:00.000Z', day: '2026-12-07' });
const TODAY = '2026-12-07';

describe('a word that only begins like a month is no month, where a date is asked for', () => {
  it.each(['maybe 8', 'marching 3', 'junk 5', 'aprils 4', 'decided 14', 'novel 2', 'mayday 1'])('%j is kept in the words typed, not dated', (words) => {
    expect(typed(words)).toBe(words);
    expect(parseLogDate(words, TODAY)).toEqual({ error: 'unknown' });
    expect(parseDateAhead(words, TODAY)).toBeNull();
  });

  it.each([
    ['8 May', '2026-05-08'],
    ['March 3rd', '2026-03-03'],
    ['sept 9', '2026-09-09'],
    ['14 Dec', '2025-12-14'],
    ['Nov 20', '2026-11-20'],
    ['20th November 2026', '2026-11-20'],
    ['3 Febuary', '2026-02-03'],
    ['16 Janaury', '2026-01-16'],
    ['june 2', '2026-06-02'],
    ['jul 4', '2026-07-04'],
  ])('%j is still a date (%s)', (words, date) => {
    expect(typed(words)).toBe(date);
    expect(parseLogDate(words, TODAY)).toEqual({ date });
  });

  it('a day ahead reads its month the same way', () => {
    expect(parseDateAhead('5 Jan', TODAY)).toBe('2027-01-05');
    expect(parseDateAhead('Agust 3', TODAY)).toBe('2027-08-03');
  });
});

describe('a month cut short (review12: "decemb 14", "novem" read no more after mends14)', () => {
  it.each([
    ['decemb 14', '2025-12-14'],
    ['3 novem', '2026-11-03'],
    ['mar 3', '2026-03-03'],
    ['jun 2', '2026-06-02'],
    ['sept 9', '2026-09-09'],
    ['septem 9', '2026-09-09'],
    ['octob 1', '2026-10-01'],
    ['janu 16', '2026-01-16'],
    ['4 augu', '2026-08-04'],
  ])('%j: three letters or more of a month\'s name is that month (%s)', (words, date) => {
    expect(parseLogDate(words, TODAY)).toEqual({ date });
    expect(typed(words)).toBe(date);
  });

  it.each(['maybe 8', 'marching 3', 'junk 5', 'marc 3', 'ma 3', 'de 14', 'novels 2'])('%j is still no month', (words) => {
    expect(parseLogDate(words, TODAY)).toEqual({ error: 'unknown' });
    expect(typed(words)).toBe(words);
  });
});
