/**
 * A check-in set up before any child (fifteenth walk, W15-10): the child is asked for when it is set
 * up, not under "Check-in time." at the first prompt, where an answer to the question the parent
 * expected ("part of the day") became the child. Words about the day are never a child's name
 * (`answers.not-a-name`). By keys, state ids and the store.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { isAnswerNotName } from '../../../flows/advice/school-words.js';
import { choice, command, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';

let app: TestApp;
afterEach(() => app?.cleanup());

const SETUP = 'remind me at 8am on school days, London time';

describe('a check-in set up before any child (W15-10)', () => {
  it('asks for the child at once, and the answer opens the child', async () => {
    app = makeTestApp();
    await app.send(command('resume'));
    const r = await app.send(SETUP);
    expect(keys(r)).toContain('checkin.saved');
    expect(lastQuestion(r).key).toBe('checkin.ask-child');
    await app.send('Cat');
    expect(app.store.listCases('parent-a').map((c) => c.nickname)).toEqual(['Cat']);
  });

  it('words about the day at that question are not a name: asked again', async () => {
    app = makeTestApp();
    await app.send(command('resume'));
    await app.send(SETUP);
    const r = await app.send('part of the day');
    expect(keys(r)).toContain('checkin.child-not-a-name');
    expect(lastQuestion(r).key).toBe('checkin.ask-child');
    expect(app.store.listCases('parent-a')).toEqual([]);
  });

  it('a member of staff at that question is not the child', async () => {
    app = makeTestApp();
    await app.send(command('resume'));
    await app.send(SETUP);
    const r = await app.send('Mr Lowe');
    expect(keys(r)).toContain('daily-log.staff-not-child');
    expect(app.store.listCases('parent-a')).toEqual([]);
  });

  it('"ask me at the first check-in": no child opened, the menu', async () => {
    app = makeTestApp();
    await app.send(command('resume'));
    await app.send(SETUP);
    await app.send(choice('later'));
    expect(app.store.listCases('parent-a')).toEqual([]);
    expect(app.store.getSession('parent-a')?.flowId).not.toBe('checkin');
  });

  it('with a child already: not asked', async () => {
    app = makeTestApp();
    await app.send(command('resume'));
    await app.send('log today');
    await app.send('JJ');
    await app.send(command('menu'));
    const r = await app.send(SETUP);
    expect(keys(r)).toContain('checkin.saved');
    expect(keys(r)).not.toContain('checkin.ask-child');
  });

  it.each(['part of the day', 'Part of the day', 'full day', 'the whole day', 'some of the day', 'Off ill, or another authorised absence', 'off sick', 'not now'])('"%s" is not a name', (words) => {
    expect(isAnswerNotName(words)).toBe(true);
  });

  it.each(['Cat', 'JJ', 'Partridge', 'Holly', 'June'])('"%s" is still a name', (words) => {
    expect(isAnswerNotName(words)).toBe(false);
  });

  it('"part of the day" at the daily log\'s own name question is not the child', async () => {
    app = makeTestApp();
    await app.send(command('resume'));
    await app.send('log today');
    const r = await app.send('part of the day');
    expect(keys(r)).toContain('daily-log.not-a-name');
  });
});
