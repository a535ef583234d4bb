/**
 * Every word the bot says lives in content/: YAML for prompts and advice, Markdown with
 * front-matter for letters. Loaded once at start-up and validated; a broken file, an
 * unknown key or an undeclared variable stops the bot at boot, never mid-conversation.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { fromRoot } from '../paths.js';
import { fileDigest, writtenByThisBuild } from '../precomputed.js';
import * as z from 'zod';
import { parseWordLists } from './words.js';
import { placeWordProblems, refsIn, withPlaceWords } from './place-words.js';

/** yaml is loaded only when content is parsed, not when it comes from the precomputed cache. */
const parseYaml = (text: string): unknown => (createRequire(import.meta.url)('yaml') as { parse(t: string): unknown }).parse(text);

/** Where the build keeps the parsed content (see `precomputeContent`). */
export const CONTENT_CACHE = fromRoot('dist', 'precomputed', 'content.json');

export const DEFAULT_CONTENT_DIR = fromRoot('content');
/** How a letter marks a fact the notes did not have: `[ADD: name of the person you're writing to]`. */
export const BLANK_PREFIX = '[ADD: ';

/**
 * `{{name}}`; `{{name.}}` ends the filled words as a sentence (a parent's words often stop bare);
 * `{{name:}}`, after a colon, ends them as a sentence but keeps their first letter as written: a
 * report ("…as I noted it: they don't have the staff") is not capitalised as if it were a quotation.
 */
const VAR = /\{\{\s*([a-z_][a-z0-9_]*)([.:])?\s*\}\}/gi;

/**
 * `invites_typing: true` marks a question whose own words already say the parent can type
 * ("Pick one, or type a date."): it gets no "Or type your own answer." under its buttons.
 */
const entrySchema = z.union([
  z.string().min(1),
  z.object({ variants: z.array(z.string().min(1)).min(1), invites_typing: z.literal(true).optional() }).strict(),
  z.object({ text: z.string().min(1), invites_typing: z.literal(true).optional() }).strict(),
]);
const promptFileSchema = z.record(z.string().regex(/^[a-z0-9_.-]+$/i, 'keys use letters, digits, dots, dashes'), entrySchema);

const letterFrontSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    description: z.string().min(1),
    /** Each variable and the blank shown when the notes do not have it yet. */
    vars: z.record(z.string().regex(/^[a-z_][a-z0-9_]*$/), z.string().min(1)),
    /** Variables whose line is left out of the letter when the fact is missing, not left as a blank to delete. */
    optional: z.array(z.string()).optional(),
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
  /**
   * The same words as seen in an answer only the parent sees in a shared channel, where a command
   * is used, not typed (place-words.ts); undefined when the words do not depend on the place.
   */
  renderShared?(key: string, vars?: Record<string, string>, seed?: number): string | undefined;
  /** Every variant of a key, unfilled (a list of phrases, such as the other ways to say a button). */
  variants(key: string): string[];
  letters(): LetterTemplate[];
  letter(id: string): LetterTemplate | undefined;
  /** Fill a letter; a missing fact becomes a clearly marked blank for the parent to fill. */
  renderLetter(id: string, vars: Record<string, string | undefined>): { title: string; body: string; blanks: string[] };
  /** A list of words the bot reads (content/words/); an unknown key is a content error. */
  words(key: string): readonly string[];
  /** The key's words already invite typing (`invites_typing: true`): no "or type" hint under it. */
  invitesTyping(key: string): boolean;
}

function varsIn(text: string): string[] {
  return [...new Set([...text.matchAll(VAR)].map((m) => m[1] as string))];
}

/**
 * Words ended as a sentence: a full stop unless they already end in one (or ! ? …, a closing
 * quote or bracket after it), end a list or a blank ("[ADD: …]"), or run over several lines.
 */
