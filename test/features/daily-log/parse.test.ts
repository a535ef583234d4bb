import { describe, expect, it } from 'vitest';
import {
  parseAttendance,
  parseDateAhead,
  parseDays,
  parseDifficulty,
  parseHours,
  parsePartialDay,
  parseLogDate,
  parseReminderRequest,
  parseSupportName,
  parseTime,
  parseTriggerName,
  typedSupportName,
  typedTriggerName,
} from '../../../src/features/daily-log/parse.js';
import { findZone, parseZone } from '../../../src/features/daily-log/parse-zone.js';

describe('reading what parents type', () => {
  it.each([
    ['7:30', '07:30'],
    ['07.30', '07:30'],
    ['7:30am', '07:30'],
    ['7 am', '07:00'],
    ['7pm', '19:00'],
    ['12am', '00:00'],
    ['19:05', '19:05'],
    ['0745', '07:45'],
    ['7', null],
    ['25:00', null],
    ['7:75', null],
  ])('time %s → %s', (text, want) => expect(parseTime(text)).toBe(want));

  it('reads a reminder request: time, school days, zone when named', () => {
    expect(parseReminderRequest('remind me at 7:30 on school days')).toEqual({ time: '07:30', days: ['mon', 'tue', 'wed', 'thu', 'fri'], zone: null });
    expect(parseReminderRequest('Remind me at 8am every day, London time')).toEqual({ time: '08:00', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], zone: 'Europe/London' });
    expect(parseReminderRequest('remind me at 7:15 mon to thu America/Chicago')).toEqual({ time: '07:15', days: ['mon', 'tue', 'wed', 'thu'], zone: 'America/Chicago' });
    expect(parseReminderRequest('remind me on mondays and fridays at 6:45').days).toEqual(['mon', 'fri']);
    expect(parseReminderRequest('remind me').time).toBeNull();
  });

  it('days in words and in the CLI form', () => {
    expect(parseDays('weekdays')).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(parseDays('mon,wed,fri')).toEqual(['mon', 'wed', 'fri']);
    expect(parseDays('weekends')).toEqual(['sat', 'sun']);
    expect(parseDays('at half seven')).toBeNull();
  });

  it('zones: IANA names in any case, cities, common names; nothing ambiguous or made up', () => {
    expect(parseZone('europe/london')).toBe('Europe/London');
    expect(parseZone('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(parseZone('Paris')).toBe('Europe/Paris');
    expect(parseZone('Sydney')).toBe('Australia/Sydney');
    expect(parseZone('UK')).toBe('Europe/London');
    // Towns the zone list does not name, from city-timezones (the most populous namesake).
    expect(parseZone('manchester')).toBe('Europe/London');
    expect(parseZone('Leeds')).toBe('Europe/London');
    expect(parseZone('Glasgow')).toBe('Europe/London');
    expect(parseZone('Seattle')).toBe('America/Los_Angeles');
    expect(parseZone('Perth')).toBe('Australia/Perth');
    expect(parseZone('Nowhereville Upon Sea')).toBeNull();
    expect(parseZone('the morning')).toBeNull();
    expect(parseZone('Eastern time')).toBe('America/New_York');
    expect(parseZone('Mars/Olympus_Mons')).toBeNull();
    expect(parseZone('IST')).toBeNull();
    expect(parseZone('Ms Lee said they will look at the attendance data by 14 March.')).toBeNull();
    expect(findZone('remind me at 7:30 on school days')).toBeNull();
    expect(findZone('remind me at 8 in march')).toBeNull(); // March is a town too, but not meant here
  });

  it('days to log, relative to the parent’s today (a Wednesday here)', () => {
    const today = '2026-11-25';
    expect(parseLogDate('today', today)).toEqual({ date: '2026-11-25' });
    expect(parseLogDate('yesterday', today)).toEqual({ date: '2026-11-24' });
    expect(parseLogDate('monday', today)).toEqual({ date: '2026-11-23' });
    expect(parseLogDate('wednesday', today)).toEqual({ date: '2026-11-25' });
    expect(parseLogDate('last wednesday', today)).toEqual({ date: '2026-11-18' });
    expect(parseLogDate('20 Nov', today)).toEqual({ date: '2026-11-20' });
    expect(parseLogDate('Nov 20th', today)).toEqual({ date: '2026-11-20' });
    expect(parseLogDate('20 December', today)).toEqual({ date: '2025-12-20' });
    expect(parseLogDate('2026-11-26', today)).toEqual({ error: 'future' });
    expect(parseLogDate('whenever', today)).toEqual({ error: 'unknown' });
  });

  it('days ahead, for a pause', () => {
    const today = '2026-11-25';
    expect(parseDateAhead('monday', today)).toBe('2026-11-30');
    expect(parseDateAhead('wednesday', today)).toBe('2026-12-02');
    expect(parseDateAhead('5 Jan', today)).toBe('2027-01-05');
    expect(parseDateAhead('2 weeks', today)).toBe('2026-12-09');
    expect(parseDateAhead('next week', today)).toBe('2026-11-30');
    expect(parseDateAhead('soon', today)).toBeNull();
  });

  it.each([
    ['9:30-12:15', { hours: 2.75, arrived: '09:30', left: '12:15' }],
    ['10 to 1', { hours: 3, arrived: '10:00', left: '13:00' }],
    ['10am - 1pm', { hours: 3, arrived: '10:00', left: '13:00' }],
    ['arrived 10:15, left 13:00', { hours: 2.75, arrived: '10:15', left: '13:00' }],
    ['3.5', { hours: 3.5, arrived: null, left: null }],
    ['3 hours', { hours: 3, arrived: null, left: null }],
    ['2h30', { hours: 2.5, arrived: null, left: null }],
    ['2 and a half', { hours: 2.5, arrived: null, left: null }],
    ['90 minutes', { hours: 1.5, arrived: null, left: null }],
    ['about an hour and a half', { hours: 1.5, arrived: null, left: null }],
    ['an hour', { hours: 1, arrived: null, left: null }],
    ['half an hour.', { hours: 0.5, arrived: null, left: null }],
    ['two hours', { hours: 2, arrived: null, left: null }],
    ['roughly three and a half hours', { hours: 3.5, arrived: null, left: null }],
    ['2 hours and a half', { hours: 2.5, arrived: null, left: null }],
    ['went in at 10 and left at 12:30', { hours: 2.5, arrived: '10:00', left: '12:30' }],
    ['he got in at 9:30 till 11', { hours: 1.5, arrived: '09:30', left: '11:00' }],
    // The twenty-first walk (W21-4): a hedge around the times or hours is not a reason to ask again.
    ['9:20 to 12:10 I think', { hours: 2.83, arrived: '09:20', left: '12:10' }],
    ['9:30-12 ish', { hours: 2.5, arrived: '09:30', left: '12:00' }],
    ['about 2 hours or so', { hours: 2, arrived: null, left: null }],
    ['3 hours maybe?', { hours: 3, arrived: null, left: null }],
    ['i think 10 till 1', { hours: 3, arrived: '10:00', left: '13:00' }],
    ['Ms Lee', null],
    ['an hour or so after lunch', null],
    ['14', null],
  ])('hours %s', (text, want) => expect(parseHours(text)).toEqual(want));

  it.each([
    ['went in at 10 and left at 12', { hours: 2, arrived: '10:00', left: '12:00' }],
    ['Robin got in at 9:30, came home at 11:45.', { hours: 2.25, arrived: '09:30', left: '11:45' }],
    ['she made it in at 10am until 1pm', { hours: 3, arrived: '10:00', left: '13:00' }],
    ['9:30 to 12', { hours: 2.5, arrived: '09:30', left: '12:00' }],
    ['2 hours', { hours: 2, arrived: null, left: null }],
    ['2', null], // a button's number as much as an hour count
    ['Two', null], // the same, in words
    ['about an hour and a half', { hours: 1.5, arrived: null, left: null }],
    ['went in', null], // no time: the attendance words say it
    ['all day', null],
  ])('part day told at the attendance question: %s', (text, want) => expect(parsePartialDay(text)).toEqual(want));

  it('a 0–10 score and attendance in words', () => {
    expect(parseDifficulty('7')).toBe(7);
    expect(parseDifficulty('7/10')).toBe(7);
    expect(parseDifficulty('0')).toBe(0);
    expect(parseDifficulty('11')).toBeNull();
    expect(parseAttendance('all day')).toBe('full');
    expect(parseAttendance('half day')).toBe('partial');
    expect(parseAttendance("didn’t go in")).toBe('absent');
    expect(parseAttendance('maybe')).toBeNull();
  });

  // The walkthrough of 6 December 2026: a tired parent says who, not just what.
  it.each([
    ["he didn't go", 'absent'],
    ['she didnt go in', 'absent'],
    ['no he stayed home', 'absent'],
    ["they couldn't go", 'absent'],
    ['he refused', 'absent'],
    ['she was off sick', 'absent'],
    ['she went in all day', 'full'],
    ['yes he went in', 'full'],
    ['he went in late', 'partial'],
    ['she left early', 'partial'],
    // Told in a sentence, as a tired parent would (a walk of 6 December 2026, evening).
    ['He went in but came home at lunch', 'partial'],
    ['she was sent home after break', 'partial'],
    ['I picked him up at lunchtime', 'partial'],
    ["didn't go in until 11", 'partial'],
    ['only managed an hour', 'partial'],
    ['just the morning, then I got a call', 'partial'],
    ['made it in for two lessons', 'partial'],
    // The third walk: a morning in school, then home.
    ['she went in for the morning then came home', 'partial'],
    ['went in for the afternoon', 'partial'],
    ['he did the morning and then came home', 'partial'],
    ['went in at 9 then came home at 11', 'partial'],
    ['she refused at the gate and came home', 'absent'],
    ['we couldn’t get her out of the car', 'absent'],
    ['he stayed in bed all day', 'absent'],
    ['she refused to go again', 'absent'],
    ["he wouldn't go, meltdown at the door", 'absent'],
    ['went in and stayed all day, came home at 3:30 as normal', null],
    // The twenty-first walk (W21-3): in for a period, then fetched.
    ['he made it in for 2nd period but texted me at lunch to come get him', 'partial'],
    ['she went in for first period then I had to go and get her', 'partial'],
    ['got in for 3rd lesson', 'partial'],
    // review23 R2: out before the day's end, or fetched, is never a full day.
    ['went in and left at 10:30', 'partial'],
    ['walked out after registration', 'partial'],
    ['the school rang me at 11 to get her', 'partial'],
    ['she went in, then walked out at 10', 'partial'],
  ])('attendance said with who: %j is %s', (typed, want) => expect(parseAttendance(typed)).toBe(want));

  it.each([
    ['awful, a 9', 9],
    ['about 8', 8],
    ['8 probably', 8],
    ['9/10 awful', 9],
    ['a solid 10 out of 10', 10],
  ])('a score said with words: %j is %d', (typed, want) => expect(parseDifficulty(typed)).toBe(want));
  it.each(['between 7 and 8', 'awful', '12', 'went in at 9 and left at 12'])('no single score in %j', (typed) => expect(parseDifficulty(typed)).toBeNull());

  it('names reasons and supports from the lists, keeping anything else in the parent’s words', () => {
    expect(parseTriggerName('Morning transition')).toEqual({ id: 'morning-transition', detail: null });
    expect(parseTriggerName('tired')).toEqual({ id: 'tiredness-sleep', detail: null });
    expect(parseTriggerName('maths test')).toEqual({ id: 'other', detail: 'maths test' });
    expect(parseSupportName('Quiet space')).toEqual({ id: 'quiet-space', detail: null });
    expect(parseSupportName('reduced timetable')).toEqual({ id: 'shorter-day', detail: null });
    expect(parseSupportName('walk with the dog first')).toEqual({ id: 'other', detail: 'walk with the dog first' });
  });

  it.each([
    ['the noise in the hall', 'sensory', null],
    ['he was so tired after a late night', 'tiredness-sleep', null],
    ['Noise', 'sensory', null],
    ['the bus was late again', 'other', 'the bus was late again'],
    // Two listed reasons named at once: kept in the parent's words.
    ['noise and a headache', 'other', 'noise and a headache'],
  ])('a reason typed in chat, %j, is %s', (typed, id, detail) => {
    expect(typedTriggerName(typed)).toEqual({ id, detail });
  });

  it('a support typed in chat names a listed one in passing, or stays in the parent\'s words', () => {
    expect(typedSupportName('we tried the quiet room again')).toEqual({ id: 'quiet-space', detail: null });
    expect(typedSupportName('his dad drove him in')).toEqual({ id: 'other', detail: 'his dad drove him in' });
    // A CSV's names stay exact: the same words there are kept as they are.
    expect(parseTriggerName('the noise in the hall')).toEqual({ id: 'other', detail: 'the noise in the hall' });
  });
});
