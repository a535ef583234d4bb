/**
 * The build trains the crisis screen's learned layer and plans its gates once
 * (src/safety/precomputed-crisis-model.ts, precomputed-gates.ts). What it keeps must give
 * exactly the answers of computing them at run time, and a stale artifact must never be used.
 * Words are tested by their figures, never quoted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGate, planGate } from '../../src/safety/crisis-gate.js';
import { crisisModelFrom, DEFAULT_TRAINING_DIR, fitCrisisModel, loadCrisisTraining, MODEL_OPTIONS, TIER_OPTIONS, type CrisisWeights } from '../../src/safety/crisis-model.js';
import { normalise } from '../../src/safety/crisis-normalise.js';
import { crisisModel, crisisModelHash, precomputeCrisisModel, precomputedCrisisWeights, weightsTrainedHere, type LearnedModel } from '../../src/safety/precomputed-crisis-model.js';
import { SOURCES_CACHE_DIR } from '../../src/precomputed.js';
import { gatePlanHash, precomputedGatePlan, precomputeGatePlan } from '../../src/safety/precomputed-gates.js';
import { tempDir } from '../support/builders.js';
import { expectEqual } from '../support/hot-expect.js';
import { weightsFingerprint } from '../support/weights-fingerprint.js';
import { corpusStrings, CRISIS_PATTERNS, PHRASE_PATTERNS } from './crisis-corpus.js';
import { TRAINING_FINGERPRINTS } from './training-fingerprints.js';

const tmp = tempDir('nextstep-precomputed-safety-');
afterAll(tmp.cleanup);
const rows = loadCrisisTraining();
const texts = [...rows.map((r) => normalise(r.text)), ...corpusStrings().map(normalise)];
/** A sixth of them for the models (every sixth): weights are kept right or wrong as a whole, and judging is the slow part. */
const someTexts = texts.filter((_, i) => i % 6 === 0);

describe('the precomputed crisis model', () => {
  // Both models as these sources train them: by this worker on first use (crisisModel), or kept
  // under these sources' own hash (src/precomputed.ts: every byte of src/ and the lock file, the
  // options and the training files) by the build that `npm ci` ran on these very sources, or,
  // when neither is there, trained here from scratch (seconds on a loaded two-core machine).
  // An edit to the trainer or the training files changes that hash, so the weights checked below
  // are then trained here. Then written as the build writes them.
  const trained: Partial<Record<LearnedModel, CrisisWeights>> = {};
  const asTheseSourcesTrainThem = (which: LearnedModel, options: typeof MODEL_OPTIONS): CrisisWeights =>
    weightsTrainedHere(which) ?? precomputedCrisisWeights(SOURCES_CACHE_DIR, which) ?? fitCrisisModel(rows, options);
  beforeAll(() => {
    trained.risk = asTheseSourcesTrainThem('risk', MODEL_OPTIONS);
    trained.tier = asTheseSourcesTrainThem('tier', TIER_OPTIONS);
    precomputeCrisisModel(tmp.dir, trained);
  }, 300_000);

  it('trains both models to the bit as before (training made faster moves no weight)', () => {
    expect(weightsFingerprint(trained.risk as CrisisWeights)).toBe(TRAINING_FINGERPRINTS.risk);
    expect(weightsFingerprint(trained.tier as CrisisWeights)).toBe(TRAINING_FINGERPRINTS.tier);
  });

  it('gives exactly the opinions of the models trained at run time (risk and tier), as does the process\'s own', { timeout: 300_000 }, () => {
    for (const [which, options] of [
      ['risk', MODEL_OPTIONS],
      ['tier', TIER_OPTIONS],
    ] as const) {
      const weights = precomputedCrisisWeights(tmp.dir, which);
      expect(weights).toBeDefined();
      const loaded = crisisModelFrom(weights as NonNullable<typeof weights>, options);
      const fresh = crisisModelFrom(trained[which] as CrisisWeights, options);
      // The worker's own: trained on first use, or read from the sources' cache an earlier process kept.
      const own = crisisModel(which) as NonNullable<ReturnType<typeof crisisModel>>;
      let high = 0;
      for (const t of someTexts) {
        const a = fresh.judge(t);
        expectEqual(loaded.judge(t), a);
        expectEqual(own.judge(t), a);
        if (a.risk > 0.5) high++;
      }
      expect(high).toBeGreaterThan(100); // the comparison covers messages either side of even
    }
  });

  it('is not used when it was made from other training files, or is damaged', () => {
    const file = join(tmp.dir, 'crisis-model.json');
    const good = JSON.parse(readFileSync(file, 'utf8')) as { hash: string; data: { space: { size: number } } };
    writeFileSync(file, JSON.stringify({ ...good, hash: '0'.repeat(64) }));
    expect(precomputedCrisisWeights(tmp.dir)).toBeUndefined();
    writeFileSync(file, JSON.stringify({ ...good, data: { ...good.data, space: { ...good.data.space, size: good.data.space.size + 1 } } }));
    expect(precomputedCrisisWeights(tmp.dir)).toBeUndefined();
    const training = join(tmp.dir, 'training');
    cpSync(DEFAULT_TRAINING_DIR, training, { recursive: true });
    expect(crisisModelHash(training)).toBe(crisisModelHash());
    writeFileSync(join(training, 'zz-added.jsonl'), '{"text":"added after the build","expect":"none","family":"none"}\n');
    expect(crisisModelHash(training)).not.toBe(crisisModelHash());
    // Weights another build (other code) trained are refused.
    writeFileSync(file, JSON.stringify({ ...good, hash: crisisModelHash(DEFAULT_TRAINING_DIR, 'another-build') }));
    expect(precomputedCrisisWeights(tmp.dir)).toBeUndefined();
    writeFileSync(file, JSON.stringify(good));
    expect(precomputedCrisisWeights(tmp.dir)).toBeDefined();
  });
});

