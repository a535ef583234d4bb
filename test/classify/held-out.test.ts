import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/classify/create-classifier.js';
import { evaluate, predictAll } from '../../src/classify/cross-validate.js';
import { loadExamples } from '../../src/classify/load-examples.js';
import { CATEGORIES } from '../../src/core/types.js';
import { HELD_OUT } from './held-out.js';

const examples = loadExamples();
const classifier = createClassifier(examples);

describe('held-out statements (not in content/classifier)', () => {
  it('has 240 statements', () => expect(HELD_OUT).toHaveLength(240));

  it('has at least 12 statements per category, none of them in the training examples', () => {
    for (const c of CATEGORIES) expect(HELD_OUT.filter((h) => h.label === c).length, c).toBeGreaterThanOrEqual(12);
    const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
    const training = new Set(examples.map((e) => norm(e.text)));
    expect(HELD_OUT.filter((h) => training.has(norm(h.text))).map((h) => h.text)).toEqual([]);
  });

  it('reaches macro-F1 ≥ 0.80 and top-2 accuracy ≥ 0.92', () => {
    const report = evaluate(predictAll(classifier, HELD_OUT));
    expect(report.macroF1).toBeGreaterThanOrEqual(0.8);
    expect(report.top2Accuracy).toBeGreaterThanOrEqual(0.92);
    expect(report.rightWhenConfident).toBeGreaterThanOrEqual(0.9);
  });
});
