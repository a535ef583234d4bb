/**
 * Twenty-first walk, W21-7: at "What had you asked the school for?" (say-next's letter lines) a
 * parent typed "it was monday", and the letter's check read "My request was: It was Monday."
 * A day alone answers when, not what: said so, the line asked again, nothing kept. Words with
 * a day in them still answer ("a later start from monday"). By state ids, keys and effects.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, FlowEvent, NoteParams } from '../../../src/core/flow-kit.js';
import { sayNextFlow } from '../../../flows/advice/say-next.flow.js';
import { triageFlow } from '../../../flows/advice/triage.flow.js';
import { isOnlyADay } from '../../../flows/advice/parent-answers.js';
import { spoken } from '../flow-paths.js';
import { choice, classified, ofType, replay, text } from '../flow-paths.js';

const m = sayNextFlow.machine;
const recent = { text: "We don't have the staff for a key adult in the mornings.", when: 'Wed 20 Feb', saidOn: '2030-02-20' };
const start: FlowEvent[] = [choice('recent'), classified('resources', true), choice('yes'), choice('right')];
const asks = (effects: { type: string; params?: unknown }[]) => ofType<AskParams>(effects, 'ask').map((a) => a.key);

describe('W21-7: a day typed where a letter line asks what', () => {
  it('the line asks what was asked for', () => {
    const r = replay(m, { recent, nickname: 'Sam', signOff: 'Jo' }, start);
    expect(asks(r.effects).at(-1)).toBe('say-next.ask-request');
  });

  it.each(['it was monday', 'Monday', 'last tuesday', 'on the 3rd of March', '3 weeks ago', 'yesterday'])('%j: said so, asked again, nothing kept', (said) => {
    const r = replay(m, { recent, nickname: 'Sam', signOff: 'Jo' }, [...start, text(said)]);
    expect(spoken(r.effects)).toContain('common.day-not-answer');
    expect(asks(r.effects).at(-1)).toBe('say-next.ask-request');
    expect(ofType<NoteParams>(r.effects, 'note').filter((n) => n.text === said)).toEqual([]);
  });

  it('words with a day in them are the answer', () => {
    const r = replay(m, { recent, nickname: 'Sam', signOff: 'Jo' }, [...start, text('a later start from monday')]);
    expect(spoken(r.effects)).not.toContain('common.day-not-answer');
    expect(asks(r.effects).at(-1)).not.toBe('say-next.ask-request');
  });

  it.each(['it was monday', 'that was last friday', 'friday 15 jan', 'yesterday'])('%j is only a day', (said) => {
    expect(isOnlyADay(said)).toBe(true);
  });

  it.each(['a later start from monday', 'Monday mornings are the worst', 'June', 'Friday Jones'])('%j is not only a day', (said) => {
    expect(isOnlyADay(said)).toBe(false);
  });
});

describe('W21-7 at triage\'s "What did you ask the school for?"', () => {
  it.each(['it was monday', 'last tuesday'])('%j: said so, the request asked again, nothing kept', (said) => {
    const r = replay(triageFlow.machine, { children: [], nickname: '' }, [text('Sam'), text(said)]);
    expect(r.final.value).toBe('request');
    expect(spoken(r.effects)).toContain('common.day-not-answer');
    expect(ofType<NoteParams>(r.effects, 'note')).toEqual([]);
  });
});
