/**
 * The crisis screen's learned layer: a second opinion beside the patterns, which catch the
 * wording they were written for and miss much of the rest. A small softmax regression (the one
 * the statement classifier uses, src/classify/softmax-regression.ts) over word unigrams and
 * bigrams and character n-grams of the normalised text, trained on the labelled messages in
 * content/safety/training/ (written by other hands than the patterns' test set). Nothing is
 * downloaded; the seed is fixed, so the same files give the same model in every process.
 *
 * The build trains it once (precomputed-crisis-model.ts); without a current build it is trained
 * on the first message screened (about a tenth of a second),
 * and then scores a message in microseconds. It keeps weights over hashed and numbered
 * features: no message text is stored, and nothing is logged.
 *
 * Its thresholds were chosen by cross-validation on the training messages only
 * (scripts/tune-crisis-model.ts; docs/crisis-screen.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FeatureSpace, hashCharGrams, vectorise, type FeatureWeights, type RawFeatures, type SparseVector } from '../classify/features.js';
import { logits, softmax, trainSoftmax, type SoftmaxModel, type TrainOptions } from '../classify/softmax-regression.js';
import { STOPWORDS, stem, tokenize } from '../classify/tokens.js';
import type { TrainedWeights } from '../classify/weights-data.js';
import { fromRoot } from '../paths.js';
import { normalise } from './crisis-normalise.js';
import { parseCrisisSet, type CrisisExample } from './crisis-set.js';

export const DEFAULT_TRAINING_DIR = fromRoot('content', 'safety', 'training');

/**
 * Risk probability at or above which the model asks the safety question ("possible" risk; the
 * model never gives the crisis reply on its own: the patterns do that). Chosen by 5-fold
 * cross-validation on the training messages (scripts/tune-crisis-model.ts): the most risk
 * messages caught while the model adds no false alarm on any out-of-fold near-miss (the
 * patterns alone already spend the 2% budget on these messages).
 */
export const THRESHOLDS = { possible: 0.994 } as const;

export interface CrisisModelOptions {
  chars: { min: number; max: number };
  weights: { words: number; chars: number };
  minCount: number;
  /**
   * Messages shorter than this many words count as less evidence: their features are scaled by
   * sqrt(words / shortBelow), so a few words alone cannot push the risk far from even.
   */
  shortBelow: number;
  train: TrainOptions;
}

export const MODEL_OPTIONS: CrisisModelOptions = {
  chars: { min: 2, max: 4 },
  weights: { words: 2, chars: 1 },
  minCount: 2,
  shortBelow: 20,
  train: { epochs: 12, learningRate: 0.3, l2: 1e-3, seed: 13 },
};

/**
 * Two classes: risk of either tier, and none. (Telling clear from possible risk apart as well
 * caught fewer risk messages at the same false-alarm rate in cross-validation.)
 */
const CLASSES = 2;

export interface CrisisOpinion {
  /** Probability the message shows risk of either tier. */
  risk: number;
}

export interface CrisisModel {
  /** The opinion on a message already normalised (crisis-normalise.ts). */
  judge(normalisedText: string): CrisisOpinion;
}

/** Reads and validates every *.jsonl file in `dir`; a bad line is an error naming file and line. */
export function loadCrisisTraining(dir: string = DEFAULT_TRAINING_DIR): CrisisExample[] {
  const names = readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort();
  if (names.length === 0) throw new Error(`${dir}: no crisis training files`);
  return names.flatMap((name) => {
    try {
      return parseCrisisSet(readFileSync(join(dir, name), 'utf8'));
    } catch (e) {
      throw new Error(`${name}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
  });
}

function features(normalised: string, space: FeatureSpace, o: CrisisModelOptions): RawFeatures & { length: number } {
  const tokens = tokenize(normalised);
  const words: number[] = [];
  const chars: number[] = [];
  let prev = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const s = stem(t);
    if (i > 0) {
      const b = space.key(`b:${prev} ${s}`);
      if (b >= 0) words.push(b);
    }
    prev = s;
    if (STOPWORDS.has(t)) continue;
    const w = space.key(`w:${s}`);
    if (w >= 0) words.push(w);
    if (t.length >= 2) hashCharGrams(t, o.chars.min, o.chars.max, space, chars);
  }
  return { words, chars, cues: [], knownContent: tokens.length > 0, length: tokens.length };
}

function vector(f: RawFeatures & { length: number }, space: FeatureSpace, w: FeatureWeights, o: CrisisModelOptions): SparseVector {
  const x = vectorise(f, space, w);
  if (f.length < o.shortBelow) {
    const scale = Math.sqrt(f.length / o.shortBelow);
    for (let n = 0; n < x.val.length; n++) x.val[n] = (x.val[n] as number) * scale;
  }
  return x;
}

/** What training produces: the frozen feature space and the weights over it. */
export type CrisisWeights = TrainedWeights;

/** Trains on `rows` (deterministic for the options' seed). */
export function trainCrisisModel(rows: readonly CrisisExample[], o: CrisisModelOptions = MODEL_OPTIONS): CrisisModel {
  return crisisModelFrom(fitCrisisModel(rows, o), o);
}

export function fitCrisisModel(rows: readonly CrisisExample[], o: CrisisModelOptions = MODEL_OPTIONS): CrisisWeights {
  const space = new FeatureSpace();
  const raw = rows.map((r) => features(normalise(r.text), space, o));
  space.prune(raw, o.minCount);
  const w: FeatureWeights = { words: o.weights.words, chars: o.weights.chars, cues: 0 };
  const xs: SparseVector[] = raw.map((f) => vector(f, space, w, o));
  const ys = rows.map((r) => (r.expect === 'none' ? 1 : 0));
  // Each class counts as much in total, whatever its size.
  const count = [0, 0];
  for (const y of ys) count[y] = (count[y] as number) + 1;
  const sampleWeights = ys.map((y) => rows.length / (CLASSES * (count[y] as number)));
  const model: SoftmaxModel = trainSoftmax(xs, ys, space.size, CLASSES, o.train, sampleWeights);
  return { space, model };
}

/** The model over trained weights (or the build's: precomputed-crisis-model.ts). */
export function crisisModelFrom({ space, model }: CrisisWeights, o: CrisisModelOptions = MODEL_OPTIONS): CrisisModel {
  const w: FeatureWeights = { words: o.weights.words, chars: o.weights.chars, cues: 0 };
  const z = new Float64Array(CLASSES);
  return {
    judge(normalisedText: string): CrisisOpinion {
      const x = vector(features(normalisedText, space, o), space, w, o);
      return { risk: softmax(logits(model, x, z))[0] as number };
    },
  };
}
