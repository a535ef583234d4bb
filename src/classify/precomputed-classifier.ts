/**
 * The shipped classifier's weights, trained once by the build (scripts/build.mjs) instead of in
 * every process on its first statement. Used only when the hash of what they were trained from
 * (the example files, the options and the build that computed them: src/precomputed.ts) still matches;
 * otherwise the classifier is trained now, as before. Same answers either way
 * (test/classify/precomputed-classifier.test.ts).
 */
import { codeId, filesIn, hashOf, keepComputed, readPrecomputed, writePrecomputed } from '../precomputed.js';
import { classifierFrom, DEFAULT_OPTIONS, trainClassifier, type ClassifierOptions, type TrainedClassifier } from './create-classifier.js';
import { DEFAULT_EXAMPLES_DIR, loadExamples } from './load-examples.js';
import { weightsDataSchema, weightsFromData, weightsToData, type TrainedWeights } from './weights-data.js';

const NAME = 'classifier';

/** Everything the weights depend on; `code` is the code computing them (tests name another build). */
export function classifierHash(dir: string = DEFAULT_EXAMPLES_DIR, opts: ClassifierOptions = DEFAULT_OPTIONS, code: string = codeId()): string {
  return hashOf([NAME, code, JSON.stringify(opts), ...filesIn(dir, (n) => /\.ya?ml$/.test(n))]);
}

/**
 * The build: trains on the shipped examples and writes the weights with their hash. `trained`:
 * weights already trained from those examples (a test compares them with what it reads back),
 * written as they are.
 */
export function precomputeClassifier(outDir?: string, trained?: TrainedWeights): void {
  writePrecomputed(NAME, classifierHash(), weightsToData(trained ?? trainClassifier(loadExamples(), DEFAULT_OPTIONS)), outDir);
}

/** The build's weights when they are this version's; undefined when missing, stale or malformed. */
export function precomputedClassifierWeights(fromDir?: string): TrainedWeights | undefined {
  try {
    const data = readPrecomputed(NAME, classifierHash(), weightsDataSchema, fromDir);
    return data && weightsFromData(data);
  } catch {
    return undefined;
  }
}

/** The shipped classifier: the build's weights when they are this version's, else trained now (and kept, running the sources). */
export function shippedClassifier(fromDir?: string): TrainedClassifier {
  let weights = precomputedClassifierWeights(fromDir);
  if (!weights) {
    weights = trainClassifier(loadExamples(), DEFAULT_OPTIONS);
    if (fromDir === undefined) keepComputed(NAME, classifierHash(), weightsToData(weights));
  }
  return classifierFrom(weights, DEFAULT_OPTIONS);
}
