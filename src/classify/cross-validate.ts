/**
 * Stratified k-fold cross-validation over the labelled examples, deterministic for a seed.
 * Reports macro-F1, top-2 accuracy, per-category precision/recall/F1 and the confusion matrix
 * (actual → predicted), and how often the classifier is confident and right when it is.
 */
import type { Classifier, ClassifyResult } from '../core/ports.js';
import { CATEGORIES, type Category } from '../core/types.js';
import { createClassifier, type ClassifierOverrides } from './create-classifier.js';
import type { Example } from './load-examples.js';
import { seededRandom, shuffleInPlace } from './softmax-regression.js';

export interface CategoryScore {
  category: Category;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export type Confusion = Record<Category, Record<Category, number>>;

export interface EvaluationReport {
  n: number;
  accuracy: number;
  macroF1: number;
  top2Accuracy: number;
  /** Share of statements the classifier is confident about (triage goes ahead without asking). */
  confidentShare: number;
  /** Accuracy on those confident statements (0 when there are none). */
  rightWhenConfident: number;
  perCategory: CategoryScore[];
  /** confusion[actual][predicted] */
  confusion: Confusion;
}

export interface CrossValidationReport extends EvaluationReport {
  folds: number;
  seed: number;
}

export interface Prediction {
  label: Category;
  result: ClassifyResult;
  /** The classifier's isConfident(result). */
  confident: boolean;
}

/** Assign each example a fold so every fold holds about the same share of each category. */
export function stratifiedFolds(examples: readonly Example[], folds: number, seed: number): number[] {
  const rand = seededRandom(seed);
  const fold = new Array<number>(examples.length).fill(0);
  let offset = 0;
  for (const c of CATEGORIES) {
    const idx = examples.flatMap((e, i) => (e.label === c ? [i] : []));
    shuffleInPlace(idx, rand);
    idx.forEach((i, n) => {
      fold[i] = (n + offset) % folds;
    });
    offset += idx.length;
  }
  return fold;
}

/** Out-of-fold predictions for every example. */
export function crossValidatePredictions(
  examples: readonly Example[],
  folds = 5,
  seed = 1,
  options: ClassifierOverrides = {},
): Prediction[] {
  if (!Number.isInteger(folds) || folds < 2) throw new Error('crossValidate: folds must be an integer ≥ 2');
  const fold = stratifiedFolds(examples, folds, seed);
  const out = new Array<Prediction | undefined>(examples.length);
  for (let f = 0; f < folds; f++) {
    const train = examples.filter((_, i) => fold[i] !== f);
    const clf = createClassifier(train, options);
    examples.forEach((e, i) => {
      if (fold[i] !== f) return;
      const result = clf.classify(e.text);
      out[i] = { label: e.label, result, confident: clf.isConfident(result) };
    });
  }
  return out.filter((p): p is Prediction => p !== undefined);
}

/** The classifier's predictions for labelled statements it was not trained on. */
export function predictAll(clf: Classifier, items: readonly { text: string; label: Category }[]): Prediction[] {
  return items.map((e) => {
    const result = clf.classify(e.text);
    return { label: e.label, result, confident: clf.isConfident(result) };
  });
}

export function evaluate(predictions: readonly Prediction[]): EvaluationReport {
  const confusion = Object.fromEntries(
    CATEGORIES.map((a) => [a, Object.fromEntries(CATEGORIES.map((p) => [p, 0]))]),
  ) as Confusion;
  let correct = 0;
  let top2 = 0;
  let confident = 0;
  let confidentRight = 0;
  for (const { label, result, confident: sure } of predictions) {
    confusion[label][result.category] += 1;
    if (result.category === label) correct++;
    if (sure) confident++;
    if (sure && result.category === label) confidentRight++;
    if (result.ranked.slice(0, 2).some((r) => r.category === label)) top2++;
  }
  const perCategory = CATEGORIES.map((category): CategoryScore => {
    const tp = confusion[category][category];
    const support = CATEGORIES.reduce((s, p) => s + confusion[category][p], 0);
    const predicted = CATEGORIES.reduce((s, a) => s + confusion[a][category], 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { category, precision, recall, f1, support };
  });
  const n = predictions.length;
  return {
    n,
    accuracy: n ? correct / n : 0,
    macroF1: perCategory.reduce((s, c) => s + c.f1, 0) / perCategory.length,
    top2Accuracy: n ? top2 / n : 0,
    confidentShare: n ? confident / n : 0,
    rightWhenConfident: confident ? confidentRight / confident : 0,
    perCategory,
    confusion,
  };
}

export function crossValidate(
  examples: readonly Example[],
  folds = 5,
  seed = 1,
  options: ClassifierOverrides = {},
): CrossValidationReport {
  return { ...evaluate(crossValidatePredictions(examples, folds, seed, options)), folds, seed };
}
