/**
 * The crisis screen's learned layer (crisis-model.ts), trained once by the build instead of on
 * every process's first message. Used only when the hash of what it was trained from (the
 * training files, the classifier's examples, the options and the build that trained it:
 * src/precomputed.ts) still matches; otherwise it is trained then, as before. Same opinions
 * either way (test/safety/precomputed-safety.test.ts).
 */
import { codeId, filesIn, hashOf, keepComputed, readPrecomputed, RUNNING_SOURCES, SOURCES_CACHE_DIR, sourcesCodeId, writePrecomputed } from '../precomputed.js';
import { DEFAULT_EXAMPLES_DIR } from '../classify/load-examples.js';
import { weightsDataSchema, weightsFromData, weightsToData } from '../classify/weights-data.js';
import { crisisModelFrom, DEFAULT_TRAINING_DIR, NEAR_MISSES_DIR, fitCrisisModel, loadCrisisTraining, MODEL_OPTIONS, TIER_OPTIONS, type CrisisModel, type CrisisModelOptions, type CrisisWeights } from './crisis-model.js';

/** The learned models: `risk` flags a message, `tier` says whether its risk is clear. */
const MODELS: Readonly<Record<LearnedModel, { name: string; options: CrisisModelOptions }>> = {
  risk: { name: 'crisis-model', options: MODEL_OPTIONS },
  tier: { name: 'crisis-tier-model', options: TIER_OPTIONS },
};
export type LearnedModel = 'risk' | 'tier';
export const LEARNED_MODELS: readonly LearnedModel[] = ['risk', 'tier'];

/** Everything the weights depend on; `code` is the code training them (tests name another build). */
export function crisisModelHash(dir: string = DEFAULT_TRAINING_DIR, code: string = codeId(), which: LearnedModel = 'risk'): string {
  const { name, options } = MODELS[which];
  return hashOf([
    name,
    code,
    JSON.stringify(options),
    ...filesIn(dir, (n) => n.endsWith('.jsonl')),
    // The classifier's examples join the training as near-misses (MODEL_OPTIONS.everyday).
    ...filesIn(DEFAULT_EXAMPLES_DIR, (n) => n.endsWith('.yaml') || n.endsWith('.yml')),
    ...filesIn(NEAR_MISSES_DIR, (n) => n.endsWith('.txt')),
  ]);
}

/**
 * The build: trains both models on the shipped training files and writes the weights with their
 * hash. `trained`: weights already trained from those files (a test compares them with what it
 * reads back), written as they are.
 */
export function precomputeCrisisModel(outDir?: string, trained: Partial<Record<LearnedModel, CrisisWeights>> = {}): void {
  let training: ReturnType<typeof loadCrisisTraining> | undefined;
  const made: Partial<Record<LearnedModel, CrisisWeights>> = {};
  for (const which of LEARNED_MODELS) {
    const { name, options } = MODELS[which];
    const weights = (made[which] = trained[which] ?? fitCrisisModel((training ??= loadCrisisTraining()), options));
    writePrecomputed(name, crisisModelHash(DEFAULT_TRAINING_DIR, codeId(), which), weightsToData(weights), outDir);
  }
  if (outDir === undefined && !RUNNING_SOURCES) keepForSources(made);
}

/**
 * The real build also leaves its weights where the sources run directly (vitest, tsx) look, under
 * the sources' own hash: the same code trains the same weights (precomputed-safety.test.ts holds
 * them to it), so a fresh clone's test workers read them instead of each training them. Any edit
 * to src/ or the training files changes that hash, and they train as before.
 */
function keepForSources(weights: Partial<Record<LearnedModel, CrisisWeights>>): void {
  try {
    const code = sourcesCodeId();
    for (const which of LEARNED_MODELS) {
      const w = weights[which];
      if (w) writePrecomputed(MODELS[which].name, crisisModelHash(DEFAULT_TRAINING_DIR, code, which), weightsToData(w), SOURCES_CACHE_DIR);
    }
  } catch {
    // A cache: the workers train them instead.
  }
}

/** The build's weights when they are this version's; undefined when missing, stale or malformed. */
export function precomputedCrisisWeights(fromDir?: string, which: LearnedModel = 'risk'): CrisisWeights | undefined {
  try {
    const data = readPrecomputed(MODELS[which].name, crisisModelHash(DEFAULT_TRAINING_DIR, codeId(), which), weightsDataSchema, fromDir);
    return data && weightsFromData(data);
  } catch {
    return undefined;
  }
}

// Built on the first message: undefined = not yet; null = could not be built (then the patterns
// answer alone, as they did before this layer existed; never "no alarm" because it broke).
// The tier model is only built when the risk model first flags a message.
const shared: Record<LearnedModel, CrisisModel | null | undefined> = { risk: undefined, tier: undefined };
const trained: Partial<Record<LearnedModel, CrisisWeights>> = {};

/** The weights `crisisModel` trained in this process; none when it read them (the build's, or kept by an earlier process). */
export const weightsTrainedHere = (which: LearnedModel): CrisisWeights | undefined => trained[which];

/** The process's model: the build's weights (running the sources, those an earlier process kept), or trained on first use from content/safety/training/. */
export function crisisModel(which: LearnedModel = 'risk'): CrisisModel | null {
  if (shared[which] === undefined) {
    const { options } = MODELS[which];
    try {
      let weights = precomputedCrisisWeights(undefined, which);
      if (!weights) {
        weights = trained[which] = fitCrisisModel(loadCrisisTraining(), options);
        keepComputed(MODELS[which].name, crisisModelHash(DEFAULT_TRAINING_DIR, codeId(), which), weightsToData(weights));
      }
      shared[which] = crisisModelFrom(weights, options);
    } catch {
      shared[which] = null;
    }
  }
  return shared[which];
}
