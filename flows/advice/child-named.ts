/**
 * The child a parent's first message names ("my daughter Mia is 12…", "My daughter, Ava, is 9",
 * "my 14 year old daughter Priya", "my son jack wont go in"): offered at "what shall I call your
 * child?" so a name already given is one tap (W20-1). Only a word right after "my/our <son,
 * daughter…>": capitalised in a message that uses capitals, or in lower case when a word such as
 * "is" or "wont" follows it; never a word that is no name ("my son is", "my daughter really",
 * "My son Autism…"); a month, a day or "will" only with such a word after it ("my son Will is 10").
 * Word lists: content's school.child-relation, school.after-child-name, school.not-a-child-name,
 * school.calendar-words, school.child-name-or-word.
 */
import { once, shippedAlternation as alternation } from '../../src/content/catalog.js';

const AGE = String.raw`(?:\d{1,2}[ -]?(?:year|yr)s?[ -]?old |\d{1,2} ?y\.?o\.? |(?:eldest|oldest|youngest|middle|little|teenage) )?`;
const NAMED = once(
  () =>
    new RegExp(
      String.raw`(?:^|[^\p{L}])(?:my|our) ${AGE}(?:${alternation('school.child-relation')}),? (\p{L}[\p{L}\p{M}'’-]*)(,?\s+(?:${alternation('school.after-child-name')})(?=$|[^\p{L}]))?`,
      'iu',
    ),
);
const NOT_A_NAME = once(() => new RegExp(`^(?:${alternation('school.not-a-child-name')})$`, 'i'));
/** A month, a day, "will": a name only with "is/has…" after it ("my daughter May has not been in"; review21 R11). */
const NAME_OR_WORD = once(() => new RegExp(`^(?:${alternation('school.calendar-words')}|${alternation('school.child-name-or-word')})$`, 'i'));

export function childNamedIn(statement: string): string | null {
  const m = NAMED().exec(statement.normalize('NFC'));
  const word = m?.[1];
  if (!m || !word) return null;
  const plain = word.replace(/’/g, "'");
  if (NOT_A_NAME().test(plain) || (NAME_OR_WORD().test(plain) && m[2] === undefined)) return null;
  const capitalised = /^\p{Lu}/u.test(word);
  const usesCapitals = statement !== statement.toLowerCase();
  // "my son Jack": a name. "my son jack wont…" in a message typed without capitals: a name too.
  if (capitalised ? word !== word.toUpperCase() || word.length === 1 : !usesCapitals && m[2] !== undefined) {
    return word.charAt(0).toUpperCase() + word.slice(1);
  }
  return null;
}
