/**
 * review19 R4: "wrong date" with no statement yet (a family that has only logged days) asked
 * "What should I call Bo?", and any four words ("what do you mean", "a reduced timetable") were
 * taken as the child's new name, one tap from renaming the child everywhere. With the date named
 * and nothing of the school's to correct, the parent is told so and how to log a day again; a new
 * name is read as naming a child is. By state ids, keys and effects.
 */
import { describe, expect, it } from 'vitest';
import { correctMachine } from '../../../flows/case-file/correct.flow.js';
import { ofType, replay, text } from '../flow-paths.js';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { keysOf, pick } from './support.js';

const app = caseAppsAfterEach();

describe('nothing of the school\'s to correct (review19 R4)', () => {
  it('"wrong date" after only a logged day says there is no date of theirs to correct, and how to log the day again', async () => {
    const a = app();
    for (const m of ['log today', 'Bo', pick('full'), '3', '8', '8', pick('skip')]) await a.send(m as never);
    const r = await a.send('wrong date');
    expect(keysOf(r)).not.toContain('case-file.correct.ask-name');
    expect(keysOf(r)).toContain('case-file.correct.nothing-date');
  });

  it('in the flow: the date named and no statement is done, never the name', () => {
    const r = replay(correctMachine, { statements: [], child: 'Bo', named: 'said_on' }, []);
    expect(r.final.value).toBe('done');
  });

  it.each(['what do you mean', 'a reduced timetable', 'why?', 'huh', 'the wrong date'])('"%s" at "What should I call Bo?" is not a name', (typed) => {
    const r = replay(correctMachine, { statements: [], child: 'Bo' }, [text(typed)]);
    expect(r.final.value).toBe('askName');
    expect(ofType(r.effects, 'renameChild')).toEqual([]);
  });

  it.each(['Bobby', 'Little Bear', 'Mary-Jane', 'JJ'])('"%s" is one', (typed) => {
    expect(replay(correctMachine, { statements: [], child: 'Bo' }, [text(typed)]).final.value).toBe('confirm');
  });
});
