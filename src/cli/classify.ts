/**
 * `classify [TEXT... | --examples | --evaluate [--set FILE] [--json] | --help]`
 *   TEXT        classify the words given ("npm run -s cli -- classify \"<text>\""): one JSON line
 *               {"category","confidence","confident","ranked":[{"category","score"}...]}.
 *   (no TEXT)   JSON lines {"id","text"} on stdin → one JSON line per input on stdout, the same
 *               object with the id first. A malformed line → one line on stderr naming its line
 *               number; we carry on and exit 1 at the end.
 *   --examples  the labelled examples as JSON lines {"text","label"}.
 *   --evaluate  5-fold cross-validation (--folds N for another count, 2 to 10), the old held-out
 *               set (test/classify/held-out.jsonl), and with --set FILE any other labelled set
 *               ({"id","text","label"} lines): a table each, or one JSON object with --json.
 * `confident` is exactly the triage flow's test for going ahead without asking (the
 * classifier's isConfident). stdout carries only the output asked for; diagnostics go to stderr.
 */
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import type { TrainedClassifier } from '../classify/create-classifier.js';
import { shippedClassifier } from '../classify/precomputed-classifier.js';
import { crossValidatePredictions, evaluate, predictAll, type EvaluationReport } from '../classify/cross-validate.js';
import { loadExamples } from '../classify/load-examples.js';
import { loadStatementSet, OLD_HELD_OUT_FILE, StatementSetError } from '../classify/statement-set.js';
import type { ClassifyResult } from '../core/ports.js';
import { CATEGORIES } from '../core/types.js';

export interface ClassifyIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const EVAL_FOLDS = 5;
const EVAL_SEED = 1;
/** --folds: at least two (one to train on, one to test), at most ten (each fold a tenth). */
const FOLDS_RANGE = { min: 2, max: 10 };

const USAGE = `Usage: classify [TEXT...]                      classify the words given (or JSON lines {"id","text"} on stdin)
       classify --examples                     the labelled examples as JSON lines
       classify --evaluate [--set FILE] [--folds N] [--json]
                                               cross-validation (5 folds, or N from 2 to 10),
                                               the old held-out set, and FILE if given
Output per statement: {"category","confidence","confident","ranked"}; "confident" is whether
triage goes ahead without asking the parent which kind of "no" it is.
`;

const inputLine = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
});

