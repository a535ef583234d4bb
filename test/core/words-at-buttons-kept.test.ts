/**
 * The one rule for a typed answer not read (typed21, src/core/added-words.ts), at a question that
 * takes only buttons: words that are no choice and no new message got "Pick one of the options"
 * and went nowhere. What they say is kept in the parent's words with the child's notes, said so,
 * before "pick one" and the question again; words that add nothing ("hmm", "which one?") are not
 * kept. Never at the safety check. By keys and the notes' rows, through the engine.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../support/case-app.js';
import { cmd, keysOf, pick, question, type CaseApp } from '../features/case-file/support.js';

const app = caseAppsAfterEach();

/** Mia's day, at "Did the quiet space help?" (Yes, No, Not sure: buttons only). */
async function atHelped(): Promise<CaseApp> {
  const a = app();
  await a.send(cmd('resume'));
  await a.send('log today');
  await a.send('Mia');
  await a.send(pick('absent'));
  await a.send('7');
  await a.send(pick('nothing'));
  const r = await a.send(pick('s:quiet-space'));
  expect(question(r).freeText).toBe(false);
  return a;
}
const words = (a: CaseApp) => a.store.listNotes('parent-a').filter((n) => n.kind === 'parent_words');

describe('words typed at a buttons-only question that are no choice', () => {
  it('are kept with the child, said so, then "pick one" and the question again', async () => {
    const a = await atHelped();
    const typed = 'her friend walked in with her';
    const r = await a.send(typed);
    expect(keysOf(r)).toEqual(expect.arrayContaining(['engine.words-kept-unread', 'engine.pick-one']));
    expect(question(r).key).toBe('daily-log.ask-helped.quiet-space');
    const mia = a.store.listCases('parent-a').find((c) => c.nickname === 'Mia')?.id;
    expect(words(a)).toEqual([expect.objectContaining({ text: typed, caseId: mia })]);
  });

  it.each(['hmm', 'which one?', 'not sure'])('words that add nothing are not kept: %s', async (typed) => {
    const a = await atHelped();
    const r = await a.send(typed);
    expect(keysOf(r)).not.toContain('engine.words-kept-unread');
    expect(words(a)).toEqual([]);
  });
});
