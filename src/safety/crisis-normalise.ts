/**
 * Normalising for the crisis screen: lower-case ASCII words, typos and chat shorthand fixed,
 * contractions folded one way, sentences kept apart, so each pattern spells a phrase once.
 */

import { buildGate, trie, type GatePlan } from './crisis-gate.js';
import { gatePlanFor } from './precomputed-gates.js';

/** Characters scanned per message: the same ceiling the engine accepts for one turn. */
export const SCAN_LIMIT = 20_000;

// ---------------------------------------------------------------------------------------------
// Normalising
// ---------------------------------------------------------------------------------------------

/**
 * Single words parents type quickly, misspell or abbreviate, mapped to the spelling the
 * patterns use. Values may be phrases ("kms" → "kill myself").
 */
export const WORD_FIXES: ReadonlyMap<string, string> = new Map([
  // Chat shorthand
  ['kms', 'kill myself'],
  ['kys', 'kill yourself'],
  ['wanna', 'want to'],
  ['wana', 'want to'],
  ['gonna', 'going to'],
  ['u', 'you'],
  ['ur', 'your'],
  ['urself', 'yourself'],
  ['2', 'to'],
  ['every1', 'everyone'],
  ['evry1', 'everyone'],
  ['evryone', 'everyone'],
  ['some1', 'someone'],
  ['sum1', 'someone'],
  ['bf', 'boyfriend'],
  ['sed', 'said'],
  ['sayd', 'said'],
  ['bin', 'been'],
  ['tld', 'told'],
  ['od', 'overdose'],
  ['oded', 'overdosed'],
  ['dnt', 'dont'],
  ['dosnt', 'doesnt'],
  ['dosent', 'doesnt'],
  ['doesent', 'doesnt'],
  ['carnt', 'cant'],
  ['cannot', 'cant'],
  ['wnat', 'want'],
  ['wnt', 'want'],
  ['wnats', 'wants'],
  ['anymor', 'anymore'],
  ['b', 'be'],
  ['wud', 'would'],
  ['cud', 'could'],
  ['shud', 'should'],
  ['bcos', 'because'],
  ['bc', 'because'],
  ['ppl', 'people'],
  ['rn', 'right now'],
  ['tonite', 'tonight'],
  ['burdan', 'burden'],
  ['burdon', 'burden'],
  ['hopless', 'hopeless'],
  ['alve', 'alive'],
  ['dissapear', 'disappear'],
  ['disapear', 'disappear'],
  ['sh', 'self harm'],
  ['shing', 'self harming'],
  ['unbareable', 'unbearable'],
  ['traped', 'trapped'],
  ['nomore', 'no more'],
  // Misspellings of the words that matter most
  ['sucide', 'suicide'],
  ['suicde', 'suicide'],
  ['suiside', 'suicide'],
  ['suacide', 'suicide'],
  ['sucicide', 'suicide'],
  ['suecide', 'suicide'],
  ['suicid', 'suicide'],
  ['sucidal', 'suicidal'],
  ['suicdal', 'suicidal'],
  ['suisidal', 'suicidal'],
  ['suicidle', 'suicidal'],
  ['suicidel', 'suicidal'],
  ['sucicidal', 'suicidal'],
  ['unalve', 'unalive'],
  ['kil', 'kill'],
  ['kiled', 'killed'],
  ['killin', 'killing'],
  ['diee', 'die'],
  ['diie', 'die'],
  ['ded', 'dead'],
  ['myslef', 'myself'],
  ['mysef', 'myself'],
  ['mysel', 'myself'],
  ['meself', 'myself'],
  ['himslef', 'himself'],
  ['hisself', 'himself'],
  ['herslef', 'herself'],
  ['theirselves', 'themselves'],
  ['themselfs', 'themselves'],
  ['slef', 'self'],
  ['selfharm', 'self harm'],
  ['selfharming', 'self harming'],
  ['selfharmed', 'self harmed'],
  ['harmin', 'harming'],
  ['cuting', 'cutting'],
  ['cuttin', 'cutting'],
  ['hurtin', 'hurting'],
  ['wirsts', 'wrists'],
  ['wrsits', 'wrists'],
  ['wirst', 'wrist'],
  ['pils', 'pills'],
  ['pillz', 'pills'],
  ['paracetemol', 'paracetamol'],
  ['paracetomol', 'paracetamol'],
  ['paracetmol', 'paracetamol'],
  ['ibuprophen', 'ibuprofen'],
  ['overdos', 'overdose'],
  ['overdoze', 'overdose'],
  ['ovedose', 'overdose'],
  ['scard', 'scared'],
  ['afriad', 'afraid'],
  ['abuesd', 'abused'],
  ['stepdaddy', 'stepdad'],
]);

