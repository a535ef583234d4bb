/**
 * The build's precomputing step (scripts/build.mjs runs it from the bundle it has just made,
 * dist/precompute.cjs, so the artifacts carry that bundle's build id): content/ parsed, and every
 * artifact src/precomputed.ts describes, each with the hash of its sources; then the stamps of
 * the input files hashed on the way (src/precomputed.ts), and a check that this same code accepts
 * every artifact it wrote.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { precomputeClassifier } from './classify/index.js';
import { precomputedClassifierWeights } from './classify/precomputed-classifier.js';
import { CONTENT_CACHE, contentCacheIsCurrent, parseContent } from './content/catalog.js';
import { writeInputStamps } from './precomputed.js';
import { PHRASE_FIX_GATE, PHRASE_FIX_PATTERNS } from './safety/crisis-normalise.js';
import { PATTERN_GATE, PATTERNS } from './safety/crisis-screen.js';
import { precomputedGatePlan, precomputeGatePlan } from './safety/precomputed-gates.js';
import { LEARNED_MODELS, precomputeCrisisModel, precomputedCrisisWeights } from './safety/precomputed-crisis-model.js';

export function precomputeAll(outDir?: string): void {
  mkdirSync(dirname(CONTENT_CACHE), { recursive: true });
  writeFileSync(CONTENT_CACHE, JSON.stringify(parseContent()));
  precomputeClassifier(outDir);
  precomputeCrisisModel(outDir);
  precomputeGatePlan(PATTERN_GATE, PATTERNS, outDir);
  precomputeGatePlan(PHRASE_FIX_GATE, PHRASE_FIX_PATTERNS, outDir);
  writeInputStamps();
}

/** The artifacts this code would not use (none, after a good build): each is read back as a process would. */
export function refusedArtifacts(): string[] {
  const refused: string[] = [];
  if (precomputedClassifierWeights() === undefined) refused.push('classifier');
  for (const which of LEARNED_MODELS) if (precomputedCrisisWeights(undefined, which) === undefined) refused.push(`crisis-model (${which})`);
  if (precomputedGatePlan(PATTERN_GATE, PATTERNS) === undefined) refused.push(PATTERN_GATE);
  if (precomputedGatePlan(PHRASE_FIX_GATE, PHRASE_FIX_PATTERNS) === undefined) refused.push(PHRASE_FIX_GATE);
  if (!contentCacheIsCurrent()) refused.push('content');
  return refused;
}
