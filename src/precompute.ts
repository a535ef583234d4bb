/**
 * The build's precomputing step (scripts/build.mjs runs it after tsc, from dist/): every
 * artifact src/precomputed.ts describes, each with the hash of its sources.
 */
import { precomputeClassifier } from './classify/index.js';
import { PHRASE_FIX_GATE, PHRASE_FIX_PATTERNS } from './safety/crisis-normalise.js';
import { PATTERN_GATE, PATTERNS } from './safety/crisis-screen.js';
import { precomputeGatePlan } from './safety/precomputed-gates.js';
import { precomputeCrisisModel } from './safety/precomputed-crisis-model.js';

export function precomputeAll(outDir?: string): void {
  precomputeClassifier(outDir);
  precomputeCrisisModel(outDir);
  precomputeGatePlan(PATTERN_GATE, PATTERNS, outDir);
  precomputeGatePlan(PHRASE_FIX_GATE, PHRASE_FIX_PATTERNS, outDir);
}
