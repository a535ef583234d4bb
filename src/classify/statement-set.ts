/**
 * A labelled set of statements kept apart from the training examples, as JSON lines
 * `{"id","text","label",...}` (other fields such as locale or shape are kept but unused).
 * The old held-out set lives in test/classify/held-out.jsonl; `classify --evaluate --set FILE`
 * scores any other file in the same shape. A malformed line stops with its line number.
 */
import { readFileSync } from 'node:fs';
import { fromRoot } from '../paths.js';
import * as z from 'zod';
import { categorySchema, type Category } from '../core/types.js';

export const OLD_HELD_OUT_FILE = fromRoot('test', 'classify', 'held-out.jsonl');

export interface LabelledStatement {
  id: string;
  text: string;
  label: Category;
}

const lineSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string(),
  label: categorySchema,
});

export class StatementSetError extends Error {}

export function loadStatementSet(file: string): LabelledStatement[] {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    throw new StatementSetError(`${file}: cannot read (${(e as Error).message})`);
  }
  const out: LabelledStatement[] = [];
  raw.split('\n').forEach((line, n) => {
    if (line.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new StatementSetError(`${file}: line ${n + 1} is not JSON`);
    }
    const r = lineSchema.safeParse(parsed);
    if (!r.success) {
      const issues = r.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ');
      throw new StatementSetError(`${file}: line ${n + 1}: ${issues}`);
    }
    out.push({ id: String(r.data.id ?? n + 1), text: r.data.text, label: r.data.label });
  });
  if (out.length === 0) throw new StatementSetError(`${file}: no statements`);
  return out;
}
