/**
 * The letter "What do I say next?" offers, by state ids and content keys: before drafting, what
 * is known (who said it, when) is confirmed, each line its kind's letter needs and the case lacks
 * is asked for (Skip leaves the blank), then the shared fact questions and the check of the
 * parent's own words; the letter is drafted from those facts. Its words: say-next-transcript.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, DraftParams, FlowEvent, NoteParams } from '../../../src/core/flow-kit.js';
import type { PreviewLinesParams } from '../../../flows/case-file/case-file-effects.js';
import { LEFT_OUT, SCHOOL_ANSWER_TOPIC } from '../../../flows/advice/letter-wording-states.js';
import { LETTER_FOR, sayNextFlow } from '../../../flows/advice/say-next.flow.js';
import { CATEGORIES, type Category } from '../../../src/core/types.js';
import { choice, classified, ofType, replay, spoken, text } from '../flow-paths.js';

const m = sayNextFlow.machine;
/** The school's words, naming nobody and no day. */
const STATEMENT = "We don't have the staff for a key adult in the mornings.";
/** Naming who said it and when (the replays answer on Friday 1 March 2030). */
const NAMED = 'Mrs Patel said yesterday that there is no budget for a key adult in the mornings.';

/** The lines each kind's letter needs, asked in this order when the case lacks them. */
const LINES: Record<Category, string[]> = {
  data: ['request'],
  resources: ['request', 'need'],
  precedent: ['request', 'need'],
  not_available: ['request', 'barrier', 'helps'],
  other: ['request', 'barrier', 'helps'],
  predetermination: ['request', 'decision', 'concerns'],
};

const asks = (effects: { type: string; params?: unknown }[]) => ofType<AskParams>(effects, 'ask').map((a) => a.key);
const draftOf = (effects: { type: string; params?: unknown }[]) => ofType<DraftParams>(effects, 'draft')[0];
const yes = (c: Category): FlowEvent[] => [classified(c, true), choice('yes')];

