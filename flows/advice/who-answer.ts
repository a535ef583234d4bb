/**
 * "Who said it?" answered with a sentence that names no one (W20-2): "honestly I'm at the end of my
 * tether with them, the camhs waiting list is 18 months" was kept as who said the no, and headed
 * the notes and the packet. A short answer is taken as whoever it names, as before ("Sarah",
 * "the office", "her tutor"); a longer one names someone when it holds a school role, the
 * authority, a title and surname, a person word (content's `school.someone`: "the woman in the
 * office", "someone from the council"), a capitalised word that is not a month or a day, or an
 * all-capitals one that is not a service, plan or condition ("the EWO", "JB"; not "CAMHS").
 */
import { once, shippedAlternation as alternation } from '../../src/content/catalog.js';
import { TITLED_NAME } from '../../src/features/advice/person-names.js';

/** Answers this short are taken as they are: a name, a role, a place. */
const WHO_WORDS_AT_MOST = 6;

const SOMEONE = once(() => new RegExp(`(?:^|[^\\p{L}])(?:${alternation('school.roles')}|${alternation('school.authority')}|${alternation('school.someone')})(?=$|[^\\p{L}])`, 'iu'));
const TITLED = once(() => new RegExp(`(?:^|[^\\p{L}])${TITLED_NAME()}`, 'iu'));
/** Capitalised words that name no one: the months and days ("I", "I'm" never look capitalised-then-lower). */
const NOT_A_NAME = once(() => new RegExp(`^(?:${alternation('school.calendar-words')})$`, 'i'));
/** All-capitals words that name no one ("CAMHS", "EHCP"); any other of two letters or more does ("the EWO", "JB": review21 R6). */
const NOT_SOMEONE_CAPS = once(() => new RegExp(`^(?:${alternation('school.not-someone-caps')})$`, 'i'));

/** A word that names someone: a capitalised name that is no month or day, or an all-capitals one that is no service or plan. */
function namesSomeone(word: string): boolean {
  const w = word.replace(/^[^\p{L}]+|[^\p{L}']+$/gu, '');
  if (/^\p{Lu}{2,}$/u.test(w)) return !NOT_SOMEONE_CAPS().test(w);
  return /^\p{Lu}\p{Ll}/u.test(w) && !NOT_A_NAME().test(w);
}

export function namesNoOne(text: string): boolean {
  const t = text.replace(/[’‘]/g, "'").trim();
  const words = t.split(/\s+/);
  if (words.length <= WHO_WORDS_AT_MOST) return false;
  if (SOMEONE().test(t) || TITLED().test(t)) return false;
  // A capitalised word after the first (the first may be capitalised only as a sentence's start);
  // an answer all in capitals has none that stands out.
  return !/\p{Ll}/u.test(t) || !words.slice(1).some(namesSomeone);
}
