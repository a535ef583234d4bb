/**
 * The crisis screen's learned layer: a second opinion beside the patterns, which catch the
 * wording they were written for and miss much of the rest. A small softmax regression (the one
 * the statement classifier uses, src/classify/softmax-regression.ts) over word unigrams,
 * bigrams and trigrams and character n-grams of the normalised text, trained on the labelled
 * messages in content/safety/training/ (forty-three writers other than the patterns' authors)
 * and, as near-misses, the statement classifier's everyday examples (content/classifier/) and
 * content/safety/near-misses/. It judges every message: it may ask the question where the
 * patterns are silent, and set aside a pattern's match whose surrounding words read as everyday
 * talk. A second model (TIER_OPTIONS), trained on the risk messages only, decides whether a
 * message the first flags gets the crisis reply at once. Nothing is downloaded; the seed is
 * fixed, so the same files give the same model in every process.
 *
 * The build trains both once (precomputed-crisis-model.ts); without a current build the risk
 * model is trained on the first message screened (seconds with forty-three files),
 * and then scores a message in microseconds. It keeps weights over hashed and numbered
 * features: no message text is stored, and nothing is logged.
 *
 * Its threshold was chosen hand to hand on the training files only (scripts/tune-crisis-model.ts;
 * docs/crisis-screen.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FeatureSpace, hashCharGrams, vectorise, type FeatureWeights, type RawFeatures, type SparseVector } from '../classify/features.js';
import { logits, softmax, trainSoftmax, type SoftmaxModel, type TrainOptions } from '../classify/softmax-regression.js';
import { FeatureRecorder, replayRecorded, type FeatureSink, type Recorded } from '../classify/feature-record.js';
import { loadExamples } from '../classify/load-examples.js';
import { STOPWORDS, stem, tokenize } from '../classify/tokens.js';
import type { TrainedWeights } from '../classify/weights-data.js';
import { fromRoot } from '../paths.js';
import { normalise } from './crisis-normalise.js';
import { parseCrisisSet, type CrisisExample } from './crisis-set.js';
import type { Span } from './crisis-pattern-screen.js';
import type { CrisisFamily } from './crisis-words.js';

export const DEFAULT_TRAINING_DIR = fromRoot('content', 'safety', 'training');
/** Everyday messages written for this project, one a line (# for notes): near-misses all. */
export const NEAR_MISSES_DIR = fromRoot('content', 'safety', 'near-misses');

/**
 * `possible`: the risk probability at or above which the model flags a message the patterns let
 * through (the safety question, or the crisis reply when `reply` and `clear` below say so).
 * `quiet`: below this, the words around a pattern's match (CONTEXT_WORDS
 * either side) read as everyday talk, and the pattern is set aside ("she'd sooner die than wear
 * the blazer lol"), never for danger now or abuse (NEVER_QUIETED). Both chosen hand to hand
 * (scripts/tune-crisis-model.ts; docs/crisis-screen.md): each group of writers' files judged by
 * a model trained on the others; `quiet` low enough that the patterns' catches it sets aside are
 * near-misses all but about one in ten thousand, `possible` the lowest at which the whole screen
 * raises at most MAX_POOLED_FALSE_ALARMS (2.5%) false alarms on all the training near-misses
 * pooled (2% until 8 December 2026: only the safety question moves with it; docs/crisis-screen.md). `reply` and `clear`: a
 * message the model flags gets the crisis reply at once, not the question, when its risk is at
 * least `reply` and the tier model (TIER_OPTIONS) gives clear risk at least `clear` (hand to
 * hand: about four in five clear-risk messages, three in a hundred possible-risk ones, and the
 * crisis reply itself for fewer than one near-miss in a thousand).
 */
export const THRESHOLDS = { possible: 0.7025, quiet: 0.05, reply: 0.97, clear: 0.92 } as const;

/** How many words either side of a pattern's match the model reads to judge it. */
export const CONTEXT_WORDS = 20;

/** The families a pattern's match always stands for, whatever the words around it. */
export const NEVER_QUIETED: ReadonlySet<CrisisFamily> = new Set<CrisisFamily>(['danger_now', 'abuse']);

/** The words around a match in a normalised text: up to `words` either side, and the match. */
export function around(t: string, at: Span, words: number = CONTEXT_WORDS): string {
  const before = t.slice(0, at.start).split(' ').filter((w) => w !== '');
  const after = t.slice(at.end).split(' ').filter((w) => w !== '');
  return [...before.slice(-words), t.slice(at.start, at.end), ...after.slice(0, words)].join(' ').trim();
}

