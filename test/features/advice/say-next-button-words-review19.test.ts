/**
 * review19 R7 and R8: say-next's three next steps began "Next step:", which the notes' own label
 * already says ("Next step: Next step: ask the school in writing…"); and "Nothing from them yet"
 * as a button was answered "I've kept what you said in your own words" when nothing was typed to
 * keep. By keys and the words' first letters (the notes list adds the label).
 */
import { describe, expect, it } from 'vitest';
import type { NoteParams } from '../../../src/core/flow-kit.js';
import { shippedContent } from '../../../src/content/catalog.js';
import { sayNextMachine } from '../../../flows/advice/say-next.flow.js';
import { choice, classified, ofType, replay, text, type Effect } from '../flow-paths.js';

const keysSaid = (effects: Effect[]) => ofType<{ key: string }>(effects, 'say').map((s) => s.key);
const nextSteps = (effects: Effect[]) => ofType<NoteParams>(effects, 'note').filter((n) => n.kind === 'next_step');

describe('say-next\'s next steps and its buttons (review19 R7, R8)', () => {
  it('the next step noted never repeats the notes\' own label', () => {
    const content = shippedContent();
    for (const id of ['ask-in-writing', 'ask-reason', 'ask-when']) expect(content.render(`say-next.next-step.${id}`)).not.toMatch(/^next step/i);
  });

  it('"Nothing from them yet" tapped: nothing said kept; typed: said kept', () => {
    const tapped = replay(sayNextMachine, {}, [choice('nothing-yet')]);
    expect(keysSaid(tapped.effects)).toContain('say-next.nothing-yet.button');
    expect(nextSteps(tapped.effects)).toHaveLength(1);
    const typed = replay(sayNextMachine, {}, [text("we haven't actually asked them yet")]);
    expect(keysSaid(typed.effects)).toContain('say-next.nothing-yet');
  });

  it('"They said no but gave no reason" tapped after their words: the words are kept as the parent\'s, as the reply says', () => {
    const words = 'they said no to the part time timetable';
    const tapped = replay(sayNextMachine, { statement: words }, [classified('resources', false), choice('no-reason')]);
    expect(ofType<NoteParams>(tapped.effects, 'note')).toContainEqual(expect.objectContaining({ kind: 'parent_words', text: words }));
    expect(keysSaid(tapped.effects)).toContain('say-next.no-reason');
  });
});
