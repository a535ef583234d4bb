/**
 * The fifth walk: a mother whose first language is Polish typed "5" (a menu number, a question
 * late) at "What does Kuba need to be able to get into school?" and "i dont understand" at "What
 * do you think would ease…?". The wording check then read "What Jakub needs: 5." and "What I
 * think would help: I dont understand.", lines bound for the school. At every kind-of-no
 * question a number alone asks for words, and "I don't understand" gets a kinder, plainer ask;
 * neither is kept.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, NoteParams } from '../../../src/core/flow-kit.js';
import { FLOWS } from '../../support/flows.js';
import { HANDOVER, ofType, replay, spoken, text } from '../flow-paths.js';

const KIND_FLOWS = FLOWS.filter((f) => f.id.startsWith('no.'));

describe.each(KIND_FLOWS.map((f) => [f.id, f] as const))('%s', (_id, flow) => {
  const m = flow.machine;
  const first = replay(m, HANDOVER, []);
  const firstAsk = ofType<AskParams>(first.effects, 'ask').at(-1)?.key;

  it.each(['5', ' 2 ', '10'])('a number alone (%j) asks for words, and keeps nothing', (typed) => {
    const r = replay(m, HANDOVER, [text(typed)]);
    expect(r.final.value).toBe(first.final.value);
    expect(spoken(r.effects).slice(-2)).toEqual(['common.need-words', firstAsk]);
    expect(ofType<NoteParams>(r.effects, 'note')).toEqual([]);
  });

  it.each(['i dont understand', "I don't understand the question", 'what do you mean?', 'sorry I not understand'])('%j is asked again more plainly, and not kept', (typed) => {
    const r = replay(m, HANDOVER, [text(typed)]);
    expect(r.final.value).toBe(first.final.value);
    expect(spoken(r.effects).slice(-2)).toEqual(['common.not-understood', firstAsk]);
    expect(ofType<NoteParams>(r.effects, 'note')).toEqual([]);
    expect(flow.keys).toContain('common.not-understood');
  });
});
