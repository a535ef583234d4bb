/**
 * Feature extraction: three groups, each L2-normalised on its own and then weighted, so a long
 * pasted email and a three-word chat message land on the same scale.
 *   - words: stemmed unigrams (stopwords dropped) and bigrams (stopwords kept: "for all", "do that");
 *   - chars: character n-grams inside each word, which tolerate typos ("fundng") and inflections;
 *     hashed (FNV-1a) into a fixed table so no substring is ever allocated;
 *   - cues: the hand-written lexicon (one feature per kind of "no" whose cues fire).
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

export interface RawFeatures {
  /** Word unigram (`w:stem`) and bigram (`b:stem stem`) keys. */
  words: string[];
  /** One `q:<kind>` key per kind of "no" whose cues fire. */
  cues: string[];
  /** Hashed character n-grams (bucket numbers). */
  chars: number[];
  /** Content words (non-stopword unigram stems), used to recognise empty or garbage input. */
  content: string[];
}

/** 2^16 buckets (256 KB tables): collisions stay rare for the few thousand distinct 4-grams. */
export const CHAR_BUCKETS = 1 << 16;
const MASK = CHAR_BUCKETS - 1;

export function extractFeatures(text: string, range: CharRange): RawFeatures {
  const norm = normalise(text);
  const tokens = tokenize(norm);
  const words: string[] = [];
  const content: string[] = [];
  const chars: number[] = [];
  let prev = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const s = stem(t);
    if (i > 0) words.push(`b:${prev} ${s}`);
    prev = s;
    if (STOPWORDS.has(t)) continue;
    words.push(`w:${s}`);
    content.push(s);
    if (t.length >= 2) hashCharGrams(t, range.min, range.max, chars);
  }
  // One feature per kind of "no" whose cues fire: presence, not a count, so a phrase that trips
  // two cues of one kind does not outvote a second kind mentioned once. (Per-cue features were
  // tried: no measurable gain on CV or held-out.)
  const cues = matchCueKinds(norm).map((k) => `q:${k}`);
  return { words, cues, chars, content };
}

/** FNV-1a over each n-gram of " token " (space-padded), lengths min..max. No allocation. */
function hashCharGrams(token: string, min: number, max: number, out: number[]): void {
  const len = token.length + 2;
  for (let start = 0; start + min <= len; start++) {
    let h = 0x811c9dc5 ^ min;
    const end = Math.min(len, start + max);
    for (let i = start; i < end; i++) {
      const c = i === 0 || i === len - 1 ? 32 : token.charCodeAt(i - 1);
      h = Math.imul(h ^ c, 16777619);
      if (i - start + 1 >= min) out.push((h ^ (h >>> 15)) & MASK);
    }
  }
}

/** The model's feature space: known word/cue keys and kept character buckets. */
export interface Vocabulary {
  keys: Map<string, number>;
  /** bucket → feature index, or -1 when the bucket was too rare in training. */
  buckets: Int32Array;
  size: number;
  /** Feature indices of the cue group (`q:` keys). */
  cueIndices: ReadonlySet<number>;
  /** Scratch space for vectorise (classification is synchronous, so one set suffices). */
  scratch: { counts: Float64Array; total: Float64Array; ids: number[]; local: number[] };
}

/** A sparse vector over a vocabulary. */
export interface SparseVector {
  idx: number[];
  val: number[];
}

/** Keep keys/buckets seen in at least `minCount` training statements (cues always kept). */
export function buildVocabulary(all: RawFeatures[], minCount: number): Vocabulary {
  // Document frequency per key: one Map lookup per occurrence, a last-seen array for "distinct".
  const tmp = new Map<string, number>();
  const names: string[] = [];
  const df: number[] = [];
  const last: number[] = [];
  const bucketDf = new Int32Array(CHAR_BUCKETS);
  const lastSeen = new Int32Array(CHAR_BUCKETS).fill(-1);
  const used: number[] = [];
  for (let n = 0; n < all.length; n++) {
    const f = all[n] as RawFeatures;
    countKeys(f.words, n, tmp, names, df, last);
    countKeys(f.cues, n, tmp, names, df, last);
    for (const b of f.chars) {
      if (lastSeen[b] === n) continue;
      lastSeen[b] = n;
      if (bucketDf[b] === 0) used.push(b);
      bucketDf[b] = (bucketDf[b] as number) + 1;
    }
  }
  const keys = new Map<string, number>();
  const cueIndices = new Set<number>();
  let size = 0;
  for (let t = 0; t < names.length; t++) {
    const k = names[t] as string;
    const cue = k.startsWith('q:');
    if (cue) cueIndices.add(size);
    if ((df[t] as number) >= minCount || cue) keys.set(k, size++);
  }
  const buckets = new Int32Array(CHAR_BUCKETS).fill(-1);
  used.sort((a, b) => a - b);
  for (const b of used) if ((bucketDf[b] as number) >= minCount) buckets[b] = size++;
  const scratch = { counts: new Float64Array(size), total: new Float64Array(size), ids: [], local: [] };
  return { keys, buckets, size, cueIndices, scratch };
}

function countKeys(keys: string[], doc: number, tmp: Map<string, number>, names: string[], df: number[], last: number[]): void {
  for (const k of keys) {
    let t = tmp.get(k);
    if (t === undefined) {
      t = names.length;
      tmp.set(k, t);
      names.push(k);
      df.push(0);
      last.push(-1);
    }
    if (last[t] !== doc) {
      last[t] = doc;
      df[t] = (df[t] as number) + 1;
    }
  }
}

export function vectorise(f: RawFeatures, vocab: Vocabulary, w: FeatureWeights): SparseVector {
  const { ids } = vocab.scratch;
  const touched: number[] = [];
  ids.length = 0;
  for (const k of f.words) {
    const i = vocab.keys.get(k);
    if (i !== undefined) ids.push(i);
  }
  addGroup(vocab, w.words, touched);
  for (const b of f.chars) {
    const i = vocab.buckets[b] as number;
    if (i >= 0) ids.push(i);
  }
  addGroup(vocab, w.chars, touched);
  for (const k of f.cues) {
    const i = vocab.keys.get(k);
    if (i !== undefined) ids.push(i);
  }
  addGroup(vocab, w.cues, touched);
  const { total } = vocab.scratch;
  const val = new Array<number>(touched.length);
  for (let n = 0; n < touched.length; n++) {
    const i = touched[n] as number;
    val[n] = total[i] as number;
    total[i] = 0;
  }
  return { idx: touched, val };
}

/**
 * Adds the group held in scratch.ids: counts per feature, L2-normalised within the group and
 * scaled by `weight`, into scratch.total; then empties scratch.ids.
 */
function addGroup(vocab: Vocabulary, weight: number, touched: number[]): void {
  const { counts, total, ids, local } = vocab.scratch;
  local.length = 0;
  for (const i of ids) {
    if (counts[i] === 0) local.push(i);
    counts[i] = (counts[i] as number) + 1;
  }
  ids.length = 0;
  let norm = 0;
  for (const i of local) norm += (counts[i] as number) ** 2;
  const scale = norm > 0 && weight !== 0 ? weight / Math.sqrt(norm) : 0;
  for (const i of local) {
    if (scale !== 0) {
      if (total[i] === 0) touched.push(i);
      total[i] = (total[i] as number) + (counts[i] as number) * scale;
    }
    counts[i] = 0;
  }
}