export async function classifyCommand(argv: string[], io: ClassifyIo): Promise<number> {
  let values: { examples?: boolean; evaluate?: boolean; json?: boolean; set?: string; folds?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: {
        examples: { type: 'boolean' },
        evaluate: { type: 'boolean' },
        json: { type: 'boolean' },
        set: { type: 'string' },
        folds: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    }));
  } catch (e) {
    io.stderr.write(`classify: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const modes = [values.examples, values.evaluate, positionals.length > 0].filter(Boolean).length;
  if (modes > 1) {
    io.stderr.write(`classify: give one of TEXT, --examples and --evaluate\n${USAGE}`);
    return 2;
  }
  if ((values.set !== undefined || values.folds !== undefined) && !values.evaluate) {
    io.stderr.write(`classify: --${values.set !== undefined ? 'set' : 'folds'} goes with --evaluate\n${USAGE}`);
    return 2;
  }
  const folds = values.folds === undefined ? EVAL_FOLDS : Number(values.folds);
  if (!Number.isInteger(folds) || folds < FOLDS_RANGE.min || folds > FOLDS_RANGE.max) {
    io.stderr.write(`classify: --folds takes a whole number from ${FOLDS_RANGE.min} to ${FOLDS_RANGE.max}\n${USAGE}`);
    return 2;
  }

  const examples = loadExamples();
  if (values.examples) {
    for (const e of examples) io.stdout.write(`${JSON.stringify({ text: e.text, label: e.label })}\n`);
    return 0;
  }
  if (values.evaluate) return evaluateCommand(examples, { setFile: values.set, folds, json: values.json === true }, io);

  // The shipped classifier (the build's weights for these examples, or trained now): the same
  // scores as training here (precomputed-classifier.test.ts), without a second's training a call.
  const classifier = shippedClassifier();
  if (positionals.length > 0) {
    io.stdout.write(`${JSON.stringify(toOutput(classifier, positionals.join(' ')))}\n`);
    return 0;
  }
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let bad = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    let parsed: z.infer<typeof inputLine>;
    try {
      const r = inputLine.safeParse(JSON.parse(line));
      if (!r.success) throw new Error(r.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; '));
      parsed = r.data;
    } catch (e) {
      bad++;
      io.stderr.write(`line ${lineNo}: ${oneLine((e as Error).message)}\n`);
      continue;
    }
    io.stdout.write(`${JSON.stringify({ id: parsed.id, ...toOutput(classifier, parsed.text) })}\n`);
  }
  return bad > 0 ? 1 : 0;
}

function toOutput(classifier: TrainedClassifier, text: string) {
  const r: ClassifyResult = classifier.classify(text);
  return {
    category: r.category,
    confidence: round(r.confidence),
    confident: classifier.isConfident(r),
    ranked: r.ranked.map((x) => ({ category: x.category, score: round(x.score) })),
  };
}

interface NamedReport extends EvaluationReport {
  name: string;
  source: string;
}

function evaluateCommand(examples: ReturnType<typeof loadExamples>, opts: { setFile: string | undefined; folds: number; json: boolean }, io: ClassifyIo): number {
  const { setFile, folds, json } = opts;
  let set: ReturnType<typeof loadStatementSet> | undefined;
  try {
    set = setFile === undefined ? undefined : loadStatementSet(setFile);
  } catch (e) {
    if (!(e instanceof StatementSetError)) throw e;
    io.stderr.write(`classify: ${e.message}\n`);
    return 2;
  }
  const reports: NamedReport[] = [
    {
      name: 'crossValidation',
      source: `${folds}-fold cross-validation (stratified, seed ${EVAL_SEED}) on ${examples.length} examples`,
      ...evaluate(crossValidatePredictions(examples, folds, EVAL_SEED)),
    },
  ];
  const classifier = shippedClassifier();
  if (existsSync(OLD_HELD_OUT_FILE)) {
    reports.push({ name: 'heldOut', source: 'the old held-out set (test/classify/held-out.jsonl)', ...evaluate(predictAll(classifier, loadStatementSet(OLD_HELD_OUT_FILE))) });
  } else {
    io.stderr.write('classify: the old held-out set is not here (test/classify/held-out.jsonl); skipped\n');
  }
  if (set !== undefined && setFile !== undefined) reports.push({ name: 'set', source: setFile, ...evaluate(predictAll(classifier, set)) });
  if (json) io.stdout.write(`${JSON.stringify(Object.fromEntries(reports.map((r) => [r.name, r])))}\n`);
  else io.stdout.write(reports.map(formatReport).join('\n'));
  return 0;
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').slice(0, 300);
const pct = (x: number): string => x.toFixed(3);

export function formatReport(r: EvaluationReport & { source: string }): string {
  const w = Math.max(...CATEGORIES.map((c) => c.length)) + 2;
  const out: string[] = [];
  out.push(`${r.source}: ${r.n} statements`);
  out.push('');
  out.push(`${'category'.padEnd(w)}precision  recall  f1     n`);
  for (const c of r.perCategory) {
    out.push(`${c.category.padEnd(w)}${pct(c.precision).padEnd(11)}${pct(c.recall).padEnd(8)}${pct(c.f1).padEnd(7)}${c.support}`);
  }
  out.push('');
  out.push(`macro-F1 ${pct(r.macroF1)}   top-2 accuracy ${pct(r.top2Accuracy)}   accuracy ${pct(r.accuracy)}`);
  out.push(`confident ${pct(r.confidentShare)} of statements   right when confident ${pct(r.rightWhenConfident)}`);
  out.push('');
  out.push('Confusion (rows = actual, columns = predicted):');
  const short = CATEGORIES.map((c) => c.slice(0, 6).padStart(7));
  out.push(`${''.padEnd(w)}${short.join('')}`);
  for (const a of CATEGORIES) out.push(`${a.padEnd(w)}${CATEGORIES.map((p) => String(r.confusion[a][p]).padStart(7)).join('')}`);
  return `${out.join('\n')}\n`;
}
