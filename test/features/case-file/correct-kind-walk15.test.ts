/**
 * Fifteenth walk, W15-7 (part): "I put it under the wrong kind of no" had no way through: a
 * statement's kind of no can now be put right in the correct flow, read back, changed only on
 * "yes", with a dated note of what changed. By state ids, effects and notes.
 */
import { describe, expect, it } from 'vitest';
import { correctMachine } from '../../../flows/case-file/correct.flow.js';
import { choice, ofType, replay } from '../flow-paths.js';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { cmd, pick, question, sendLetterFor } from './support.js';

const STATEMENT = { id: 7, who: 'Mrs Hughes', saidOn: '2027-02-01', whoWords: 'Mrs Hughes', dateWords: '1 February 2027', words: 'We are short of staff…', category: 'data' };
const INPUT = { statements: [STATEMENT], whoWords: {}, kindWords: { data: 'They need more information first', resources: 'Not enough staff or money' } };

describe('putting right the kind of no', () => {
  it('"The kind of no" is among what was wrong; a kind picked is read back, then changed on yes', () => {
    const r = replay(correctMachine, INPUT, [choice('yes'), choice('kind'), choice('cat:resources'), choice('yes')]);
    expect(r.final.value).toBe('done');
    expect(ofType(r.effects, 'correctStatement')).toEqual([{ noteId: 7, field: 'category', value: 'resources' }]);
  });

  it('nothing changes on "no"', () => {
    const r = replay(correctMachine, INPUT, [choice('yes'), choice('kind'), choice('cat:resources'), choice('no')]);
    expect(ofType(r.effects, 'correctStatement')).toEqual([]);
  });
});

const app = caseAppsAfterEach();

describe('through the app', () => {
  it('the statement is re-filed and a dated correction note says from what to what', async () => {
    const a = app();
    await sendLetterFor(a, 'Rosy');
    expect(question(await a.send(cmd('correct'))).key).toBe('case-file.correct.one');
    await a.send(pick('yes'));
    expect(question(await a.send(pick('kind'))).key).toBe('case-file.correct.ask-kind');
    await a.send(pick('cat:resources'));
    await a.send(pick('yes'));
    const notes = a.store.listNotes('parent-a');
    expect(notes.find((n) => n.kind === 'statement')?.category).toBe('resources');
    expect(notes.at(-1)).toMatchObject({ kind: 'correction', topic: 'case-file.correct.category' });
  });
});
