import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/classify/create-classifier.js';
import { loadExamples } from '../../src/classify/load-examples.js';
import { CATEGORIES, MAX_TEXT_CHARS } from '../../src/core/types.js';
import type { ClassifyResult } from '../../src/core/ports.js';

const classifier = createClassifier(loadExamples());

function expectWellFormed(r: ClassifyResult): void {
  expect(r.ranked.map((x) => x.category).sort()).toEqual([...CATEGORIES].sort());
  for (let i = 1; i < r.ranked.length; i++) expect(r.ranked[i - 1]!.score).toBeGreaterThanOrEqual(r.ranked[i]!.score);
  expect(r.ranked.reduce((s, x) => s + x.score, 0)).toBeCloseTo(1, 6);
  expect(r.category).toBe(r.ranked[0]!.category);
  expect(r.confidence).toBe(r.ranked[0]!.score);
  for (const x of r.ranked) expect(Number.isFinite(x.score)).toBe(true);
}

describe('classifier', () => {
  it('ranks all six categories, best first, scores summing to 1', () => {
    const r = classifier.classify("The SENCO said they don't have the staff for a 1:1.");
    expectWellFormed(r);
    expect(r.category).toBe('resources');
  });

  it.each([
    ['data', 'They want to monitor her attendance for another six weeks before deciding anything.'],
    ['resources', 'There is no money in the budget for a TA this year.'],
    ['precedent', "If we do it for him we'd have to do it for everyone."],
    ['not_available', "That programme isn't offered anywhere in our district."],
    ['predetermination', 'The IEP was already written before we arrived and they just wanted a signature.'],
    ['other', 'He just needs to come in, he is fine once he is here.'],
  ] as const)('recognises a plain %s statement', (label, text) => {
    const r = classifier.classify(text);
    expect(r.category).toBe(label);
    expect(classifier.isConfident(r)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['whitespace', '   \n\t  '],
    ['emoji only', '😡😭🙏🏽👩‍👦'],
    ['control characters', '\u0000\u0001\u0007\u001b[31m\u007f'],
    ['Chinese', '学校说他们没有足够的老师来帮助我的孩子'],
    ['keyboard mash', 'asdfgh qwerty zxcvb'],
    ['lone surrogates', '\ud800\udfff\ud83d'],
  ])('never throws and answers other, not confidently, for %s', (_name, text) => {
    const r = classifier.classify(text);
    expectWellFormed(r);
    expect(r.category).toBe('other');
    expect(r.confidence).toBeLessThan(0.5);
    expect(classifier.isConfident(r)).toBe(false);
  });

  it('copes with a 20,000-character statement and longer', () => {
    const long = 'We do not have the staff. '.repeat(Math.ceil(MAX_TEXT_CHARS / 26)).slice(0, MAX_TEXT_CHARS);
    expectWellFormed(classifier.classify(long));
    expect(classifier.classify(long).category).toBe('resources');
    expectWellFormed(classifier.classify('x'.repeat(MAX_TEXT_CHARS * 3)));
  });

  it('never throws on other languages or odd mixtures', () => {
    for (const t of ['La escuela dice que no hay dinero.', 'Die Schule sagt nein.', 'مدرسه گفت نه', 'no staff 没有 👎', '\u202e reversed', '<script>alert(1)</script>']) {
      expectWellFormed(classifier.classify(t));
    }
  });

  it('is not confident about a deliberately mixed statement', () => {
    const r = classifier.classify("We don't have the staff for that, and anyway it would set a precedent.");
    const top2 = r.ranked.slice(0, 2).map((x) => x.category).sort();
    expect(top2).toEqual(['precedent', 'resources']);
    expect(classifier.isConfident(r)).toBe(false);
  });

  it('accepts partial option overrides without losing the other defaults', () => {
    const quick = createClassifier(loadExamples(), { train: { epochs: 2 }, weights: { chars: 0 } });
    expect(quick.options.train.learningRate).toBe(classifier.options.train.learningRate);
    expectWellFormed(quick.classify('There is no budget for a TA.'));
  });

  it('is deterministic: the same examples give the same scores', () => {
    const again = createClassifier(loadExamples());
    const text = 'The panel had already decided before the meeting.';
    expect(again.classify(text)).toEqual(classifier.classify(text));
  });
});
