import { describe, expect, it } from 'vitest';
import { answerNote, dayNamedIn, dueFrom, handover, letterDate, nextStepDue, pickedCategory, typed, whenSaid } from '../../../flows/advice/parent-answers.js';
import { addSchoolDays, DEFAULT_FOLLOWUP_DAYS } from '../../../src/features/case-file/school-days.js';
import { recipient } from '../../../flows/advice/school-words.js';
import { AT, choice, text } from '../flow-paths.js';

describe('whenSaid (answered on Friday 2030-03-01)', () => {
  it.each([
    [choice('today'), '2030-03-01'],
    [choice('yesterday'), '2030-02-28'],
    // A week is kept from its Monday, never as one of its days (a letter would date it so).
    [choice('this-week'), 'week of 2030-02-25'],
    [text('this week'), 'week of 2030-02-25'],
    [text('earlier this week'), 'week of 2030-02-25'],
    [text('last week'), 'week of 2030-02-18'],
    [text('last Thursday'), '2030-02-28'],
    [text('Monday'), '2030-02-25'],
    [text('yesterday'), '2030-02-28'],
    [text('26th Feb'), '2030-02-26'],
    [text('2030-02-14'), '2030-02-14'],
    [text('5 March'), '2029-03-05'], // no year, and not yet this year: last year's
    [text('at the review meeting on Tuesday'), '2030-02-26'],
    [text('in an email yesterday afternoon'), '2030-02-28'],
    [text('on the phone, 26th Feb'), '2030-02-26'],
    [text('this morning'), '2030-03-01'],
    [text('in an email earlier today'), '2030-03-01'],
    [text('tonight, at pick-up'), '2030-03-01'],
  ])('%j → %s', (event, said) => {
    expect(whenSaid(event)).toBe(said);
  });

  // 7 December (lead): a day still to come is not when something was said: "the meeting next
  // Tuesday" had been dated the Tuesday just gone, in the notes and the letter.
  it.each(['next Friday', 'by next Friday', 'the meeting next tuesday', 'this coming Friday', 'on Friday coming', 'the upcoming review on Monday', 'the next day'])(
    '%j is kept in the words, not dated',
    (words) => {
      expect(whenSaid(text(words))).toBe(words);
    },
  );

  it.each([
    ['on Monday, next to the gate', '2030-02-25'],
    ['last Thursday', '2030-02-28'],
  ])('%j is still a past day', (words, said) => {
    expect(whenSaid(text(words))).toBe(said);
  });

  // A weekday with a day's number: the number says which (it had been read as the last such
  // weekday, so "Friday 15 February" was 22 February in a letter; the correct helper's report).
  it.each([
    ['Friday 15 February', '2030-02-15'],
    ['friday 15th feb', '2030-02-15'],
    ['Thursday 14th', '2030-02-14'],
    ['on Wednesday the 20th', '2030-02-20'],
    ['the 26th', '2030-02-26'],
    ['on the 26th, at pick-up', '2030-02-26'],
    ['Friday 1st', '2030-03-01'],
    // The number wins when the two disagree (21 February 2030 is a Thursday); the letter's date check shows it.
    ['Monday 21st', '2030-02-21'],
    // A time is not a day's number, nor is a count ("the 3rd time", "the 1st review").
    ['Monday 3pm', '2030-02-25'],
    ['yesterday, the 3rd time they have said no', '2030-02-28'],
    ['last Thursday at the 1st review', '2030-02-28'],
  ])('%j → %s', (words, said) => {
    expect(whenSaid(text(words))).toBe(said);
  });

  // The seventh walk: a US mail header names the weekday before the month ("Sent: Thursday,
  // February 14, 2030 4:12 PM"); "You mentioned Thursday" had dated it the Thursday just gone.
  it.each([
    ['Sent: Thursday, February 14, 2030 4:12 PM', '2030-02-14'],
    ['Sent: Thursday, February 14 4:12 PM', '2030-02-14'],
    ['on Thursday, Feb 14th we met', '2030-02-14'],
  ])('%j names the day by its number, weekday and all', (words, said) => {
    const named = dayNamedIn(words);
    expect(named).toMatch(/^Thursday, Feb/);
    expect(whenSaid(text(named ?? ''))).toBe(said);
  });
  it('"Thursday, February 14" typed at "When was this?" is the 14th', () => {
    expect(whenSaid(text('Thursday, February 14'))).toBe('2030-02-14');
  });

  it('the day a pasted email names, offered as "You mentioned…", keeps its number', () => {
    const named = dayNamedIn('Thank you for coming in on Friday 15 February. We are not able to offer a later start.');
    expect(named).toBe('Friday 15 February');
    expect(whenSaid(text(named ?? ''))).toBe('2030-02-15');
  });

  it.each(['at the review meeting', 'a while ago', '2030-04-01'])('keeps %j in the parent’s words (not a past date)', (words) => {
    expect(whenSaid(text(words))).toBe(words);
  });

  // The seventh walk: a weekday counted from something the words do not date is no day we know
  // ("the Monday after half term", said on a Monday, had been that very Monday in the notes).
  it.each(['the Monday after half term', 'Tuesday before the meeting', 'the Friday before half term'])('keeps %j in the parent’s words (a day counted from something else)', (words) => {
    expect(whenSaid(text(words))).toBe(words);
  });
  it.each([
    ['last Friday after school', '2030-02-22'],
    ['Tuesday, before school', '2030-02-26'],
  ])('%j is still that day', (words, said) => {
    expect(whenSaid(text(words))).toBe(said);
  });

  it('keeps the words when the day is broken', () => {
    expect(whenSaid({ type: 'TEXT', text: 'last Thursday', at: 'not a date', day: 'not a date' })).toBe('last Thursday');
  });

  it("counts from the parent's day, not the UTC one: 8 pm on Friday in Chicago is already Saturday in UTC", () => {
    const friday = { at: '2030-03-02T02:00:00.000Z', day: '2030-03-01' };
    expect(whenSaid({ type: 'CHOICE', id: 'today', ...friday })).toBe('2030-03-01');
    expect(whenSaid({ type: 'CHOICE', id: 'yesterday', ...friday })).toBe('2030-02-28');
    expect(whenSaid({ type: 'TEXT', text: 'this morning', ...friday })).toBe('2030-03-01');
    expect(whenSaid({ type: 'TEXT', text: 'last Thursday', ...friday })).toBe('2030-02-28');
    expect(whenSaid({ type: 'CHOICE', id: 'this-week', ...friday })).toBe('week of 2030-02-25');
    expect(letterDate(friday)).toBe('2030-03-01');
  });
});

