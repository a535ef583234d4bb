import { initialTransition } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { AskParams, ClassifyParams, DraftParams, NoteParams } from '../../../src/core/flow-kit.js';
import { sayNextFlow, TONES } from '../../../flows/advice/say-next.flow.js';
import { CATEGORIES } from '../../../src/core/types.js';
import { choice, classified, ofType, replay, spoken, text } from '../flow-paths.js';
import { HELD_TOPICS } from '../../../flows/advice/triage-notes.js';

const m = sayNextFlow.machine;
const STATEMENT = "We don't have the staff for a key adult in the mornings.";

describe('say-next', () => {
  it('asks what the school said when it was not given', () => {
    const [snap, actions] = initialTransition(m, {});
    expect(snap.value).toBe('statement');
    expect(spoken(actions)).toEqual(['say-next.ask-statement']);

    const r = replay(m, {}, [text(STATEMENT)]);
    expect(r.final.value).toBe('classifying');
    expect(ofType<ClassifyParams>(r.effects, 'classify')).toEqual([{ text: STATEMENT }]);
  });

  it('classifies straight away when `/nextstep say <text>` carried the statement', () => {
    const [snap, actions] = initialTransition(m, { statement: STATEMENT });
    expect(snap.value).toBe('classifying');
    expect(actions.map((a) => a.type)).toEqual(['classify']);
  });

  it('when confident: names the kind, gives replies from collaborative to firm, questions and what to write down, and saves notes', () => {
    const r = replay(m, { statement: STATEMENT }, [classified('resources', true)]);
    expect(r.final.value).toBe('offer');
    expect(spoken(r.effects)).toEqual([
      'say-next.kind.resources',
      'say-next.replies-intro',
      ...TONES.map((t) => `say-next.replies.resources.${t}`),
      'say-next.questions.resources',
      'say-next.write-down.resources',
      'say-next.ask-draft',
    ]);
    expect(ofType<NoteParams>(r.effects, 'note')).toEqual([
      { kind: 'statement', topic: 'say-next.statement', text: STATEMENT, category: 'resources', refiles: HELD_TOPICS },
      { kind: 'advice', topic: 'say-next.advice', text: 'say-next.advice-note.resources', category: 'resources' },
    ]);
  });

  it('does not ask the kind of no again when the last thing noted was filed as one', () => {
    const recent = { text: STATEMENT, when: 'Thu 26 Nov', category: 'data' };
    const used = replay(m, { recent }, [choice('recent')]);
    expect(used.final.value).toBe('offer');
    expect(ofType<ClassifyParams>(used.effects, 'classify')).toEqual([]);
    expect(spoken(used.effects)).toContain('say-next.kind.data');
    expect(spoken(used.effects)).not.toContain('say-next.ask-which-kind');
    expect(ofType<NoteParams>(used.effects, 'note')).toEqual([{ kind: 'advice', topic: 'say-next.advice', text: 'say-next.advice-note.data', category: 'data' }]);
  });

  it('offers the parent\'s own account as theirs, with the school\'s words it quotes, never as "the last thing the school said"', () => {
    const story = 'I\'m a foster carer. We asked for a reduced timetable and the Designated Teacher said "We\'ve never done a reduced timetable for a looked-after child." The virtual school head is copied in.';
    const ask = ofType<AskParams>(initialTransition(m, { recent: { text: story, when: 'Sun 6 Dec' } })[1], 'ask')[0];
    expect(ask).toMatchObject({ key: 'say-next.ask-recent-told', vars: { said: "We've never done a reduced timetable for a looked-after child." } });
    const account = 'My son is 15. The assistant principal said they can\'t even consider it without a doctor\'s note first.';
    expect(ofType<AskParams>(initialTransition(m, { recent: { text: account, when: 'Thu 3 Dec' } })[1], 'ask')[0]).toMatchObject({ key: 'say-next.ask-recent-told', vars: { said: account } });
  });

  it('offers the last thing the school said first, and does not note it again when chosen', () => {
    const recent = { text: STATEMENT, when: 'Thu 26 Nov' };
    const [snap, actions] = initialTransition(m, { recent });
    expect(snap.value).toBe('recent');
    const ask = ofType<AskParams>(actions, 'ask')[0];
    expect(ask).toMatchObject({ key: 'say-next.ask-recent', vars: { said: STATEMENT, when: 'Thu 26 Nov' }, freeText: true });
    expect(ask?.choices?.map((c) => c.id)).toEqual(['recent', 'something-else']);

    const used = replay(m, { recent }, [choice('recent'), classified('resources', true)]);
    expect(used.final.value).toBe('offer');
    expect(ofType<ClassifyParams>(used.effects, 'classify')).toEqual([{ text: STATEMENT }]);
    expect(ofType<NoteParams>(used.effects, 'note')).toEqual([{ kind: 'advice', topic: 'say-next.advice', text: 'say-next.advice-note.resources', category: 'resources' }]);

    expect(replay(m, { recent }, [choice('something-else')]).final.value).toBe('statement');
    const typed = replay(m, { recent }, [text('They now say the unit is closed.'), classified('not_available', true)]);
    expect(ofType<ClassifyParams>(typed.effects, 'classify')).toEqual([{ text: 'They now say the unit is closed.' }]);
    expect(ofType<NoteParams>(typed.effects, 'note').map((n) => n.kind)).toEqual(['statement', 'advice']);
  });

  it('takes a bare number typed at the offer or the question as a missed button, asks again and classifies nothing', () => {
    const recent = { text: STATEMENT, when: 'Thu 26 Nov' };
    for (const [input, state, key] of [[{ recent }, 'recent', 'say-next.ask-recent'], [{}, 'statement', 'say-next.ask-statement']] as const) {
      const r = replay(m, input, [text('3')]);
      expect(r.final.value).toBe(state);
      expect(ofType<ClassifyParams>(r.effects, 'classify')).toEqual([]);
      expect(ofType<AskParams>(r.effects, 'ask').map((a) => a.key)).toEqual([key, key]);
    }
  });

  it('hands back, untouched, the conversation it was started over', () => {
    const resume = { flowId: 'no.data', flowVersion: 1, snapshot: { value: 'x', context: {} }, pending: null };
    const done = replay(m, { statement: STATEMENT, resume }, [classified('resources', true), choice('no')]);
    expect(done.final.status).toBe('done');
    expect(done.final.output).toEqual({ resume });
    expect(replay(m, { statement: STATEMENT }, [classified('resources', true), choice('no')]).final.output).toEqual({});
  });

  it('ignores a malformed "recent" input and asks as usual', () => {
    expect(initialTransition(m, { recent: { text: '  ', when: 'x' } })[0].value).toBe('statement');
    expect(initialTransition(m, { recent: 'nope' })[0].value).toBe('statement');
  });

  it('when unsure: offers the top two kinds, something else, and all of them', () => {
    const r = replay(m, { statement: STATEMENT }, [classified('precedent', false)]);
    expect(r.final.value).toBe('choose');
    const ask = ofType<AskParams>(r.effects, 'ask').at(-1);
    expect(ask?.key).toBe('say-next.ask-which-kind');
    expect(ask?.freeText).toBe(true); // a description typed there is read (test/features/advice/which-kind-typed.test.ts)
    expect(ask?.choices?.map((c) => c.id)).toEqual(['cat:precedent', 'cat:data', 'cat:other', 'cat:all', 'not-a-no', 'no-reason']);

    const all = replay(m, { statement: STATEMENT }, [classified('precedent', false), choice('cat:all')]);
    expect(all.final.value).toBe('chooseAll');
    // With the two ways out that are not a kind of no (W15-2, W15-12).
    expect(ofType<AskParams>(all.effects, 'ask').at(-1)?.choices).toHaveLength(CATEGORIES.length + 2);

    const picked = replay(m, { statement: STATEMENT }, [classified('precedent', false), choice('cat:all'), choice('cat:predetermination')]);
    expect(picked.final.value).toBe('offer');
    expect(spoken(picked.effects)).toContain('say-next.replies.predetermination.firm');
    expect(spoken(picked.effects)).not.toContain('say-next.kind.predetermination');
  });

  it('finishes without a letter when the parent says no', () => {
    const r = replay(m, {}, [text(STATEMENT), classified('data', true), choice('no')]);
    expect(r.done).toBe(true);
    expect(ofType<DraftParams>(r.effects, 'draft')).toEqual([]);
    expect(spoken(r.effects).at(-1)).toBe('say-next.no-letter');
  });
});
