/**
 * Loads the labelled example statements (content/classifier/<category>.yaml). A bad file stops
 * start-up with an error naming it: unknown label, empty example, or the same example twice
 * (within or across files, compared after trimming and case-folding).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fromRoot } from '../paths.js';
import { createRequire } from 'node:module';
import * as z from 'zod';
import { categorySchema, type Category } from '../core/types.js';

/** yaml is loaded when the examples are (the classifier trains on first use, not at start-up). */
const parseYaml = (text: string): unknown => (createRequire(import.meta.url)('yaml') as { parse(t: string): unknown }).parse(text);

export const DEFAULT_EXAMPLES_DIR = fromRoot('content', 'classifier');

export interface Example {
  text: string;
  label: Category;
}

const fileSchema = z
  .object({
    label: categorySchema,
    examples: z.array(z.string().trim().min(1, 'empty example')).min(1),
  })
  .strict();

export class ExamplesError extends Error {}

export function loadExamples(dir: string = DEFAULT_EXAMPLES_DIR): Example[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort();
  } catch (e) {
    throw new ExamplesError(`${dir}: cannot read classifier examples (${(e as Error).message})`);
  }
  if (names.length === 0) throw new ExamplesError(`${dir}: no classifier example files`);

  const out: Example[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const file = join(dir, name);
    let data: unknown;
    try {
      const raw = readFileSync(file, 'utf8');
      data = parseYaml(raw);
    } catch (e) {
      throw new ExamplesError(`${file}: not valid YAML (${(e as Error).message.split('\n')[0] ?? ''})`);
    }
    const parsed = fileSchema.safeParse(data);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ');
      throw new ExamplesError(`${file}: ${issues}`);
    }
    const { label, examples } = parsed.data;
    const stem = basename(name).replace(/\.ya?ml$/, '');
    if (stem !== label) throw new ExamplesError(`${file}: label "${label}" does not match the file name`);
    for (const text of examples) {
      const key = text.toLowerCase().replace(/\s+/g, ' ');
      const first = seen.get(key);
      if (first !== undefined) throw new ExamplesError(`${file}: duplicate example "${clip(text)}" (first in ${first})`);
      seen.set(key, basename(file));
      out.push({ text, label });
    }
  }
  return out;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
