/**
 * What the build computes once so that no process computes it at start-up or on its first
 * message: the classifier's and the crisis model's trained weights, the crisis gate's anchors
 * (scripts/build.mjs writes them to dist/precomputed/<name>.json; content.json is catalog.ts's).
 *
 * Each artifact carries a hash of everything it was made from: the input files (names and
 * bytes), the options, and the source of the code that computes it (every module of the folders
 * named, so a change to a feature, a tokenizer or a pattern counts without anyone bumping a
 * version number). A reader recomputes that hash from what is on disk now and uses the artifact
 * only when the two match; otherwise it computes afresh, exactly as it would without a build.
 * A stale artifact is never used. The sources compiled under dist/ are not those vitest runs,
 * so tests always compute afresh unless they write an artifact of their own.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { fromRoot } from './paths.js';

export const PRECOMPUTED_DIR = fromRoot('dist', 'precomputed');

/** One input of an artifact's hash: a text, or the bytes of a file. */
export type HashPart = string | Uint8Array;

/** sha256 over the parts, each prefixed with its length (so ["ab", "c"] and ["a", "bc"] differ). */
export function hashOf(parts: readonly HashPart[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(`${typeof p === 'string' ? Buffer.byteLength(p) : p.byteLength}:`);
    h.update(p);
  }
  return h.digest('hex');
}

/** Every file in `dir` whose name passes `keep`, sorted: name, then bytes. */
export function filesIn(dir: string, keep: (name: string) => boolean): HashPart[] {
  return readdirSync(dir)
    .filter(keep)
    .sort()
    .flatMap((name) => [name, readFileSync(join(dir, name))]);
}

/**
 * The source of every module in the folders (URLs ending in '/') beside `moduleUrl`, of the
 * same kind as it (.ts under the sources, .js under dist/).
 */
export function codeOf(moduleUrl: string, folders: readonly string[]): HashPart[] {
  const ext = extname(fileURLToPath(moduleUrl));
  return folders.flatMap((f) => {
    const dir = fileURLToPath(new URL(f, moduleUrl));
    return [f, ...filesIn(dir, (n) => n.endsWith(ext) && !n.endsWith(`.d${ext}`))];
  });
}

/** What writePrecomputed writes around an artifact's data. */
const artifactEnvelope = z.object({ hash: z.string(), data: z.unknown() });

/** The artifact `name`'s data when it was made from inputs with this hash, else undefined. */
export function readPrecomputed<T>(name: string, hash: string, schema: z.ZodType<T>, dir: string = PRECOMPUTED_DIR): T | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
  } catch {
    return undefined; // not built (the sources run directly, as under vitest)
  }
  const envelope = artifactEnvelope.safeParse(raw);
  if (!envelope.success || envelope.data.hash !== hash) return undefined;
  const data = schema.safeParse(envelope.data.data);
  return data.success ? data.data : undefined;
}

export function writePrecomputed(name: string, hash: string, data: unknown, dir: string = PRECOMPUTED_DIR): void {
  const file = join(dir, `${name}.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ hash, data }));
}

/** Float64Array ↔ base64 of its bytes: exact to the bit (JSON numbers would lose -0 and cost more). */
export const floatsToBase64 = (a: Float64Array): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

export function floatsFromBase64(s: string): Float64Array {
  const bytes = Buffer.from(s, 'base64');
  if (bytes.byteLength % 8 !== 0) throw new Error('not a Float64Array');
  return new Float64Array(new Uint8Array(bytes).buffer); // copied, so 8-byte aligned
}
