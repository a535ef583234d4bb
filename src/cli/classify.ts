/**
 * `classify [--examples | --evaluate [--json]]`
 *   default     JSON lines {"id","text"} on stdin → one JSON line per input on stdout:
 *               {"id","category","confidence","ranked":[{"category","score"}...]}.
 *               A malformed line → one line on stderr naming its line number; we carry on and
 *               exit 1 at the end.
 *   --examples  the labelled examples as JSON lines {"text","label"}.
 *   --evaluate  5-fold cross-validation report: a table, or one JSON object with --json.
 * stdout carries only the output asked for; diagnostics go to stderr.
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { createClassifier } from '../classify/create-classifier.js';
import { crossValidate, type CrossValidationReport } from '../classify/cross-validate.js';
import { loadExamples } from '../classify/load-examples.js';
import type { ClassifyResult } from '../core/ports.js';
import { CATEGORIES } from '../core/types.js';
import { parseOptions, UsageError } from './io.js';

export interface ClassifyIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const EVAL_FOLDS = 5;
const EVAL_SEED = 1;

const inputLine = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
});

const Options = z.object({ examples: z.boolean().optional(), evaluate: z.boolean().optional(), json: z.boolean().optional() });

export async function classifyCommand(raw: unknown, io: ClassifyIo): Promise<number> {
  const values = parseOptions(Options, raw);
  if (values.examples && values.evaluate) throw new UsageError('choose one of --examples and --evaluate');

  const examples = loadExamples();
  if (values.examples) {
    for (const e of examples) io.stdout.write(`${JSON.stringify({ text: e.text, label: e.label })}\n`);
    return 0;
  }
  if (values.evaluate) {
    const report = crossValidate(examples, EVAL_FOLDS, EVAL_SEED);
    io.stdout.write(values.json ? `${JSON.stringify(report)}\n` : formatReport(report));
    return 0;
  }

  const classifier = createClassifier(examples);
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
    io.stdout.write(`${JSON.stringify(toOutput(parsed.id, classifier.classify(parsed.text)))}\n`);
  }
  return bad > 0 ? 1 : 0;
}

function toOutput(id: string | number, r: ClassifyResult) {
  return {
    id,
    category: r.category,
    confidence: round(r.confidence),
    ranked: r.ranked.map((x) => ({ category: x.category, score: round(x.score) })),
  };
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').slice(0, 300);
const pct = (x: number): string => x.toFixed(3);

export function formatReport(r: CrossValidationReport): string {
  const w = Math.max(...CATEGORIES.map((c) => c.length)) + 2;
  const out: string[] = [];
  out.push(`Cross-validation: ${r.folds} folds (stratified, seed ${r.seed}), ${r.n} examples`);
  out.push('');
  out.push(`${'category'.padEnd(w)}precision  recall  f1     n`);
  for (const c of r.perCategory) {
    out.push(`${c.category.padEnd(w)}${pct(c.precision).padEnd(11)}${pct(c.recall).padEnd(8)}${pct(c.f1).padEnd(7)}${c.support}`);
  }
  out.push('');
  out.push(`macro-F1 ${pct(r.macroF1)}   top-2 accuracy ${pct(r.top2Accuracy)}   accuracy ${pct(r.accuracy)}`);
  out.push('');
  out.push('Confusion (rows = actual, columns = predicted):');
  const short = CATEGORIES.map((c) => c.slice(0, 6).padStart(7));
  out.push(`${''.padEnd(w)}${short.join('')}`);
  for (const a of CATEGORIES) out.push(`${a.padEnd(w)}${CATEGORIES.map((p) => String(r.confusion[a][p]).padStart(7)).join('')}`);
  return `${out.join('\n')}\n`;
}
