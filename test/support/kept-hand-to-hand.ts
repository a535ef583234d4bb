/**
 * The crisis model's hand-to-hand evaluation (src/safety/crisis-model-cv.ts `outOfHand`: ten
 * trainings, most of a minute of CPU), with each model's weights fingerprint, kept for the next
 * run of these very sources: in the sources cache (src/precomputed.ts `keepComputed`), under a
 * hash of the code (`codeId()`: every byte of src/ and the lock file), this file and the
 * fingerprint's code, and every training message. A change to any of them trains all ten again,
 * so the tests that hold the weights to the bit and the figures to their floors still fail on the
 * change that moves them; an unchanged tree is not trained twice. A kept answer that does not
 * parse is ignored (trained afresh), as every artifact is.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { codeId, hashOf, keepComputed, readPrecomputed, SOURCES_CACHE_DIR } from '../../src/precomputed.js';
import { HAND_FOLDS, outOfHand, type Hand, type HeldOutOpinion } from '../../src/safety/crisis-model-cv.js';
import { MODEL_OPTIONS } from '../../src/safety/crisis-model.js';
import { weightsFingerprint } from './weights-fingerprint.js';

const NAME = 'crisis-hand-to-hand';

const opinion = z.object({
  risk: z.number(),
  clear: z.number(),
  pattern: z.object({ family: z.string(), context: z.number() }).nullable(),
});
const keptSchema = z.object({ opinions: z.array(z.array(opinion)), prints: z.record(z.string(), z.string()) });

export interface HandToHand {
  /** Each hand's messages' held-out opinions, hand by hand (as `outOfHand` returns them). */
  opinions: HeldOutOpinion[][];
  /** Each model's weights fingerprint, by name (`fold0.risk`, `fold0.tier`, …). */
  prints: Record<string, string>;
}

const ownCode = [import.meta.url, new URL('./weights-fingerprint.ts', import.meta.url).href].map((u) => readFileSync(fileURLToPath(u)));

/** `outOfHand(hands)` with the sources' model options and folds, and each model's fingerprint: kept, or worked out and kept. */
export function handToHand(hands: readonly Hand[]): HandToHand {
  const hash = hashOf([codeId(), ...ownCode, JSON.stringify({ MODEL_OPTIONS, HAND_FOLDS }), JSON.stringify(hands)]);
  const kept = readPrecomputed(NAME, hash, keptSchema, SOURCES_CACHE_DIR);
  if (kept) return kept as HandToHand;
  const prints: Record<string, string> = {};
  const opinions = outOfHand(hands, MODEL_OPTIONS, HAND_FOLDS, (name, weights) => {
    prints[name] = weightsFingerprint(weights);
  });
  keepComputed(NAME, hash, { opinions, prints });
  return { opinions, prints };
}
