/**
 * Trained weights (a frozen feature space and a softmax model over it) as plain data, for the
 * build's precomputed artifacts (src/precomputed.ts): the statement classifier's and the crisis
 * screen's learned layer's. Floats travel as the base64 of their bytes, so a restored model
 * computes bit for bit what the trained one does.
 */
import * as z from 'zod';
import { bytesToBase64, floatsFromBase64, floatsToBase64, i32FromBase64, u32FromBase64 } from '../precomputed.js';
import { CHAR_BUCKETS, FeatureSpace } from './features.js';
import type { SoftmaxModel } from './softmax-regression.js';

export interface TrainedWeights {
  space: FeatureSpace;
  model: SoftmaxModel;
}

const index = z.number().int().nonnegative();

export const weightsDataSchema = z.object({
  space: z.object({
    size: index,
    /** Uint32 pairs and Int32 ids, each as base64 of its bytes (bytesToBase64). */
    keyHashes: z.string(),
    keyIds: z.string(),
    buckets: z.array(index),
    cues: z.array(index),
  }),
  model: z.object({ classes: z.number().int().positive(), weights: z.string(), bias: z.string() }),
});
export type WeightsData = z.infer<typeof weightsDataSchema>;

export function weightsToData({ space, model }: TrainedWeights): WeightsData {
  const state = space.state();
  return {
    space: { ...state, keyHashes: bytesToBase64(state.keyHashes), keyIds: bytesToBase64(state.keyIds) },
    model: { classes: model.classes, weights: floatsToBase64(model.weights), bias: floatsToBase64(model.bias) },
  };
}

/** Throws when the parts do not fit together (the caller then trains instead). */
export function weightsFromData(d: WeightsData): TrainedWeights {
  const weights = floatsFromBase64(d.model.weights);
  const bias = floatsFromBase64(d.model.bias);
  const inRange = (i: number) => i < d.space.size;
  if (bias.length !== d.model.classes || weights.length !== d.space.size * d.model.classes) throw new Error('precomputed weights: sizes do not match');
  const bucketsFit = d.space.buckets.every((x, n) => (n % 2 === 0 ? x < CHAR_BUCKETS : inRange(x)));
  const keyHashes = u32FromBase64(d.space.keyHashes);
  const keyIds = i32FromBase64(d.space.keyIds);
  if (!keyIds.every((i) => i >= 0 && inRange(i)) || !bucketsFit || !d.space.cues.every(inRange)) {
    throw new Error('precomputed weights: a feature out of range');
  }
  return { space: FeatureSpace.restore({ ...d.space, keyHashes, keyIds }), model: { classes: d.model.classes, weights, bias } };
}
