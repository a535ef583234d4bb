/**
 * Hand-to-hand evaluation of the crisis screen's learned layer: each writer's messages judged by
 * a model trained on the other writers' files, and the threshold chosen from those opinions.
 * Used by scripts/tune-crisis-model.ts (which prints the figures in docs/crisis-screen.md) and by
 * the test that holds the model to them. (Random folds, used before, let a writer's habits leak
 * from training into test and flattered the model.)
 */
import { readdirSync } from 'node:fs';
import { normalise } from './crisis-normalise.js';
import { around, crisisModelFrom, DEFAULT_TRAINING_DIR, featuresMet, fitCrisisModel, loadCrisisTraining, MODEL_OPTIONS, quieted, TIER_ONLY, type CrisisModel, type CrisisModelOptions, type CrisisOpinion, type CrisisWeights } from './crisis-model.js';
import { patternMatchOn } from './crisis-pattern-screen.js';
import type { CrisisExample } from './crisis-set.js';

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
 * The share of the training near-misses, pooled hand to hand, on which the whole screen may raise
 * the safety question: where the `possible` threshold is chosen (docs/crisis-screen.md, "The
 * threshold rule"). The crisis reply itself has its own, higher thresholds.
 */
export const MAX_POOLED_FALSE_ALARMS = 0.025;

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

/**
 * A hand-to-hand opinion on one message: its risk read whole and, when a pattern matched, the
 * risk of the words around the match (`context`), with the pattern's family.
 */
export interface HeldOutOpinion extends CrisisOpinion {
  /** The tier model's probability that the risk is clear. */
  clear: number;
  pattern: { family: Parameters<typeof quieted>[0]; context: number } | null;
}

/** Whether the patterns fire on each message once the model has set aside what it quiets. */
export function patternsKept(oof: readonly HeldOutOpinion[]): boolean[] {
  return oof.map((o) => o.pattern !== null && !quieted(o.pattern.family, o.pattern.context));
}

/** One writer's messages: a training file, or the development set. */
export interface Hand {
  name: string;
  rows: readonly CrisisExample[];
  /** Only ever held out, never trained on (the development set). */
  heldOutOnly?: boolean;
}

/** Each training file as one hand (each file is one writer's messages). */
export function trainingHands(dir: string = DEFAULT_TRAINING_DIR): Hand[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.jsonl'))
    .sort()
    .map((n) => ({ name: n.replace(/\.jsonl$/, ''), rows: loadCrisisTraining(dir, n) }));
}

/** How many groups of writers hand-to-hand evaluation holds out in turn. */
export const HAND_FOLDS = 5;

/**
 * Hand-to-hand: each hand's messages judged by a model trained on other hands only (the
 * held-out-only hands never join a training set). The training hands are dealt into `folds`
 * groups in name order (hand i to group i mod folds); each group is judged by a model trained
 * on the other groups, so no writer's words are ever on both sides. The honest figure for a new
 * writer's words: random folds let a writer's habits leak from training into test. Groups
 * rather than one writer at a time keep it to `folds` trainings, whatever the number of writers.
 * The held-out-only hands are judged by a model trained on every training hand. `trained`, when
 * given, is told each model's weights as it is trained (`fold0.risk`, `fold0.tier`, …, `all.risk`):
 * the test that holds every weight to the bit reads them there.
 */
export function outOfHand(
  hands: readonly Hand[],
  o: CrisisModelOptions = MODEL_OPTIONS,
  folds: number = HAND_FOLDS,
  trained?: (name: string, weights: CrisisWeights) => void,
): HeldOutOpinion[][] {
  const training = hands.flatMap((h, i) => (h.heldOutOnly ? [] : [i]));
  const group = new Map(training.map((h, n) => [h, n % folds]));
  const opinions: HeldOutOpinion[][] = hands.map(() => []);
  // Each message featurised once for all the trainings (each still numbers its own features).
  const met = featuresMet();
  const train = (name: string, rows: readonly CrisisExample[]): [CrisisModel, CrisisModel] => {
    const tierOptions = { ...o, ...TIER_ONLY };
    const risk = fitCrisisModel(rows, o, met);
    trained?.(`${name}.risk`, risk);
    const tier = fitCrisisModel(rows, tierOptions, met);
    trained?.(`${name}.tier`, tier);
    return [crisisModelFrom(risk, o), crisisModelFrom(tier, tierOptions)];
  };
  const judgeWith = ([model, tier]: [CrisisModel, CrisisModel], which: readonly number[]) => {
    for (const h of which)
      opinions[h] = (hands[h] as Hand).rows.map((r) => {
        const t = normalise(r.text);
        const { screen, at } = patternMatchOn(t);
        const pattern = screen.tier === 'none' || at === null ? null : { family: screen.family, context: model.judge(around(t, at)).risk };
        return { risk: model.judge(t).risk, clear: tier.judge(t).risk, pattern };
      });
  };
  for (let g = 0; g < Math.min(folds, training.length); g++) {
    const held = training.filter((h) => group.get(h) === g);
    const rows = training.filter((h) => group.get(h) !== g).flatMap((h) => (hands[h] as Hand).rows);
    judgeWith(train(`fold${g}`, rows), held);
  }
  const heldOutOnly = hands.flatMap((h, i) => (h.heldOutOnly ? [i] : []));
  if (heldOutOnly.length > 0) {
    const rows = training.flatMap((h) => (hands[h] as Hand).rows);
    judgeWith(train('all', rows), heldOutOnly);
  }
  return opinions;
}