/**
 * Whether a pattern's match is set aside: its family may be quieted and the model reads the
 * words around it (its risk `context`) as everyday talk.
 */
export function quieted(family: CrisisFamily | 'learned', context: number): boolean {
  return family !== 'learned' && !NEVER_QUIETED.has(family) && context < THRESHOLDS.quiet;
}

export interface CrisisModelOptions {
  chars: { min: number; max: number };
  weights: { words: number; chars: number };
  minCount: number;
  /**
   * Messages shorter than this many words count as less evidence: their features are scaled by
   * sqrt(words / shortBelow), so a few words alone cannot push the risk far from even.
   */
  shortBelow: number;
  /** Words after a negation ("not", "never", "dont") also count as negated words of their own. */
  negation: boolean;
  /** Word trigrams of stems as well as unigrams and bigrams. */
  trigrams: boolean;
  /**
   * Also train on the statement classifier's examples (content/classifier/) and the everyday
   * messages in content/safety/near-misses/, every one a near-miss: what parents say about
   * school every day. Without them the layer asked the
   * question for ordinary turns ("not sure what they meant") that no training file resembled.
   */
  everyday: boolean;
  /**
   * `risk`: risk of either tier against none. `tier`: clear against possible risk, trained on
   * the risk messages only; it decides whether a message the risk model flags gets the crisis
   * reply at once or the question first.
   */
  task: 'risk' | 'tier';
  train: TrainOptions;
}

/**
 * What makes a risk model's options a tier model's: risk messages only, and (it is loaded beside
 * the risk model, and telling the tiers apart needs fewer features) no trigrams and no feature
 * seen in fewer than three messages.
 */
export const TIER_ONLY: Pick<CrisisModelOptions, 'task' | 'everyday' | 'trigrams' | 'minCount'> = { task: 'tier', everyday: false, trigrams: false, minCount: 3 };

export const MODEL_OPTIONS: CrisisModelOptions = {
  chars: { min: 2, max: 5 },
  weights: { words: 1, chars: 1 },
  minCount: 3,
  shortBelow: 10,
  negation: true,
  trigrams: true,
  everyday: true,
  task: 'risk',
  train: { epochs: 12, learningRate: 0.3, l2: 1e-3, seed: 13 },
};

/** The tier model's options: the same features, trained on the risk messages only. */
export const TIER_OPTIONS: CrisisModelOptions = { ...MODEL_OPTIONS, ...TIER_ONLY };

/**
 * Two classes: risk of either tier, and none (the tier model: clear, and possible). (Telling clear from possible risk apart as well
 * caught fewer risk messages at the same false-alarm rate in cross-validation.)
 */
const CLASSES = 2;

export interface CrisisOpinion {
  /** Probability the message shows risk of either tier (the tier model's: that the risk is clear). */
  risk: number;
}

export interface CrisisModel {
  /** The opinion on a message already normalised (crisis-normalise.ts). */
  judge(normalisedText: string): CrisisOpinion;
}

/**
 * Reads and validates every *.jsonl file in `dir` (or only the one named); a bad line is an error
 * naming file and line.
 */
