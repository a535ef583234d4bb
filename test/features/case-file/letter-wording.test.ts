/**
 * The chat's "draft me a letter from my notes" checks the lines in the parent's own words before
 * drafting, with the same states as the "kind of no" letters (flows/advice/letter-wording-states.ts):
 * by state ids and content keys, then through the engine (a reworded line is the topic's newest
 * answer and the letter reads it).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AskParams, NoteParams } from '../../../src/core/flow-kit.js';
import type { TurnInput } from '../../../src/core/types.js';
import { letterFlow } from '../../../flows/case-file/letter.flow.js';
import { LEFT_OUT } from '../../../flows/advice/letter-wording-states.js';
import type { PreviewLinesParams } from '../../../flows/case-file/case-file-effects.js';
import { choice, ofType, replay, text } from '../flow-paths.js';
import { appsPerTest, cmd, documents, keysOf, pick, question, tellTriage, type CaseApp } from './support.js';

const m = letterFlow.machine;
const drafted = (effects: readonly unknown[]) => effects.some((e) => (e as { type?: string }).type === 'draftFromNotes');
const lastAsk = (effects: Parameters<typeof ofType>[0]) => ofType<AskParams>(effects, 'ask').at(-1);

const ownWords = {
  'need-request': [
    { name: 'request', topic: 'triage.request', words: 'A later start and a quiet room' },
    { name: 'ideas', topic: 'not_available.adapt', words: 'the nurture group at lunch' },
  ],
};
const input = { nickname: 'Bean', kind: 'need-request', ownWords };

describe('the chat letter from the notes: the parent\'s own words checked first', () => {
  it('shows the own-words lines before drafting, with keep / change', () => {
    const r = replay(m, input, [], { atWordingCheck: 'stop' });
    expect(r.final.value).toBe('checkWording');
    expect(ofType<PreviewLinesParams>(r.effects, 'previewLines')).toEqual([{ template: 'need-request', vars: {}, fromNotes: true, show: ['request', 'ideas'] }]);
    expect(lastAsk(r.effects)).toMatchObject({ key: 'facts.check-wording' });
    expect(lastAsk(r.effects)?.choices?.map((c) => c.id)).toEqual(['ok', 'change']);
    expect(drafted(r.effects)).toBe(false);
    const ok = replay(m, input, [choice('ok')]);
    expect(ok.done).toBe(true);
    expect(drafted(ok.effects)).toBe(true);
  });

  it('a reworded line is noted as its topic\'s newest answer; an optional one can be left out', () => {
    const r = replay(m, input, [choice('change')], { atWordingCheck: 'stop' });
    expect(r.final.value).toBe('whichLine');
    expect(lastAsk(r.effects)).toMatchObject({ key: 'facts.ask-which-line' });
    expect(lastAsk(r.effects)?.choices?.map((c) => c.id)).toEqual(['line:request', 'line:ideas']);

    const request = replay(m, input, [choice('change'), choice('line:request')], { atWordingCheck: 'stop' });
    expect(request.final.value).toBe('reword');
    expect(lastAsk(request.effects)).toMatchObject({ key: 'facts.ask-reword', vars: { words: 'A later start and a quiet room.' } });
    // The request is not optional: no "Leave it out".
    expect(lastAsk(request.effects)?.choices?.map((c) => c.id)).toEqual(['keep']);

    const reworded = replay(m, input, [choice('change'), choice('line:request'), text('A 10am start and a quiet room to go to first')], { atWordingCheck: 'stop' });
    expect(reworded.final.value).toBe('checkWording');
    expect(ofType<NoteParams>(reworded.effects, 'note')).toContainEqual({ kind: 'answer', topic: 'triage.request', text: 'A 10am start and a quiet room to go to first' });
    expect(ofType<PreviewLinesParams>(reworded.effects, 'previewLines')).toHaveLength(2);

    const ideas = replay(m, input, [choice('change'), choice('line:ideas')], { atWordingCheck: 'stop' });
    expect(lastAsk(ideas.effects)?.choices?.map((c) => c.id)).toEqual(['keep', 'leave-out']);
    const left = replay(m, input, [choice('change'), choice('line:ideas'), choice('leave-out')], { atWordingCheck: 'stop' });
    expect(ofType<NoteParams>(left.effects, 'note')).toContainEqual({ kind: 'answer', topic: 'not_available.adapt', text: LEFT_OUT });
    // One line left: "Change a line" goes straight to it.
    const again = replay(m, input, [choice('change'), choice('line:ideas'), choice('leave-out'), choice('change')], { atWordingCheck: 'stop' });
    expect(again.final.value).toBe('reword');
    expect(lastAsk(again.effects)).toMatchObject({ key: 'facts.ask-reword', vars: { words: 'A later start and a quiet room.' } });
  });

  it('no check when the letter has no line in the parent\'s own words', () => {
    for (const given of [{ nickname: 'Bean', kind: 'need-request' }, { nickname: 'Bean', kind: 'restate-nos', ownWords }]) {
      const r = replay(m, given, [], { atWordingCheck: 'stop' });
      expect(r.done).toBe(true);
      expect(ofType(r.effects, 'previewLines')).toEqual([]);
      expect(drafted(r.effects)).toBe(true);
    }
  });

  it('a meeting recap: the answers typed here are checked too (a skipped one is not)', () => {
    const events = [text('Tuesday with the SENCO'), choice('skip'), text('A part-time timetable from Monday'), choice('skip'), choice('skip')];
    const r = replay(m, { nickname: 'Bean', kind: 'meeting-recap' }, events, { atWordingCheck: 'stop' });
    expect(r.final.value).toBe('checkWording');
    expect(ofType<PreviewLinesParams>(r.effects, 'previewLines').at(-1)?.show).toEqual(['meeting', 'agreed']);
  });
});

/** One turn as the parent, without the test app's automatic answers. */
function turn(a: CaseApp, input: TurnInput) {
  return a.engine.handleTurn({ id: randomUUID(), channel: 'console', user: 'parent-a', where: 'dm', input, receivedAt: a.clock.now() });
}

