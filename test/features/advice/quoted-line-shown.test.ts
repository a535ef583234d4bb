/**
 * Thirteenth walk, W13-2 (the letter half): the decision-in-writing letter quoted, as the school's
 * answer at the meeting, a line the parent had typed about her son's day; the wording check had
 * not shown it. Every line of a letter that carries typed words, the school's quoted answer too,
 * is shown at the check, and can be put right or left out.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, DraftParams } from '../../../src/core/flow-kit.js';
import type { PreviewLinesParams } from '../../../flows/case-file/case-file-effects.js';
import { noDataFlow } from '../../../flows/advice/no-data.flow.js';
import { noPredeterminationFlow } from '../../../flows/advice/no-predetermination.flow.js';
import { choice, HANDOVER, ofType, replay, text } from '../flow-paths.js';

const stop = { atWordingCheck: 'stop' } as const;
const ANSWERS = [text('attendance patterns'), choice('not-said'), choice('nothing-yet'), text('Ms Lee by 14 March')];

describe('the school\'s quoted answer is shown at the wording check', () => {
  it('previews the quoted line with the parent\'s own', () => {
    const r = replay(noDataFlow.machine, HANDOVER, ANSWERS, stop);
    const [preview] = ofType<PreviewLinesParams>(r.effects, 'previewLines');
    expect(preview?.show).toContain('statement');
    expect(preview?.vars.statement).toContain('gather more data');
  });

  it('can be left out, and the letter then has no quote', () => {
    const r = replay(noDataFlow.machine, HANDOVER, [...ANSWERS, choice('change'), choice('line:statement'), choice('leave-out'), choice('ok')], stop);
    expect(r.done).toBe(true);
    expect(ofType<DraftParams>(r.effects, 'draft')[0]?.vars.statement ?? '').toBe('');
  });

  it('the decision-in-writing letter shows the line it quotes too', () => {
    const input = { ...HANDOVER, category: 'predetermination', statement: 'Jj went in at 10 came home at 12 after a meltdown in maths, bad morning', who: 'triage.who.meeting' };
    let r = replay(noPredeterminationFlow.machine, input, [], stop);
    for (let i = 0; i < 12 && r.final.value !== 'checkWording' && !r.done; i++) {
      const ask = ofType<AskParams>(r.effects, 'ask').at(-1);
      const next = ask?.choices?.[0]?.id;
      r = replay(noPredeterminationFlow.machine, input, [...r.events, next ? choice(next) : text('they had it all printed before I came')], stop);
    }
    const preview = ofType<PreviewLinesParams>(r.effects, 'previewLines').at(-1);
    const quoted = preview?.vars.statement ?? '';
    expect(quoted).toContain('meltdown');
    expect(preview?.show).toContain('statement');
  });
});

describe('in the letter after "what do I say next?"', () => {
  it('words the parent put in quotation marks, quoted in the letter, are shown before drafting', async () => {
    const { letterLines } = await import('../../../flows/advice/say-next-letter.js');
    const quoted = letterLines({ wordingLine: '', category: 'data', answerQuote: '"We need more data first"', answerWords: '' });
    expect(quoted.map((l) => l.name)).toContain('statement');
    expect(quoted.find((l) => l.name === 'statement')?.field).toBe('answerQuote');
    const account = letterLines({ wordingLine: '', category: 'data', answerQuote: '', answerWords: 'they want more data first' });
    expect(account.find((l) => l.name === 'statement')?.field).toBe('answerWords');
  });
});
