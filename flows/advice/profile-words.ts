/**
 * Reading the profile from typed words: a place ("Leeds" is not known, "Wales" is; a US state
 * name is the US), a plan ("EHC plan", "IEP") and pronouns ("she/her", "my son", and those an
 * answer about the child already uses: "He's 8"). Pure; these
 * are names the parent types, not the bot's words.
 */
import type { Place, Plan, Pronoun } from '../../src/features/advice/profile.js';
import { straightApostrophes } from '../../src/core/flow-kit.js';

const US_STATES = [
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire',
  'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania',
  'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington',
  'west virginia', 'wisconsin', 'wyoming', 'district of columbia',
];

const PLACE_WORDS: readonly [RegExp, Place][] = [
  [/\bnorthern ireland\b|\bn\.? ?ireland\b|\bni\b|\bbelfast\b/i, 'northern-ireland'],
  [/\b(?:republic of )?ireland\b|\beire\b|\bdublin\b|\bcork\b/i, 'ireland'],
  [/\bengland\b|\blondon\b|\benglish\b/i, 'england'],
  [/\bwales\b|\bwelsh\b|\bcardiff\b|\bswansea\b/i, 'wales'],
  [/\bscotland\b|\bscottish\b|\bglasgow\b|\bedinburgh\b/i, 'scotland'],
  [/\bus\b|\busa\b|\bu\.s\.a?\.?|\bunited states\b|\bamerica\b/i, 'us'],
  [/\belsewhere\b|\bsomewhere else\b|\bother country\b/i, 'elsewhere'],
];

/** Places we have no rules for, named: kept as typed, so the read-back says where ("Somewhere else (Ontario)"). */
const NAMED_ELSEWHERE =
  /\b(?:canada|australia|new zealand|ontario|quebec|british columbia|alberta|manitoba|nova scotia|saskatchewan|new south wales|nsw|victoria|queensland|tasmania|western australia|south australia)\b/i;

/**
 * Typed at "Which state are you in?", a country we know by name ("england", "Wales actually",
 * "we're in Canada"), never a town that is also a US one (Dublin, Cardiff, Victoria) nor "New England".
 */
