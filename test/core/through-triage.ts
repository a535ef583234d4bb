import { expect } from 'vitest';
import type { Reply } from '../../src/core/types.js';
import { choice, command, keys, lastQuestion, type TestApp } from '../support/builders.js';

/** Walks triage up to the point where the kind of "no" is confirmed. */
export async function throughTriage(a: TestApp, statement: string) {
  let r = await a.send(command('resume'));
  expect(lastQuestion(r).key).toBe('home.menu');
  r = await a.send(choice('new-no', lastQuestion(r).promptId));
  expect(lastQuestion(r).key).toBe('triage.ask-nickname');
  r = await a.send('Bean');
  expect(keys(r)).toContain('common.disclaimer');
  expect(lastQuestion(r).key).toBe('triage.ask-request');
  r = await a.send('A quiet room to start the day in');
  expect(lastQuestion(r).key).toBe('triage.ask-statement');
  r = await a.send(statement);
  expect(lastQuestion(r).key).toBe('triage.ask-who');
  r = await a.send(choice('senco'));
  expect(lastQuestion(r).key).toBe('triage.ask-when');
  r = await a.send(choice('today'));
  return r;
}

/** Plain answers to the case profile and the situation question, up to the kind of "no". */
export async function answerProfile(a: TestApp, replies: Reply[]): Promise<Reply[]> {
  const answers: Record<string, string> = {
    'profile.ask-place': 'england',
    'profile.ask-plan': 'none',
    'profile.ask-age': 'skip',
    'profile.ask-pronouns': 'they',
    'situation.ask': 'none',
  };
  let r = replies;
  for (let i = 0; i < 6; i++) {
    const answer = answers[lastQuestion(r).key];
    if (!answer) break;
    r = await a.send(choice(answer));
  }
  return r;
}
