/**
 * The check of the parent's own words before a letter (flows/advice/letter-wording-states.ts),
 * by state ids and content keys: the lines in their words are previewed, one tap drafts the
 * letter, and a line can be reworded (noted as that question's newest answer) or left out
 * where the letter can do without it. Words are checked in the twelve situations' transcripts.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, DraftParams, NoteParams } from '../../../src/core/flow-kit.js';
import type { PreviewLinesParams } from '../../../flows/case-file/case-file-effects.js';
import { noDataFlow } from '../../../flows/advice/no-data.flow.js';
import { noPrecedentFlow } from '../../../flows/advice/no-precedent.flow.js';
import { choice, HANDOVER, ofType, replay, text } from '../flow-paths.js';

const stop = { atWordingCheck: 'stop' } as const;
const m = noDataFlow.machine;
/** Which data (typed), how (button), meanwhile (button), by when (typed). */
const ANSWERS = [text('attendance patterns innit'), choice('not-said'), choice('nothing-yet'), text('Ms Lee by 14 March lol')];

describe('the check of the parent\'s own words', () => {
  it('previews the lines in their words (the request and the typed answers), then asks; one tap drafts the letter as it is', () => {
    const r = replay(m, HANDOVER, ANSWERS, stop);
    expect(r.final.value).toBe('checkWording');
    const [preview] = ofType<PreviewLinesParams>(r.effects, 'previewLines');
    expect(preview?.template).toBe('data-request');
    // The school's quoted answer is shown too, after the parent's own lines (W13-2).
    expect(preview?.show).toEqual(['request', 'missing_data', 'by_when', 'statement']);
    const ask = ofType<AskParams>(r.effects, 'ask').at(-1);
    expect(ask?.key).toBe('facts.check-wording');
    expect(ask?.choices?.map((c) => c.id)).toEqual(['ok', 'change']);
    expect(ofType<DraftParams>(r.effects, 'draft')).toEqual([]);

    const ok = replay(m, HANDOVER, [...ANSWERS, choice('ok')], stop);
    expect(ok.done).toBe(true);
    expect(ofType<DraftParams>(ok.effects, 'draft')[0]?.vars).toMatchObject({ missing_data: 'attendance patterns innit', by_when: 'Ms Lee by 14 March lol' });
  });

  it('a line picked and retyped is noted as that question\'s newest answer and checked again before the letter', () => {
    const events = [...ANSWERS, choice('change')];
    let r = replay(m, HANDOVER, events, stop);
    expect(r.final.value).toBe('whichLine');
    const which = ofType<AskParams>(r.effects, 'ask').at(-1);
    expect(which?.key).toBe('facts.ask-which-line');
    expect(which?.choices?.map((c) => c.id)).toEqual(['line:request', 'line:missing_data', 'line:by_when', 'line:statement']);
    expect(which?.choices?.[2]).toMatchObject({ key: 'facts.choice.line', vars: { words: 'Ms Lee by 14 March lol.' } });

    r = replay(m, HANDOVER, [...events, choice('line:by_when')], stop);
    const reword = ofType<AskParams>(r.effects, 'ask').at(-1);
    expect(reword).toMatchObject({ key: 'facts.ask-reword', vars: { words: 'Ms Lee by 14 March lol.' }, freeText: true });
    // The letter leaves this line out when it is empty, so leaving it out is offered.
    expect(reword?.choices?.map((c) => c.id)).toEqual(['keep', 'leave-out']);

    r = replay(m, HANDOVER, [...events, choice('line:by_when'), text('Ms Lee, by 14 March.')], stop);
    expect(r.final.value).toBe('checkWording');
    expect(ofType<NoteParams>(r.effects, 'note').at(-1)).toEqual({ kind: 'answer', topic: 'data.by-when', text: 'Ms Lee, by 14 March.' });
    expect(ofType<PreviewLinesParams>(r.effects, 'previewLines').at(-1)?.vars.by_when).toBe('Ms Lee, by 14 March.');

    r = replay(m, HANDOVER, [...events, choice('line:by_when'), text('Ms Lee, by 14 March.'), choice('ok')], stop);
    expect(r.done).toBe(true);
    expect(ofType<DraftParams>(r.effects, 'draft')[0]?.vars.by_when).toBe('Ms Lee, by 14 March.');
  });

  it('a line left out is noted as left out and drafted empty; the request can be reworded but not left out', () => {
    const out = replay(m, HANDOVER, [...ANSWERS, choice('change'), choice('line:missing_data'), choice('leave-out'), choice('ok')], stop);
    expect(out.done).toBe(true);
    expect(ofType<NoteParams>(out.effects, 'note')).toContainEqual({ kind: 'answer', topic: 'data.missing', text: 'facts.choice.leave-out' });
    expect(ofType<DraftParams>(out.effects, 'draft')[0]?.vars.missing_data).toBe('');

    const r = replay(m, HANDOVER, [...ANSWERS, choice('change'), choice('line:request')], stop);
    expect(ofType<AskParams>(r.effects, 'ask').at(-1)?.choices?.map((c) => c.id)).toEqual(['keep']);
    const kept = replay(m, HANDOVER, [...ANSWERS, choice('change'), choice('line:request'), choice('keep'), choice('ok')], stop);
    expect(ofType<DraftParams>(kept.effects, 'draft')[0]?.vars.request).toBe(HANDOVER.request);
    expect(ofType<NoteParams>(kept.effects, 'note').map((n) => n.topic)).not.toContain('triage.request');
  });

  it('with one line in their words, "change" goes straight to it; with none, the letter comes without the check', () => {
    // No request, and no words of the school's to quote (a quote is shown too: W13-2).
    const noRequest = { ...HANDOVER, request: '', statement: '' };
    const one = replay(noPrecedentFlow.machine, noRequest, [text('a quiet start, full days are too much'), choice('skip'), choice('skip'), choice('change')], stop);
    expect(one.final.value).toBe('reword');
    expect(ofType<AskParams>(one.effects, 'ask').at(-1)?.vars).toEqual({ words: 'A quiet start, full days are too much.' });

    const none = replay(m, noRequest, [choice('not-said'), choice('skip'), choice('nothing-yet'), choice('skip')], stop);
    expect(none.done).toBe(true);
    expect(ofType<AskParams>(none.effects, 'ask').map((a) => a.key)).not.toContain('facts.check-wording');
  });
  it('a number typed where the line\'s new words go is not taken as the words: the line is asked for again', () => {
    // The request's line offers "1. Keep it as it is" only; "2" (leave out, on other lines) is no choice here.
    const events = [...ANSWERS, choice('change'), choice('line:request'), text('2')];
    const r = replay(m, HANDOVER, events, stop);
    expect(r.final.value).toBe('reword');
    const says = ofType<{ key: string }>(r.effects, 'say').map((s) => s.key);
    expect(says.at(-1)).toBe('facts.reword-needs-words');
    expect(ofType<AskParams>(r.effects, 'ask').at(-1)?.key).toBe('facts.ask-reword');
    expect(ofType<NoteParams>(r.effects, 'note').map((n) => n.text)).not.toContain('2');
    const ok = replay(m, HANDOVER, [...events, choice('keep'), choice('ok')], stop);
    expect(ofType<DraftParams>(ok.effects, 'draft')[0]?.vars.request).toBe(HANDOVER.request);
  });
});
