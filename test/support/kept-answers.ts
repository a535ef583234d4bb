/**
 * What slow tests work out, kept for the next run of the very same code (in the sources cache,
 * src/precomputed.ts, under a hash of `codeId()`: every byte of src/ and the lock file, plus every
 * byte of content/ (the crisis model trains on its near-miss lists and the classifier's
 * examples), this file and the test files named). Any change to that code or content starts
 * afresh, so a kept value is always what the tree now on disk would compute.
 * - `keptAnswers`: a test oracle's answers by input text (the crisis screen's reference algorithm,
 *   which runs every rule on every string; the patterns each corpus text matches): tens of
 *   thousands of strings, most the same from one run to the next. Only the texts asked for in a
 *   run are kept for the next, so the store follows the corpus rather than growing. The code under
 *   test is still asked about every string; only the oracle it is compared with is kept.
 * - `keptResult`: a whole evaluation (a cross-validation, the crisis model's ten hand-to-hand
 *   trainings), kept with the inputs it read; any change to code or inputs computes it again.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { PROJECT_ROOT } from '../../src/paths.js';
import { codeId, hashOf, keepComputed, readPrecomputed, SOURCES_CACHE_DIR } from '../../src/precomputed.js';

/** Every file under `<root>/content` (names and bytes); the project's once per process. */
let projectContent: string | undefined;
function contentDigest(root: string): string {
  const dir = join(root, 'content');
  const files = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort();
  return hashOf(files.flatMap((f) => [f, readFileSync(join(dir, f))]));
}

/**
 * The hash a kept value is filed under: the code (`codeId()`), every byte of content/, the Node
 * version and machine, this file, the named test files (relative to test/) and any inputs. `root`:
 * the project whose content/ is read (another only in this key's own test).
 */
export function keyOf(files: readonly string[], inputs: readonly string[], root: string = PROJECT_ROOT): string {
  const testDir = fileURLToPath(new URL('../', import.meta.url));
  const content = root === PROJECT_ROOT ? (projectContent ??= contentDigest(root)) : contentDigest(root);
  // The runtime too: a value a model's training computed under one Node (V8) may differ under another (review21 R10).
  return hashOf([codeId(), content, process.version, process.arch, readFileSync(fileURLToPath(import.meta.url)), ...files.flatMap((f) => [f, readFileSync(testDir + f)]), ...inputs]);
}

export interface KeptAnswers<T> {
  /** The kept answer for `text`, if any (marks it as used this run). */
  get(text: string): T | undefined;
  /** Records a worked-out answer. */
  set(text: string, answer: T): void;
  /** Writes this run's answers (those asked for) for the next run, when any was worked out. */
  keep(): void;
}

/**
 * The answers kept as `name` by an earlier run of the same code and oracle files (paths
 * relative to the repository's test/ folder, such as 'safety/crisis-reference.ts').
 */
export function keptAnswers<T>(name: string, oracleFiles: readonly string[], answer: z.ZodType<T>): KeptAnswers<T> {
  const hash = keyOf(oracleFiles, []);
  const earlier = new Map(readPrecomputed(name, hash, z.array(z.tuple([z.string(), answer])), SOURCES_CACHE_DIR) ?? []);
  const used = new Map<string, T>();
  let added = 0;
  return {
    get(text) {
      const a = used.get(text) ?? earlier.get(text);
      if (a !== undefined) used.set(text, a);
      return a;
    },
    set(text, a) {
      if (!used.has(text) && !earlier.has(text)) added++;
      used.set(text, a);
    },
    keep() {
      if (added > 0) keepComputed(name, hash, [...used]);
    },
  };
}

/**
 * A slow evaluation's whole result (a cross-validation, a hand-to-hand training), kept for the
 * next run of the same code and inputs: `compute()` when nothing is kept under a hash of the code
 * (`codeId()`), this file, the named test files and `inputs` (the data it reads, serialised);
 * otherwise what that earlier run kept. A kept result that does not parse is computed afresh.
 */
export function keptResult<T>(name: string, files: readonly string[], inputs: string, schema: z.ZodType<T>, compute: () => T): T {
  const hash = keyOf(files, [inputs]);
  const kept = readPrecomputed(name, hash, schema, SOURCES_CACHE_DIR);
  if (kept !== undefined) return kept;
  const result = compute();
  keepComputed(name, hash, result);
  return result;
}
