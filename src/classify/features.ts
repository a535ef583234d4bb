/**
 * Feature extraction: three groups, each L2-normalised on its own and then weighted, so a long
 * pasted email and a three-word chat message land on the same scale.
 *   - words: stemmed unigrams (stopwords dropped) and bigrams (stopwords kept: "for all", "do that");
 *   - chars: character n-grams inside each word, which tolerate typos ("fundng") and inflections;
 *     hashed (FNV-1a) into a fixed table so no substring is ever allocated;
 *   - cues: the hand-written lexicon (one feature per category and one per cue).
 */
import { matchCues } from './cues.js';
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
  /** Word unigram (`w:`), bigram (`b:`) and cue (`q:`) keys. */
  words: string[];
  cues: string[];
  /** Hashed character n-grams (bucket numbers). */
  chars: number[];
  /** Content words (non-stopword unigram stems), used to recognise empty or garbage input. */
  content: string[];
}

/** 2^18 buckets: collisions stay rare for the ~10k distinct n-grams a few hundred examples hold. */
export const CHAR_BUCKETS = 1 << 18;
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
    if (t.length >= 2) hashCharGrams(t, range, chars);
  }
  const cues: string[] = [];
  for (const cue of matchCues(norm)) cues.push(`q:${cue.category}`, `q:${cue.category}:${cue.id}`);
  return { words, cues, chars, content };
}

/** FNV-1a over each n-gram of " token " (space-padded), lengths range.min..range.max. */
function hashCharGrams(token: string, range: CharRange, out: number[]): void {
  const len = token.length + 2;
  const code = (i: number): number => (i === 0 || i === len - 1 ? 32 : token.charCodeAt(i - 1));
  for (let start = 0; start + range.min <= len; start++) {
    let h = 0x811c9dc5 ^ range.min;
    const end = Math.min(len, start + range.max);
    for (let i = start; i < end; i++) {
      h = Math.imul(h ^ code(i), 16777619);
      if (i - start + 1 >= range.min) out.push((h ^ (h >>> 15)) & MASK);
    }
  }
}

/** The model's feature space: known word/cue keys and kept character buckets. */
export interface Vocabulary {
  keys: Map<string, number>;
  /** bucket → feature index, or -1 when the bucket was too rare in training. */
  buckets: Int32Array;
  size: number;
}

/** A sparse vector over a vocabulary. */
export interface SparseVector {
  idx: number[];
  val: number[];
}

/** Keep keys/buckets seen in at least `minCount` training statements (cues always kept). */
export function buildVocabulary(all: RawFeatures[], minCount: number): Vocabulary {
  const df = new Map<string, number>();
  const bucketDf = new Int32Array(CHAR_BUCKETS);
  const lastSeen = new Int32Array(CHAR_BUCKETS).fill(-1);
  const seen = new Set<string>();
  all.forEach((f, n) => {
    seen.clear();
    for (const k of f.words) seen.add(k);
    for (const k of f.cues) seen.add(k);
    for (const k of seen) df.set(k, (df.get(k) ?? 0) + 1);
    for (const b of f.chars) {
      if (lastSeen[b] === n) continue;
      lastSeen[b] = n;
      bucketDf[b] = (bucketDf[b] as number) + 1;
    }
  });
  const keys = new Map<string, number>();
  let size = 0;
  for (const [k, c] of df) if (c >= minCount || k.startsWith('q:')) keys.set(k, size++);
  const buckets = new Int32Array(CHAR_BUCKETS).fill(-1);
  for (let b = 0; b < CHAR_BUCKETS; b++) if ((bucketDf[b] as number) >= minCount) buckets[b] = size++;
  return { keys, buckets, size };
}

export function vectorise(f: RawFeatures, vocab: Vocabulary, w: FeatureWeights): SparseVector {
  const acc = new Map<number, number>();
  addGroup(f.words, (k) => vocab.keys.get(k), w.words, acc);
  addGroup(f.chars, (b) => {
    const i = vocab.buckets[b] as number;
    return i >= 0 ? i : undefined;
  }, w.chars, acc);
  addGroup(f.cues, (k) => vocab.keys.get(k), w.cues, acc);
  const idx = [...acc.keys()];
  return { idx, val: idx.map((i) => acc.get(i) ?? 0) };
}

/** Counts per feature, L2-normalised within the group, scaled by `weight`. */
function addGroup<K>(items: K[], lookup: (k: K) => number | undefined, weight: number, out: Map<number, number>): void {
  if (weight === 0 || items.length === 0) return;
  const counts = new Map<number, number>();
  for (const k of items) {
    const i = lookup(k);
    if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  let norm = 0;
  for (const c of counts.values()) norm += c * c;
  if (norm === 0) return;
  const scale = weight / Math.sqrt(norm);
  for (const [i, c] of counts) out.set(i, (out.get(i) ?? 0) + c * scale);
}
