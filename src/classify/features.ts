/**
 * Feature extraction: three groups, each L2-normalised on its own and then weighted, so a long
 * pasted email and a three-word chat message land on the same scale.
 *   - words: stemmed unigrams (stopwords dropped) and bigrams (stopwords kept: "for all", "do that");
 *   - chars: character n-grams inside each word, which tolerate typos ("fundng") and inflections;
 *     hashed (FNV-1a) into a fixed table so no substring is ever allocated;
 *   - cues: the hand-written lexicon (one feature per kind of "no" whose cues fire).
 * Features are numbered as they are first seen in training (a FeatureSpace); once frozen, unseen
 * features are ignored.
 */
import { matchCueKinds } from './cues.js';
import { normalise } from './normalise.js';
import { STOPWORDS, stem, tokenize } from './tokens.js';

export interface FeatureWeights {
  words: number;
  chars: number;
  cues: number;
}

/** Character n-gram lengths, inclusive. */
export interface CharRange {
  min: number;
  max: number;
}

/** One statement's features as indices into a FeatureSpace (with repeats: counts matter). */
export interface RawFeatures {
  words: number[];
  chars: number[];
  cues: number[];
  /** Did any content word (non-stopword unigram) map to a known feature? */
  knownContent: boolean;
}

/** A sparse vector: parallel index and value arrays. */
export interface SparseVector {
  idx: number[];
  val: number[];
}

/** 2^16 buckets (256 KB tables): collisions stay rare for the few thousand distinct 4-grams. */
export const CHAR_BUCKETS = 1 << 16;
const MASK = CHAR_BUCKETS - 1;

/** A frozen FeatureSpace as plain data (precomputed by the build: src/precomputed.ts). */
export interface FeatureSpaceState {
  size: number;
  /** Word and cue features by their two hashes (hashKey), in pairs, sorted: feature keyIds[n] is pair n. */
  keyHashes: Uint32Array;
  keyIds: Int32Array;
  /** The character buckets in use, in pairs: bucket, feature, bucket, feature… */
  buckets: number[];
  cues: number[];
}

/**
 * A word or cue key's hash (FNV-1a over its UTF-16 units from `seed`). A frozen space keeps each
 * key as two of these (64 bits: no two keys of a space share both) rather than the string:
 * a tenth of the memory for the crisis screen's hundred thousand word n-grams.
 */
function hashKey(k: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < k.length; i++) h = Math.imul(h ^ k.charCodeAt(i), 16777619);
  return h >>> 0;
}
const SEED_1 = 0x811c9dc5;
const SEED_2 = 0x01000193;

/** The keys of a frozen space: hash pairs sorted, and each pair's feature. */
interface FrozenKeys {
  h1: Uint32Array;
  h2: Uint32Array;
  ids: Int32Array;
}

function frozenKeys(entries: Array<[number, number, number]>): FrozenKeys {
  entries.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { h1: Uint32Array.from(entries, (e) => e[0]), h2: Uint32Array.from(entries, (e) => e[1]), ids: Int32Array.from(entries, (e) => e[2]) };
}

function findKey(f: FrozenKeys, k: string): number {
  return findHashed(f, hashKey(k, SEED_1), k, '');
}

/** FNV-1a of `s`'s UTF-16 units, continuing from `h` (unsigned only at the end, as hashKey). */
function fnvOn(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}

/** hashKey of `p + w1`, then ` w2` and ` w3` when given, without building that string. */
function hashWords(seed: number, p: string, w1: string, w2?: string, w3?: string): number {
  let h = fnvOn(fnvOn(seed, p), w1);
  if (w2 !== undefined) h = fnvOn(Math.imul(h ^ 32, 16777619), w2);
  if (w3 !== undefined) h = fnvOn(Math.imul(h ^ 32, 16777619), w3);
  return h >>> 0;
}

/** The feature of the key whose first hash is `a` and whose parts are `p`, `w1`, `w2`, `w3` (as hashWords), or -1. */
function findHashed(f: FrozenKeys, a: number, p: string, w1: string, w2?: string, w3?: string): number {
  let lo = 0;
  let hi = f.h1.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((f.h1[mid] as number) < a) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= f.h1.length || f.h1[lo] !== a) return -1;
  const b = hashWords(SEED_2, p, w1, w2, w3);
  for (let n = lo; n < f.h1.length && f.h1[n] === a; n++) if (f.h2[n] === b) return f.ids[n] as number;
  return -1;
}

