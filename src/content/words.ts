/**
 * Words the bot reads rather than says (content/words/*.yaml): what a parent types to ask for a
 * command, how they answer yes, no or "not sure", how they name the school's staff. Each key
 * holds a list; every entry of these files is a regular expression (JavaScript syntax), checked
 * when loaded. Read once per process at start-up; a broken file stops the bot there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

const DEFAULT_WORDS_DIR = fileURLToPath(new URL('../../content/words', import.meta.url));

const wordsFileSchema = z.record(z.string().regex(/^[a-z0-9_.-]+$/i, 'keys use letters, digits, dots, dashes'), z.array(z.string().min(1)).min(1));

export class WordsError extends Error {}

/** Reads every word list in `dir`, adding what is wrong to `problems`. */
export function readWordLists(dir: string, problems: string[]): Map<string, string[]> {
  const words = new Map<string, string[]>();
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort();
  } catch {
    return words;
  }
  for (const name of names) {
    const file = join(dir, name);
    let data: unknown;
    try {
      data = parseYaml(readFileSync(file, 'utf8'));
    } catch (e) {
      problems.push(`${file}: not valid YAML (${(e as Error).message.split('\n')[0]})`);
      continue;
    }
    const parsed = wordsFileSchema.safeParse(data ?? {});
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || '(file)'}: ${i.message}`));
      continue;
    }
    for (const [key, list] of Object.entries(parsed.data)) {
      if (words.has(key)) problems.push(`${file}: key "${key}" is defined twice`);
      for (const p of list) if (!isPattern(p)) problems.push(`${file}: "${key}" has an invalid pattern ${p}`);
      words.set(key, list);
    }
  }
  return words;
}

function isPattern(source: string): boolean {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
}

let shipped: Map<string, string[]> | undefined;

/**
 * A word list from the shipped content/words/, for code that runs before any catalog exists
 * (the flows' helpers, built when their module loads).
 */
export function shippedWords(key: string): readonly string[] {
  if (!shipped) {
    const problems: string[] = [];
    const read = readWordLists(DEFAULT_WORDS_DIR, problems);
    if (problems.length) throw new WordsError(`Content problems:\n${problems.join('\n')}`);
    shipped = read;
  }
  const list = shipped.get(key);
  if (!list) throw new WordsError(`Unknown word list "${key}"`);
  return list;
}
