/**
 * Third walk, T-L2: "Who is collecting it, and by when?" after an answer that already said who
 * ("they expect me to get it"). Only the date is asked; the letter's fourth line carries who, in
 * the parent's words, and the wording check shows it. Keys only; words in test/content.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, DraftParams, FlowEvent, NoteParams } from '../../../src/core/flow-kit.js';
import type { PreviewLinesParams } from '../../../flows/case-file/case-file-effects.js';
import { noDataFlow } from '../../../flows/advice/no-data.flow.js';
import { choice, HANDOVER, ofType, replay, text } from '../flow-paths.js';

const m = noDataFlow.machine;
const run = (events: FlowEvent[]) => replay(m, HANDOVER, events);
const lastAsk = (events: FlowEvent[]) => ofType<AskParams>(run(events).effects, 'ask').at(-1);
const draftOf = (events: FlowEvent[]) => ofType<DraftParams>(run(events).effects, 'draft')[0];

describe('no.data: who is getting the data, said already', () => {
  it('asks only for the date when the answer about gathering it said who (the parent, or the school)', () => {
    for (const said of ['they expect me to get it', 'A note from the GP. I have to get it myself', 'me', 'the SENCO will observe him in class', "they're tracking his attendance"]) {
      const events = [text('a doctors note'), text(said), choice('nothing-yet')];
      expect(run(events).final.value, said).toBe('byWhen');
      expect(lastAsk(events)?.key, said).toBe('no-data.ask-by-date');
    }
    // Said in the answer about which data, the same.
    expect(lastAsk([text('a doctors note, they expect me to get it'), choice('not-said'), choice('nothing-yet')])?.key).toBe('no-data.ask-by-date');
  });

  it('asks who and when as before when no answer said who', () => {
    for (const said of ['home visits', 'they did not say', 'not sure']) {
      expect(lastAsk([text('attendance'), text(said), choice('nothing-yet')])?.key, said).toBe('no-data.ask-by-when');
    }
    expect(lastAsk([text('attendance'), choice('not-said'), choice('nothing-yet')])?.key).toBe('no-data.ask-by-when');
  });

  it('the letter keeps its four lines; the fourth carries who with the date, and the next step is due then', () => {
    const events = [text('a doctors note'), text('they expect me to get it'), choice('nothing-yet'), text('by 14 March')];
    const draft = draftOf(events);
    expect(draft?.vars).toMatchObject({
      missing_data: 'a doctors note',
      collection: 'they expect me to get it',
      meanwhile: 'no-data.letter.nothing-yet',
      by_when: 'they expect me to get it, by 14 March',
    });
    const notes = ofType<NoteParams>(run(events).effects, 'note');
    expect(notes.find((n) => n.topic === 'data.by-when')?.text).toBe('they expect me to get it, by 14 March');
    expect(notes.find((n) => n.kind === 'next_step')).toHaveProperty('due', '2030-03-14');
    // The wording check shows the fourth line as the letter will read it.
    const preview = ofType<PreviewLinesParams>(run(events).effects, 'previewLines')[0];
    expect(preview?.show).toContain('by_when');
    expect(preview?.vars['by_when']).toBe('they expect me to get it, by 14 March');
  });

  it('a date skipped or not said still leaves who on the fourth line', () => {
    for (const last of [choice('skip'), choice('not-said')]) {
      const draft = draftOf([text('a doctors note'), text('they expect me to get it'), choice('nothing-yet'), last]);
      expect(draft?.vars['by_when']).toBe('they expect me to get it');
    }
  });

  it('who and when typed as before fill the line as typed', () => {
    expect(draftOf([text('attendance'), text('home visits'), choice('nothing-yet'), text('Ms Lee by 14 March')])?.vars['by_when']).toBe('Ms Lee by 14 March');
  });
});
