/**
 * The lead's walk: "correct the date", then "Is this the one?" yes, was asked "What was wrong with
 * it? The date / Who said it": the parent had just said. Named in the words ("correct the date",
 * "wrong name", "/nextstep correct who"), it is not asked again; "correct" at the menu asks as before.
 */
import { describe, expect, it } from 'vitest';
import { cleanupsAfterEach } from '../../support/cleanups.js';
import { cmd, makeCaseApp, pick, question, tellTriage } from './support.js';

const cleanups = cleanupsAfterEach();

async function oneStatement() {
  const a = makeCaseApp();
  cleanups.add(() => a.close());
  await tellTriage(a, { nickname: 'Theo', request: 'A quiet room', statement: 'We do not have a spare room or anyone to supervise it.', who: 'Mr Hughes' });
  await a.send(cmd('restart'));
  return a;
}

describe('correcting what the parent already named', () => {
  it.each([
    ['correct the date', 'case-file.correct.ask-date'],
    ['wrong date', 'case-file.correct.ask-date'],
    ['fix the person', 'case-file.correct.ask-who'],
  ])('%j: straight to %s after "yes, that one"', async (typed, asked) => {
    const a = await oneStatement();
    expect(question(await a.send(typed)).key).toBe('case-file.correct.one');
    expect(question(await a.send(pick('yes'))).key).toBe(asked);
  });

  // "the name is wrong" with Theo's name and Mr Hughes's: which name is asked first (return17, correct-which-name.test.ts).
  it('"the name is wrong": which name, then, for Mr Hughes\'s, straight to who said it after "yes, that one"', async () => {
    const a = await oneStatement();
    expect(question(await a.send('the name is wrong')).key).toBe('case-file.correct.which-name');
    expect(question(await a.send(pick('staff-name'))).key).toBe('case-file.correct.one');
    expect(question(await a.send(pick('yes'))).key).toBe('case-file.correct.ask-who');
  });

  it('"/nextstep correct date" the same; "/nextstep correct" alone asks what was wrong', async () => {
    const a = await oneStatement();
    await a.send(cmd('correct', 'date'));
    expect(question(await a.send(pick('yes'))).key).toBe('case-file.correct.ask-date');
    await a.send(cmd('restart'));
    await a.send(cmd('correct'));
    expect(question(await a.send(pick('yes'))).key).toBe('case-file.correct.what');
  });
});
