/**
 * Word tokens and a light suffix-stripping stemmer. A full Porter stemmer buys little here: the
 * character n-grams already cover most morphology, and the stemmer only has to make "staffing",
 * "staffed" and "staff" (or "decided"/"decide") meet.
 */

/** Function words dropped as unigrams (kept inside bigrams, where "for all" or "do that" matter). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if so of to in on at by for from with as is are was were be been being am ' +
    'this that these those it its i me my we us our you your he him his she her they them their ' +
    'there here what which who whom whose when where how then than too very just also only really ' +
    'do does did doing have has had having will would shall should can could may might must ' +
    'about into over after before again up down out off all any some such own same other ' +
    'said say says told tell asked ask apparently basically honestly literally mrs mr ms miss dr ' +
    'dear regards kind sincerely yours thank thanks'
  ).split(' '),
);

/** Latin-script words only: a model trained on English has nothing to say about other scripts. */
export function tokenize(normalised: string): string[] {
  const raw = normalised.match(/[a-z0-9_]+/g);
  if (raw === null) return [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i] as string;
    const c = t.charCodeAt(0);
    if (c >= 48 && c <= 57 && /^\d+$/.test(t)) raw[i] = t === '504' ? '504' : 'num';
  }
  return raw;
}

const DOUBLE = /([bdfgkmnprt])\1$/;

/** Stems repeat constantly; a bounded cache saves most of the suffix tests. */
const CACHE = new Map<string, string>();
const CACHE_MAX = 50_000;

export function stem(word: string): string {
  const hit = CACHE.get(word);
  if (hit !== undefined) return hit;
  const s = stemUncached(word);
  if (CACHE.size >= CACHE_MAX) CACHE.clear();
  CACHE.set(word, s);
  return s;
}

function stemUncached(word: string): string {
  let w = word;
  if (w.length <= 3 || w.includes('_')) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(ch|sh|x|ss)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is|ys)$/.test(w) && w.length > 3) w = w.slice(0, -1);

  if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4) w = undouble(w.slice(0, -2));

  if (w.endsWith('ation') && w.length > 7) w = w.slice(0, -5);
  else if (w.endsWith('ment') && w.length > 7) w = w.slice(0, -4);
  else if (w.endsWith('ness') && w.length > 6) w = w.slice(0, -4);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);

  if (w.endsWith('ate') && w.length > 6) w = w.slice(0, -3);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 3) w = w.slice(0, -1) + 'i';
  return w;
}

function undouble(w: string): string {
  return DOUBLE.test(w) ? w.slice(0, -1) : w;
}
