/**
 * A SHA-256 of trained weights: the frozen feature space (its size, key hashes and ids, character
 * buckets, cue features) and the model's weights and biases, byte for byte. Two trainings give the
 * same fingerprint only when every weight is the same to the bit (test/safety/training-fingerprints.ts).
 */
import { createHash } from 'node:crypto';
import type { TrainedWeights } from '../../src/classify/weights-data.js';

export function weightsFingerprint({ space, model }: TrainedWeights): string {
  const s = space.state();
  const h = createHash('sha256');
  const bytes = (a: ArrayBufferView) => h.update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  h.update(`size ${s.size} classes ${model.classes}\n`);
  bytes(s.keyHashes);
  bytes(s.keyIds);
  bytes(Int32Array.from(s.buckets));
  bytes(Int32Array.from(s.cues));
  bytes(model.weights);
  bytes(model.bias);
  return h.digest('hex');
}

/** A number's exact bits, as hex (so a threshold that moves in its last bit reads differently). */
export function exactBits(x: number): string {
  return Buffer.from(new Float64Array([x]).buffer).toString('hex');
}
