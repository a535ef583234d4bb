/**
 * A command that starts a dialogue ("change profile", "log", "letter"…) while a question waits:
 * the conversation waiting is put aside and comes back, at the same question, when the command's
 * dialogue ends; and it comes back with what changed meanwhile (a new profile).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/types.js';
import { choice, command, fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../support/builders.js';
import { answerProfile, throughTriage } from './through-triage.js';

let app: TestApp;
afterEach(() => app?.cleanup());

async function midNoData(a: TestApp) {
  await throughTriage(a, 'We need six more weeks of observations before we change anything.');
  const r = await answerProfile(a, await a.send(choice('yes')));
  const q = lastQuestion(r);
  expect(q.key.startsWith('no-data.')).toBe(true);
  return q;
}

/** The profile's questions answered again, now for Wales, until something else is asked. */
async function profileInWales(a: TestApp, replies: Reply[]): Promise<Reply[]> {
  const answers: Record<string, string> = { 'profile.ask-place': 'wales', 'profile.ask-plan': 'none', 'profile.ask-age': 'skip', 'profile.ask-pronouns': 'they' };
  let r = replies;
  for (let i = 0; i < 6; i++) {
    const q = lastQuestion(r);
    const answer = answers[q.key];
    if (!answer) break;
    r = await a.send(choice(answer, q.promptId));
  }
  return r;
}

const contextOf = (a: TestApp) => a.store.getSession('parent-a')?.snapshot?.context ?? {};

describe('engine: a command that starts a dialogue while a question waits', () => {
  it('"change profile" comes back to the question it interrupted, with the new profile', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data', true) });
    const before = await midNoData(app);
    expect(contextOf(app)['place']).toBe('england');
    let r = await app.send('change profile');
    expect(lastQuestion(r).key).toBe('profile.ask-place');
    r = await profileInWales(app, r);
    expect(keys(r)).toEqual(expect.arrayContaining(['profile.saved.wales', 'engine.back-to']));
    expect(keys(r)).not.toContain('home.menu');
    expect(lastQuestion(r)).toMatchObject({ key: before.key, promptId: before.promptId });
    // The dialogue carries on from there, with the profile as it is now.
    expect(app.store.getSession('parent-a')?.flowId).toBe('no.data');
    expect(contextOf(app)['place']).toBe('wales');
    expect(String(contextOf(app)['profile'])).toContain('wales');
    r = await app.send('Six weeks of attendance records');
    expect(lastQuestion(r).key.startsWith('no-data.')).toBe(true);
    expect(lastQuestion(r).key).not.toBe(before.key);
  });

  it('"log" comes back to the question too, once the day is logged', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data', true) });
    const before = await midNoData(app);
    let r = await app.send(command('log'));
    expect(app.store.getSession('parent-a')?.flowId).toBe('daily-log');
    for (let i = 0; i < 12 && app.store.getSession('parent-a')?.flowId === 'daily-log'; i++) {
      const q = lastQuestion(r);
      r = await app.send(q.choices.length ? choice(q.choices.at(-1)!.id, q.promptId) : 'nothing');
    }
    expect(keys(r)).toContain('engine.back-to');
    expect(lastQuestion(r)).toMatchObject({ key: before.key, promptId: before.promptId });
  });

  it('"restart" still goes to the menu, and the question put aside does not come back', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data', true) });
    await midNoData(app);
    await app.send('change profile');
    let r = await app.send(command('restart'));
    expect(lastQuestion(r).key).toBe('home.menu');
    r = await app.send(choice('notes', lastQuestion(r).promptId));
    expect(keys(r)).not.toContain('engine.back-to');
  });

  it('a question about erasing everything is not come back to; what it was put over is', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data', true) });
    const before = await midNoData(app);
    let r = await app.send('forget me');
    expect(lastQuestion(r).key).toBe('case-file.forget.confirm');
    r = await profileInWales(app, await app.send('change profile'));
    expect(keys(r)).toContain('engine.back-to');
    expect(lastQuestion(r)).toMatchObject({ key: before.key, promptId: before.promptId });
  });
});

describe('engine: "change profile" while the profile is being asked', () => {
  it('asks the same question again, and the dialogue waiting for the profile still follows', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data', true) });
    await throughTriage(app, 'We need six more weeks of observations before we change anything.');
    let r = await app.send(choice('yes'));
    const asked = lastQuestion(r);
    expect(asked.key).toBe('profile.ask-place');
    r = await app.send('change profile');
    expect(lastQuestion(r)).toMatchObject({ key: asked.key, promptId: asked.promptId });
    r = await answerProfile(app, r);
    expect(lastQuestion(r).key.startsWith('no-data.')).toBe(true);
  });
});
