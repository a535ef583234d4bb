/**
 * A word boundary written as lookarounds (src/content/quick-boundaries.ts): the same matches,
 * character for character, for any text; only `\b` outside a character class is rewritten.
 */
import { describe, expect, it } from 'vitest';
import { shippedWords } from '../../src/content/catalog.js';
import { quickBoundaries } from '../../src/content/quick-boundaries.js';

const PATTERNS = [
  String.raw`\bmy (?:son|daughter)(?:'s)?\b`,
  String.raw`(?:this is|it'?s|its) (?:[a-z]+'?s|his|her) (?:mum|dad|parents?)\b(?!['’])`,
  String.raw`(?:^|[,.!?;:]\s*|\b(?:hi|hello)\b,?\s+)(?:mum|nan) (?:here|writing)\b`,
  String.raw`\b[,.]x\b`,
  String.raw`\b\d+\b`,
  String.raw`\b`,
];
const TEXTS = [
  '',
  ' ',
  "Hi, I'm Leo's mum. My son's school said no",
  "this is Leo's dad's choice",
  "it's Leo's parents' evening",
  'hello   mum here',
  'Mum here.',
  ',mum here',
  'a,x b, x c.x',
  'year 6 and 12b',
  'my daughter_s friend',
  'MY SON',
  'naïve my sonå',
  'my son’s',
  'hi,\nnan writing',
  "Hi, I'm Leo's mum. Im leos dad and we are the parents",
  'I am the parent support adviser. we live with us my partner and I',
  "As Leo's mum, I asked. Me and his dad went in; I'm not his real mum",
  'we have a kinship care order. my stepdaughter lives with me',
];

function matches(re: RegExp, text: string): [number, string][] {
  return [...text.matchAll(new RegExp(re.source, `${re.flags}g`))].map((m) => [m.index ?? -1, m[0]]);
}

describe('quickBoundaries', () => {
  it('rewrites each \\b outside a character class, and nothing else', () => {
    expect(quickBoundaries(String.raw`\bab\b`)).toBe(String.raw`(?:(?<!\w)(?=\w)|(?<=\w)(?!\w))ab(?:(?<!\w)(?=\w)|(?<=\w)(?!\w))`);
    // In a class \b is a backspace; an escaped backslash before b is a backslash and a b; \B is not \b.
    expect(quickBoundaries(String.raw`[\b]x\\b\B[^\]\b]`)).toBe(String.raw`[\b]x\\b\B[^\]\b]`);
  });

  it('matches exactly what the pattern matched, with and without the i flag', () => {
    // The shipped words it is used on too (whose-voice.ts), FAMILY and CHILDS read as a word.
    const shipped = [...shippedWords('letters.parent-self'), ...shippedWords('answers.carer-not-parent')].map((p) => p.replaceAll('FAMILY', '(?:mum|dad|parents?)').replaceAll('CHILDS', "(?:[a-z]+'?s|his)"));
    for (const source of [...PATTERNS, ...shipped]) {
      for (const flags of ['i', '']) {
        const before = new RegExp(source, flags);
        const after = new RegExp(quickBoundaries(source), flags);
        for (const text of TEXTS) expect(matches(after, text), `${source} /${flags} on ${JSON.stringify(text)}`).toEqual(matches(before, text));
      }
    }
  });
});
