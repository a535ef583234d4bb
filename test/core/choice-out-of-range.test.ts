/**
 * Thirteenth walk, W13-14: "7" typed at the six choices of "Who said it?" went on as if it were
 * the answer (a name "7"). A number with no choice of its own on a numbered list is asked again,
 * kindly; a number that is an answer (a scale, amounts, a count at a question with one or two
 * buttons) is still read as typed.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../support/case-app.js';
import { cmd, keysOf, pick, PROFILE_ANSWERS, question, type CaseApp } from '../features/case-file/support.js';

const app = caseAppsAfterEach();

async function atWho(a: CaseApp) {
  await a.send(cmd('resume'));
  await a.send(pick('new-no'));
  await a.send('Bean');
  await a.send('A later start');
  const r = await a.send('We need more data before we change anything');
  expect(question(r).key).toBe('triage.ask-who');
  return r;
}

describe('a number with no choice of its own', () => {
  it('"7" at six choices is asked again, not taken', async () => {
    const a = app();
    const before = await atWho(a);
    const count = question(before).choices.length;
    const r = await a.send(String(count + 1));
    expect(keysOf(r)).toContain('engine.choice-out-of-range');
    expect(question(r).key).toBe('triage.ask-who');
    // The right number then picks its choice.
    const next = await a.send('1');
    expect(question(next).key).not.toBe('triage.ask-who');
  });

  it('a number typed where one is an answer ("How old is your child?", one button) is still its answer', async () => {
    const a = app();
    await atWho(a);
    await a.send('Mr Hill');
    let r = await a.send(pick('today'));
    for (let i = 0; i < 6 && question(r).key !== 'profile.ask-age'; i++) {
      const q = question(r);
      r = await a.send(pick(PROFILE_ANSWERS[q.key] ?? q.choices[0]?.id ?? ''));
    }
    expect(question(r).key).toBe('profile.ask-age');
    r = await a.send('12');
    expect(keysOf(r)).not.toContain('engine.choice-out-of-range');
    expect(question(r).key).not.toBe('profile.ask-age');
  });

  it('a day of the month typed where the question invites a date ("When was this? Pick one, or type a date.") is read as a date (review11 2)', async () => {
    const a = app();
    await atWho(a);
    const at = await a.send('Mr Hill');
    expect(question(at).key).toBe('triage.ask-when');
    const r = await a.send('12');
    expect(keysOf(r)).not.toContain('engine.choice-out-of-range');
    expect(question(r).key).not.toBe('triage.ask-when');
  });
});