describe('dueFrom (answered on Friday 2030-03-01)', () => {
  it.each([
    // A day's number wins over the weekday beside it: "by Friday 15th" had been the next Friday.
    ['by Friday 15th', '2030-03-15'],
    ['by the 18th', '2030-03-18'],
    ['Thursday the 14th', '2030-03-14'],
    ['by Monday 4th', '2030-03-04'],
  ])('%j → %s', (words, due) => {
    expect(dueFrom(words, AT)).toBe(due);
  });

  it.each(['in the 2nd week of January', 'within the 1st half of term', 'at the 3rd meeting'])('%j names no day', (words) => {
    expect(dueFrom(words, AT)).toBeUndefined();
  });

  it.each([
    ['by 2030-04-02', '2030-04-02'],
    ['Ms Lee, by 14 March', '2030-03-14'],
    ['the 3rd of April', '2030-04-03'],
    ['March 20th, 2031', '2031-03-20'],
    ['by 14 February', '2030-02-14'], // a fortnight gone: that day, said as passed, never next year's (W14-3)
    ['by 14 January', '2031-01-14'], // over a month gone: next year's
    ['tomorrow', '2030-03-02'],
    ['in 2 weeks', '2030-03-15'],
    ['in a week', '2030-03-08'],
    ['by Friday', '2030-03-08'], // said on a Friday: next week's
    ['Monday', '2030-03-04'],
  ])('%s → %s', (answer, due) => {
    expect(dueFrom(answer, AT)).toBe(due);
  });

  // 7 December (lead): the periods schools name for a reply were read as no day, so the date to
  // watch fell back to the default, a week or more off what the school said.
  it.each([
    ['within 10 school days', '2030-03-15'],
    ['they have 15 working days to respond', '2030-03-22'],
    ['in 5 business days', '2030-03-08'],
    ['within ten school days', '2030-03-15'],
    ['within 10 days', '2030-03-11'],
    ['within two weeks', '2030-03-15'],
    ['in a fortnight', '2030-03-15'],
    ['within a fortnight', '2030-03-15'],
    ["in 3 weeks' time", '2030-03-22'],
    ['by the end of next week', '2030-03-08'],
    ['by the end of the month', '2030-03-31'],
    ['end of next month', '2030-04-30'],
  ])('a period: %j → %s', (answer, due) => {
    expect(dueFrom(answer, AT)).toBe(due);
  });

  // The morning's review: a count of days already gone is no due date.
  it.each([
    ['over the next 10 school days', '2030-03-15'],
    ['after 20 school days', '2030-03-29'],
    ['10 school days from today', '2030-03-15'],
  ])('a period, said another way: %j → %s', (answer, due) => {
    expect(dueFrom(answer, AT)).toBe(due);
  });

  it.each([
    'nobody, and he has missed 15 school days already',
    'she was off for 10 school days in January',
    '5 working days late',
    'he has 15 school days of unauthorised absence',
    'in 15 school days this term she attended 3',
  ])('%j names no due date', (answer) => {
    expect(dueFrom(answer, AT)).toBeUndefined();
  });

  it.each([
    ['by the end of the week', '2030-02-27T12:00:00.000Z', '2030-03-01'], // said on a Wednesday: this Friday
    ['by the end of the week', AT, '2030-03-01'], // said on the Friday: today
    ['end of the week', '2030-03-02T12:00:00.000Z', '2030-03-08'], // said on a Saturday: next Friday
  ])('%j said at %s → %s', (answer, at, due) => {
    expect(dueFrom(answer, at)).toBe(due);
  });

  it.each(['3/4/2030', 'soon', 'they didn’t say', 'we sat down and talked', 'they may call', '31 February', ''])(
    'finds no date in %j',
    (answer) => {
      expect(dueFrom(answer, AT)).toBeUndefined();
    },
  );

  it('ignores a broken instant', () => {
    expect(dueFrom('tomorrow', 'not a date')).toBeUndefined();
  });
});

