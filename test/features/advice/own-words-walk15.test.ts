/**
 * Fifteenth walk, W15-1: what the parent says about their own case (a correction, news about the
 * family, a question to me) was taken as the school's words, and "what do I say next?" offered it
 * back as "the last thing the school said". Say-next's last statement reads only what was
 * confirmed as the school's; the parent's own talk at the menu is kept as theirs.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { cmd, question, sendLetterFor, type CaseApp } from '../case-file/support.js';

const app = caseAppsAfterEach();
const SCHOOL = 'We need more evidence before we change anything for Rosy.';

async function sayNextAfter(a: CaseApp, typed: string) {
  await a.send(typed);
  await a.send(cmd('restart'));
  return question(await a.send(cmd('say')));
}

describe('say-next offers back only what was confirmed as the school words', () => {
  for (const typed of [
    "oh and i got her name wrong earlier, she's Rosie with an ie",
    'We have moved to Wales since I last wrote, new address and everything',
    'Can you remind me how I print all of this for the meeting?',
  ]) {
    it(`after "${typed}" at the menu, the last thing the school said is still theirs`, async () => {
      const a = app();
      await sendLetterFor(a, 'Rosy', 'A later start at 10', SCHOOL);
      const q = await sayNextAfter(a, typed);
      expect(q.key).toMatch(/^say-next\.ask-recent/);
      expect(q.text).toContain('more evidence');
    });
  }

  it('with nothing confirmed, words left at the menu are never offered as theirs', async () => {
    const a = app();
    await a.send(cmd('resume'));
    const q = await sayNextAfter(a, "I'm so sorry, I mixed up the dates in what I told you before");
    expect(q.key).toBe('say-next.ask-statement');
  });
});
