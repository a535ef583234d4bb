/**
 * Twentieth walk, W20-1: the first message said "my daughter Mia is 12 and hasnt been in school
 * since october…", then "First, what shall I call your child?" asked from nothing. The name the
 * message gave is offered as a button (the parent may still type another); a message naming no
 * child, or a word after "my son" that is no name ("my son is", "my daughter really"), offers none.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, OpenCaseParams } from '../../../src/core/flow-kit.js';
import { triageFlow } from '../../../flows/advice/triage.flow.js';
import { choice, ofType, replay, text } from '../flow-paths.js';
import { childNamedIn } from '../../../flows/advice/child-named.js';

const m = triageFlow.machine;
const NAMING = 'my daughter Mia is 12 and hasnt been in school since october. i asked the school for a reduced timetable and the deputy head said they cant do that without evidence from camhs first';

describe('W20-1: the child named in the first message', () => {
  it('is offered at "what shall I call your child?", and tapping it opens their case', () => {
    const first = replay(m, { statement: NAMING }, []);
    const ask = ofType<AskParams>(first.effects, 'ask').find((a) => a.key === 'triage.ask-nickname');
    expect(ask?.choices).toEqual([{ id: 'named', key: 'triage.choice.named-child', vars: { name: 'Mia' } }]);
    expect(ask?.freeText).toBe(true);
    const r = replay(m, { statement: NAMING }, [choice('named')]);
    expect(ofType<OpenCaseParams>(r.effects, 'openCase')).toEqual([expect.objectContaining({ nickname: 'Mia' })]);
    expect(r.final.context).toMatchObject({ nickname: 'Mia' });
  });

  it('another name typed is still taken', () => {
    const r = replay(m, { statement: NAMING }, [text('Mimi')]);
    expect(r.final.context).toMatchObject({ nickname: 'Mimi' });
  });

  it.each([
    ['my son Jack has not been in since half term', 'Jack'],
    ['My daughter, Ava, is 9 and the school say she has to come in', 'Ava'],
    ['our boy Tomás refuses every morning', 'Tomás'],
    ['my son jack wont go in and the head said no to a later start', 'Jack'],
    ['my 14 year old daughter Priya has anxiety', 'Priya'],
    // review21 R11: a name that is also a month, a day or a common word, with "is/has…" after it.
    ['my son Will is 10 and refuses school', 'Will'],
    ['my daughter May has not been in since october', 'May'],
    ['my daughter June hasnt been in for a month', 'June'],
  ])('reads the name in "%s"', (statement, name) => {
    expect(childNamedIn(statement)).toBe(name);
  });

  it.each([
    'my son is 12 and the school said no to a reduced timetable',
    'my daughter really struggles in the mornings',
    'my son hasnt been in for weeks',
    'the head said no to a part-time timetable for my daughter',
    'they said no to a quiet room',
    'my son and I are exhausted',
    'my daughter Year 7 is struggling',
    // review21 R11: the same words with nothing after them, and a capitalised word that is no name.
    'my son will not go in at all',
    'My daughter May not go back after christmas',
    'My son Autism diagnosed last year',
    'My daughter Anxiety is through the roof',
  ])('offers no name for "%s"', (statement) => {
    expect(childNamedIn(statement)).toBeNull();
    const first = replay(m, { statement }, []);
    const ask = ofType<AskParams>(first.effects, 'ask').find((a) => a.key === 'triage.ask-nickname');
    expect(ask === undefined || (ask.choices ?? []).length === 0).toBe(true);
  });
});
