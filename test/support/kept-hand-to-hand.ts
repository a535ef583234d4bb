/**
 * The crisis model's hand-to-hand evaluation (src/safety/crisis-model-cv.ts `outOfHand`: ten
 * trainings, most of a minute of CPU), with each model's weights fingerprint, kept for the next
 * run of these very sources (test/support/kept-answers.ts `keptResult`): under a hash of the
 * code (every byte of src/ and the lock file), this file and the fingerprint's code, and every
 * training message. A change to any of them trains all ten again, so the tests that hold the
 * weights to the bit and the figures to their floors still fail on the change that moves them;
 * an unchanged tree is not trained twice.
 */
import * as z from 'zod';
import { HAND_FOLDS, outOfHand, type Hand, type HeldOutOpinion } from '../../src/safety/crisis-model-cv.js';
import { MODEL_OPTIONS } from '../../src/safety/crisis-model.js';
import { keptResult } from './kept-answers.js';
import { familySchema } from './crisis-schemas.js';
import { weightsFingerprint } from './weights-fingerprint.js';

const opinion = z.object({
  risk: z.number(),
  clear: z.number(),
  pattern: z.object({ family: familySchema, context: z.number() }).nullable(),
});
const schema = z.object({ opinions: z.array(z.array(opinion)), prints: z.record(z.string(), z.string()) }) satisfies z.ZodType<HandToHand>;

export interface HandToHand {
  /** Each hand's messages' held-out opinions, hand by hand (as `outOfHand` returns them). */
  opinions: HeldOutOpinion[][];
  /** Each model's weights fingerprint, by name (`fold0.risk`, `fold0.tier`, …). */
  prints: Record<string, string>;
}

/** `outOfHand(hands)` with the sources' model options and folds, and each model's fingerprint: kept, or worked out and kept. */
export function handToHand(hands: readonly Hand[]): HandToHand {
  const files = ['support/kept-hand-to-hand.ts', 'support/weights-fingerprint.ts'];
  return keptResult('crisis-hand-to-hand', files, JSON.stringify({ MODEL_OPTIONS, HAND_FOLDS, hands }), schema, () => {
    const prints: Record<string, string> = {};
    const opinions = outOfHand(hands, MODEL_OPTIONS, HAND_FOLDS, (name, weights) => {
      prints[name] = weightsFingerprint(weights);
    });
    return { opinions, prints };
  });
}
