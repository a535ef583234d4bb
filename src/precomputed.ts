/**
 * What the build computes once so that no process computes it at start-up or on its first
 * message: the classifier's and the crisis model's trained weights, the crisis gate's anchors
 * (scripts/build.mjs writes them to dist/precomputed/<name>.json; content.json is catalog.ts's).
 *
 * Each artifact carries a hash of everything it was made from: the input files (names and
 * bytes), the options, and the code that computed it (`codeId()`: the build's id, which the bundler
 * writes into the bundle; the artifacts are computed by that same bundle). A reader recomputes
 * that hash with what is on disk and the code running now, and uses the artifact only when the
 * two match; otherwise it computes afresh, exactly as it would without a build. A stale artifact
 * is never used.
 *
 * Hashing an input file's bytes at every start-up is what the build's stamps spare: the build
 * records each input file's size, times and digest (dist/precomputed/inputs.json), and a file
 * whose size and times are still those recorded is taken at its recorded digest; any other file
 * (edited, replaced, added, or without a record) is read and hashed.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as z from 'zod';
import { fromRoot, PROJECT_ROOT } from './paths.js';

/** Set by the bundler (scripts/build.mjs: esbuild's `define`); not defined in the TypeScript sources. */
declare const NEXTSTEP_BUILD_ID: string | undefined;

/** Whether this process runs the TypeScript sources (vitest, tsx) rather than the build's bundle. */
export const RUNNING_SOURCES = typeof NEXTSTEP_BUILD_ID !== 'string';

/**
 * Where artifacts are read: the build's, in dist/precomputed; running the sources, a cache of
 * what earlier processes of these very sources computed (`keepComputed`), so that each test
 * worker or child process started with tsx does not train the crisis models again (seconds each).
 */
export const SOURCES_CACHE_DIR = fromRoot('node_modules', '.cache', 'next-step');
export const PRECOMPUTED_DIR = RUNNING_SOURCES ? SOURCES_CACHE_DIR : fromRoot('dist', 'precomputed');

let codeIdMemo: string | undefined;

/**
 * The code that computes and reads the artifacts. In the bundle, the build's id: the build
 * computes the artifacts with the very bundle it ships, so a rebuilt bundle never reads an older
 * build's artifacts. Running the sources, a digest of every source file under src/ and of the
 * lock file (the packages), so an artifact kept by an earlier process is read only while not a
 * byte of that code has changed.
 */
export function codeId(): string {
  if (codeIdMemo !== undefined) return codeIdMemo;
  if (!RUNNING_SOURCES) return (codeIdMemo = NEXTSTEP_BUILD_ID as string);
  try {
    codeIdMemo = sourcesCodeId();
  } catch {
    codeIdMemo = `sources-${randomUUID()}`; // unreadable: this process alone, as if nothing were kept
  }
  return codeIdMemo;
}

/** The code id of these sources run directly (what `codeId()` is under tsx and vitest). */
export const sourcesCodeId = (root: string = PROJECT_ROOT): string => `sources-${digestOfSources(root)}`;

