/**
 * A frozen feature space finds a word n-gram's feature from its parts (`keyWords`), hashing them
 * as the joined key would be hashed, without building the string: it must give exactly the
 * feature `key` gives for the joined string, for keys the space holds and for keys it does not,
 * whatever the words (empty, unicode, surrogate pairs).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeatureSpace } from '../../src/classify/features.js';
import { stem, tokenize } from '../../src/classify/tokens.js';
import { loadCrisisTraining } from '../../src/safety/crisis-model.js';
import { normalise } from '../../src/safety/crisis-normalise.js';
import { precomputedCrisisWeights, weightsTrainedHere } from '../../src/safety/precomputed-crisis-model.js';

const word = fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom('', 'not', 'kill', 'school'));
const parts = fc.tuple(fc.constantFrom('w:', 'b:', 't:', 'n:', ''), word, fc.option(word, { nil: undefined }), fc.option(word, { nil: undefined }));
const joined = ([p, a, b, c]: [string, string, string | undefined, string | undefined]) => p + a + (b === undefined ? '' : ` ${b}`) + (c === undefined ? '' : ` ${c}`);

describe('FeatureSpace.keyWords', () => {
  it('gives the feature key gives for the joined string, before and after freezing', () => {
    fc.assert(
      fc.property(fc.array(parts, { minLength: 1, maxLength: 30 }), fc.array(parts, { maxLength: 30 }), (held, asked) => {
        const space = new FeatureSpace();
        for (const k of held) space.key(joined(k));
        for (const k of [...held, ...asked]) expect(space.keyWords(...k)).toBe(space.key(joined(k)));
        space.freeze();
        for (const k of [...held, ...asked]) expect(space.keyWords(...k)).toBe(space.key(joined(k)));
        expect(held.every((k) => space.keyWords(...k) >= 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("finds every word n-gram of the training messages in the crisis model's space as their strings do", () => {
    const weights = weightsTrainedHere('risk') ?? precomputedCrisisWeights(undefined, 'risk');
    expect(weights).toBeDefined();
    const space = (weights as NonNullable<typeof weights>).space;
    let found = 0;
    const wrong: string[] = [];
    for (const r of loadCrisisTraining().filter((_, i) => i % 4 === 0)) {
      const stems = tokenize(normalise(r.text)).map(stem);
      stems.forEach((s, i) => {
        const prev = stems[i - 1];
        const prev2 = stems[i - 2];
        const grams: [string, string, string?, string?][] = [['w:', s], ['n:', s]];
        if (prev !== undefined) grams.push(['b:', prev, s]);
        if (prev !== undefined && prev2 !== undefined) grams.push(['t:', prev2, prev, s]);
        for (const g of grams) {
          const id = space.keyWords(...g);
          const key = joined(g as [string, string, string | undefined, string | undefined]);
          if (id !== space.key(key)) wrong.push(key); // gathered, then asserted once
          if (id >= 0) found++;
        }
      });
    }
    expect(wrong).toEqual([]);
    expect(found).toBeGreaterThan(10_000);
  });
});
