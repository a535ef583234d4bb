/**
 * Featurising once for many trainings (src/classify/feature-record.ts): messages recorded once
 * and replayed into a space, in any subset and order, must number their features exactly as
 * asking that space directly would (each hand-to-hand fold keeps its own feature space).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeatureRecorder, replayRecorded, type FeatureSink } from '../../src/classify/feature-record.js';
import { FeatureSpace } from '../../src/classify/features.js';

/** One ask: a word key (its parts) or a character bucket. */
type Ask = { key: [string, string, string | undefined, string | undefined] } | { bucket: number };
const word = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('', 'not', 'school'));
const ask: fc.Arbitrary<Ask> = fc.oneof(
  fc.record({ key: fc.tuple(fc.constantFrom('w:', 'b:', 't:'), word, fc.option(word, { nil: undefined }), fc.option(word, { nil: undefined })) }),
  fc.record({ bucket: fc.integer({ min: 0, max: 40 }) }),
);

/** What a featuriser does with a space: each key's feature into words, each bucket's into chars. */
function featurise(message: readonly Ask[], sink: FeatureSink): { words: number[]; chars: number[] } {
  const words: number[] = [];
  const chars: number[] = [];
  for (const a of message) {
    if ('key' in a) words.push(sink.keyWords(...a.key));
    else chars.push(sink.bucket(a.bucket));
  }
  return { words, chars };
}

describe('replayRecorded', () => {
  it('numbers every subset of the messages as featurising them into a fresh space would', () => {
    fc.assert(
      fc.property(fc.array(fc.array(ask, { maxLength: 12 }), { minLength: 1, maxLength: 8 }), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (messages, keep) => {
        const rec = new FeatureRecorder();
        const recorded = messages.map((m) => {
          featurise(m, rec);
          return rec.take();
        });
        for (const subset of [messages.map((_, i) => i), messages.flatMap((_, i) => (keep[i] ? [i] : [])).reverse()]) {
          const direct = new FeatureSpace();
          const want = subset.map((i) => featurise(messages[i] as Ask[], direct));
          const replayed = new FeatureSpace();
          expect(replayRecorded(subset.map((i) => recorded[i] as Int32Array), rec, replayed)).toEqual(want);
          expect(replayed.state()).toEqual(direct.state());
        }
      }),
      { numRuns: 200 },
    );
  });
});
