/**
 * The "kind of no" classifier: softmax regression over word, character and cue features,
 * trained from the labelled examples at start-up, temperature-scaled to calibrated probabilities.
 * Hyper-parameters and thresholds were chosen by 5-fold cross-validation (see docs/classifier.md).
 */
import type { Classifier, ClassifyResult, RankedCategory } from '../core/ports.js';
import { CATEGORIES } from '../core/types.js';
import { buildVocabulary, extractFeatures, vectorise, type CharRange, type FeatureWeights, type RawFeatures } from './features.js';
import type { Example } from './load-examples.js';
import { logits, softmax, trainSoftmax, type SoftmaxModel, type TrainOptions } from './softmax-regression.js';

export interface ClassifierOptions {
  weights: FeatureWeights;
  chars: CharRange;
  /** Keep a word/char feature only if it occurs in at least this many training statements. */
  minCount: number;
  train: TrainOptions;
  /** Softmax temperature (> 1 softens over-confident scores); fitted on out-of-fold predictions. */
  temperature: number;
  /** isConfident: the top score must reach this... */
  minConfidence: number;
  /** ...and lead the runner-up by at least this much. */
  minMargin: number;
}

export const DEFAULT_OPTIONS: ClassifierOptions = {
  weights: { words: 1, chars: 1, cues: 1 },
  chars: { min: 3, max: 4 },
  minCount: 2,
  train: { epochs: 10, learningRate: 0.5, l2: 1e-4, seed: 7 },
  temperature: 1,
  minConfidence: 0.5,
  minMargin: 0.2,
};

/** Score given to `other` when the text carries nothing we recognise (empty, emoji, another script). */
const FALLBACK_OTHER = 0.3;

export interface TrainedClassifier extends Classifier {
  readonly options: ClassifierOptions;
  /** Raw (untempered) class logits, in CATEGORIES order; null when the text has no known features. */
  logitsOf(text: string): Float64Array | null;
}

export function createClassifier(examples: readonly Example[], options: Partial<ClassifierOptions> = {}): TrainedClassifier {
  const opts: ClassifierOptions = { ...DEFAULT_OPTIONS, ...options };
  if (examples.length === 0) throw new Error('createClassifier: no examples');
  const raw: RawFeatures[] = examples.map((e) => extractFeatures(e.text, opts.chars));
  const vocab = buildVocabulary(raw, opts.minCount);
  const xs = raw.map((f) => vectorise(f, vocab, opts.weights));
  const ys = examples.map((e) => CATEGORIES.indexOf(e.label));
  const perClass = CATEGORIES.map((c) => examples.filter((e) => e.label === c).length);
  const sampleWeights = ys.map((y) => examples.length / (CATEGORIES.length * Math.max(1, perClass[y] ?? 1)));
  const model: SoftmaxModel = trainSoftmax(xs, ys, vocab.size, CATEGORIES.length, opts.train, sampleWeights);

  function logitsOf(text: string): Float64Array | null {
    const f = extractFeatures(text, opts.chars);
    const knownWords = f.content.some((s) => vocab.keys.has(`w:${s}`));
    if (!knownWords && f.cues.length === 0) return null;
    return logits(model, vectorise(f, vocab, opts.weights));
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