/** Numbers features as training first sees them; `freeze()` before classifying. */
export class FeatureSpace {
  /** While training: every key seen. Frozen: empty, the keys kept as hashes in `fixed`. */
  private readonly keys = new Map<string, number>();
  private fixed: FrozenKeys | null = null;
  private readonly buckets = new Int32Array(CHAR_BUCKETS).fill(-1);
  private readonly cues = new Set<number>();
  private frozen = false;
  private scratch: { counts: Float64Array; total: Float64Array } | null = null;
  size = 0;

  freeze(): void {
    this.frozen = true;
    if (this.fixed === null) {
      this.fixed = frozenKeys([...this.keys].map(([k, i]) => [hashKey(k, SEED_1), hashKey(k, SEED_2), i]));
      this.keys.clear();
    }
  }

  /** This space, frozen, as plain data. */
  state(): FeatureSpaceState {
    this.freeze();
    const f = this.fixed as FrozenKeys;
    const buckets: number[] = [];
    this.buckets.forEach((i, b) => {
      if (i >= 0) buckets.push(b, i);
    });
    const keyHashes = new Uint32Array(2 * f.h1.length);
    f.h1.forEach((h, n) => {
      keyHashes[2 * n] = h;
      keyHashes[2 * n + 1] = f.h2[n] as number;
    });
    return { size: this.size, keyHashes, keyIds: f.ids.slice(), buckets, cues: [...this.cues] };
  }

  /** The frozen space `state()` described. */
  static restore(s: FeatureSpaceState): FeatureSpace {
    const space = new FeatureSpace();
    const n = s.keyIds.length;
    if (s.keyHashes.length !== 2 * n || s.buckets.length % 2 !== 0) throw new Error('not a feature space');
    const f: FrozenKeys = { h1: new Uint32Array(n), h2: new Uint32Array(n), ids: s.keyIds.slice() };
    for (let i = 0; i < n; i++) {
      f.h1[i] = s.keyHashes[2 * i] as number;
      f.h2[i] = s.keyHashes[2 * i + 1] as number;
      // Sorted as state() wrote them, or the binary search would miss keys: checked, not re-sorted.
      if (i > 0 && ((f.h1[i] as number) < (f.h1[i - 1] as number) || (f.h1[i] === f.h1[i - 1] && (f.h2[i] as number) <= (f.h2[i - 1] as number)))) {
        throw new Error('not a feature space: keys out of order');
      }
    }
    space.fixed = f;
    for (let n = 0; n < s.buckets.length; n += 2) space.buckets[s.buckets[n] as number] = s.buckets[n + 1] as number;
    for (const i of s.cues) space.cues.add(i);
    space.size = s.size;
    space.frozen = true;
    return space;
  }

  /**
   * Freezes the space keeping only features seen in at least `minCount` of the statements in
   * `seen` (cue features always stay); renumbers them and rewrites `seen` in place. One-off
   * features mostly memorise their example and make mixed statements look falsely certain.
   */
  prune(seen: RawFeatures[], minCount: number): void {
    const df = new Int32Array(this.size);
    const last = new Int32Array(this.size).fill(-1);
    seen.forEach((f, n) => {
      for (const list of [f.words, f.chars, f.cues]) {
        for (const i of list) {
          if (last[i] === n) continue;
          last[i] = n;
          df[i] = (df[i] as number) + 1;
        }
      }
    });
    const remap = new Int32Array(this.size).fill(-1);
    let size = 0;
    for (let i = 0; i < this.size; i++) if ((df[i] as number) >= minCount || this.cues.has(i)) remap[i] = size++;
    for (const [k, i] of this.keys) {
      const j = remap[i] as number;
      if (j >= 0) this.keys.set(k, j);
      else this.keys.delete(k);
    }
    for (let b = 0; b < CHAR_BUCKETS; b++) {
      const i = this.buckets[b] as number;
      if (i >= 0) this.buckets[b] = remap[i] as number;
    }
    const cues = [...this.cues].map((i) => remap[i] as number);
    this.cues.clear();
    for (const i of cues) this.cues.add(i);
    for (const f of seen) {
      f.words = renumber(f.words, remap);
      f.chars = renumber(f.chars, remap);
      f.cues = renumber(f.cues, remap);
    }
    this.size = size;
    this.scratch = null;
    this.freeze();
  }

  /** Feature indices of the cue group. */
  get cueIndices(): ReadonlySet<number> {
    return this.cues;
  }

