/**
 * Fifth walk, W-L9: "they said the waiting list is months so nobody is gathering it" was
 * followed by "Do you know who is collecting it, and by when?". Nobody gathering it is the answer:
 * the question is not asked, and the letter's fourth line says so; "nobody" typed at the question
 * is the same line. Keys only; words in test/content/walk5-left-words.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, DraftParams, FlowEvent, NoteParams } from '../../../src/core/flow-kit.js';
import { noDataFlow } from '../../../flows/advice/no-data.flow.js';
import { collectorForLetter } from '../../../flows/advice/school-words.js';
import { choice, HANDOVER, ofType, replay, text } from '../flow-paths.js';

const m = noDataFlow.machine;
const run = (events: FlowEvent[]) => replay(m, HANDOVER, events);
const asked = (events: FlowEvent[]) => ofType<AskParams>(run(events).effects, 'ask').map((a) => a.key);
const draftOf = (events: FlowEvent[]) => ofType<DraftParams>(run(events).effects, 'draft')[0];
const NOBODY = 'no-data.letter.nobody-collects';

describe('no.data: nobody is gathering the data', () => {
  it('reads "nobody", "no one", "not anyone" as who is gathering it, and nothing else as that', () => {
    const read = collectorForLetter('no-data');
    for (const said of [
      'they said the waiting list is months so nobody is gathering it',
      'No one is collecting anything',
      "there isn't anyone doing it",
      'nobody',
      'no one yet',
      'Not anyone.',
      'nobody at the moment',
    ]) {
      expect(read(said), said).toBe(NOBODY);
    }
    for (const said of ['nobody said', 'nobody told me who is doing it', 'they expect me to get it', 'the SENCO will observe him', 'nobody likes waiting', 'home visits']) {
      expect(read(said), said).not.toBe(NOBODY);
    }
  });

  it('said in the answer about gathering it: who and when is not asked, and the line says nobody is gathering it', () => {
    const events = [text('attendance figures'), text('they said the waiting list is months so nobody is gathering it'), choice('nothing-yet')];
    const keys = asked(events);
    expect(keys).not.toContain('no-data.ask-by-when');
    expect(keys).not.toContain('no-data.ask-by-date');
    expect(run(events).final.value).not.toBe('byWhen');
    expect(draftOf(events)?.vars['by_when']).toBe(NOBODY);
    expect(ofType<NoteParams>(run(events).effects, 'note').find((n) => n.topic === 'data.by-when')?.text).toBe(NOBODY);
  });

  it('typed at the question ("no one"), the line says nobody is gathering it; the notes keep the words typed', () => {
    const events = [text('attendance figures'), text('home visits'), choice('nothing-yet'), text('no one')];
    expect(asked(events)).toContain('no-data.ask-by-when');
    expect(draftOf(events)?.vars['by_when']).toBe(NOBODY);
    expect(ofType<NoteParams>(run(events).effects, 'note').find((n) => n.topic === 'data.by-when')?.text).toBe('no one');
  });
});