export function loadCrisisTraining(dir: string = DEFAULT_TRAINING_DIR, only?: string): CrisisExample[] {
  const names = only !== undefined ? [only] : readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort();
  if (names.length === 0) throw new Error(`${dir}: no crisis training files`);
  return names.flatMap((name) => {
    try {
      return parseCrisisSet(readFileSync(join(dir, name), 'utf8'));
    } catch (e) {
      throw new Error(`${name}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
  });
}

/** The statement classifier's examples and the everyday messages in NEAR_MISSES_DIR, as near-misses. */
function everydayStatements(): CrisisExample[] {
  const chat = readdirSync(NEAR_MISSES_DIR)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .flatMap((n) => readFileSync(join(NEAR_MISSES_DIR, n), 'utf8').split('\n'))
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  return [...loadExamples().map((e) => e.text), ...chat].map((text) => ({ text, expect: 'none', family: 'everyday' }));
}

const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'arent', 'werent', 'cant', 'wont', 'wouldnt', 'couldnt', 'shouldnt', 'nothing', 'nobody', 'without']);

/** A feature the frozen space knows (keyWords gives -1 for one it does not). A function, not a closure per message. */
function pushKnown(into: number[], i: number): void {
  if (i >= 0) into.push(i);
}

/** A message's features: in a frozen space when judging, or asked of a FeatureRecorder when training (the same steps). */
function features(normalised: string, space: FeatureSink, o: CrisisModelOptions): RawFeatures & { length: number } {
  const tokens = tokenize(normalised);
  const words: number[] = [];
  const chars: number[] = [];
  let prev = '';
  let prev2 = '';
  let negated = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const s = stem(t);
    if (i > 0) pushKnown(words, space.keyWords('b:', prev, s));
    if (o.trigrams && i > 1) pushKnown(words, space.keyWords('t:', prev2, prev, s));
    prev2 = prev;
    prev = s;
    if (o.negation && NEGATIONS.has(t)) {
      negated = 3;
      continue;
    }
    if (negated > 0) negated--;
    if (STOPWORDS.has(t)) continue;
    pushKnown(words, space.keyWords('w:', s));
    if (negated > 0) pushKnown(words, space.keyWords('n:', s));
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

/**
 * Trains on `all` (deterministic for the options' seed): with `everyday`, the classifier's
 * examples join as near-misses; the tier model keeps the risk messages only. The build (precomputed-crisis-model.ts) calls fitCrisisModel, the same training.
 */
export function trainCrisisModel(all: readonly CrisisExample[], o: CrisisModelOptions = MODEL_OPTIONS): CrisisModel {
  return crisisModelFrom(fitCrisisModel(all, o), o);
}

export function fitCrisisModel(all: readonly CrisisExample[], o: CrisisModelOptions = MODEL_OPTIONS, met: FeaturesMet = featuresMet()): CrisisWeights {
  const rows = o.task === 'tier' ? all.filter((r) => r.expect !== 'none') : o.everyday ? [...all, ...met.everyday()] : all;
  const recorded = rows.map((r) => met.recorded(r.text, o));
  const space = new FeatureSpace();
  const raw: Array<RawFeatures & { length: number }> = replayRecorded(recorded.map((r) => r.asked), met.recorder(o), space).map((f, n) => {
    const length = (recorded[n] as { length: number }).length;
    return { words: f.words, chars: f.chars, cues: [], knownContent: length > 0, length };
  });
  space.prune(raw, o.minCount);
  const w: FeatureWeights = { words: o.weights.words, chars: o.weights.chars, cues: 0 };
  const xs: SparseVector[] = raw.map((f) => vector(f, space, w, o));
  const ys = rows.map((r) => (o.task === 'tier' ? (r.expect === 'clear' ? 0 : 1) : r.expect === 'none' ? 1 : 0));
  // Each class counts as much in total, whatever its size.
  const count = [0, 0];
  for (const y of ys) count[y] = (count[y] as number) + 1;
  const sampleWeights = ys.map((y) => rows.length / (CLASSES * (count[y] as number)));
  const model: SoftmaxModel = trainSoftmax(xs, ys, space.size, CLASSES, o.train, sampleWeights);
  return { space, model };
}

/**
 * Messages featurised once for several trainings (hand to hand: ten over overlapping messages):
 * each message's keys and buckets recorded in order, per set of feature options, and replayed
 * into each training's own space (src/classify/feature-record.ts), which numbers them as
 * featurising into it would. The everyday messages are read once.
 */
export interface FeaturesMet {
  recorded(text: string, o: CrisisModelOptions): { asked: Recorded; length: number };
  recorder(o: CrisisModelOptions): FeatureRecorder;
  everyday(): CrisisExample[];
}

export function featuresMet(): FeaturesMet {
  const byOptions = new Map<string, { rec: FeatureRecorder; texts: Map<string, { asked: Recorded; length: number }> }>();
  let everyday: CrisisExample[] | undefined;
  const of = (o: CrisisModelOptions) => {
    const k = JSON.stringify([o.chars.min, o.chars.max, o.negation, o.trigrams]);
    let m = byOptions.get(k);
    if (m === undefined) byOptions.set(k, (m = { rec: new FeatureRecorder(), texts: new Map() }));
    return m;
  };
  return {
    recorded(text, o) {
      const m = of(o);
      let r = m.texts.get(text);
      if (r === undefined) {
        const { length } = features(normalise(text), m.rec, o);
        m.texts.set(text, (r = { asked: m.rec.take(), length }));
      }
      return r;
    },
    recorder: (o) => of(o).rec,
    everyday: () => (everyday ??= everydayStatements()),
  };
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
