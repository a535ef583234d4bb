/**
 * Words the bot reads rather than says (content/words/*.yaml): what a parent types to ask for a
 * command, how they answer yes, no or "not sure", how they name the school's staff. Each key
 * holds a list; every entry is a regular expression (JavaScript syntax), checked when parsed.
 * Read with the rest of content/ (catalog.ts), and so precomputed by the build like it.
 */
import * as z from 'zod';

const wordsFileSchema = z.record(z.string().regex(/^[a-z0-9_.-]+$/i, 'keys use letters, digits, dots, dashes'), z.array(z.string().min(1)).min(1));

/** Parses the word files, adding what is wrong to `problems`. */
export function parseWordLists(files: readonly { file: string; text: string }[], parseYaml: (text: string) => unknown, problems: string[]): [string, string[]][] {
  const words = new Map<string, string[]>();
  const parts = new Map<string, string>();
  const lists: { file: string; key: string; list: string[] }[] = [];
  for (const { file, text } of files) {
    let data: unknown;
    try {
      data = parseYaml(text);
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
      if (words.has(key) || parts.has(key)) problems.push(`${file}: key "${key}" is defined twice`);
      if (key.startsWith(PART)) {
        if (list.length !== 1) problems.push(`${file}: "${key}" is a part of other patterns: it holds one pattern`);
        parts.set(key, list[0] as string);
        continue;
      }
      lists.push({ file, key, list });
      words.set(key, list);
    }
  }
  for (const { file, key, list } of lists) {
    const expanded = list.map((p) => expandParts(p, parts, (name) => problems.push(`${file}: "${key}" names {{${name}}}, but no "${PART}${name}" holds it`)));
    for (const p of expanded) if (!isPattern(p)) problems.push(`${file}: "${key}" has an invalid pattern ${p}`);
    words.set(key, expanded);
  }
  return [...words];
}

/**
 * Keys named `parts.<name>` hold one piece of a pattern that several patterns share (the ways a
 * parent asks "what do I say next?", alone or ending a long message): `{{name}}` in a pattern
 * stands for it. Parts are not lists of their own, and hold no `{{…}}` themselves.
 */
const PART = 'parts.';

function expandParts(pattern: string, parts: ReadonlyMap<string, string>, unknown: (name: string) => void): string {
  return pattern.replace(/\{\{([a-z0-9_-]+)\}\}/gi, (whole, name: string) => {
    const part = parts.get(`${PART}${name}`);
    if (part === undefined) {
      unknown(name);
      return whole;
    }
    return part;
  });
}

function isPattern(source: string): boolean {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
}
