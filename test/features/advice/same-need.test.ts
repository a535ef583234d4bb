/**
 * Fifth walk, W-L5: a second no of the same kind, four days after the first, asked the child's
 * need again. The need the parent gave last time (within six weeks, this child's) is offered
 * first, "Same as before: …?"; "yes" keeps it for this letter and these notes, "change it" asks as
 * before. Keys and state ids only; words in test/content/walk5-left-words.test.ts.
 */
import { initialTransition } from 'xstate';
import { afterEach, describe, expect, it } from 'vitest';
import type { AskParams, DraftParams, FlowEvent, FlowInput, NoteParams } from '../../../src/core/flow-kit.js';
import { noResourcesFlow } from '../../../flows/advice/no-resources.flow.js';
import { noPrecedentFlow } from '../../../flows/advice/no-precedent.flow.js';
import { earlierAnswers } from '../../../src/features/advice/earlier-answers.js';
import { choice, HANDOVER, ofType, replay, spoken, text } from '../flow-paths.js';
import { makeTestApp, type TestApp } from '../../support/builders.js';

const BEFORE = 'a key adult to meet him at the door';
const AGAIN: FlowInput = { ...HANDOVER, earlierAnswers: { 'resources.need': BEFORE } };
const m = noResourcesFlow.machine;
const run = (events: FlowEvent[], input = AGAIN) => replay(m, input, events);
const REST = [text('a TA for the first hour'), text('The SENCO asks the panel, next meets 20 March')];

describe('the need, asked again within a few weeks', () => {
  it('offers the need given last time first, after the introduction', () => {
    const [snap, actions] = initialTransition(m, AGAIN);
    expect(snap.value).toBe('needSame');
    expect(spoken(actions)).toEqual(['no-resources.intro', 'common.same-as-before']);
    const ask = ofType<AskParams>(actions as never, 'ask')[0];
    expect(ask?.vars?.['answer']).toBe(BEFORE);
    expect(ask?.choices?.map((c) => c.id)).toEqual(['same', 'change']);
  });

  it('"yes, the same" keeps it for the letter and the notes, and goes on', () => {
    const events = [choice('same'), ...REST];
    expect(run([choice('same')]).final.value).toBe('options');
    const r = run(events);
    expect(ofType<DraftParams>(r.effects, 'draft')[0]?.vars['need']).toBe(BEFORE);
    expect(ofType<NoteParams>(r.effects, 'note').find((n) => n.topic === 'resources.need')?.text).toBe(BEFORE);
  });

  it('"change it" asks the need as before; typed there, the new words are the need', () => {
    expect(run([choice('change')]).final.value).toBe('need');
    expect(ofType<AskParams>(run([choice('change')]).effects, 'ask').at(-1)?.key).toBe('no-resources.ask-need');
    const r = run([choice('change'), text('a later start, 10am'), ...REST]);
    expect(ofType<DraftParams>(r.effects, 'draft')[0]?.vars['need']).toBe('a later start, 10am');
    const typed = run([text('a later start now, 10am'), ...REST]);
    expect(ofType<DraftParams>(typed.effects, 'draft')[0]?.vars['need']).toBe('a later start now, 10am');
  });

  it('with nothing given before, the need is asked as it always was; another kind keeps its own', () => {
    expect(initialTransition(m, HANDOVER)[0].value).toBe('need');
    expect(initialTransition(noPrecedentFlow.machine, AGAIN)[0].value).toBe('need');
    expect(initialTransition(noPrecedentFlow.machine, { ...HANDOVER, earlierAnswers: { 'precedent.need': BEFORE } })[0].value).toBe('needSame');
  });
});

describe('earlierAnswers: what the notes hold to offer again', () => {
  let app: TestApp;
  afterEach(() => app?.cleanup());

  it("this child's last typed answer on the topic, from the last six weeks; buttons and older answers are not offered", () => {
    app = makeTestApp();
    const s = app.store;
    s.ensureUser('p', '2030-01-01T09:00:00.000Z');
    const one = s.openCase('p', 'Osian', '2030-01-01T09:00:00.000Z').id;
    const two = s.openCase('p', 'Cerys', '2030-01-01T09:00:00.000Z').id;
    s.addNote({ userId: 'p', caseId: one, kind: 'answer', topic: 'resources.need', text: 'an old need', at: '2030-01-02T09:00:00.000Z', day: '2030-01-02' });
    s.addNote({ userId: 'p', caseId: two, kind: 'answer', topic: 'resources.need', text: "Cerys's need", at: '2030-03-02T09:00:00.000Z', day: '2030-03-02' });
    const now = new Date('2030-03-05T09:00:00.000Z');
    expect(earlierAnswers(s, 'p', one, now)).toEqual({});
    s.addNote({ userId: 'p', caseId: one, kind: 'answer', topic: 'resources.need', text: BEFORE, at: '2030-03-01T09:00:00.000Z', day: '2030-03-01' });
    s.addNote({ userId: 'p', caseId: one, kind: 'answer', topic: 'precedent.need', text: 'no-precedent.choice.not-sure', at: '2030-03-01T10:00:00.000Z', day: '2030-03-01' });
    expect(earlierAnswers(s, 'p', one, now)).toEqual({ 'resources.need': BEFORE });
    expect(earlierAnswers(s, 'p', one, new Date('2030-04-20T09:00:00.000Z'))).toEqual({});
  });
});
