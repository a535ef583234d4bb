/**
 * The "kind of no" classifier: softmax regression over word, character and cue features,
 * trained from the labelled examples at start-up, temperature-scaled to calibrated probabilities.
 * Hyper-parameters and thresholds were chosen by 5-fold cross-validation (see docs/classifier.md).
 */
import type { Classifier, ClassifyResult, RankedCategory } from '../core/ports.js';
import { CATEGORIES } from '../core/types.js';
import {
  extractFeatures,
  FeatureSpace,
  vectorise,
  type CharRange,
  type FeatureWeights,
  type SparseVector,
} from './features.js';
import type { Example } from './load-examples.js';
import { schoolWords } from './school-words.js';
import type { TrainedWeights } from './weights-data.js';
import { logits, softmax, trainSoftmax, type SoftmaxModel, type TrainOptions } from './softmax-regression.js';

export interface ClassifierOptions {
  weights: FeatureWeights;
  chars: CharRange;
  /** Keep a word/char feature only if it occurs in at least this many training statements. */
  minCount: number;
  train: TrainOptions;
  /**
   * Softmax temperature, fitted by minimising the log-loss of out-of-fold predictions. Below 1
   * because L2 regularisation leaves the raw scores under-confident.
   */
  temperature: number;
  /**
   * Share of training steps that hide the cue features. Without it the model learns "no cue
   * fired → other" (nearly every specific example fires a cue), and new wording no cue
   * anticipated falls into `other`.
   */
  cueDropout: number;
  /**
   * Weight of the school's own words (quoted, or after "said", "told me", "the answer was"):
   * the statement is scored on (1 - w) × the whole text + w × those words. 0 turns it off.
   */
  schoolWords: number;
  /** isConfident: the top score must reach this... */
  minConfidence: number;
  /** ...and lead the runner-up by at least this much. */
  minMargin: number;
}

export const DEFAULT_OPTIONS: ClassifierOptions = {
  weights: { words: 1, chars: 1, cues: 1 },
  chars: { min: 4, max: 4 },
  minCount: 2,
  train: { epochs: 4, learningRate: 0.3, l2: 0.01, seed: 7 },
  cueDropout: 0.5,
  schoolWords: 0.5,
  temperature: 0.7,
  minConfidence: 0.85,
  minMargin: 0.3,
};

/** Overrides for tuning and tests; nested groups may be given in part. */
export type ClassifierOverrides = {
  [K in keyof ClassifierOptions]?: ClassifierOptions[K] extends object ? Partial<ClassifierOptions[K]> : ClassifierOptions[K];
};

export function resolveOptions(o: ClassifierOverrides = {}): ClassifierOptions {
  const d = DEFAULT_OPTIONS;
  return {
    ...d,
    ...o,
    weights: { ...d.weights, ...o.weights },
    chars: { ...d.chars, ...o.chars },
    train: { ...d.train, ...o.train },
  };
}

/** Score given to `other` when the text carries nothing we recognise (empty, emoji, another script). */
const FALLBACK_OTHER = 0.3;

export interface TrainedClassifier extends Classifier {
  readonly options: ClassifierOptions;
  /** Class scores before the tempered softmax, in CATEGORIES order; null when nothing is recognised. */
  logitsOf(text: string): Float64Array | null;
}

/** What training produces: the frozen feature space and the weights over it. */
export type ClassifierWeights = TrainedWeights;

/** The whole text's vector, blended with the school's words when the story quotes them. */
function withSchoolWords(whole: SparseVector, text: string, space: FeatureSpace, opts: ClassifierOptions): SparseVector {
  const w = opts.schoolWords;
  const span = w > 0 ? schoolWords(text) : null;
  if (span === null) return whole;
  const f = extractFeatures(span, opts.chars, space);
  if (!f.knownContent && f.cues.length === 0) return whole;
  return blend(whole, vectorise(f, space, opts.weights), w);
}

export function createClassifier(examples: readonly Example[], options: ClassifierOverrides = {}): TrainedClassifier {
  const opts = resolveOptions(options);
  return classifierFrom(trainClassifier(examples, opts), opts);
}

