/**
 * Every word the bot says lives in content/: YAML for prompts and advice, Markdown with
 * front-matter for letters. Loaded once at start-up and validated; a broken file, an
 * unknown key or an undeclared variable stops the bot at boot, never mid-conversation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { readWordLists } from './words.js';

export const DEFAULT_CONTENT_DIR = fileURLToPath(new URL('../../content', import.meta.url));

/** `{{name}}`; `{{name.}}` ends the filled words as a sentence (a parent's words often stop bare). */
const VAR = /\{\{\s*([a-z_][a-z0-9_]*)(\.)?\s*\}\}/gi;

const entrySchema = z.union([
  z.string().min(1),
  z.object({ variants: z.array(z.string().min(1)).min(1) }).strict(),
]);
const promptFileSchema = z.record(z.string().regex(/^[a-z0-9_.-]+$/i, 'keys use letters, digits, dots, dashes'), entrySchema);

const letterFrontSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    description: z.string().min(1),
    /** Each variable and the blank shown when the notes do not have it yet. */
    vars: z.record(z.string().regex(/^[a-z_][a-z0-9_]*$/), z.string().min(1)),
  })
  .strict();
export type LetterTemplate = z.infer<typeof letterFrontSchema> & { body: string; file: string };

export class ContentError extends Error {}

export interface ContentCatalog {
  has(key: string): boolean;
  keys(): string[];
  /** Variables a key uses. */
  varsOf(key: string): string[];
  /** Render a key; every variable must be given. `seed` picks a variant deterministically. */
  render(key: string, vars?: Record<string, string>, seed?: number): string;
  letters(): LetterTemplate[];
  letter(id: string): LetterTemplate | undefined;
  /** Fill a letter; a missing fact becomes a clearly marked blank for the parent to fill. */
  renderLetter(id: string, vars: Record<string, string | undefined>): { title: string; body: string; blanks: string[] };
  /** A list of words the bot reads (content/words/); an unknown key is a content error. */
  words(key: string): readonly string[];
}

function varsIn(text: string): string[] {
  return [...new Set([...text.matchAll(VAR)].map((m) => m[1] as string))];
}

/**
 * Words ended as a sentence: a full stop unless they already end in one (or ! ? …, a closing
 * quote or bracket after it), end a list or a blank ("[ADD: …]"), or run over several lines.
 */
