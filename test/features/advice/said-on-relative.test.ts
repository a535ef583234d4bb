/**
 * The seventh walk: a day named only against something else ("the week before half term", "the
 * Monday after half term", "the day before half term"), a month alone ("in September") or a time
 * of day ("at parents evening in October") names no day we can know. Read loosely they became a
 * wrong date in the letter ("the week before half term" said on 7 December read as 30 November);
 * now the parent is asked for the date instead. "A fortnight ago" is two weeks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/types.js';
import { pastDate } from '../../../src/features/advice/letter-facts.js';
import { choice, command, FixedClock, fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';

let app: TestApp;
afterEach(() => app?.cleanup());

const at = '2026-12-07T12:00:00.000Z'; // Monday 7 December 2026

describe('a day named against something we cannot date', () => {
  it.each([
    'the week before half term',
    'the day before half term',
    'the Monday after half term',
    'Tuesday before the meeting',
    'in September',
    'last month',
    'at parents evening in October',
  ])('"%s" names no day', (words) => {
    expect(pastDate(words, at, false)).toBeUndefined();
  });

  it.each([
    ['a fortnight ago', '2026-11-23'],
    ['last Tuesday', '2026-12-01'],
    ['on Monday after school', '2026-12-07'],
    ['3 days ago', '2026-12-04'],
    ['Thurs 3/12', '2026-12-03'],
    ['December 3rd', '2026-12-03'],
    ['this morning', '2026-12-07'],
  ])('"%s" is still a day', (words, day) => {
    expect(pastDate(words, at, false)?.date).toBe(day);
  });

  // 7 December (lead): a weekday alone was read as the nearest one, so on a Monday "Thursday"
  // was 10 December, a day still to come, and the letter refused it.
  it.each([
    ['on Thursday', '2026-12-03'],
    ['Thursday', '2026-12-03'],
    ['on Wed', '2026-12-02'],
    ['at the meeting on Tuesday', '2026-12-01'],
    ['friday at pickup', '2026-12-04'],
  ])('"%s", said on a Monday, is the last such day, not the next', (words, day) => {
    for (const monthFirst of [false, true]) expect(pastDate(words, at, monthFirst)).toEqual({ date: day, doubtful: false });
  });

  it.each(['next Thursday', 'this coming Thursday', 'on Thursday coming', 'this coming Friday'])('"%s" is still a day to come', (words) => {
    const found = pastDate(words, at, false);
    expect(found?.date ?? '').toMatch(/^2026-12-(?:10|11|17|18)$/);
    expect(found?.doubtful).toBe(true);
  });

  // The morning's review: the weekday rule dropped a day's number beside it.
  it.each(['Wednesday the 25th', 'Thursday the 26th'])('"%s" is not moved to last week\'s weekday', (words) => {
    const found = pastDate(words, at, false);
    expect(found?.date).not.toMatch(/^2026-12-0[23]$/);
  });

  // The second review: a time or a count beside the weekday is not a day's number.
  it.each(['Thursday at 3 pm', 'on Thursday, about 2', 'Thursday, year 9 office'])('"%s", said on a Monday, is last Thursday', (words) => {
    expect(pastDate(words, at, false)?.date).toBe('2026-12-03');
  });

  it('"she said this on Thursday" is last Thursday', () => {
    expect(pastDate('she said this on Thursday', at, false)?.date).toBe('2026-12-03');
  });
});

async function toLetterFacts(a: TestApp, when: string): Promise<Reply[]> {
  const menu = await a.send(command('resume'));
  await a.send(choice('new-no', lastQuestion(menu).promptId));
  await a.send('Bean');
  await a.send('A later start');
  await a.send('We need more data before we change anything.');
  await a.send('it was mr dunn, the head of year');
  await a.send(when);
  await a.send(choice('yes'));
  let r = await a.send(choice('england'));
  if (lastQuestion(r).key === 'profile.ask-region') r = await a.send(choice('skip'));
  await a.send(choice('none'));
  await a.send('she is 12');
  await a.send(choice('she'));
  await a.send(choice('none'));
  await a.send('her attendance data');
  await a.send('the class teacher will keep a log');
  await a.send('nothing yet');
  return a.send('by next Friday');
}

/**
 * Through the questions before the letter (the school's name, the wording, a name to sign with)
 * to its date question; no letter is drafted on the way. Returns the replies that ask it, if any.
 */
async function toSaidOnQuestion(a: TestApp, when: string): Promise<Reply[]> {
  let last = await toLetterFacts(a, when);
  for (let i = 0; i < 4 && !keys(last).includes('facts.ask-said-on'); i++) {
    expect(last.some((x) => x.type === 'document')).toBe(false);
    const q = lastQuestion(last);
    last = await a.send(q.key === 'facts.ask-school-name' ? choice('nickname') : q.key === 'facts.check-wording' ? choice('ok') : 'Jo Bloggs');
  }
  return last;
}

const mondayApp = () => makeTestApp({ classifier: fixedClassifier('data'), clock: new FixedClock(new Date(at)) });

describe('at the letter', () => {
  it('takes a weekday typed for when they said it as the last one, without asking again', async () => {
    app = mondayApp();
    const last = await toSaidOnQuestion(app, 'the week before half term');
    expect(keys(last)).toContain('facts.ask-said-on');
    const r = await app.send('on Thursday');
    expect(keys(r)).not.toContain('facts.date-to-come');
    expect(keys(r)).not.toContain('facts.ask-said-on');
    expect(keys(r)).not.toContain('facts.confirm-said-on');
    expect(app.store.listNotes('parent-a').filter((n) => n.topic === 'facts.said-on').map((n) => n.text)).toEqual(['2026-12-03']);
  });

  it('asks for the date when "When was this?" kept "this coming Friday" (a day still to come)', async () => {
    app = mondayApp();
    const last = await toSaidOnQuestion(app, 'this coming Friday');
    expect(keys(last)).toContain('facts.ask-said-on');
  });

  it.each([
    ['Wednesday the 25th', '2026-11-25'],
    ['Thursday at 3 pm', '2026-12-03'],
  ])('takes %j typed for when they said it as %s', async (words, day) => {
    app = mondayApp();
    expect(keys(await toSaidOnQuestion(app, 'the week before half term'))).toContain('facts.ask-said-on');
    const r = await app.send(words);
    expect(keys(r)).not.toContain('facts.date-to-come');
    expect(app.store.listNotes('parent-a').filter((n) => n.topic === 'facts.said-on').map((n) => n.text)).toEqual([day]);
  });

  it('takes "the 3rd" typed for when they said it as this month\'s', async () => {
    app = mondayApp();
    expect(keys(await toSaidOnQuestion(app, 'the week before half term'))).toContain('facts.ask-said-on');
    const r = await app.send('on the 3rd');
    expect(keys(r)).not.toContain('facts.date-unclear');
    expect(keys(r)).not.toContain('facts.ask-said-on');
  });

  it('asks for the date when triage kept "the week before half term" in the parent\'s words', async () => {
    app = mondayApp();
    // Whatever else comes before the letter, the date is asked, never guessed; no letter without it.
    const last = await toSaidOnQuestion(app, 'the week before half term');
    expect(keys(last)).toContain('facts.ask-said-on');
  });
});