const NAMES_A_COUNTRY = /^(?:(?:sorry|actually|oh|no|oops|we'?re|we are|i'?m|i am|in|from|it'?s|its)[,!.]?\s+)*(?:england|wales|scotland|northern ireland|(?:the )?republic of ireland|ireland|the uk|uk|united kingdom|great britain|britain|canada|australia|new zealand)\b(?:[,!.]?\s*(?:actually|sorry|not (?:the )?(?:us|usa|america)))*[.!]*$/i;

export function namesACountry(text: string): boolean {
  return NAMES_A_COUNTRY.test(text);
}

export function placeFromWords(text: string): { place: Place; region?: string } | undefined {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  // A state first: "New Mexico" is not elsewhere, "Washington" is the state.
  const state = US_STATES.find((s) => new RegExp(`\\b${s}\\b`).test(t));
  if (state) return { place: 'us', region: state.replace(/\b[a-z]/g, (c) => c.toUpperCase()) };
  // Before the places we know: "New South Wales" is not Wales.
  if (NAMED_ELSEWHERE.test(t)) {
    const named = text.trim().replace(/\s+/g, ' ').replace(/^(?:(?:we|i)(?:'re|'m| are| am| live) in|in)\s+/i, '').slice(0, 60);
    return { place: 'elsewhere', region: named.charAt(0).toUpperCase() + named.slice(1) };
  }
  for (const [pattern, place] of PLACE_WORDS) if (pattern.test(t)) return { place };
  return undefined;
}

/** A plan named only to say the child has none: "no EHCP", "not an IEP", "doesn't have a statement (yet)". */
const NEGATED_PLAN =
  /\b(?:no|not(?: yet)?(?: an?)?|without(?: an?)?|never (?:had|got)(?: an?)?|(?:doesn't|does not|don't|do not|hasn't got|has not got|haven't got) (?:have |got )?(?:an?|any)?)\s*(?:iep|504(?: plan)?|ehc ?p?|ehc plan|idp|csp|statement(?: of sen)?)\b/g;

/** An assessment for a plan, named as such ("an EHC needs assessment", "an IEP evaluation"): the assessment, not the plan. */
const PLAN_ASSESSMENT = /\b(?:ehc ?p?|iep|504|idp|csp)\s+(?:needs\s+)?(assessment|evaluation)\b/g;
/** An assessment asked for, not yet a plan ("we've applied for an EHC needs assessment", "EHCNA requested"). */
const ASSESSMENT_ASKED =
  /\b(?:asked|applied|requested|asking|applying|requesting)\b.*\b(?:assess|evaluat)|\b(?:assessment|evaluation)\s+(?:was\s+|has been\s+)?(?:asked for|applied for|requested)\b/;
/** Short names for an assessment: "EHCNA" (an EHC needs assessment), "eval". */
const SHORT_ASSESSMENT: readonly [RegExp, string][] = [
  [/\behc ?na\b/g, 'ehc needs assessment'],
  [/\bevals?\b/g, 'evaluation'],
];

/** After an opening no, the child's own plan named all the same ("no, but he has a 504"). */
const CHILD_HAS_ONE = /\bbut\b.{0,20}\b(?:he|she|they|hes|shes|he's|she's|they've|he has|she has|has|have|got)\b.{0,12}\b(?:has|have|got|an?)\b/;

/** An answer that opens by saying the child has none: "she doesn't have one", "there isn't one". */
const NONE_OPENING =
  /^(?:(?:she|he|they|we|i|my (?:son|daughter|child|kid)|the child)\s+(?:doesn't|does not|doesnt|don't|do not|dont|hasn't|has not|hasnt|haven't|have not|havent)\s+(?:got\s+|have\s+)?(?:one|any)|there\s+(?:isn't|is not|isnt)\s+(?:one|any))\b/;

/** After "doesn't have one", a plan the child has named all the same ("he has a 504 plan", "only an IEP"). */
const HAS_NAMED_PLAN = /\b(?:(?:he|she|they)(?:'s| has| have)(?: got)?|only)\s+(?:an?\s+)?(?:iep|504(?!\s+(?:coordinator|co-?ordinator|team|office))|ehc ?p?|ehc plan|idp|csp|statement)\b/;

export function planFromWords(text: string): Plan {
  const spelled = SHORT_ASSESSMENT.reduce((t, [short, full]) => t.replace(short, full), straightApostrophes(text.toLowerCase()));
  const said = spelled.replace(PLAN_ASSESSMENT, '$1');
  // "No, we've asked for one but nothing yet": no plan; asked for alone, an assessment under way.
  if (ASSESSMENT_ASKED.test(said)) return /^(?:no|none|nope|not yet)\b/.test(said.trim()) ? 'none' : 'assessing';
  const t = said.replace(NEGATED_PLAN, ' ');
  // Only plans the child doesn't have: no plan, unless another one is named ("a PEP but no EHCP").
  if (t !== said && !/\b(?:plan|pep|iep|504|has an?|have an?|got an?)\b/.test(t)) return 'none';
  if (/\b(?:being|getting|waiting|pending|in)\b.*\b(?:assess|evaluat)|\b(?:assessment|evaluation) (?:pending|ongoing)/.test(t)) return 'assessing';
  // "no, nothing formal. the school have an IDP on the list": a plan talked of, not the child's;
  // "she doesn't have one. they said they'd do a child's plan": the same.
  if ((/^(?:no|none|nope|not yet|nothing)\b/.test(t.trim()) || NONE_OPENING.test(t.trim())) && !HAS_NAMED_PLAN.test(t) && !CHILD_HAS_ONE.test(t)) return 'none';
  if (/\biep\b/.test(t)) return 'iep';
  if (/\b504\b(?!\s+(?:coordinator|co-?ordinator|team|office))/.test(t)) return '504';
  if (/\behc ?p?\b|\behc plan\b|education,? health/.test(t)) return 'ehcp';
  if (/\bidp\b|individual development plan/.test(t)) return 'idp';
  if (/\bcsp\b|co-?ordinated support plan/.test(t)) return 'csp';
  if (/\bstatement\b/.test(t)) return 'statement';
  if (/^(?:no|none|nothing|nope|not yet|no plan)\b/.test(t.trim())) return 'none';
  return 'other';
}

/** An age or school year ("hes 11 p7", "year 8", "10th grade", "she's 14"): no plan named. */
const AGE_OR_YEAR =
  /\b(?:year|yr|grade|p|s|primary|secondary|form)\s?\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)\s+grade\b|\b(?:he|she|they|hes|shes)(?:'?s| is| are|'re)?\s+\d{1,2}\b|\b\d{1,2}\s*(?:yo|y\/o|years? old|yrs? old)\b|\b(?:age|aged)\s+\d{1,2}\b|^\d{1,2}$/i;

/** An answer to "does your child have a plan?" that gives the age or school year instead (a question early). */
export function ageNotPlan(text: string): boolean {
  const t = straightApostrophes(text.trim());
  return AGE_OR_YEAR.test(t) && planFromWords(t) === 'other' && !/\bplan\b|\bpep\b/i.test(t);
}

const SHE = /\b(?:she|shes|her|hers|herself|girl|daughter)\b/i;
const HE = /\b(?:he|hes|him|his|himself|boy|son)\b/i;
/** "They" may be the child or the school ("they put him in year 4"): never read as the child's, and it makes the others unsure. */
const THEY = /\b(?:they|them|their|theirs|themself|themselves)\b/i;

/**
 * The pronouns an answer about the child already uses ("He's 8, year 4", "my daughter is in
 * year 9"): she or he when the words use only that one; null when they use none, both, or "they".
 */
export function pronounHeard(text: string): Pronoun | null {
  const t = straightApostrophes(text);
  if (THEY.test(t)) return null;
  const she = SHE.test(t);
  const he = HE.test(t);
  return she === he ? null : she ? 'she' : 'he';
}

export function pronounFromWords(text: string): Pronoun {
  const t = text.toLowerCase();
  if (/\b(?:she|her|hers|girl|daughter)\b/.test(t)) return 'she';
  if (/\b(?:he|him|his|boy|son)\b/.test(t)) return 'he';
  return 'they';
}

/** Words that say an age or a school year: a number, "year", "grade", "years old", "nearly" (what an age answer restates). */
const AGE_WORD =
  /^(?:\d{1,2}(?:st|nd|rd|th|yo)?|[pysg]\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|year|years|yr|yrs|grade|form|old|age|aged|nearly|almost|turned|turning|half|months?|reception|nursery|primary|secondary|sixth)$/;

/** The words of an age answer that only say the age or year ("she's 12, year 7" → "12 year 7"): what the age question read. */
export function ageWordsOf(text: string): string {
  return straightApostrophes(text.toLowerCase())
    .split(/[^a-z0-9]+/)
    .filter((w) => AGE_WORD.test(w))
    .join(' ');
}

const MY_DAUGHTER = /\b(?:my|our) (?:daughter|girl|step-?daughter|dd)\b/i;
const MY_SON = /\b(?:my|our) (?:son|boy|step-?son|ds)\b/i;

/** The child spoken of as "my daughter" or "my son" (only one of them) in the parent's words: her pronouns or his, to offer first (W20-4). */
export function childSpokenOf(words: readonly string[]): 'she' | 'he' | null {
  const t = words.join('\n');
  const she = MY_DAUGHTER.test(t);
  const he = MY_SON.test(t);
  return she === he ? null : she ? 'she' : 'he';
}
