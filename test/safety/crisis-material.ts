/**
 * Material for checking the fast crisis screen against the reference one: the strings of
 * crisis-corpus.ts, and fast-check arbitraries that build messages from the patterns' own words
 * and phrases, the typos and contractions the normaliser fixes, mixed case, unicode and
 * punctuation.
 */
import fc from 'fast-check';
import { WORD_FIXES } from '../../src/safety/crisis-normalise.js';
import { ALL_PATTERNS, corpusStrings } from './crisis-corpus.js';

/**
 * A regex source without word boundaries and look-arounds, for fast-check to generate from
 * (it supports neither). What it generates is close to a match; often it is one.
 */
export function looseSource(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (source.startsWith('\\b', i)) {
      i++;
      continue;
    }
    if (source[i] === '\\') {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (/^\(\?(?:=|!|<=|<!)/.test(source.slice(i))) {
      for (let depth = 0; i < source.length; i++) {
        if (source[i] === '\\') i++;
        else if (source[i] === '(') depth++;
        else if (source[i] === ')' && --depth === 0) break;
      }
      continue;
    }
    out += source[i];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

const ORDINARY =
  'the school said we need more data before they change his timetable and she cried at the gate this morning head senco meeting attendance letter term year class teacher mum dad son daughter home today tomorrow again not really so much'.split(
    ' ',
  );

/** The patterns' own words, the typo keys and their fixes, and everyday words. */
const VOCABULARY = [
  ...new Set([
    ...ALL_PATTERNS.flatMap((re) => re.source.replace(/\\b|\[[^\]]*\]/g, ' ').match(/[a-z]+/g) ?? []),
    ...[...WORD_FIXES].flatMap(([k, v]) => [k, ...v.split(' ')]),
    ...ORDINARY,
  ]),
];

const SEPARATORS = [' ', ' ', ' ', '  ', ', ', '. ', '! ', '? ', '; ', '\n', ' - ', '... ', ' "', '" ', " '", '\u2019 ', ' 😭 ', '\u200b', ' / ', '\t'];

const nearArbitraries = new Map<string, fc.Arbitrary<string>>();
/**
 * Strings close to a match of `re` (looseSource), one arbitrary per pattern source, made once per
 * worker: making one costs fast-check a few milliseconds per pattern, some 6 s for all of them,
 * and crisis-gate.test.ts generates from the same patterns as `message` below.
 */
export function nearPattern(re: RegExp): fc.Arbitrary<string> {
  let arbitrary = nearArbitraries.get(re.source);
  if (arbitrary === undefined) {
    arbitrary = fc.stringMatching(new RegExp(looseSource(re.source)));
    nearArbitraries.set(re.source, arbitrary);
  }
  return arbitrary;
}

/** A phrase close to one of the patterns (crisis, idiom or phrase fix). */
const nearMatch = fc.oneof(...ALL_PATTERNS.map(nearPattern));

/** A sequence of words drawn from the vocabulary. */
const wordSalad = fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));

const TYPO_OF = new Map([...WORD_FIXES].map(([typo, fixed]) => [fixed, typo]));
const LEET: Record<string, string> = { o: '0', i: '1', e: '3', a: '4', s: '5', t: '7' };
const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bdont\b/g, "don't"],
  [/\bdo not\b/g, 'dont'],
  [/\bim\b/g, 'i am'],
  [/\bi am\b/g, "I'm"],
  [/\bhes\b/g, 'he\u2019s'],
  [/\bshe is\b/g, "she's"],
  [/\bcant\b/g, 'can not'],
  [/\bmyself\b/g, 'my self'],
  [/\bself harm/g, 'self-harm'],
  [/\bstepdad\b/g, 'step dad'],
  [/\bscared (to|of)\b/g, 'scarred $1'],
];

/** Changes a message the way parents' typing (and the normaliser) would. */
const MUTATIONS: ReadonlyArray<(s: string, k: number) => string> = [
  (s) => s.toUpperCase(),
  (s) => s.replace(/\b[a-z]/g, (c) => c.toUpperCase()),
  (s, k) => s.replace(/[a-z]/g, (c, i: number) => ((i + k) % 3 === 0 ? c.toUpperCase() : c)),
  (s) => s.replace(/'/g, '\u2019'),
  (s, k) => s.replace(/[aeiou]/, (c) => c.repeat(3 + (k % 4))),
  (s) => s.replace(/e/g, '\u00e9').replace(/a/g, 'a\u0301'),
  (s) => s.replace(/[a-z]/, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  (s, k) => s.replace(/[oieast]/g, (c, i: number) => ((i + k) % 2 === 0 ? (LEET[c] ?? c) : c)),
  (s) => s.replace(/[a-z0-9]+/g, (w) => TYPO_OF.get(w) ?? w),
  (s) => [...TYPO_OF].reduce((t, [fixed, typo]) => (fixed.includes(' ') ? t.replace(fixed, typo) : t), s),
  (s, k) => {
    const [re, to] = CONTRACTIONS[k % CONTRACTIONS.length] as readonly [RegExp, string];
    return s.replace(re, to);
  },
  (s) => s.replace(/ /g, '  '),
  (s) => s.replace(/ /g, '-'),
  (s) => s.replace(/(\w) (\w)/, '$1. $2'),
  (s) => `${s}.`,
  (s, k) => s.slice(0, s.length - (k % 5)),
];

const fragment = fc.oneof(
  { weight: 4, arbitrary: nearMatch },
  { weight: 3, arbitrary: wordSalad },
  { weight: 2, arbitrary: fc.constantFrom(...corpusStrings()) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
);

/** A parent's message: a few fragments, separators between, a few mutations on top. */
export const message: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(fragment, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 4 }),
    fc.array(fc.tuple(fc.integer({ min: 0, max: MUTATIONS.length - 1 }), fc.nat(99)), { maxLength: 3 }),
  )
  .map(([parts, mutations]) =>
    mutations.reduce(
      (s, [m, k]) => (MUTATIONS[m] as (s: string, k: number) => string)(s, k),
      parts.map(([text, sep]) => text + sep).join(''),
    ),
  );
