/**
 * Steps through the engine to a situation behind a "no" (shared by the situation tests): triage,
 * the case profile, the situation, the name the parent signs with, and what came out.
 */
import { expect } from 'vitest';
import type { Reply } from '../../../src/core/types.js';
import { choice, command, keys, lastQuestion, type TestApp } from '../../support/builders.js';
import { answerBeforeLetter, BEFORE_LETTER } from '../../support/letter-questions.js';

/** Triage up to its last answer: the child, the request, the school's words, who and when. */
export async function triage(a: TestApp, o: { statement: string; who: string | { choice: string }; when: string | { choice: string } }) {
  let r = await a.send(command('resume'));
  r = await a.send(choice('new-no', lastQuestion(r).promptId));
  r = await a.send('Bean');
  r = await a.send('Counselling sessions twice a week');
  r = await a.send(o.statement);
  expect(lastQuestion(r).key).toBe('triage.ask-who');
  r = await a.send(typeof o.who === 'string' ? o.who : choice(o.who.choice));
  expect(lastQuestion(r).key).toBe('triage.ask-when');
  r = await a.send(typeof o.when === 'string' ? o.when : choice(o.when.choice));
  return a.send(choice('yes'));
}

/** A second "no" for the same child a minute later, up to the school's words confirmed. */
export async function secondNo(a: TestApp): Promise<Reply[]> {
  a.clock.advance(60_000);
  const r = await a.send(command('restart'));
  await a.send(choice('new-no', lastQuestion(r).promptId));
  await a.send(choice('child:0'));
  await a.send('A later start');
  await a.send('We cannot staff a later start');
  await a.send('Mr Dunn');
  await a.send(choice('today'));
  return a.send(choice('yes'));
}

export async function profile(a: TestApp, r: Reply[], place: string, plan: string, pronouns: string): Promise<Reply[]> {
  expect(lastQuestion(r).key).toBe('profile.ask-place');
  r = await a.send(choice(place));
  if (place === 'us') {
    expect(lastQuestion(r).key).toBe('profile.ask-region');
    r = await a.send('Ohio');
  }
  expect(lastQuestion(r).key).toBe('profile.ask-plan');
  expect(lastQuestion(r).choices.map((c) => c.id)).toContain(plan);
  r = await a.send(choice(plan));
  expect(lastQuestion(r).key).toBe('profile.ask-age');
  r = await a.send('Year 8');
  expect(lastQuestion(r).key).toBe('profile.ask-pronouns');
  r = await a.send(choice(pronouns));
  expect(keys(r)).toContain(`profile.saved.${place}`);
  expect(lastQuestion(r).key).toMatch(/^situation\.(?:ask|confirm\.[a-z-]+)$/);
  return r;
}

/**
 * The parent's answer about the situation: "yes" where the school's words pointed to it (and
 * it was confirmed, not asked from the list), else their pick from the list.
 */
export async function situation(a: TestApp, r: Reply[], id: string): Promise<Reply[]> {
  const asked = lastQuestion(r).key;
  if (asked === `situation.confirm.${id}`) return a.send(choice('yes'));
  if (asked.startsWith('situation.confirm.')) r = await a.send(choice('pick'));
  expect(lastQuestion(r).key).toBe('situation.ask');
  return a.send(choice(id));
}

/** The name the parent signs with: asked once, before their first letter, then the letter comes. */
export async function signAs(a: TestApp, r: Reply[], name = 'Jo Bloggs'): Promise<Reply[]> {
  expect(BEFORE_LETTER).toContain(lastQuestion(r).key);
  return answerBeforeLetter((input) => a.send(input), r, { signOff: name });
}

export const letterOf = (r: Reply[]) => {
  const d = r.find((x) => x.type === 'document');
  if (!d || d.type !== 'document') throw new Error(`no letter in: ${keys(r).join(', ')}`);
  return d;
};
export const notes = (a: TestApp) => a.store.listNotes('parent-a');
