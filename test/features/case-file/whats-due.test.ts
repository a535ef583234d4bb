/**
 * The fifth walk: "what is due?" typed at the menu, three weeks into a case with a follow-up
 * waiting, met "You can pick an option, or paste what the school said…". The notes show each
 * open follow-up on its due date: asking what's due (or coming up) shows them.
 */
import { describe, expect, it } from 'vitest';
import { cleanupsAfterEach } from '../../support/cleanups.js';
import { cmd, keysOf, makeCaseApp } from './support.js';

const cleanups = cleanupsAfterEach();

describe('"what is due?"', () => {
  // Since the ninth walk, what is coming up rather than the whole notes (whats-due-short.test.ts).
  it.each(['what is due?', "what's due", 'whats due', 'anything due?', 'what is coming up?', 'when is my follow up?', 'when is the follow-up due'])('%j says what is due', async (typed) => {
    const a = makeCaseApp();
    cleanups.add(() => a.close());
    await a.send(cmd('resume'));
    expect(keysOf(await a.send(typed))).toContain('notes.due.nothing');
  });

  it('"what is the school\'s duty?" is not a notes request', async () => {
    const a = makeCaseApp();
    cleanups.add(() => a.close());
    await a.send(cmd('resume'));
    expect(keysOf(await a.send("what is the school's duty?"))).not.toContain('notes.due.nothing');
  });
});