/** Trains on the examples (deterministic for the options' seed). */
export function trainClassifier(examples: readonly Example[], opts: ClassifierOptions): ClassifierWeights {
  if (examples.length === 0) throw new Error('createClassifier: no examples');
  const space = new FeatureSpace();
  const raw = examples.map((e) => extractFeatures(e.text, opts.chars, space));
  space.prune(raw, opts.minCount);
  const xs = raw.map((f, n) => withSchoolWords(vectorise(f, space, opts.weights), (examples[n] as Example).text, space, opts));
  const ys = examples.map((e) => CATEGORIES.indexOf(e.label));
  const perClass = CATEGORIES.map((c) => examples.filter((e) => e.label === c).length);
  // Balance the classes: `other`, the largest file, must not tilt the priors.
  const sampleWeights = ys.map((y) => examples.length / (CATEGORIES.length * Math.max(1, perClass[y] ?? 1)));
  // Groups are normalised separately, so "without cues" is just the vector minus its cue entries.
  const dropout = opts.cueDropout > 0 ? { p: opts.cueDropout, alt: xs.map((x) => without(x, space.cueIndices)) } : undefined;
  const model: SoftmaxModel = trainSoftmax(xs, ys, space.size, CATEGORIES.length, opts.train, sampleWeights, dropout);
  return { space, model };
}

/** The classifier over trained (or precomputed) weights. */
export function classifierFrom({ space, model }: ClassifierWeights, opts: ClassifierOptions): TrainedClassifier {
  function logitsOf(text: string): Float64Array | null {
    const f = extractFeatures(text, opts.chars, space);
    if (!f.knownContent && f.cues.length === 0) return null;
    return logits(model, withSchoolWords(vectorise(f, space, opts.weights), text, space, opts));
  }

  function classify(text: string): ClassifyResult {
    let z: Float64Array | null = null;
    try {
      z = typeof text === 'string' ? logitsOf(text) : null;
    } catch {
      z = null;
    }
    if (z === null) return fallback();
    const p = softmax(z, opts.temperature);
    const ranked: RankedCategory[] = CATEGORIES.map((category, i) => ({ category, score: p[i] ?? 0 }));
    return toResult(ranked);
  }

  function isConfident(result: ClassifyResult): boolean {
    const top = result.ranked[0]?.score ?? 0;
    const second = result.ranked[1]?.score ?? 0;
    return top >= opts.minConfidence && top - second >= opts.minMargin;
  }

  return { options: opts, classify, isConfident, logitsOf };
}

/** (1 - w) × a + w × b, for sparse vectors. */
function blend(a: SparseVector, b: SparseVector, w: number): SparseVector {
  const at = new Map<number, number>();
  a.idx.forEach((i, n) => at.set(i, (1 - w) * (a.val[n] as number)));
  b.idx.forEach((i, n) => at.set(i, (at.get(i) ?? 0) + w * (b.val[n] as number)));
  return { idx: [...at.keys()], val: [...at.values()] };
}

function without(x: SparseVector, drop: ReadonlySet<number>): SparseVector {
  const idx: number[] = [];
  const val: number[] = [];
  x.idx.forEach((i, n) => {
    if (drop.has(i)) return;
    idx.push(i);
    val.push(x.val[n] as number);
  });
  return { idx, val };
}

function toResult(ranked: RankedCategory[]): ClassifyResult {
  // Stable order on ties: CATEGORIES order, which puts `other` last.
  ranked.sort((a, b) => b.score - a.score || CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category));
  const top = ranked[0] as RankedCategory;
  return { category: top.category, confidence: top.score, ranked };
}

function fallback(): ClassifyResult {
  const rest = (1 - FALLBACK_OTHER) / (CATEGORIES.length - 1);
  const ranked = CATEGORIES.map(
    (category): RankedCategory => ({ category, score: category === 'other' ? FALLBACK_OTHER : rest }),
  );
  return toResult(ranked);
}