/** Leet-speak digits, used only inside tokens that mix letters and digits ("su1c1de", "k1ll"). */
export const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };

/**
 * Multi-word fixes, run after the word fixes. Contractions are folded one way (the short,
 * apostrophe-less form parents actually type), so each pattern needs to spell a phrase once.
 */
export const PHRASE_FIXES: ReadonlyArray<readonly [RegExp, string]> = [
  // "him self harming" stays apart so that "self harming" still reads as self-harm.
  [/\b(my|him|her|your|them|it) (self|selves)\b(?! harm)/g, '$1$2'],
  [/\bself harm(ing|ed|s)?\b/g, 'self harm$1'],
  [/\bstep (dad|father|mum|mom|mam|mother|brother|sister)\b/g, 'step$1'],
  [/\bany more\b/g, 'anymore'],
  [/\bcan not\b/g, 'cant'],
  [/\bdo not\b/g, 'dont'],
  [/\bdoes not\b/g, 'doesnt'],
  [/\bdid not\b/g, 'didnt'],
  [/\bwill not\b/g, 'wont'],
  [/\bwould not\b/g, 'wouldnt'],
  [/\bwas not\b/g, 'wasnt'],
  [/\bwere not\b/g, 'werent'],
  [/\bis not\b/g, 'isnt'],
  [/\bhas not\b/g, 'hasnt'],
  [/\bhave not\b/g, 'havent'],
  [/\bi am\b/g, 'im'],
  [/\bi have\b/g, 'ive'],
  [/\bi would\b/g, 'id'],
  [/\bi will\b/g, 'ill'],
  [/\bhe is\b/g, 'hes'],
  [/\bshe is\b/g, 'shes'],
  [/\bthey are\b/g, 'theyre'],
  [/\bhe has been\b/g, 'hes been'],
  [/\bshe has been\b/g, 'shes been'],
  [/\bthey have been\b/g, 'theyve been'],
  [/\bhe would\b/g, 'hed'],
  [/\bshe would\b/g, 'shed'],
  [/\bthey would\b/g, 'theyd'],
  [/\bwe would\b/g, 'wed'],
  [/\byou would\b/g, 'youd'],
  // "scarred to go home" is a common slip for "scared"; "scarred arms" must stay as it is.
  [/\bscarred (to|of)\b/g, 'scared $1'],
  // "took an overdoes" is a slip; "he overdoes it at the gym" is not.
  [/\ban overdoes\b/g, 'an overdose'],
  // "wants to dye" is a slip for "die"; "wants to dye her hair" is not.
  [/\bto dye\b(?! (?:my|his|her|their|your|the|it|them|some|a|an)\b)/g, 'to die'],
];

function fixWord(word: string): string {
  const fixed = WORD_FIXES.get(word);
  if (fixed !== undefined) return fixed;
  if (/\d/.test(word) && /[a-z]/.test(word)) {
    const unleet = word.replace(/[013457]/g, (d) => LEET[d] ?? d);
    return WORD_FIXES.get(unleet) ?? unleet;
  }
  return word;
}

// The steps below are skipped only where they provably change nothing, so the text comes out
// exactly as if every step had run (test/safety/crisis-screen-equivalence.test.ts checks this).

/** NFKD and stripping marks leave ASCII text as it is. */
const NON_ASCII = /[^\x00-\x7f]/;
/** Text of only these characters has no apostrophes, sentence ends or separators to replace. */
const NOT_PLAIN = /[^a-z0-9 ]/;

