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

/** Words that must survive as unigrams even though they are short or common. */
const NUM = /^\d+$/;

export function tokenize(normalised: string): string[] {
  const out: string[] = [];
  for (const raw of normalised.split(/[^\p{L}\p{N}_]+/u)) {
    if (!raw) continue;
    // Only latin-script tokens carry signal for a model trained on English; others are ignored.
    if (!/^[a-z0-9_]+$/.test(raw)) continue;
    if (NUM.test(raw)) {
      out.push(raw === '504' ? '504' : 'num');
      continue;
    }
    out.push(raw);
  }
  return out;
}

const DOUBLE = /([bdfgkmnprt])\1$/;

export function stem(word: string): string {
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
