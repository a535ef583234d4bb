/**
 * Words typed at "Which sounds closest?" instead of a tap (third walk, T-L5): the parent's own
 * description is kept as theirs and classified; a clear kind goes on as the school's words would
 * (triage confirms it, say-next takes it), else the same buttons again. Keys only; the words
 * are in test/content/third-walk-words.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, FlowEvent, NoteParams, SayParams } from '../../../src/core/flow-kit.js';
import { sayNextFlow } from '../../../flows/advice/say-next.flow.js';
import { triageFlow } from '../../../flows/advice/triage.flow.js';
import { choice, classified, ofType, replay, text } from '../flow-paths.js';

const SCHOOL = 'They said something about the rules and the staff.';
const TYPED = 'they didnt really give a reason just said it wasnt possible';
const TO_CHOOSE: FlowEvent[] = [text('Sam'), text('A later start'), text(SCHOOL), classified('precedent', false), choice('senco'), choice('today')];

function triage(events: FlowEvent[]) {
  return replay(triageFlow.machine, { children: [], nickname: '' }, [...TO_CHOOSE, ...events]);
}
function sayNext(events: FlowEvent[]) {
  return replay(sayNextFlow.machine, { statement: SCHOOL }, [classified('precedent', false), ...events]);
}
const said = (r: { effects: { type: string; params?: unknown }[] }) => ofType<SayParams>(r.effects, 'say').map((s) => s.key);
const asked = (r: { effects: { type: string; params?: unknown }[] }) => ofType<AskParams>(r.effects, 'ask');

describe('which kind: words typed instead of a tap', () => {
  it('triage: a description that points nowhere clearly is kept as the parent\'s words, and the same buttons are asked again', () => {
    const before = asked(triage([])).at(-1);
    const r = triage([text(TYPED), classified('resources', false)]);
    expect(r.final.value).toBe('choose');
    expect(said(r)).toContain('triage.which-kind.kept');
    const again = asked(r).at(-1);
    expect(again?.key).toBe('triage.ask-which-kind');
    expect(again?.choices).toEqual(before?.choices);
    // Classified as typed; kept in the parent's words, never as what the school said.
    expect(ofType<{ text: string }>(r.effects, 'classify').at(-1)?.text).toBe(TYPED);
    const notes = ofType<NoteParams>(r.effects, 'note');
    expect(notes.filter((n) => n.text === TYPED).map((n) => [n.kind, n.topic])).toEqual([['parent_words', 'triage.kind-words']]);
    // A tap then files the school's words (not the typed ones) as what they said.
    const done = triage([text(TYPED), classified('resources', false), choice('cat:other')]);
    expect(done.final.value).toBe('done');
    expect(ofType<NoteParams>(done.effects, 'note').find((n) => n.kind === 'statement')).toMatchObject({ text: SCHOOL, category: 'other' });
  });

  it('triage: a description that points clearly to one kind is confirmed, as a clear kind always is', () => {
    const r = triage([text('they say there isnt the staff for it'), classified('resources', true)]);
    expect(r.final.value).toBe('confirm');
    expect(asked(r).at(-1)?.key).toBe('triage.confirm.resources');
    const yes = triage([text('they say there isnt the staff for it'), classified('resources', true), choice('yes')]);
    expect(ofType<NoteParams>(yes.effects, 'note').find((n) => n.kind === 'statement')).toMatchObject({ text: SCHOOL, category: 'resources' });
    // "Not quite": the buttons again.
    const notQuite = triage([text('they say there isnt the staff for it'), classified('resources', true), choice('pick')]);
    expect(notQuite.final.value).toBe('choose');
  });

  it('triage: "not sure", "ok" or a stray number is asked again kindly, with nothing kept or classified', () => {
    for (const typed of ['not sure', 'no idea', 'ok', '7', '?']) {
      const base = triage([]);
      const r = triage([text(typed)]);
      expect(r.final.value, typed).toBe('choose');
      expect(said(r), typed).toContain('triage.which-kind.again');
      expect(asked(r).at(-1)?.key, typed).toBe('triage.ask-which-kind');
      expect(ofType(r.effects, 'classify').length, typed).toBe(ofType(base.effects, 'classify').length);
      expect(ofType(r.effects, 'note').length, typed).toBe(ofType(base.effects, 'note').length);
    }
  });

  it('triage: words typed at the list of all kinds are read the same way', () => {
    const r = triage([choice('cat:all'), text(TYPED), classified('resources', false)]);
    expect(r.final.value).toBe('chooseAll');
    expect(said(r)).toContain('triage.which-kind.kept');
    expect(asked(r).at(-1)?.key).toBe('triage.ask-which-kind-all');
    expect(triage([choice('cat:all'), text(TYPED), classified('data', true)]).final.value).toBe('confirm');
  });

  it('say-next: the same; a clear kind is said and its replies follow, as for the school\'s words', () => {
    const unclear = sayNext([text(TYPED), classified('resources', false)]);
    expect(unclear.final.value).toBe('choose');
    expect(said(unclear)).toContain('say-next.which-kind.kept');
    expect(ofType<NoteParams>(unclear.effects, 'note').find((n) => n.text === TYPED)).toMatchObject({ kind: 'parent_words', topic: 'say-next.kind-words' });
    const clear = sayNext([text('they say there isnt the staff for it'), classified('resources', true)]);
    expect(said(clear)).toContain('say-next.kind.resources');
    expect(said(clear)).toContain('say-next.replies.resources.collaborative');
    const unsure = sayNext([text('not sure')]);
    expect(unsure.final.value).toBe('choose');
    expect(said(unsure)).toContain('say-next.which-kind.again');
  });
});

describe('"Does that fit?": words typed instead of "yes" or "not quite"', () => {
  const TO_CONFIRM: FlowEvent[] = [text('Sam'), text('A later start'), text(SCHOOL), classified('precedent', true), choice('senco'), choice('today')];
  const atConfirm = (events: FlowEvent[]) => replay(triageFlow.machine, { children: [], nickname: '' }, [...TO_CONFIRM, ...events]);

  it('a description is kept as the parent\'s words and classified; unclear, the buttons come with what was kept', () => {
    expect(atConfirm([]).final.value).toBe('confirm');
    const r = atConfirm([text(TYPED), classified('resources', false)]);
    expect(r.final.value).toBe('choose');
    expect(said(r)).toContain('triage.which-kind.kept');
    expect(ofType<{ text: string }>(r.effects, 'classify').at(-1)?.text).toBe(TYPED);
    expect(ofType<NoteParams>(r.effects, 'note').filter((n) => n.text === TYPED).map((n) => [n.kind, n.topic])).toEqual([['parent_words', 'triage.kind-words']]);
  });

  it('a description that points clearly to another kind is confirmed as that kind; the school\'s words stay what is filed', () => {
    const r = atConfirm([text('they say there isnt the staff for it'), classified('resources', true)]);
    expect(r.final.value).toBe('confirm');
    expect(asked(r).at(-1)?.key).toBe('triage.confirm.resources');
    const yes = atConfirm([text('they say there isnt the staff for it'), classified('resources', true), choice('yes')]);
    expect(ofType<NoteParams>(yes.effects, 'note').find((n) => n.kind === 'statement')).toMatchObject({ text: SCHOOL, category: 'resources' });
  });

  it('"not sure" or a stray number there brings the buttons, with nothing kept or classified', () => {
    for (const typed of ['not sure', 'ok', '7', 'maybe, I am not sure', 'hmm no idea']) {
      const r = atConfirm([text(typed)]);
      expect(r.final.value, typed).toBe('choose');
      expect(ofType(r.effects, 'classify').length, typed).toBe(ofType(atConfirm([]).effects, 'classify').length);
    }
  });
});
