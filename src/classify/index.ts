/** The "kind of no" classifier: public API. */
export { loadExamples, DEFAULT_EXAMPLES_DIR, ExamplesError, type Example } from './load-examples.js';
export {
  createClassifier,
  DEFAULT_OPTIONS,
  type ClassifierOptions,
  type ClassifierOverrides,
  type TrainedClassifier,
} from './create-classifier.js';
export {
  crossValidate,
  crossValidatePredictions,
  evaluate,
  predictAll,
  type CrossValidationReport,
  type EvaluationReport,
  type CategoryScore,
  type Confusion,
  type Prediction,
} from './cross-validate.js';
export { precomputeClassifier, shippedClassifier } from './precomputed-classifier.js';
export { loadStatementSet, OLD_HELD_OUT_FILE, StatementSetError, type LabelledStatement } from './statement-set.js';
