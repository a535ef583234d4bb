/**
 * "I've sent it" in the parent's own words (the eleventh walk, W11-7), after "Keep this draft"
 * (whose menu has no "I've sent it" button): recorded as sent, with the day they said it went
 * ("sent it yesterday"). Words that only mention sending are not the parent sending a letter:
 * "she sent it home with him", or a pasted school email with "sent" in it.
 */
import { describe, expect, it } from 'vitest';
import { cleanupsAfterEach } from '../../support/cleanups.js';
import { cmd, keysOf, makeCaseApp, pick, tellTriage, type CaseApp } from './support.js';

const cleanups = cleanupsAfterEach();
async function kept(): Promise<CaseApp> {
  const a = makeCaseApp();
  cleanups.add(() => a.close());
  await tellTriage(a, { nickname: 'Osian', request: 'A later start at 10', statement: 'We need more data before we change anything for Osian.', who: 'Mrs Watkins' });
  for (let i = 0; i < 4; i++) await a.send(pick('not-said'));
  expect(keysOf(await a.send(cmd('keep')))).toEqual(['case-file.keep.kept', 'home.menu']);
  return a;
}
const sentOn = (a: CaseApp) => a.store.requests.listFollowups('parent-a').map((f) => f.sentOn);

describe('"I\'ve sent it", as parents say it', () => {
  it.each([
    ['I have sent it now', 0],
    ['ive sent it', 0],
    ['just sent it', 0],
    ['Just sent it!', 0],
    ["I've just emailed it to her", 0],
    ['I emailed it to her this morning', 0],
    ['we posted it today', 0],
    ['ok I sent the letter to Mrs Watkins', 0],
    ['sent it yesterday', 1],
    ['I sent it yesterday afternoon', 1],
    ['I sent it last night', 1],
    ['emailed it to the school yesterday', 1],
  ])('%j is recorded as sent, %i day(s) back', async (typed, back) => {
    const a = await kept();
    const today = a.clock.now().toISOString().slice(0, 10);
    expect(keysOf(await a.send(typed))[0]).toBe('case-file.sent.recorded');
    const expected = new Date(Date.parse(`${today}T12:00:00Z`) - back * 86_400_000).toISOString().slice(0, 10);
    expect(sentOn(a)).toEqual([expected]);
  });

  it.each([
    'she sent it home with him',
    'They sent it back saying no',
    'Dear Mrs Jones,\nI have sent it to the pastoral team and they will look at it.\nKind regards,\nMr Hill',
    'the school sent it yesterday',
  ])('%j is not the parent sending a letter', async (typed) => {
    const a = await kept();
    expect(keysOf(await a.send(typed))).not.toContain('case-file.sent.recorded');
    expect(sentOn(a)).toEqual([]);
  });
});