describe("say-next's letter, built from facts", () => {
  it('asks for each line its letter needs, then who it goes to, when, and the signature; checks the wording; drafts from the answers', () => {
    for (const c of CATEGORIES) {
      const lines = LINES[c].map((n) => text(`as I said, the ${n} here`));
      const r = replay(m, { statement: STATEMENT, nickname: 'Sam' }, [...yes(c), ...lines, text('it was mrs patel'), text('last tuesday'), text('Jo Bloggs')]);
      expect(r.done).toBe(true);
      expect(asks(r.effects)).toEqual([
        'say-next.ask-draft',
        ...LINES[c].map((n) => `say-next.ask-${n}`),
        'facts.ask-recipient',
        'facts.ask-said-on',
        'facts.ask-sign-off',
        'facts.check-wording',
      ]);
      expect(spoken(r.effects)).toContain('say-next.letter-facts');
      const draft = draftOf(r.effects);
      expect(draft?.template).toBe(LETTER_FOR[c]);
      // Names, real dates, the lines without the chat's fillers; the school's words as given (no one confirmed them: not quoted).
      expect(draft?.vars).toMatchObject({ date: '2030-03-01', who: 'Mrs Patel', said_on: '2030-02-26', nickname: 'Sam', your_name: 'Jo Bloggs', statement: STATEMENT });
      for (const n of LINES[c]) expect(draft?.vars[n]).toBe(`the ${n} here`);
      // Each answer noted under the topic the letters from the notes read.
      const topics = ofType<NoteParams>(r.effects, 'note').map((n) => n.topic);
      expect(topics).toEqual(expect.arrayContaining(['triage.request', 'facts.recipient', 'facts.said-on', 'facts.sign-off']));
      expect(spoken(r.effects).at(-1)).toBe('say-next.letter-intro');
    }
  });

  it('notes each kind\'s lines under that kind\'s own topics', () => {
    const r = replay(m, { statement: STATEMENT, nickname: 'Sam', signOff: 'Jo' }, [...yes('not_available'), text('a later start'), text('the noise in the hall'), text('a quiet way in')]);
    expect(ofType<NoteParams>(r.effects, 'note').filter((n) => n.kind === 'answer').map((n) => n.topic)).toEqual(['triage.request', 'not_available.barrier', 'not_available.helpful-parts']);
  });

  it('confirms who said it and when when the school\'s words name them, instead of asking', () => {
    const at = replay(m, { statement: NAMED, nickname: 'Sam', signOff: 'Jo' }, yes('resources'));
    expect(at.final.value).toBe('confirmKnown');
    const ask = ofType<AskParams>(at.effects, 'ask').at(-1);
    expect(ask).toMatchObject({ key: 'say-next.confirm-known.who-when', vars: { who: 'Mrs Patel', date: '28 February 2030' }, freeText: true });
    expect(ask?.choices?.map((c) => c.id)).toEqual(['right', 'wrong']);

    const right = replay(m, { statement: NAMED, nickname: 'Sam', signOff: 'Jo' }, [...yes('resources'), choice('right'), text('a later start'), text('a key adult at the gate')]);
    expect(right.done).toBe(true);
    expect(asks(right.effects)).not.toContain('facts.ask-recipient');
    expect(asks(right.effects)).not.toContain('facts.ask-said-on');
    expect(draftOf(right.effects)?.vars).toMatchObject({ who: 'Mrs Patel', said_on: '2030-02-28' });
    expect(ofType<NoteParams>(right.effects, 'note')).toContainEqual({ kind: 'answer', topic: 'facts.recipient', text: 'Mrs Patel' });

    // "No, let me fix it": the day first (W14-8), then the lines, then who it goes to.
    const wrong = replay(m, { statement: NAMED, nickname: 'Sam', signOff: 'Jo' }, [...yes('resources'), choice('wrong'), text('20 February'), text('a later start'), text('a key adult'), text('Mr Dunn')]);
    expect(asks(wrong.effects).slice(-5)).toEqual(['facts.ask-said-on', 'say-next.ask-request', 'say-next.ask-need', 'facts.ask-recipient', 'facts.check-wording']);
    expect(draftOf(wrong.effects)?.vars).toMatchObject({ who: 'Mr Dunn', said_on: '2030-02-20' });
  });

  it('a day confirmed with no name notes no recipient (no empty "who the letter goes to")', () => {
    const recent = { text: STATEMENT, when: 'Wed 20 Feb', saidOn: '2030-02-20' };
    const r = replay(m, { recent, nickname: 'Sam', signOff: 'Jo', known: { request: 'A later start.' } }, [choice('recent'), classified('data', true), choice('yes'), choice('right')]);
    expect(ofType<AskParams>(r.effects, 'ask').find((a) => a.key.endsWith('confirm-known.when'))?.vars).toMatchObject({ who: '' });
    expect(ofType<NoteParams>(r.effects, 'note').filter((n) => n.topic === 'facts.recipient')).toEqual([]);
  });

  it('confirms only what it knows: a name without a day asks for the day', () => {
    const r = replay(m, { statement: 'Mrs Patel said there is no budget for a key adult in the mornings.', nickname: 'Sam', signOff: 'Jo' }, yes('data'));
    expect(ofType<AskParams>(r.effects, 'ask').at(-1)).toMatchObject({ key: 'say-next.confirm-known.who', vars: { who: 'Mrs Patel' } });
    const on = replay(m, { statement: 'Mrs Patel said there is no budget for a key adult in the mornings.', nickname: 'Sam', signOff: 'Jo' }, [...yes('data'), choice('right'), text('a later start')]);
    expect(asks(on.effects).at(-1)).toBe('facts.ask-said-on');
  });

  it('takes who said it and when from the statement it offered from the notes, and confirms them', () => {
    const recent = { text: STATEMENT, when: 'Wed 20 Feb', who: 'Mr Dunn', saidOn: '2030-02-20' };
    const r = replay(m, { recent, nickname: 'Sam', signOff: 'Jo', known: { request: 'A later start.' } }, [choice('recent'), classified('data', true), choice('yes')]);
    expect(r.final.value).toBe('confirmKnown');
    expect(ofType<AskParams>(r.effects, 'ask').at(-1)?.vars).toEqual({ who: 'Mr Dunn', date: '20 February 2030' });
    // Nothing else is missing: the confirmation is the only question before the wording check.
    expect(spoken(r.effects)).not.toContain('say-next.letter-facts');
    const done = replay(m, { recent, nickname: 'Sam', signOff: 'Jo', known: { request: 'A later start.' } }, [choice('recent'), classified('data', true), choice('yes'), choice('right')]);
    expect(done.done).toBe(true);
    expect(draftOf(done.effects)?.vars).toMatchObject({ who: 'Mr Dunn', said_on: '2030-02-20', request: 'A later start.' });
  });

  it('never asks again for what the case holds: those lines are shown in the wording check instead', () => {
    const known = { request: 'A later start and a quiet room.', need: 'A key adult at the gate every morning.' };
    const r = replay(m, { statement: STATEMENT, nickname: 'Sam', signOff: 'Jo', known }, [...yes('resources'), text('Mrs Patel'), text('yesterday')], { atWordingCheck: 'stop' });
    expect(r.final.value).toBe('checkWording');
    expect(asks(r.effects).filter((k) => k.startsWith('say-next.ask-') && k !== 'say-next.ask-draft')).toEqual([]);
    expect(ofType<PreviewLinesParams>(r.effects, 'previewLines')[0]?.show).toEqual(['request', 'statement', 'need']);
  });

  it("notes each line under its kind's own topic, so a letter drafted later from the notes reads the same", () => {
    const TOPICS: Record<Category, string[]> = {
      data: ['triage.request'],
      resources: ['triage.request', 'resources.need'],
      precedent: ['triage.request', 'precedent.need'],
      not_available: ['triage.request', 'not_available.barrier', 'not_available.helpful-parts'],
      other: ['triage.request', 'other.barrier', 'other.one-thing'],
      predetermination: ['triage.request', 'predetermination.decision', 'predetermination.views-considered'],
    };
    for (const c of CATEGORIES) {
      const lines = LINES[c].map((n) => text(`the ${n}, in a few words`));
      const r = replay(m, { statement: STATEMENT, nickname: 'Sam', signOff: 'Jo' }, [...yes(c), ...lines, text('Mrs Patel'), text('yesterday')]);
      const topics = ofType<NoteParams>(r.effects, 'note').map((n) => n.topic);
      for (const t of TOPICS[c]) expect(topics, c).toContain(t);
    }
  });

  it('leaves a blank only where the parent skipped', () => {
    const r = replay(m, { statement: STATEMENT, nickname: 'Sam', signOff: 'Jo' }, [...yes('resources'), text('a later start'), choice('skip'), text('Mrs Patel'), text('yesterday')]);
    expect(r.done).toBe(true);
    expect(draftOf(r.effects)?.vars).toMatchObject({ request: 'a later start', need: '', who: 'Mrs Patel' });
    expect(ofType<NoteParams>(r.effects, 'note').map((n) => n.topic)).not.toContain('resources.need');
  });

  it('asks for a few words when a line is answered with a bare "ok"', () => {
    const r = replay(m, { statement: STATEMENT, nickname: 'Sam' }, [...yes('data'), text('ok')]);
    expect(r.final.value).toBe('askRequest');
    expect(spoken(r.effects).slice(-2)).toEqual(['common.need-words', 'say-next.ask-request']);
  });

  it('with no child open, asks the name the letter uses (skipped: the questions say "your child")', () => {
    const named = replay(m, { statement: STATEMENT, signOff: 'Jo' }, [...yes('precedent'), text('isabel barker'), text('a later start')]);
    expect(asks(named.effects).slice(1)).toEqual(['say-next.ask-child', 'say-next.ask-request', 'say-next.ask-need']);
    expect(ofType<AskParams>(named.effects, 'ask').at(-1)?.vars).toEqual({ nickname: 'Isabel Barker' });
    const skipped = replay(m, { statement: STATEMENT, signOff: 'Jo' }, [...yes('precedent'), choice('skip'), text('a later start')]);
    expect(asks(skipped.effects).at(-1)).toBe('say-next.ask-need.unnamed');
  });

  it('quotes only what the parent put in quotation marks; a few words stand as the kind of no', () => {
    const quoted = replay(m, { statement: 'Mrs Patel emailed: "We cannot offer a part-time timetable." Typical.', nickname: 'Sam', signOff: 'Jo' }, [...yes('precedent'), choice('right'), text('x'), choice('skip'), text('yesterday')]);
    expect(draftOf(quoted.effects)?.vars.statement).toBe('"We cannot offer a part-time timetable."');
    const few = replay(m, { statement: 'no cos no staff', nickname: 'Sam', signOff: 'Jo' }, [...yes('resources'), choice('skip'), choice('skip'), choice('skip'), choice('skip')]);
    expect(draftOf(few.effects)?.vars.statement).toBe('case-file.letter.answer-resources');
  });

  it("lets the parent keep, reword or leave out their account of the school's answer", () => {
    const account = 'Ms Alvarez said there is no budget for an aide this year.';
    // Ms Alvarez is confirmed as who said it; the day is asked.
    const before = [...yes('resources'), choice('right'), text('an aide'), text('someone to walk her in'), text('yesterday'), choice('change'), choice('line:statement')];
    const r = replay(m, { statement: account, nickname: 'Sam', signOff: 'Jo' }, before, { atWordingCheck: 'stop' });
    expect(ofType<AskParams>(r.effects, 'ask').at(-1)?.choices?.map((c) => c.id)).toEqual(['keep', 'leave-out']);
    const out = replay(m, { statement: account, nickname: 'Sam', signOff: 'Jo' }, [...before, choice('leave-out'), choice('ok')]);
    expect(out.done).toBe(true);
    expect(ofType<NoteParams>(out.effects, 'note')).toContainEqual({ kind: 'answer', topic: SCHOOL_ANSWER_TOPIC, text: LEFT_OUT });
    expect(draftOf(out.effects)?.vars.statement).toBe('');
  });
});
