/**
 * Cross-validation for the crisis screen's learned layer: out-of-fold opinions on the training
 * messages, and the thresholds chosen from them. Used by scripts/tune-crisis-model.ts (which
 * prints the figures in docs/crisis-screen.md) and by the test that holds the model to them.
 * Folds are stratified by expected tier and fixed by a seed.
 */
import { seededRandom, shuffleInPlace } from '../classify/softmax-regression.js';
import { normalise } from './crisis-normalise.js';
import { MODEL_OPTIONS, trainCrisisModel, type CrisisModelOptions, type CrisisOpinion } from './crisis-model.js';
import type { CrisisExample } from './crisis-set.js';

/** Fold number of each row: each tier dealt round-robin after a seeded shuffle. */
export function assignFolds(rows: readonly CrisisExample[], k: number, seed: number): number[] {
  const fold = new Array<number>(rows.length).fill(0);
  const rand = seededRandom(seed);
  for (const tier of ['clear', 'possible', 'none'] as const) {
    const ids = shuffleInPlace(
      rows.flatMap((r, i) => (r.expect === tier ? [i] : [])),
      rand,
    );
    ids.forEach((id, n) => (fold[id] = n % k));
  }
  return fold;
}

/** Each row judged by a model that never saw it (trained on the other folds). */
export function outOfFold(rows: readonly CrisisExample[], fold: readonly number[], o: CrisisModelOptions = MODEL_OPTIONS): CrisisOpinion[] {
  const k = Math.max(...fold) + 1;
  const out = new Array<CrisisOpinion>(rows.length);
  for (let f = 0; f < k; f++) {
    const model = trainCrisisModel(
      rows.filter((_, i) => fold[i] !== f),
      o,
    );
    rows.forEach((r, i) => {
      if (fold[i] === f) out[i] = model.judge(normalise(r.text));
    });
  }
  return out;
}

export interface Rates {
  clear: number;
  possible: number;
  falseAlarms: number;
}

/** Share of clear, possible and near-miss rows that fire (either tier). */
export function rates(rows: readonly CrisisExample[], fired: (i: number) => boolean): Rates {
  const n = { clear: [0, 0], possible: [0, 0], none: [0, 0] };
  rows.forEach((r, i) => {
    const t = n[r.expect];
    t[1] = (t[1] as number) + 1;
    if (fired(i)) t[0] = (t[0] as number) + 1;
  });
  const share = (t: number[]) => (t[1] === 0 ? 0 : (t[0] as number) / (t[1] as number));
  return { clear: share(n.clear), possible: share(n.possible), falseAlarms: share(n.none) };
}

/**
 * The lowest risk threshold (most risk caught) at which the model (with `patternFired`: the
 * patterns and the model together) fires on at most `maxFalseAlarms` of the near-misses: halfway between the last near-miss
 * score allowed through and the first one that would be one too many.
 */
export function chooseRiskThreshold(
  rows: readonly CrisisExample[],
  oof: readonly CrisisOpinion[],
  patternFired: readonly boolean[],
  maxFalseAlarms: number,
): number {
  const none = rows.flatMap((r, i) => (r.expect === 'none' ? [i] : []));
  const allowed = Math.floor(maxFalseAlarms * none.length) - none.filter((i) => patternFired[i]).length;
  const scores = none
    .filter((i) => !patternFired[i])
    .map((i) => (oof[i] as CrisisOpinion).risk)
    .sort((a, b) => b - a);
  if (allowed < 0) return 1;
  if (allowed >= scores.length) return 0;
  const over = scores[allowed] as number;
  const under = allowed > 0 ? (scores[allowed - 1] as number) : 1;
  return (over + under) / 2;
}

/** One writer's messages: a training file, or the development set. */
export interface Hand {
  name: string;
  rows: readonly CrisisExample[];
  /** Only ever held out, never trained on (the development set). */
  heldOutOnly?: boolean;
}

/**
 * Hand-to-hand: each hand's messages judged by a model trained on every other hand (the
 * held-out-only hands never join a training set). The honest figure for a new writer's words:
 * random folds let a writer's habits leak from training into test.
 */
export function outOfHand(hands: readonly Hand[], o: CrisisModelOptions = MODEL_OPTIONS): CrisisOpinion[][] {
  return hands.map((held, h) => {
    const model = trainCrisisModel(
      hands.flatMap((other, j) => (j === h || other.heldOutOnly ? [] : other.rows)),
      o,
    );
    return held.rows.map((r) => model.judge(normalise(r.text)));
  });
}