/** The repeat rule below changes nothing unless some letter comes three times in a row. */
const TRIPLE_LETTER = /([a-z])\1\1/;

/**
 * The words fixWord would change, so it is not called for every word: a whole word (a maximal
 * run of [a-z0-9], the only word characters left by then) that is in WORD_FIXES, or one with a
 * digit in it (digits alone are looked up too; letters and digits are un-leeted).
 */
const FIX_KEY = `\\b(?:${trie([...WORD_FIXES.keys()])})\\b`;
const FIXABLE_WORD = new RegExp(`${FIX_KEY}|\\b[a-z]*[0-9][a-z0-9]*`, 'g');
const HAS_FIX_KEY = new RegExp(FIX_KEY);
/** Whether FIXABLE_WORD would find anything: looking is cheaper than a replace that finds nothing. */
const hasFixableWord = (t: string): boolean => /[0-9]/.test(t) || HAS_FIX_KEY.test(t);

/** Collapses runs of spaces; most texts have none, and looking is cheaper than replacing. */
const singleSpaced = (t: string): string => (t.includes('  ') ? t.replace(/ {2,}/g, ' ') : t);

/**
 * Applies `fixes` in order, as `t = t.replace(re, to)` for each would, skipping each fix whose
 * anchors are absent. The text is scanned again after any fix that changed it: a fix may write
 * what a later one looks for. Should the gate fail, every fix runs.
 */
export function inOrder(fixes: ReadonlyArray<readonly [RegExp, string]>, plan?: GatePlan): (text: string) => string {
  const gate = buildGate(
    fixes.map(([re]) => re),
    plan,
  );
  const gated = (text: string): string => {
    let t = text;
    gate.scan(t);
    for (let i = 0; i < fixes.length; i++) {
      if (!gate.maybe(i)) continue;
      const [re, to] = fixes[i] as readonly [RegExp, string];
      const next = t.replace(re, to);
      if (next !== t) {
        t = next;
        gate.scan(t);
      }
    }
    return t;
  };
  return (text) => {
    try {
      return gated(text);
    } catch {
      return fixes.reduce((t, [re, to]) => t.replace(re, to), text);
    }
  };
}

/** The phrase fixes' patterns, whose gate the build plans (precomputed-gates.ts). */
export const PHRASE_FIX_PATTERNS: readonly RegExp[] = PHRASE_FIXES.map(([re]) => re);
export const PHRASE_FIX_GATE = 'crisis-phrase-gate';

const fixPhrases = inOrder(PHRASE_FIXES, gatePlanFor(PHRASE_FIX_GATE, PHRASE_FIX_PATTERNS));

/**
 * Lower-case ASCII words separated by single spaces, with " . " between sentences so that a
 * pattern never joins the end of one sentence to the start of the next.
 */
export function normalise(raw: string): string {
  // A crisis line can come at the end of a long pasted email, so keep both ends of a long text.
  const half = SCAN_LIMIT / 2;
  let t = raw.length > SCAN_LIMIT ? `${raw.slice(0, half)}\n${raw.slice(-half)}` : raw;
  if (NON_ASCII.test(t)) t = t.normalize('NFKD').replace(/\p{M}+/gu, '');
  t = t.toLowerCase();
  if (NOT_PLAIN.test(t)) {
    // Apostrophes of every shape are dropped: "he's" → "hes", "don’t" → "dont", "i'm" → "im".
    t = t.replace(/['\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g, '');
    t = t.replace(/[.!?;\n\r\u2028\u2029]+/g, ' . ');
    // Everything else (hyphens, quotes, emoji, control characters, other scripts) separates words.
    t = t.replace(/[^a-z0-9 .]+/g, ' ');
  }
  // "sooooo", "diiiie", "killlll": three or more of one letter become two.
  if (TRIPLE_LETTER.test(t)) t = t.replace(/([a-z])\1{2,}/g, '$1$1');
  t = singleSpaced(t);
  if (hasFixableWord(t)) t = t.replace(FIXABLE_WORD, fixWord);
  t = fixPhrases(t);
  return singleSpaced(t).trim();
}