/** A digest of every `.ts` file under `<root>/src` (names and bytes) and of `<root>/package-lock.json`. */
export function digestOfSources(root: string): string {
  const src = join(root, 'src');
  const files = (readdirSync(src, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.ts')).sort();
  return hashOf([...files.flatMap((f) => [f, readFileSync(join(src, f))]), readFileSync(join(root, 'package-lock.json'))]);
}

/**
 * Running the sources: keeps an artifact this process computed, for the next process of the
 * same sources (written whole, then renamed into place, so a reader never sees half of one). A
 * cache: a failure to write is ignored. The bundle keeps nothing: its artifacts are the build's.
 */
export function keepComputed(name: string, hash: string, data: unknown): void {
  if (!RUNNING_SOURCES) return;
  try {
    const file = artifactFile(PRECOMPUTED_DIR, name, hash);
    const part = `${file}.${process.pid}.${randomUUID().slice(0, 8)}.part`;
    mkdirSync(PRECOMPUTED_DIR, { recursive: true });
    writeFileSync(part, JSON.stringify({ hash, data }));
    renameSync(part, file);
    forgetOlderKept(name, file);
  } catch {
    // Nothing kept: the next process computes it again.
  }
}

/** How long the sources cache keeps an artifact of other sources (another checkout, an earlier edit). */
const KEPT_FOR_MS = 24 * 60 * 60 * 1000;

/**
 * Where an artifact lives. The build's (dist/precomputed) by name, as its stamps record them. The
 * sources cache by name and hash: two checkouts sharing one node_modules (git worktrees), or an
 * edit and its undo, each read their own, where one file per name had each overwrite the other's.
 */
function artifactFile(dir: string, name: string, hash: string): string {
  return join(dir, dir === SOURCES_CACHE_DIR ? `${name}.${hash.slice(0, 16)}.json` : `${name}.json`);
}

/** Removes the sources cache's other copies of `name` not written for a day, so edits do not pile them up. */
function forgetOlderKept(name: string, kept: string): void {
  const now = Date.now();
  for (const f of readdirSync(SOURCES_CACHE_DIR)) {
    const path = join(SOURCES_CACHE_DIR, f);
    if (path === kept || !f.startsWith(`${name}.`) || !f.endsWith('.json')) continue;
    if (!/^[0-9a-f]{16}$/.test(f.slice(name.length + 1, -'.json'.length))) continue;
    if (now - statSync(path).mtimeMs > KEPT_FOR_MS) rmSync(path, { force: true });
  }
}

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

/**
 * A file as the build saw it: "size mtimeMs ctimeMs inode sha256", one string per file (a
 * hundred strings check in a fraction of the time of a hundred objects, at every start-up).
 */
const stampSchema = z.string().regex(/^\d+ [\d.]+ [\d.]+ \d+ [0-9a-f]{64}$/);
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const stampsSchema = z.object({ build: z.string(), files: z.record(z.string(), stampSchema), artifacts: z.record(z.string(), sha256Hex) });
const stateOf = (st: { size: number; mtimeMs: number; ctimeMs: number; ino: number }) => `${st.size} ${st.mtimeMs} ${st.ctimeMs} ${st.ino}`;

/** Where the build keeps its stamps: beside the artifacts. */
export const INPUT_STAMPS = join(PRECOMPUTED_DIR, 'inputs.json');

/** Every digest this process computed from a file's bytes, with the file's state read before: what the build records. */
const digested = new Map<string, string>();

interface Stamps {
  /** Each input file (relative to the project folder) and its stamp. */
  files: ReadonlyMap<string, string>;
  /** The build's artifacts (file name in dist/precomputed) and the sha256 of the bytes it wrote. */
  artifacts: ReadonlyMap<string, string>;
  build: string;
}

/** The stamps in `file`; none when it is missing (no build yet, or the sources run directly) or damaged. */
export function readStamps(file: string = INPUT_STAMPS): Stamps {
  try {
    const s = stampsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    return { files: new Map(Object.entries(s.files)), artifacts: new Map(Object.entries(s.artifacts)), build: s.build };
  } catch {
    return { files: new Map(), artifacts: new Map(), build: '' }; // then every file is hashed
  }
}

let buildStamps: Stamps | undefined;
const theBuildStamps = (): Stamps => (buildStamps ??= readStamps());

/**
 * The sha256 of a file's bytes: the build's recorded digest while the file's size, times and
 * inode are still those the build saw, else hashed now.
 */
export function fileDigest(path: string, recorded: Stamps = theBuildStamps()): string {
  const st = statSync(path);
  const key = relative(PROJECT_ROOT, path);
  const state = stateOf(st);
  const known = recorded.files.get(key);
  if (known !== undefined && known.slice(0, known.lastIndexOf(' ')) === state) return known.slice(known.lastIndexOf(' ') + 1);
  const sha256 = createHash('sha256').update(readFileSync(path)).digest('hex');
  digested.set(key, `${state} ${sha256}`);
  return sha256;
}

/**
 * Whether `text`, read from the artifact file `name` of dist/precomputed, is exactly what the
 * build of the code running now wrote there (its sha256 as the build recorded it, under this
 * codeId()). Such an artifact needs no schema check; any other goes through its schema.
 */
export function writtenByThisBuild(name: string, text: string, recorded: Stamps = theBuildStamps()): boolean {
  const sha256 = recorded.artifacts.get(name);
  return recorded.build === codeId() && sha256 !== undefined && createHash('sha256').update(text).digest('hex') === sha256;
}

/**
 * The build, after computing every artifact: the input files it hashed (the stamps later
 * processes compare with), and the digest of every artifact in `dir`, under this build's id.
 */
export function writeInputStamps(file: string = INPUT_STAMPS, dir: string = PRECOMPUTED_DIR): void {
  const artifacts = readdirSync(dir)
    .filter((n) => n.endsWith('.json') && join(dir, n) !== file)
    .sort()
    .map((n) => [n, createHash('sha256').update(readFileSync(join(dir, n))).digest('hex')]);
  mkdirSync(dirname(file), { recursive: true });
  const files = Object.fromEntries([...digested].sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(file, JSON.stringify({ build: codeId(), files, artifacts: Object.fromEntries(artifacts) }));
}

/** Every file in `dir` whose name passes `keep`, sorted: name, then the digest of its bytes. */
export function filesIn(dir: string, keep: (name: string) => boolean): HashPart[] {
  return readdirSync(dir)
    .filter(keep)
    .sort()
    .flatMap((name) => [name, fileDigest(join(dir, name))]);
}

/** What writePrecomputed writes around an artifact's data. */
const artifactEnvelope = z.object({ hash: z.string(), data: z.unknown() });

/** The artifact `name`'s data when it was made from inputs with this hash, else undefined. */
export function readPrecomputed<T>(name: string, hash: string, schema: z.ZodType<T>, dir: string = PRECOMPUTED_DIR): T | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(artifactFile(dir, name, hash), 'utf8'));
  } catch {
    return undefined; // not built (the sources run directly, as under vitest)
  }
  const envelope = artifactEnvelope.safeParse(raw);
  if (!envelope.success || envelope.data.hash !== hash) return undefined;
  const data = schema.safeParse(envelope.data.data);
  return data.success ? data.data : undefined;
}

