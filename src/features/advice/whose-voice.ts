/**
 * Whose voice a statement is in, before a letter quotes it: the parent or carer speaking for
 * themselves ("Leo's nan here.", "This is Leo's mum.", "We're Leo's parents", "my son"), or the
 * school's own email ("Dear Mrs Smith, Thank you for your email… Kind regards, Mr Brown", "We
 * are unable to agree…"). Inside the school's email a reported lead-in ("Leo has said…", "The LA
 * has told us that…") is the school's words, never the start of the parent's report. Pure; the
 * words are content (content/words/letters.yaml: letters.family, letters.parent-self,
 * letters.school-email), compiled on first use; used by letter-facts.ts.
 */
import { once, shippedAlternation, shippedWords } from '../../content/catalog.js';
import { quickBoundaries } from '../../content/quick-boundaries.js';
import { emailBody, isEmailFramed } from './email-frame.js';
import { sentencesOf } from './quote-sources.js';

/** A child's name as a parent types it before who they are to them ("Leo's", "Leos", "his"). */
const CHILDS = "(?:[a-z]+'?s|his|her|their)";

const PARENT_SELF = once(() => {
  const family = `(?:${shippedAlternation('letters.family')})`;
  const own = shippedWords('letters.parent-self').map((p) => p.replaceAll('FAMILY', family).replaceAll('CHILDS', CHILDS));
  // The boundaries inside as lookarounds: the same matches, compiled in a third of the time (quick-boundaries.ts).
  return new RegExp(`\\b(?:${quickBoundaries([...own, ...shippedWords('answers.carer-not-parent')].join('|'))})`, 'i');
});

const patterns = (key: string): RegExp[] => shippedWords(key).map((p) => new RegExp(p.replaceAll('SIGN_OFF', shippedAlternation('school.sign-offs')), 'i'));
const OPENING = once(() => patterns('letters.school-email-opening'));
const SIGNED = once(() => patterns('letters.school-email-signed'));
const SCHOOL_WE = once(() => patterns('letters.school-we'));
const NOT_SCHOOLS_WE = once(() =>
  shippedWords('letters.school-we-not-school').map(
    (p) => new RegExp(p.replaceAll('ROLE', shippedAlternation('school.roles')).replaceAll('FAMILY', shippedAlternation('letters.family')), 'i'),
  ),
);

/**
 * A "we … unable to" that may be the school's own: not when the parent reports the school in the
 * third person anywhere in it ("They won't give him a quiet room.") or gives their own family's
 * details ("I work nights", "since his dad left"). In doubt, never the school's (review10-1).
 */
export const weMayBeTheSchools = (t: string): boolean => !NOT_SCHOOLS_WE().some((p) => p.test(outsideQuotes(t)));

/** The words outside quotation marks: what the parent wrote, not what they quoted. */
const outsideQuotes = (t: string): string => t.replace(/"[^"]*"|“[^”]*”/g, ' … ');

/** The parent or carer speaking for themselves, outside any quotation ("Hi, I'm Leo's mum", "Leo's nan here"). */
export function isParentsOwnVoice(statement: string): boolean {
  return PARENT_SELF().test(outsideQuotes(statement.replace(/\s+/g, ' ')));
}

const FIRST_PERSON = once(() => new RegExp(`\\b(?:${shippedAlternation('letters.first-person')})(?![\\w'])`, 'i'));

/**
 * The parent speaking of themselves: their own voice, or the first person outside any quotation
 * ("I rang…", "we went in…"); "The school said no to the quiet room" is not.
 */
export function speaksOfThemselves(statement: string): boolean {
  return isParentsOwnVoice(statement) || FIRST_PERSON().test(outsideQuotes(statement));
}

/**
 * The school's own email, pasted with its lines or typed on one line: framed (a greeting, a
 * sign-off), thanking the parent for their message, or the school's "we" turning something down in
 * a sentence that reports no one (`tells`: a sentence where the parent tells what they were told),
 * in a statement that neither reports the school nor tells of the family (weMayBeTheSchools).
 * Never when the parent speaks for themselves anywhere in it.
 */
export function isSchoolsEmail(statement: string, tells: (sentence: string) => boolean): boolean {
  if (isParentsOwnVoice(statement)) return false;
  if (isEmailFramed(statement)) return true;
  const t = statement.replace(/\s+/g, ' ').trim();
  if ([...OPENING(), ...SIGNED()].some((p) => p.test(t))) return true;
  if (!weMayBeTheSchools(emailBody(t))) return false;
  return sentencesOf(emailBody(t)).some((s) => !tells(s) && SCHOOL_WE().some((p) => p.test(s)));
}

/** A one-line email without its greeting ("Dear Mrs Smith,") and its sign-off ("Regards, Mr Brown"); a pasted one's frame is email-frame.ts's. */
export function withoutOneLineFrame(t: string): string {
  let body = t;
  // A greeting ends in a comma ("Dear Mrs Smith,", "Hi Ms. Carter,"); a thank-you is the school's words.
  const g = OPENING().map((p) => p.exec(body)).find((m) => m && /[,!]$/.test(m[0]));
  if (g) body = body.slice(g[0].length).trim();
  const s = SIGNED().map((p) => p.exec(body)).find(Boolean);
  if (s) body = body.slice(0, s.index + 1).trim();
  return body.length >= 12 ? body : t;
}