describe('answers and hand-over', () => {
  it('reads triage’s hand-over, ignoring what is not a string', () => {
    expect(handover({ nickname: ' Sam ', request: 1, statement: 'No.', who: 'head', saidOn: '2030-02-28' })).toEqual({
      nickname: 'Sam',
      request: '',
      statement: 'No.',
      who: 'head',
      saidOn: '2030-02-28',
    });
  });

  it('does not put a triage button id at the head of a letter', () => {
    expect(recipient('senco')).toBe('');
    expect(recipient('Mrs Patel')).toBe('Mrs Patel');
    expect(recipient('Head of year')).toBe('');
    expect(recipient('the SENCO ')).toBe('');
    expect(recipient('Mr Hill, Headteacher')).toBe('Mr Hill');
    expect(recipient('Mrs Patel (SENCO)')).toBe('Mrs Patel');
    expect(recipient('Jo Bloggs, Year 7 team')).toBe('Jo Bloggs, Year 7 team');
    expect(recipient('Ms Lee, SENCO')).toBe('Ms Lee');
    expect(recipient('the local authority')).toBe('');
  });

  it('keeps typed words and drops button answers from letters', () => {
    expect(typed(text('  a quiet   room '))).toBe('a quiet room');
    expect(typed(choice('not-sure'))).toBe('');
  });

  it('records a button answer by its label key, a typed one by its words', () => {
    const noteOf = answerNote('no-data', 'data.missing');
    expect(noteOf({ event: choice('not-said') })).toEqual({ kind: 'answer', topic: 'data.missing', text: 'no-data.choice.not-said' });
    expect(noteOf({ event: text('attendance') })).toEqual({ kind: 'answer', topic: 'data.missing', text: 'attendance' });
  });

  it('dates letters plainly and maps category buttons', () => {
    expect(letterDate({ day: '2030-03-01' })).toBe('2030-03-01');
    expect(letterDate({ day: 'not a day' })).toBe('');
    expect(pickedCategory(choice('cat:resources'))).toBe('resources');
    expect(pickedCategory(choice('cat:nonsense'))).toBe('other');
  });
});

describe('nextStepDue', () => {
  it('falls on the day a sent letter\'s reminder would: 10 school days on, never a weekend', () => {
    // A letter drafted on Sunday 6 December 2026: the reminder comes on Friday 18 December.
    expect(nextStepDue(undefined, '2026-12-06')).toBe(addSchoolDays('2026-12-06', DEFAULT_FOLLOWUP_DAYS));
    expect(nextStepDue(undefined, '2026-12-06')).toBe('2026-12-18');
    expect(nextStepDue(undefined, '2026-12-01')).toBe('2026-12-15');
    expect(nextStepDue('2027-01-08', '2026-12-06')).toBe('2027-01-08');
  });
});