export function writePrecomputed(name: string, hash: string, data: unknown, dir: string = PRECOMPUTED_DIR): void {
  const file = artifactFile(dir, name, hash);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ hash, data }));
}

/** Float64Array ↔ base64 of its bytes: exact to the bit (JSON numbers would lose -0 and cost more). */
export const floatsToBase64 = (a: Float64Array): string => bytesToBase64(a);

/** A typed array's bytes as base64 (the machine's byte order: artifacts are read where they were built). */
export const bytesToBase64 = (a: ArrayBufferView): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

/** Uint32Array / Int32Array from bytesToBase64's text; throws when the length does not fit. */
export function u32FromBase64(s: string): Uint32Array {
  const bytes = Buffer.from(s, 'base64');
  if (bytes.byteLength % 4 !== 0) throw new Error('not a Uint32Array');
  return new Uint32Array(new Uint8Array(bytes).buffer);
}
export const i32FromBase64 = (s: string): Int32Array => {
  const u = u32FromBase64(s);
  return new Int32Array(u.buffer, u.byteOffset, u.length);
};

export function floatsFromBase64(s: string): Float64Array {
  const bytes = Buffer.from(s, 'base64');
  if (bytes.byteLength % 8 !== 0) throw new Error('not a Float64Array');
  return new Float64Array(new Uint8Array(bytes).buffer); // copied, so 8-byte aligned
}