export function asSentence(words: string): string {
  const w = words.trimEnd();
  if (!w || w.includes('\n') || /(?:[.!?…:;][)"'”’]*|\])$/.test(w)) return w;
  return `${w}.`;
}

function fill(text: string, vars: Record<string, string>): string {
  return text.replace(VAR, (_, name: string, dot?: string) => (dot ? asSentence(vars[name] ?? '') : (vars[name] ?? '')));
}

function listFiles(dir: string, ext: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((n) => n.endsWith(ext)).sort().map((n) => join(dir, n));
}

function parseFrontMatter(raw: string, file: string): { front: unknown; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(raw);
  if (!m) throw new ContentError(`${file}: a letter must start with front-matter between --- lines`);
  return { front: parseYaml(m[1] as string), body: (m[2] as string).trim() + '\n' };
}

function formatZod(file: string, err: z.ZodError): string {
  return err.issues.map((i) => `${file}: ${i.path.join('.') || '(file)'}: ${i.message}`).join('\n');
}

export function loadContent(dir: string = DEFAULT_CONTENT_DIR): ContentCatalog {
  const entries = new Map<string, string[]>();
  /** Variables per key, found once here (every variant of a key uses the same ones). */
  const varsByKey = new Map<string, string[]>();
  const problems: string[] = [];

  for (const file of listFiles(join(dir, 'prompts'), '.yaml')) {
    let data: unknown;
    try {
      data = parseYaml(readFileSync(file, 'utf8'));
    } catch (e) {
      problems.push(`${file}: not valid YAML (${(e as Error).message.split('\n')[0]})`);
      continue;
    }
    const parsed = promptFileSchema.safeParse(data ?? {});
    if (!parsed.success) {
      problems.push(formatZod(file, parsed.error));
      continue;
    }
    for (const [key, entry] of Object.entries(parsed.data)) {
      if (entries.has(key)) problems.push(`${file}: key "${key}" is defined twice`);
      const variants = typeof entry === 'string' ? [entry] : entry.variants;
      const first = varsIn(variants[0] as string).sort().join(',');
      for (const v of variants) {
        if (varsIn(v).sort().join(',') !== first) problems.push(`${file}: variants of "${key}" use different variables`);
      }
      entries.set(key, variants.map((v) => v.trimEnd()));
      varsByKey.set(key, varsIn(variants[0] as string));
    }
  }

  const letters = new Map<string, LetterTemplate>();
  for (const file of listFiles(join(dir, 'letters'), '.md')) {
    try {
      const { front, body } = parseFrontMatter(readFileSync(file, 'utf8'), file);
      const parsed = letterFrontSchema.safeParse(front);
      if (!parsed.success) {
        problems.push(formatZod(file, parsed.error));
        continue;
      }
      const undeclared = varsIn(body).filter((v) => !(v in parsed.data.vars));
      if (undeclared.length) problems.push(`${file}: uses undeclared variables ${undeclared.join(', ')}`);
      letters.set(parsed.data.id, { ...parsed.data, body, file });
    } catch (e) {
      problems.push((e as Error).message);
    }
  }

  const words = readWordLists(join(dir, 'words'), problems);

  if (problems.length) throw new ContentError(`Content problems:\n${problems.join('\n')}`);
  if (entries.size === 0) throw new ContentError(`No content found in ${dir}/prompts`);

  return {
    has: (key) => entries.has(key),
    keys: () => [...entries.keys()],
    varsOf: (key) => [...(varsByKey.get(key) ?? [])],
    render(key, vars = {}, seed = 0) {
      const variants = entries.get(key);
      if (!variants) throw new ContentError(`Unknown content key "${key}"`);
      const text = variants[Math.abs(seed) % variants.length] as string;
      const names = varsByKey.get(key) ?? [];
      if (names.length === 0) return text;
      const missing = names.filter((v) => vars[v] === undefined);
      if (missing.length) throw new ContentError(`Content key "${key}" needs ${missing.join(', ')}`);
      return fill(text, vars);
    },
    words(key) {
      const list = words.get(key);
      if (!list) throw new ContentError(`Unknown word list "${key}"`);
      return list;
    },
    letters: () => [...letters.values()],
    letter: (id) => letters.get(id),
    renderLetter(id, vars) {
      const t = letters.get(id);
      if (!t) throw new ContentError(`Unknown letter "${id}"`);
      const blanks: string[] = [];
      const filled: Record<string, string> = {};
      for (const [name, blank] of Object.entries(t.vars)) {
        const v = vars[name]?.trim();
        if (v) filled[name] = v;
        else {
          filled[name] = `[ADD: ${blank}]`;
          blanks.push(name);
        }
      }
      return { title: fill(t.title, filled), body: fill(t.body, filled), blanks };
    },
  };
}

/** Start-up check: every key a flow can emit and every letter it drafts exists. */
export function checkFlowsAgainstContent(
  content: ContentCatalog,
  flows: { id: string; keys: readonly string[]; templates?: readonly string[] }[],
  engineKeys: readonly string[],
): void {
  const missing: string[] = [];
  for (const f of flows) {
    for (const k of f.keys) if (!content.has(k)) missing.push(`${f.id}: ${k}`);
    for (const t of f.templates ?? []) if (!content.letter(t)) missing.push(`${f.id}: letter ${t}`);
  }
  for (const k of engineKeys) if (!content.has(k)) missing.push(`engine: ${k}`);
  if (missing.length) throw new ContentError(`Content keys missing:\n${missing.join('\n')}`);
}
