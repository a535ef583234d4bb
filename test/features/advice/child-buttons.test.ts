/** The shared "which child?" buttons (flows/advice/child-buttons.ts): ids, labels' vars, and the child a tap chose. */
import { describe, expect, it } from 'vitest';
import { childButtons, chosenChild } from '../../../flows/advice/child-buttons.js';
import { choice, text } from '../flow-paths.js';

describe('child buttons', () => {
  it('one per child, in order, each with its nickname', () => {
    expect(childButtons('which-child.choice.child', ['Rosie', 'Alfie'])).toEqual([
      { id: 'child:0', key: 'which-child.choice.child', vars: { nickname: 'Rosie' } },
      { id: 'child:1', key: 'which-child.choice.child', vars: { nickname: 'Alfie' } },
    ]);
  });

  it('a tap names its entry; anything else, or a button past the end, names none', () => {
    const listed = [{ nickname: 'Rosie' }, { nickname: 'Alfie' }];
    expect(chosenChild(listed, choice('child:1'))).toEqual({ nickname: 'Alfie' });
    expect(chosenChild(listed, choice('child:2'))).toBeUndefined();
    expect(chosenChild(listed, choice('skip'))).toBeUndefined();
    expect(chosenChild(listed, text('child:0 please'))).toBeUndefined();
  });
});
