import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { crossValidate, stratifiedFolds, type CrossValidationReport } from '../../src/classify/cross-validate.js';
import { loadExamples } from '../../src/classify/load-examples.js';
import { CATEGORIES } from '../../src/core/types.js';
import { keptResult } from '../support/kept-answers.js';

const examples = loadExamples();

const score = z.object({ category: z.enum(CATEGORIES), precision: z.number(), recall: z.number(), f1: z.number(), support: z.number() });
const reportSchema = z.object({
  n: z.number(),
  accuracy: z.number(),
  macroF1: z.number(),
  top2Accuracy: z.number(),
  confidentShare: z.number(),
  rightWhenConfident: z.number(),
  perCategory: z.array(score),
  confusion: z.record(z.enum(CATEGORIES), z.record(z.enum(CATEGORIES), z.number())),
  folds: z.number(),
  seed: z.number(),
}) satisfies z.ZodType<CrossValidationReport>;

describe('crossValidate', () => {
  // Five trainings: kept for the next run of the same code and examples (test/support/kept-answers.ts).
  const report = keptResult('classifier-cross-validation', ['classify/cross-validate.test.ts'], JSON.stringify(examples), reportSchema, () => crossValidate(examples, 5, 1));

  it('meets macro-F1 ≥ 0.80 and top-2 ≥ 0.92 on 5-fold stratified CV', () => {
    expect(report.macroF1).toBeGreaterThanOrEqual(0.8);
    expect(report.top2Accuracy).toBeGreaterThanOrEqual(0.92);
  });

  it('reports every category and a confusion matrix that accounts for every example', () => {
    expect(report.perCategory.map((c) => c.category)).toEqual([...CATEGORIES]);
    let total = 0;
    for (const a of CATEGORIES) for (const p of CATEGORIES) total += report.confusion[a][p];
    expect(total).toBe(examples.length);
    for (const c of report.perCategory) {
      expect(c.f1).toBeGreaterThanOrEqual(0);
      expect(c.f1).toBeLessThanOrEqual(1);
    }
  });

  it('is deterministic for a seed', () => {
    const some = examples.filter((_, i) => i % 4 === 0);
    expect(crossValidate(some, 5, 1)).toEqual(crossValidate(some, 5, 1));
  });

  it('stratifies: each fold holds a near-equal share of every category', () => {
    const folds = stratifiedFolds(examples, 5, 3);
    for (const c of CATEGORIES) {
      const sizes = [0, 1, 2, 3, 4].map((f) => examples.filter((e, i) => e.label === c && folds[i] === f).length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });
});