const app = appsPerTest();

describe('through the engine', () => {
  it('the letter drafted in chat reads the line as the parent reworded it, and the notes keep it as the newest answer', async () => {
    const a = app();
    await tellTriage(a, { nickname: 'Robin', request: 'A later start and a quiet room', statement: 'We need more attendance data first.', who: 'Mrs Okafor' });
    await a.send('They want six weeks of attendance records'); // which data
    await a.send('The form tutor will fill in a tracking sheet'); // how collected
    await a.send(pick('nothing-yet')); // meanwhile
    await a.send('by 14 March'); // by when
    await turn(a, cmd('letter'));
    const check = await turn(a, pick('kind:data-request'));
    expect(keysOf(check)).toContain('facts.wording-preview');
    expect(question(check).key).toBe('facts.check-wording');
    expect(documents(check)).toEqual([]);
    await turn(a, pick('change'));
    const reword = await turn(a, pick('line:missing_data'));
    expect(question(reword).key).toBe('facts.ask-reword');
    const again = await turn(a, { kind: 'text', text: 'Six weeks of attendance records, week by week' });
    expect(question(again).key).toBe('facts.check-wording');
    const preview = again.find((r) => r.key === 'facts.wording-preview');
    expect(preview?.type === 'text' ? preview.text : '').toContain('Six weeks of attendance records, week by week');
    const r = await turn(a, pick('ok'));
    const [doc] = documents(r);
    expect(doc?.body).toContain('Six weeks of attendance records, week by week');
    expect(doc?.body).not.toContain('They want six weeks of attendance records');
    const answers = a.store.listNotes('parent-a').filter((n) => n.topic === 'data.missing');
    expect(answers.at(-1)?.text).toBe('Six weeks of attendance records, week by week');
  });
});
