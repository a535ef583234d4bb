/**
 * A parent with one child, Rosie, at "Shall I add it to the daily log?" (buttons only), and the
 * words the new-message and typed-choice tests type there: a day told, a school email, an account.
 */
import { expect } from 'vitest';
import { cmd, question, tellTriage, type CaseApp } from '../features/case-file/support.js';

export const TOLD = 'she went in at 10 and came home at 12 after a meltdown in maths';
export const EMAIL = 'Mrs Fenwick just emailed again: "We are unable to provide a quiet room at lunchtime as the space is needed for other pupils."';
export const ACCOUNT = 'and another thing, she has not slept properly all week and cries every night about the corridors and the noise';

/** `app()` a fresh case app; returned at the told-day offer. */
export async function atToldOffer(app: () => CaseApp): Promise<CaseApp> {
  const a = app();
  await tellTriage(a, { nickname: 'Rosie', request: 'A later start at 10', statement: 'We need more evidence before we change anything for Rosie.', who: 'Mr Hill' });
  await a.send(cmd('restart'));
  expect(question(await a.send(TOLD)).key).toBe('daily-log.ask-told.named');
  return a;
}

/** The parent's notes holding `words`. */
export const notesWith = (a: CaseApp, words: string) => a.store.listNotes('parent-a').filter((n) => n.text.includes(words));
