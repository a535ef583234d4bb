/**
 * The crisis screen's learned layer (crisis-model.ts), trained once by the build instead of on
 * every process's first message. Used only when the hash of what it was trained from (the
 * training files, the classifier's examples, the options and the build that trained it:
 * src/precomputed.ts) still matches; otherwise it is trained then, as before. Same opinions
 * either way (test/safety/precomputed-safety.test.ts).
 */
import { CODE_ID, filesIn, hashOf, readPrecomputed, writePrecomputed } from '../precomputed.js';
import { DEFAULT_EXAMPLES_DIR } from '../classify/load-examples.js';
import { weightsDataSchema, weightsFromData, weightsToData } from '../classify/weights-data.js';
import { crisisModelFrom, DEFAULT_TRAINING_DIR, NEAR_MISSES_DIR, fitCrisisModel, loadCrisisTraining, MODEL_OPTIONS, type CrisisModel, type CrisisWeights } from './crisis-model.js';

const NAME = 'crisis-model';

/** Everything the weights depend on; `code` is the code training them (tests name another build). */
export function crisisModelHash(dir: string = DEFAULT_TRAINING_DIR, code: string = CODE_ID): string {
  return hashOf([
    NAME,
    code,
    JSON.stringify(MODEL_OPTIONS),
    ...filesIn(dir, (n) => n.endsWith('.jsonl')),
    // The classifier's examples join the training as near-misses (MODEL_OPTIONS.everyday).
    ...filesIn(DEFAULT_EXAMPLES_DIR, (n) => n.endsWith('.yaml') || n.endsWith('.yml')),
    ...filesIn(NEAR_MISSES_DIR, (n) => n.endsWith('.txt')),
  ]);
}

/** The build: trains on the shipped training files and writes the weights with their hash. */
export function precomputeCrisisModel(outDir?: string): void {
  writePrecomputed(NAME, crisisModelHash(), weightsToData(fitCrisisModel(loadCrisisTraining())), outDir);
}

/** The build's weights when they are this version's; undefined when missing, stale or malformed. */
export function precomputedCrisisWeights(fromDir?: string): CrisisWeights | undefined {
  try {
    const data = readPrecomputed(NAME, crisisModelHash(), weightsDataSchema, fromDir);
    return data && weightsFromData(data);
  } catch {
    return undefined;
  }
}

// Built on the first message: undefined = not yet; null = could not be built (then the patterns
// answer alone, as they did before this layer existed; never "no alarm" because it broke).
let shared: CrisisModel | null | undefined;

/** The process's model: the build's weights, or trained on first use from content/safety/training/. */
export function crisisModel(): CrisisModel | null {
  if (shared === undefined) {
    try {
      shared = crisisModelFrom(precomputedCrisisWeights() ?? fitCrisisModel(loadCrisisTraining()));
    } catch {
      shared = null;
    }
  }
  return shared;
}