  /**
   * The feature of the key `p + [w1, w2, w3].join(' ')` (the words given), as `key` would give
   * it; a frozen space finds it by its hashes without building the string (every word n-gram of
   * every message screened: much of the learned screen's garbage).
   */
  keyWords(p: string, w1: string, w2?: string, w3?: string): number {
    if (this.fixed !== null) return findHashed(this.fixed, hashWords(SEED_1, p, w1, w2, w3), p, w1, w2, w3);
    return this.key(p + w1 + (w2 === undefined ? '' : ` ${w2}`) + (w3 === undefined ? '' : ` ${w3}`));
  }

  key(k: string): number {
    if (this.fixed !== null) return findKey(this.fixed, k);
    const i = this.keys.get(k);
    if (i !== undefined) return i;
    if (this.frozen) return -1;
    this.keys.set(k, this.size);
    return this.size++;
  }

  cue(k: string): number {
    if (this.fixed !== null) return this.key(k);
    const known = this.keys.has(k);
    const i = this.key(k);
    if (!known && i >= 0) this.cues.add(i);
    return i;
  }

  bucket(b: number): number {
    const i = this.buckets[b] as number;
    if (i >= 0 || this.frozen) return i;
    this.buckets[b] = this.size;
    return this.size++;
  }

  /** Per-feature scratch for vectorise, (re)allocated when the space has grown. */
  buffers(): { counts: Float64Array; total: Float64Array } {
    if (this.scratch === null || this.scratch.counts.length < this.size) {
      this.scratch = { counts: new Float64Array(this.size), total: new Float64Array(this.size) };
    }
    return this.scratch;
  }
}

export function extractFeatures(text: string, range: CharRange, space: FeatureSpace): RawFeatures {
  const norm = normalise(text);
  const tokens = tokenize(norm);
  const words: number[] = [];
  const chars: number[] = [];
  let knownContent = false;
  let prev = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const s = stem(t);
    if (i > 0) push(words, space.keyWords('b:', prev, s));
    prev = s;
    if (STOPWORDS.has(t)) continue;
    const w = space.keyWords('w:', s);
    if (w >= 0) {
      words.push(w);
      knownContent = true;
    }
    if (t.length >= 2) hashCharGrams(t, range.min, range.max, space, chars);
  }
  // One feature per kind of "no" whose cues fire: presence, not a count, so a phrase that trips
  // two cues of one kind does not outvote a second kind mentioned once.
  const cues: number[] = [];
  for (const kind of matchCueKinds(norm)) push(cues, space.cue(`q:${kind}`));
  return { words, chars, cues, knownContent };
}

function renumber(ids: number[], remap: Int32Array): number[] {
  const out: number[] = [];
  for (const i of ids) push(out, remap[i] as number);
  return out;
}

function push(out: number[], i: number): void {
  if (i >= 0) out.push(i);
}

/** FNV-1a over each n-gram of " token " (space-padded), lengths min..max. No allocation. */
export function hashCharGrams(token: string, min: number, max: number, space: Pick<FeatureSpace, 'bucket'>, out: number[]): void {
  const len = token.length + 2;
  for (let start = 0; start + min <= len; start++) {
    let h = 0x811c9dc5 ^ min;
    const end = Math.min(len, start + max);
    for (let i = start; i < end; i++) {
      const c = i === 0 || i === len - 1 ? 32 : token.charCodeAt(i - 1);
      h = Math.imul(h ^ c, 16777619);
      if (i - start + 1 >= min) push(out, space.bucket((h ^ (h >>> 15)) & MASK));
    }
  }
}

export function vectorise(f: RawFeatures, space: FeatureSpace, w: FeatureWeights): SparseVector {
  const { counts, total } = space.buffers();
  const touched: number[] = [];
  addGroup(f.words, w.words, counts, total, touched);
  addGroup(f.chars, w.chars, counts, total, touched);
  addGroup(f.cues, w.cues, counts, total, touched);
  const val = new Array<number>(touched.length);
  for (let n = 0; n < touched.length; n++) {
    const i = touched[n] as number;
    val[n] = total[i] as number;
    total[i] = 0;
  }
  return { idx: touched, val };
}

/** Counts per feature, L2-normalised within the group and scaled by `weight`, added into `total`. */
function addGroup(ids: number[], weight: number, counts: Float64Array, total: Float64Array, touched: number[]): void {
  if (ids.length === 0 || weight === 0) return;
  const local: number[] = [];
  for (const i of ids) {
    if (counts[i] === 0) local.push(i);
    counts[i] = (counts[i] as number) + 1;
  }
  let norm = 0;
  for (const i of local) norm += (counts[i] as number) ** 2;
  const scale = weight / Math.sqrt(norm);
  for (const i of local) {
    if (total[i] === 0) touched.push(i);
    total[i] = (total[i] as number) + (counts[i] as number) * scale;
    counts[i] = 0;
  }
}
