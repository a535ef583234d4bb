/**
 * The build trains the classifier once and keeps its weights (src/classify/precomputed-classifier.ts).
 * Those weights must classify exactly as training at run time does, and a stale or damaged
 * artifact must never be used.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClassifier, DEFAULT_EXAMPLES_DIR, DEFAULT_OPTIONS, loadExamples, loadStatementSet, OLD_HELD_OUT_FILE } from '../../src/classify/index.js';
import { classifierHash, precomputeClassifier, precomputedClassifierWeights, shippedClassifier } from '../../src/classify/precomputed-classifier.js';
import { classifierFrom, trainClassifier } from '../../src/classify/create-classifier.js';
import { tempDir } from '../support/builders.js';
import { weightsFingerprint } from '../support/weights-fingerprint.js';
import { TRAINING_FINGERPRINTS } from '../safety/training-fingerprints.js';

const tmp = tempDir('nextstep-precomputed-');
afterAll(tmp.cleanup);
const file = join(tmp.dir, 'classifier.json');

// Trained once here, at run time, from scratch; each test below writes these weights as the build
// does (precomputeClassifier's `trained`) rather than training them again.
const weights = trainClassifier(loadExamples(), DEFAULT_OPTIONS);
const trained = classifierFrom(weights, DEFAULT_OPTIONS);
const texts = [...loadExamples().map((e) => e.text), ...loadStatementSet(OLD_HELD_OUT_FILE).map((s) => s.text), '', '🙂', 'They said no.'];

describe('the precomputed classifier', () => {
  it('is trained to the bit as before (training made faster moves no weight)', () => {
    expect(weightsFingerprint(weights)).toBe(TRAINING_FINGERPRINTS.classifier);
    // createClassifier (what the engine's tests build) trains the same weights.
    const viaCreate = createClassifier(loadExamples());
    for (const t of texts.slice(0, 50)) expect(viaCreate.logitsOf(t)).toEqual(trained.logitsOf(t));
  });

  it('gives exactly the scores of the classifier trained at run time', () => {
    precomputeClassifier(tmp.dir, weights);
    expect(precomputedClassifierWeights(tmp.dir)).toBeDefined();
    const loaded = shippedClassifier(tmp.dir);
    for (const t of texts) {
      expect(loaded.logitsOf(t)).toEqual(trained.logitsOf(t));
      expect(loaded.classify(t)).toEqual(trained.classify(t));
    }
  });

  it('is not used when it was made from other sources, or is damaged', () => {
    precomputeClassifier(tmp.dir, weights);
    const good = readFileSync(file, 'utf8');
    const artifact = JSON.parse(good) as { hash: string; data: { model: { weights: string } } };
    writeFileSync(file, JSON.stringify({ ...artifact, hash: 'f'.repeat(64) }));
    expect(precomputedClassifierWeights(tmp.dir)).toBeUndefined();
    writeFileSync(file, JSON.stringify({ ...artifact, data: { ...artifact.data, model: { ...artifact.data.model, weights: 'AAAAAAAAAAA=' } } }));
    expect(precomputedClassifierWeights(tmp.dir)).toBeUndefined();
    writeFileSync(file, good.slice(0, 1000));
    expect(precomputedClassifierWeights(tmp.dir)).toBeUndefined();
    // Then the classifier is trained, as without a build.
    expect(shippedClassifier(tmp.dir).logitsOf(texts[0] as string)).toEqual(trained.logitsOf(texts[0] as string));
  });

  it('is stale as soon as an example file changes, or when another build made it', () => {
    const examples = join(tmp.dir, 'examples');
    cpSync(DEFAULT_EXAMPLES_DIR, examples, { recursive: true });
    expect(classifierHash(examples)).toBe(classifierHash());
    const some = join(examples, 'data.yaml');
    writeFileSync(some, `${readFileSync(some, 'utf8')}  - "one more example, added after the build"\n`);
    expect(classifierHash(examples)).not.toBe(classifierHash());
    // The code is part of the hash: weights another build (other code) trained are refused.
    precomputeClassifier(tmp.dir, weights);
    const artifact = JSON.parse(readFileSync(file, 'utf8')) as { hash: string };
    expect(artifact.hash).toBe(classifierHash());
    writeFileSync(file, JSON.stringify({ ...artifact, hash: classifierHash(DEFAULT_EXAMPLES_DIR, DEFAULT_OPTIONS, 'another-build') }));
    expect(precomputedClassifierWeights(tmp.dir)).toBeUndefined();
  });
});
