/**
 * Held-out statements for the classifier (held-out.jsonl): written separately from
 * content/classifier and never used for training, in three batches ("first", "blind", "fresh";
 * see docs/classifier.md). Different people (grandparents, foster carers, dads texting, a social
 * worker), registers (LA letters, district policy language, voice-note transcripts) and wording.
 * Tests measure generalisation on these; do not copy them into the training examples.
 * `classify --evaluate` scores the same file.
 */
import { loadStatementSet, OLD_HELD_OUT_FILE, type LabelledStatement } from '../../src/classify/statement-set.js';

export const HELD_OUT: LabelledStatement[] = loadStatementSet(OLD_HELD_OUT_FILE);
