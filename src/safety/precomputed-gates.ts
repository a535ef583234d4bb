/**
 * The crisis gates' plans (crisis-gate.ts: every pattern's anchors and the scan regexes' prefix
 * trees), made once by the build instead of in every process: most of a second on a slow
 * machine for the screen's patterns on the first message, and the phrase fixes' gate at
 * start-up. Used only when the hash of what a plan was made from (the patterns' sources and
 * flags, and the build that made it: src/precomputed.ts) still matches; otherwise it is made now,
 * as before. The same plan either way (test/safety/precomputed-safety.test.ts).
 */
import * as z from 'zod';
import { codeId, hashOf, keepComputed, readPrecomputed, writePrecomputed } from '../precomputed.js';
import { planGate, type GatePlan } from './crisis-gate.js';

const index = z.number().int().nonnegative();
const planSchema = z.object({
  patterns: index,
  always: z.array(index),
  scanners: z.array(z.string().min(1)),
  enables: z.array(z.tuple([z.string().min(1), z.array(index)])),
});

/** Everything a plan depends on; `code` is the code planning it (tests name another build). */
export function gatePlanHash(name: string, patterns: readonly RegExp[], code: string = codeId()): string {
  return hashOf([name, code, ...patterns.flatMap((re) => [re.source, re.flags])]);
}

/** The build: plans and writes the gate of the pattern list `name`. */
export function precomputeGatePlan(name: string, patterns: readonly RegExp[], outDir?: string): void {
  writePrecomputed(name, gatePlanHash(name, patterns), planGate(patterns), outDir);
}

/** The build's plan when it is this version's and fits; undefined when missing, stale or malformed. */
export function precomputedGatePlan(name: string, patterns: readonly RegExp[], fromDir?: string): GatePlan | undefined {
  try {
    const plan = readPrecomputed(name, gatePlanHash(name, patterns), planSchema, fromDir);
    const fits = (i: number) => i < patterns.length;
    if (plan === undefined || plan.patterns !== patterns.length || !plan.always.every(fits) || !plan.enables.every(([, is]) => is.every(fits))) return undefined;
    return plan;
  } catch {
    return undefined; // plan it now
  }
}

/** The plan of the gate over the pattern list `name`: the build's when current, else made now (and kept, running the sources). */
export function gatePlanFor(name: string, patterns: readonly RegExp[]): GatePlan {
  const known = precomputedGatePlan(name, patterns);
  if (known) return known;
  const plan = planGate(patterns);
  keepComputed(name, gatePlanHash(name, patterns), plan);
  return plan;
}
