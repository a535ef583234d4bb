/**
 * W15-1 / W15-6 at the menu: the parent's own talk (a correction, family news, a question to me)
 * is kept in their words and never started as what the school said; a correction, wherever it
 * sits in the message, is offered as one. By state ids, keys and notes.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, NoteParams } from '../../../src/core/flow-kit.js';
import { homeMachine } from '../../../flows/advice/home.flow.js';
import { choice, ofType, replay, text } from '../flow-paths.js';

const asked = (effects: { type: string; params?: unknown }[]) => ofType<AskParams>(effects, 'ask').at(-1);

describe('the menu reads the parent\'s own talk', () => {
  it.each([
    ['Also, I just noticed I put the wrong date for the phone call. It was the 2nd, not the 12th.', 'correction'],
    ['sorry, his name is Callum not Calum', 'correction'],
    ["we're living with my mum in Leeds now", 'family'],
  ])('"%s" is kept as theirs and asked about, never started as the school\'s words', (typed, kind) => {
    const r = replay(homeMachine, {}, [text(typed)]);
    expect(r.final.value).toBe('ownTalk');
    expect(ofType<NoteParams>(r.effects, 'note')).toContainEqual(expect.objectContaining({ kind: 'parent_words', topic: 'home.own-words', text: typed }));
    const q = asked(r.effects);
    expect(q?.key).toBe(`home.own-talk.${kind}`);
    expect(q?.choices?.map((c) => c.id)).toContain('theirs');
  });

  it('a correction is offered as one: "Put it right" starts the correction', () => {
    const r = replay(homeMachine, {}, [text('sorry, his name is Callum not Calum'), choice('correct')]);
    expect(r.final.value).toBe('done');
    expect(r.final.output).toEqual({ next: 'cmd:correct' });
  });

  it('"It\'s what the school said" goes on to triage with the words, as before', () => {
    const typed = "we're living with my mum in Leeds now";
    const r = replay(homeMachine, {}, [text(typed), choice('theirs')]);
    expect(r.final.output).toEqual({ next: 'triage', input: { statement: typed } });
  });

  it('"Just keep it" is the menu again', () => {
    const r = replay(homeMachine, {}, [text("we're living with my mum in Leeds now"), choice('keep')]);
    expect(r.final.value).toBe('menu');
  });

  it("the school's words still go straight to triage", () => {
    const r = replay(homeMachine, {}, [text('Mrs Ahmed said they cannot do a later start because of the register.')]);
    expect(r.final.output).toEqual({ next: 'triage', input: { statement: 'Mrs Ahmed said they cannot do a later start because of the register.' } });
  });
});

describe('review19 R1: a question that carries the school\'s no', () => {
  it.each([
    'can you help, the school wont give my son a reduced timetable and hes been off for a month',
    'Do I have to accept this? No 1:1 because of funding',
  ])('"%s" goes to triage with the words, as before ownwords16', (typed) => {
    const r = replay(homeMachine, {}, [text(typed)]);
    expect(r.final.output).toEqual({ next: 'triage', input: { statement: typed } });
  });

  it('a plain question to me is kept and offered "It\'s about what the school said or did" first, which starts triage from its first question', () => {
    const typed = 'how do i change where we live on here';
    const r = replay(homeMachine, {}, [text(typed)]);
    expect(asked(r.effects)?.choices?.map((c) => c.id)).toEqual(['about', 'theirs', 'keep']);
    const on = replay(homeMachine, {}, [text(typed), choice('about')]);
    expect(on.final.output).toEqual({ next: 'triage' });
  });
});