describe('the precomputed gate plans', () => {
  for (const [name, patterns] of [
    ['patterns', CRISIS_PATTERNS],
    ['phrases', PHRASE_PATTERNS],
  ] as const) {
    it(`${name}: the same plan, and so the same candidates on every corpus message, as planning at run time`, () => {
      precomputeGatePlan(name, patterns, tmp.dir);
      const plan = precomputedGatePlan(name, patterns, tmp.dir);
      const now = planGate(patterns);
      expect(plan).toEqual(now);
      const a = buildGate(patterns, plan);
      const b = buildGate(patterns, now);
      for (const t of texts) {
        a.scan(t);
        b.scan(t);
        expectEqual(a.candidates?.(), b.candidates?.());
      }
    });
  }

  it('is not used for patterns that changed since the build', () => {
    precomputeGatePlan('patterns', CRISIS_PATTERNS, tmp.dir);
    const changed = CRISIS_PATTERNS.map((re, i) => (i === 7 ? new RegExp(`${re.source}|a new wording`, re.flags) : re));
    expect(gatePlanHash('patterns', changed)).not.toBe(gatePlanHash('patterns', CRISIS_PATTERNS));
    expect(precomputedGatePlan('patterns', changed, tmp.dir)).toBeUndefined();
    expect(precomputedGatePlan('patterns', CRISIS_PATTERNS.slice(1), tmp.dir)).toBeUndefined();
    expect(precomputedGatePlan('patterns', CRISIS_PATTERNS, tmp.dir)).toBeDefined();
  });

  it('is not used when another build (other code) planned it', () => {
    precomputeGatePlan('patterns', CRISIS_PATTERNS, tmp.dir);
    const file = join(tmp.dir, 'patterns.json');
    const good = JSON.parse(readFileSync(file, 'utf8')) as { hash: string };
    expect(good.hash).toBe(gatePlanHash('patterns', CRISIS_PATTERNS));
    writeFileSync(file, JSON.stringify({ ...good, hash: gatePlanHash('patterns', CRISIS_PATTERNS, 'another-build') }));
    expect(precomputedGatePlan('patterns', CRISIS_PATTERNS, tmp.dir)).toBeUndefined();
  });
});
