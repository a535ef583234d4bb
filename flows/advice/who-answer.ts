/**
 * "Who said it?" answered with a sentence that names no one (W20-2): "honestly I'm at the end of my
 * tether with them, the camhs waiting list is 18 months" was kept as who said the no, and headed
 * the notes and the packet. A short answer is taken as whoever it names, as before ("Sarah",
 * "the office", "her tutor"); a longer one names someone when it holds a school role, the
 * authority, a title and surname, a person word (content's `school.someone`: "the woman in the
 * office", "someone from the council") or a capitalised word that is not a month or a day.
 */
import { once, shippedAlternation as alternation } from '../../src/content/catalog.js';
import { TITLED_NAME } from '../../src/features/advice/person-names.js';

/** Answers this short are taken as they are: a name, a role, a place. */
const WHO_WORDS_AT_MOST = 6;

const SOMEONE = once(() => new RegExp(`(?:^|[^\\p{L}])(?:${alternation('school.roles')}|${alternation('school.authority')}|${alternation('school.someone')})(?=$|[^\\p{L}])`, 'iu'));
const TITLED = once(() => new RegExp(`(?:^|[^\\p{L}])${TITLED_NAME()}`, 'iu'));
/** Capitalised words that name no one: the months and days ("I", "I'm" never look capitalised-then-lower). */
const NOT_A_NAME = once(() => new RegExp(`^(?:${alternation('school.calendar-words')})$`, 'i'));

export function namesNoOne(text: string): boolean {
  const t = text.replace(/[’‘]/g, "'").trim();
  const words = t.split(/\s+/);
  if (words.length <= WHO_WORDS_AT_MOST) return false;
  if (SOMEONE().test(t) || TITLED().test(t)) return false;
  // A capitalised word after the first (the first may be capitalised only as a sentence's start).
  return !words.slice(1).some((w) => /^\p{Lu}\p{Ll}/u.test(w) && !NOT_A_NAME().test(w.replace(/[^\p{L}']+$/u, '')));
}