export function asSentence(words: string): string {
  const w = sentenceCase(words.trimEnd());
  if (!w || w.includes('\n') || /(?:[.!?…:;][)"'”’]*|\])$/.test(w)) return w;
  return `${w}.`;
}

/** Words ended as a sentence (asSentence) with their first letter as written: a report after a colon, or a blank. */
function endedAsSentence(words: string): string {
  const w = words.trimEnd();
  if (!w || w.startsWith('[') || w.includes('\n')) return w;
  const ended = asSentence(w);
  return w.charAt(0) + ended.slice(1);
}

/** Each sentence starting with a capital ("they didn't say. her grades…" → "They didn't say. Her grades…"); a blank or a list as it is. */
function sentenceCase(w: string): string {
  if (w.startsWith('[') || w.includes('\n')) return w;
  return w.charAt(0).toUpperCase() + w.slice(1).replace(/([.!?]\s+)([a-z])/g, (_m, end: string, c: string) => end + c.toUpperCase());
}

/** Marks a line whose optional fact is missing; the line is left out (withoutOmitted). */
const OMIT = '\u0000omit\u0000';

/** A letter without the lines of its missing optional facts, and no run of blank lines they leave. */
function withoutOmitted(body: string): string {
  if (!body.includes(OMIT)) return body;
  return body
    .split('\n')
    .filter((line) => !line.includes(OMIT))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

function fill(text: string, vars: Record<string, string>): string {
  return text.replace(VAR, (_, name: string, end?: string) => (end === '.' ? asSentence(vars[name] ?? '') : end === ':' ? endedAsSentence(vars[name] ?? '') : (vars[name] ?? '')));
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

/** The content files, read once: their bytes decide whether the precomputed parse still fits. */
interface ContentSources {
  prompts: { file: string; text: string }[];
  letters: { file: string; text: string }[];
  words: { file: string; text: string }[];
  hash: string;
}

/** The files content/ is made of, by kind. */
function sourceFiles(dir: string): { prompts: string[]; letters: string[]; words: string[] } {
  return { prompts: listFiles(join(dir, 'prompts'), '.yaml'), letters: listFiles(join(dir, 'letters'), '.md'), words: listFiles(join(dir, 'words'), '.yaml') };
}

/** Names and bytes of every content file (each file's bytes by their digest: the build's stamp while it is unchanged). */
function contentHash(files: ReturnType<typeof sourceFiles>): string {
  const h = createHash('sha256');
  for (const file of [...files.prompts, ...files.letters, ...files.words]) h.update(`${file}\0${fileDigest(file)}\0`);
  return h.digest('hex');
}

function readSources(dir: string): ContentSources {
  const files = sourceFiles(dir);
  const read = (list: string[]) => list.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  return { prompts: read(files.prompts), letters: read(files.letters), words: read(files.words), hash: contentHash(files) };
}

/** Content parsed and validated: plain data, so the build can keep it as JSON. */
export interface ParsedContent {
  hash: string;
  entries: [string, string[]][];
  /** Keys marked `invites_typing`. */
  invitesTyping: string[];
  letters: LetterTemplate[];
  words: [string, string[]][];
}

const parsedContentSchema = z.object({
  hash: z.string(),
  entries: z.array(z.tuple([z.string(), z.array(z.string())])),
  invitesTyping: z.array(z.string()),
  letters: z.array(letterFrontSchema.extend({ body: z.string(), file: z.string() })),
  words: z.array(z.tuple([z.string(), z.array(z.string())])),
});

/**
 * Loads content/: from the build's precomputed parse when it was made from exactly these files
 * (same names, same bytes: checked by hash every time, each file's bytes by the build's stamp of
 * it while the file is unchanged: src/precomputed.ts), else by parsing and validating them.
 */
export function loadContent(dir: string = DEFAULT_CONTENT_DIR, cacheFile: string | null = CONTENT_CACHE): ContentCatalog {
  return catalogFrom((cacheFile ? cachedContent(dir, cacheFile) : undefined) ?? parseSources(readSources(dir)));
}

/** The build's parse when it was made from exactly the files in `dir` now. */
function cachedContent(dir: string, cacheFile: string): ParsedContent | undefined {
  try {
    const text = readFileSync(cacheFile, 'utf8');
    // Exactly the bytes this build wrote: its own output, no schema check needed (about 10 ms at every start-up).
    const cached: ParsedContent = cacheFile === CONTENT_CACHE && writtenByThisBuild(basename(cacheFile), text) ? JSON.parse(text) : parsedContentSchema.parse(JSON.parse(text));
    return cached.hash === contentHash(sourceFiles(dir)) ? cached : undefined;
  } catch {
    return undefined; // no cache, or a damaged one: parse the files
  }
}

/** Whether loadContent would use the build's parse (the build checks it does). */
export const contentCacheIsCurrent = (dir: string = DEFAULT_CONTENT_DIR, cacheFile: string = CONTENT_CACHE): boolean => cachedContent(dir, cacheFile) !== undefined;

/** Parses and validates content/ (the build calls this to precompute it). */
export function parseContent(dir: string = DEFAULT_CONTENT_DIR): ParsedContent {
  return parseSources(readSources(dir));
}

function parseSources(sources: ContentSources): ParsedContent {
  const entries = new Map<string, string[]>();
  const invitesTyping: string[] = [];
  const problems: string[] = [];

  for (const { file, text } of sources.prompts) {
    let data: unknown;
    try {
      data = parseYaml(text);
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
      const variants = typeof entry === 'string' ? [entry] : 'text' in entry ? [entry.text] : entry.variants;
      if (typeof entry !== 'string' && entry.invites_typing) invitesTyping.push(key);
      const first = varsIn(variants[0] as string).sort().join(',');
      for (const v of variants) {
        if (varsIn(v).sort().join(',') !== first) problems.push(`${file}: variants of "${key}" use different variables`);
      }
      entries.set(key, variants.map((v) => v.trimEnd()));
    }
  }

  const letters = new Map<string, LetterTemplate>();
  for (const { file, text } of sources.letters) {
    try {
      const { front, body } = parseFrontMatter(text, file);
      const parsed = letterFrontSchema.safeParse(front);
      if (!parsed.success) {
        problems.push(formatZod(file, parsed.error));
        continue;
      }
      const undeclared = varsIn(body).filter((v) => !(v in parsed.data.vars));
      if (undeclared.length) problems.push(`${file}: uses undeclared variables ${undeclared.join(', ')}`);
      for (const v of parsed.data.optional ?? []) if (!(v in parsed.data.vars)) problems.push(`${file}: optional variable ${v} is not declared`);
      letters.set(parsed.data.id, { ...parsed.data, body, file });
    } catch (e) {
      problems.push((e as Error).message);
    }
  }

  const words = parseWordLists(sources.words, parseYaml, problems);
  for (const [key, variants] of entries) for (const v of variants) problems.push(...placeWordProblems(key, v, (k) => entries.get(k)?.[0]));

  if (problems.length) throw new ContentError(`Content problems:\n${problems.join('\n')}`);
  if (entries.size === 0) throw new ContentError('No content found (content/prompts/*.yaml)');
  return { hash: sources.hash, entries: [...entries], invitesTyping, letters: [...letters.values()], words };
}

function catalogFrom(parsed: ParsedContent): ContentCatalog {
  const entries = new Map(parsed.entries);
  const letters = new Map(parsed.letters.map((l) => [l.id, l]));
  const words = new Map(parsed.words);
  const typing = new Set(parsed.invitesTyping);
  /**
   * Variables per key, found at the key's first use (every variant of a key uses the same ones):
   * a process uses a few of some two thousand keys (`notes` a dozen), so not all at start-up.
   */
  const varsByKey = new Map<string, string[]>();
  const varsOfKey = (key: string): string[] => {
    let names = varsByKey.get(key);
    if (!names) {
      const variants = entries.get(key);
      if (!variants) return [];
      varsByKey.set(key, (names = varsIn(variants[0] ?? '')));
    }
    return names;
  };
  /** A key's words: the variant `seed` picks, its references put in for the place (`shared`), its variables filled. */
  function renderIn(key: string, vars: Record<string, string>, seed: number, shared: boolean): string {
    const variants = entries.get(key);
    if (!variants) throw new ContentError(`Unknown content key "${key}"`);
    const text = withPlaceWords(variants[Math.abs(seed) % variants.length] as string, (k) => entries.get(k)?.[0], shared);
    const names = varsOfKey(key);
    if (names.length === 0) return text;
    const missing = names.filter((v) => vars[v] === undefined);
    if (missing.length) throw new ContentError(`Content key "${key}" needs ${missing.join(', ')}`);
    return fill(text, vars);
  }
  return {
    has: (key) => entries.has(key),
    keys: () => [...entries.keys()],
    varsOf: (key) => [...varsOfKey(key)],
    render: (key, vars = {}, seed = 0) => renderIn(key, vars, seed, false),
    renderShared(key, vars = {}, seed = 0) {
      const variants = entries.get(key);
      return variants && refsIn(variants[Math.abs(seed) % variants.length] as string).length > 0 ? renderIn(key, vars, seed, true) : undefined;
    },
    words(key) {
      const list = words.get(key);
      if (!list) throw new ContentError(`Unknown word list "${key}"`);
      return list;
    },
    variants: (key) => [...(entries.get(key) ?? [])],
    invitesTyping: (key) => typing.has(key),
    letters: () => [...letters.values()],
    letter: (id) => letters.get(id),
    renderLetter(id, vars) {
      const t = letters.get(id);
      if (!t) throw new ContentError(`Unknown letter "${id}"`);
      const blanks: string[] = [];
      const filled: Record<string, string> = {};
      const optional = new Set(t.optional ?? []);
      for (const [name, blank] of Object.entries(t.vars)) {
        const v = vars[name]?.trim();
        if (v) filled[name] = v;
        else if (optional.has(name)) filled[name] = OMIT;
        else {
          filled[name] = `${BLANK_PREFIX}${blank}]`;
          blanks.push(name);
        }
      }
      const title = fill(t.title, filled);
      const body = withoutOmitted(fill(t.body, filled));
      // A needed fact on a line left out with an optional one ("when they told you", beside the school's answer) is no blank to fill.
      return { title, body, blanks: blanks.filter((name) => `${title}\n${body}`.includes(filled[name] ?? '')) };
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

let shipped: ContentCatalog | undefined;

/**
 * The shipped content/, loaded once per process: for the composition root, and for code that
 * runs before any catalog is handed to it (the flows' helpers build their patterns on load).
 */
export function shippedContent(): ContentCatalog {
  shipped ??= loadContent();
  return shipped;
}

/** A word list from the shipped content/words/. */
export function shippedWords(key: string): readonly string[] {
  return shippedContent().words(key);
}

/** A value (a pattern built from a shipped word list) made once, when first needed. */
export function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/** A shipped word list as one regular-expression alternation ("a|b|c"), for a pattern to wrap. */
export function shippedAlternation(key: string): string {
  return shippedWords(key).join('|');
}
