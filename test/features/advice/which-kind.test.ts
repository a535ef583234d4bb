/** "Which kind of no is it?": the two likeliest kinds by the classifier's ranking, then "Something else" (keys only; words in test/content). */
import { describe, expect, it } from 'vitest';
import type { AskParams, FlowEvent } from '../../../src/core/flow-kit.js';
import { sayNextFlow } from '../../../flows/advice/say-next.flow.js';
import { triageFlow } from '../../../flows/advice/triage.flow.js';
import type { Category } from '../../../src/core/types.js';
import { choice, ofType, replay, text } from '../flow-paths.js';

const AT = '2026-11-24T09:00:00.000Z';
function unsure(...order: Category[]): FlowEvent {
  const ranked = order.map((category, i) => ({ category, score: [0.45, 0.35, 0.1, 0.05, 0.03, 0.02][i] ?? 0 }));
  return { type: 'CLASSIFIED', result: { category: order[0] as Category, confidence: 0.45, ranked, confident: false }, at: AT, day: AT.slice(0, 10) };
}

function triageQuestion(order: Category[]): AskParams | undefined {
  const r = replay(triageFlow.machine, { children: [], nickname: '' }, [
    text('Sam'),
    text('A later start'),
    text('They said something about the rules and the staff.'),
    unsure(...order),
    choice('senco'),
    choice('today'),
  ]);
  expect(r.final.value).toBe('choose');
  return ofType<AskParams>(r.effects, 'ask').at(-1);
}

describe('which kind: the two likeliest kinds in plain words, then something else', () => {
  it('offers the top two by the ranking, then "Something else", then all of them', () => {
    const q = triageQuestion(['precedent', 'resources', 'not_available', 'data', 'predetermination', 'other']);
    expect(q?.key).toBe('triage.ask-which-kind');
    expect(q?.choices?.map((c) => c.key)).toEqual([
      'category.precedent.label',
      'category.resources.label',
      'category.other.label',
      'triage.choice.show-all',
    ]);
  });

  it('follows the ranking, not a fixed order', () => {
    const q = triageQuestion(['predetermination', 'data', 'resources', 'precedent', 'not_available', 'other']);
    expect(q?.choices?.map((c) => c.key).slice(0, 2)).toEqual(['category.predetermination.label', 'category.data.label']);
  });

  it('when "other" is the likeliest, offers the next two kinds and "Something else" (never twice)', () => {
    const q = triageQuestion(['other', 'not_available', 'precedent', 'data', 'resources', 'predetermination']);
    expect(q?.choices?.map((c) => c.key)).toEqual([
      'category.not_available.label',
      'category.precedent.label',
      'category.other.label',
      'triage.choice.show-all',
    ]);
  });

  it('say-next asks the same way', () => {
    const r = replay(sayNextFlow.machine, { statement: 'They said something about the rules and the staff.' }, [unsure('data', 'resources', 'precedent', 'not_available', 'predetermination', 'other')]);
    const q = ofType<AskParams>(r.effects, 'ask').at(-1);
    expect(q?.key).toBe('say-next.ask-which-kind');
    expect(q?.choices?.map((c) => c.key)).toEqual(['category.data.label', 'category.resources.label', 'category.other.label', 'say-next.choice.show-all', 'say-next.choice.not-a-no', 'say-next.choice.no-reason']);
  });
});
