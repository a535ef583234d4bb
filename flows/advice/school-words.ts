/**
 * Reading who said what: the school roles parents name, the person a statement names (as it
 * opens, or in a pasted email's signature), the greeting a letter can use, and whether typed
 * words read like the school's no. Pure; the words it reads are content (content/words/school.yaml).
 */
import { clip, straightApostrophes } from '../../src/core/flow-kit.js';
import { once, shippedAlternation as alternation, shippedWords } from '../../src/content/catalog.js';
import { isEmailFramed } from '../../src/features/advice/email-frame.js';
import { NAME_END, startsWithPlainName, TITLED_NAME as PERSON_TITLED } from '../../src/features/advice/person-names.js';


/** School roles as parents name them (without a person's name). */
const ROLES = alternation('school.roles');
/** The authority above the school, as parents name it. */
const AUTHORITY = alternation('school.authority');
/**
 * A person by title and surname ("Mrs Patel", "Dr. Khan", "Ms Nguyễn", "Mr Ó Briain"), initials
 * allowed between ("Mrs A. Fenwick", "Mr J Patel"): for patterns with the `iu` flags, ended by
 * NAME_END where `\\b` would cut a name at its first accented letter.
 */
const TITLED_NAME = PERSON_TITLED();
const AUTHORITY_NAME = new RegExp(`^(?:${AUTHORITY})$`);
const BARE_ROLE = new RegExp(`^(?:the\\s+)?(?:${ROLES}|${AUTHORITY})$`, 'i');

/**
 * Triage's "who said it" buttons store an id ("senco", "head"…), and a bare role ("the head of
 * year") names nobody either: neither can head a letter ("Dear head of year,"), so the letter
 * shows a blank for the parent to fill instead.
 */
const TRIAGE_WHO_IDS = new Set(['teacher', 'senco', 'head', 'district', 'meeting']);
export function recipient(who: string): string {
  const w = who.trim();
  if (TRIAGE_WHO_IDS.has(w) || BARE_ROLE.test(w)) return '';
  // "Mr Hill, Headteacher" or "Mrs Patel (SENCO)": "Dear Mr Hill," without the role.
  const named = /^(.+?)\s*(?:,\s*(.+)|\((.+)\))$/.exec(w);
  const role = named?.[2] ?? named?.[3];
  return clip(named && role && BARE_ROLE.test(role.trim()) ? (named[1] as string) : w, 120);
}

const TOO_UNWELL = new RegExp(`\\b(?:${alternation('school.too-unwell')})\\b`, 'i');

/** The request or the answer is about a child too unwell to attend ("home tuition while she is too unwell"). */
export function mentionsTooUnwell(text: string): boolean {
  return TOO_UNWELL.test(text);
}

const PART_TIME = new RegExp(`\\b(?:${alternation('school.part-time')})\\b`, 'i');
const ABSENCE_FIGURES = new RegExp(`\\b(?:${alternation('school.absence-figures')})\\b`, 'i');

/**
 * A part-time (reduced) timetable, asked for or refused, where the school's answer gives absence
 * figures or Ofsted as the reason ("it would count as unauthorised absence and Ofsted…").
 */
export function partTimeRefusedOverAbsence(request: string, statement: string): boolean {
  return PART_TIME.test(`${request} ${statement}`) && ABSENCE_FIGURES.test(statement);
}

const CONFIRMS_SPEAKER = new RegExp(alternation('school.confirms-speaker'), 'i');

/** "Yes that's her, SENCO", typed at "that was Mrs Okafor. Is that right?": a yes to the name. */
export function confirmsSpeaker(answer: string): boolean {
  return CONFIRMS_SPEAKER.test(answer.trim());
}

/** Someone at school, as parents name them at the start of a sentence. */
const SCHOOL_SIDE = `${alternation('school.side')}|the (?:${ROLES})|${TITLED_NAME}`;
const REPORTED = new RegExp(`\\b(?:${SCHOOL_SIDE})${NAME_END}[^.?!]{0,40}?\\b(?:${alternation('school.reported')})\\b`, 'iu');

const REFUSAL = new RegExp(`\\b(?:${alternation('school.refusal')})\\b`, 'i');

const DEFERRAL = new RegExp(`\\b(?:${alternation('school.deferral')})\\b`, 'i');

/** Words that promise a later answer and refuse nothing ("we are looking into it and will be in touch"): not a no yet (W15-2). */
export function notANoYet(text: string): boolean {
  const withoutUndecided = text.replace(/\bnot (?:yet )?decided\b/gi, 'undecided');
  return DEFERRAL.test(text) && !REFUSAL.test(withoutUndecided);
}

/** A name for the child as parents give one: a nickname, an initial, "Little Bear", "Sam (10)". */
export function looksLikeNickname(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 40 && t.split(/\s+/).length <= 4 && !REFUSAL.test(t) && !REPORTED.test(t) && !isAnswerNotName(t);
}

/** A nickname as kept: a single all-lower-case word ("ollie") with its capital; anything else as typed ("little bear", "McKenzie"). */
export function nicknameFrom(text: string): string {
  const t = clip(text, 40);
  return /^\p{Ll}[\p{Ll}\p{M}'’-]*$/u.test(t) ? t.charAt(0).toUpperCase() + t.slice(1) : t;
}

/** Where a request named in a sentence ends: a stop, a comma or a quote, never inside "1:1" or "2.5". */
const REQUEST_ENDS = '[.,;:](?!\\d)|[!?"“”]|$';
const ASKED_FOR = once(() => new RegExp(`\\b(?:${alternation('school.asked-for')})\\s+(.+?)(?=\\s+(?:and|but|so|because)\\s|${REQUEST_ENDS})`, 'i'));
/** How parents name their child in a sentence ("my son", "our daughter"). */
const CHILD = '(?:son|daughter|child|kid|boy|girl)';
/** The child a refusal names before the request ("refused my son a place", "refused him a later start"): not part of it. */
const CHILD_BEFORE = `(?:(?:(?:my|our|his|her|their) ${CHILD}|him|her|them)\\s+(?=(?:a|an|the|any|some|more|extra)\\s))?`;
/** "said no to a reduced timetable (for my daughter)": the request, without a pronoun for it or the child it was for. */
const REFUSED = once(
  () =>
    new RegExp(
      `\\b(?:${alternation('school.refused-request')})\\s+(?:(?:our|my|your|his|her|their|the) request for\\s+)?${CHILD_BEFORE}(?!(?:it|me|us|him|her|them|that|this|everything|anything|${alternation('school.refused-how')})\\b)(.+?)(?=\\s+(?:and|but|so|because|for (?:my|our) ${CHILD})\\b|${REQUEST_ENDS})`,
      'i',
    ),
);

/**
 * What the parent's own message says they asked for ("I asked for homebound instruction and the
 * assistant principal said…" gives "homebound instruction"; "the school said no to a reduced
 * timetable" gives "a reduced timetable"), when it says so in a few words; '' when it does not.
 */
export function requestNamedIn(statement: string): string {
  const t = straightApostrophes(statement);
  const found = (ASKED_FOR().exec(t) ?? REFUSED().exec(t))?.[1]?.trim() ?? '';
  const words = found.split(/\s+/).length;
  return words >= 1 && words <= 12 && found.length >= 4 ? found : '';
}

const NOT_A_NAME = once(() => new RegExp(`(?:${alternation('answers.not-a-name')})`, 'i'));

/** "done", "full", "she didnt go": an answer typed where a child's name was asked, never a name. */
export function isAnswerNotName(text: string): boolean {
  return NOT_A_NAME().test(straightApostrophes(text.trim()));
}

const STAFF_NAME = once(() => new RegExp(`(?:${alternation('answers.staff-name')})`, 'i'));

/** A name with a title is a few words ("Mrs. Fenwick the SENCO"); more is an email that opens with one ("Ms. Carter, I understand…", W14-9). */
const STAFF_NAME_WORDS_AT_MOST = 5;

/** "Mr Okafor", "Dr. Kessler": a member of staff by their title, typed where a child's name was asked, never a child. */
export function isStaffName(text: string): boolean {
  const t = text.trim();
  return t.split(/\s+/).length <= STAFF_NAME_WORDS_AT_MOST && STAFF_NAME().test(t);
}

const UNSURE = once(() => new RegExp(`^(?:${alternation('answers.unsure')})$`, 'i'));

/** "dunno", "I don't know", "not sure.": not knowing, the whole answer (content's `answers.unsure`). */
export function isUnsureOnly(text: string): boolean {
  const t = straightApostrophes(text.trim()).replace(/[.!?]+$/, '');
  return UNSURE().test(t) || UNSURE().test(t.replace(TRAILING_FILLER, '').trim());
}

/** "dunno tbh", "idk lol", "not sure sorry": a filler word after not knowing. */
const TRAILING_FILLER = /(?:[\s,]+(?:tbh|lol|honestly|to be honest|really|sorry|exactly|x+))+$/i;

/** Typed where a name was asked for, but reads like the school's no ("they won't do a later start"); "I don't know" never. */
export function soundsLikeTheirNo(text: string): boolean {
  const t = text.trim();
  if (isUnsureOnly(t)) return false;
  return t.split(/\s+/).length >= 3 && (REFUSAL.test(t) || REPORTED.test(t));
}

/**
 * Does this answer to "what did you ask for?" read like the school's reply instead ("they said
 * they can't…", "the head told me…")? Then triage checks before filing it.
 */
export function soundsLikeTheirAnswer(text: string): boolean {
  // Their email pasted here ("Dear Mrs Adeyemi, … we are unable to agree… Kind regards,") is theirs too.
  return REPORTED.test(text.slice(0, 200)) || isEmailFramed(text);
}

/**
 * An answer to "what did you ask for?" that quotes the school rather than mentioning it ('the head
 * of year emailed: "We are unable…"'), or is their email: checked even when the first message
 * already gave a statement. "A later start, like the head said" is still the request.
 */
export function quotesTheirAnswer(text: string): boolean {
  return isEmailFramed(text) || (REPORTED.test(text.slice(0, 200)) && /["“”]/.test(text));
}

/** An email pasted as one line: opening "Dear Ms Rowe," or closing "Kind regards, Mr P. Adeyemi" (a formal sign-off, a name, the end near). "Thanks Rosie" and "best" are not enough. */
const ONE_LINE_EMAIL = once(() => {
  const formal = shippedWords('school.sign-offs').filter((w) => !/^(?:thanks|thank you|many thanks|best)$/.test(w));
  return new RegExp(`^\\s*dear\\s+\\S|\\b(?:${formal.join('|')})\\s*[,.\\-–—]?\\s+\\S[^\\n]{0,60}$`, 'iu');
});

/** Someone at school reported as saying or writing something, or their email pasted: the school's voice is in it (own-talk.ts). */
export function reportsSomeoneAtSchool(text: string): boolean {
  return REPORTED.test(text) || isEmailFramed(text) || ONE_LINE_EMAIL().test(text) || speakerOf(text) !== undefined;
}

/**
 * Typed at "Who said it?", their words rather than a name: a pasted email ("Dear Mrs Beddoes, …
 * Yours sincerely,"), or a long sentence that reads like their no. "Mr Harrow" or "a teacher told
 * me at the gate" is still who said it.
 */
export function readsAsTheirWords(text: string): boolean {
  return isEmailFramed(text) || (text.trim().split(/\s+/).length >= 15 && soundsLikeTheirNo(text));
}

/** A few words set between a speaker and the verb (", the assistant principal,", " (the counselor)"). */
const APPOSITIVE = '(?:\\s*(?:,[^,.?!()]{1,45},|\\([^.?!()]{1,45}\\)))?';

const SPEAKER = new RegExp(
  "^\\s*(?:(?:so|well|basically|honestly),?\\s+)?(?:the\\s+)?" +
    `((?:${ROLES}|${AUTHORITY})|${TITLED_NAME})` +
    `${NAME_END}${APPOSITIVE}[^.?!]{0,20}?\\b(?:${alternation('school.speaker-verbs')})\\b`,
  'iu',
);

/** "Email from the SENCo this morning: …", "A letter from Mrs Patel: …": who wrote it, named as the statement opens. */
const FROM_SPEAKER = new RegExp(
  `^\\s*(?:(?:got|had|received)\\s+)?(?:an?\\s+|the\\s+)?(?:${alternation('school.messages')})\\s+from\\s+(?:the\\s+)?((?:${ROLES}|${AUTHORITY})|${TITLED_NAME})${NAME_END}`,
  'iu',
);

/**
 * Who said it, when the statement opens by naming them ("Mrs Patel said…", "The head of year
 * told me…"): offered as a button at "who said it?". Undefined for "they" or anything vaguer.
 */
export function speakerOf(typed: string): string | undefined {
  const statement = typed.normalize('NFC');
  const m = SPEAKER.exec(statement) ?? FROM_SPEAKER.exec(statement);
  const who = m?.[1]?.replace(/\s+/g, ' ');
  if (!who) return signedBy(statement) ?? namedLater(statement) ?? roleLater(statement);
  // "The head, Mrs Okafor, told me…": the name, not the role, when the parent gives both.
  const named = STARTS_TITLED.test(who) ? undefined : namedLater(statement);
  return named ?? who.charAt(0).toUpperCase() + who.slice(1);
}

const STARTS_TITLED = new RegExp(`^${TITLED_NAME}`, 'iu');

const BARE_NO = once(() => new RegExp(`^(?:${alternation('school.bare-no')})[.!]*$`, 'i'));

const BARE_NO_ASIDE = once(() => new RegExp(`^(?:${alternation('school.bare-no-aside')})[.!?]*$`, 'i'));

/**
 * "school said no again", "they said no": that there was a no, with nothing of what was said;
 * also with sentences beside it that add nothing ("they said no AGAIN. useless.", "hello. school
 * say no for my son").
 */
export function isBareNo(text: string): boolean {
  const sentences = straightApostrophes(text.trim()).replace(/\s+/g, ' ').split(/(?<=[.!?])\s+/);
  const bare = sentences.filter((s) => BARE_NO().test(s));
  const aside = (s: string) => BARE_NO_ASIDE().test(s) || s.split(' ').length <= 3;
  return bare.length === 1 && sentences.every((s) => BARE_NO().test(s) || aside(s));
}

const CARER = once(() => new RegExp(`(?:${alternation('answers.carer-not-parent')})`, 'i'));

/** Someone raising the child who says they are not the parent ("I'm his grandmother, not his mum"). */
export function carerNotParent(text: string): boolean {
  return CARER().test(straightApostrophes(text));
}

const ONLY_TITLED = new RegExp(`^${TITLED_NAME}[.!]?$`, 'iu');

/** Only a titled name and nothing else ("mrs mcauley", "Mr. Hill"). */
export function isOnlyATitledName(text: string): boolean {
  return ONLY_TITLED.test(text.normalize('NFC').trim().replace(/^["“']+|["”']+$/g, ''));
}

/** A grown-up's name, titled ("Mrs Okafor", "dr. patel"): typed where a child's name was asked for, it is not the child's. */
export function namesAnAdult(text: string): boolean {
  return STARTS_TITLED.test(text.normalize('NFC').trim().replace(/^["“']+/, ''));
}

/**
 * A speaker as a sentence names them: "Mrs Patel" as she is, a role as "the head of year" (an
 * acronym kept: "the SENCO"), a signed office as written ("the Attendance and Welfare Office").
 */
export function speakerShown(speaker: string): string {
  if (STARTS_TITLED.test(speaker) || signedName(speaker)) return speaker;
  const first = speaker.split(/\s/)[0] ?? '';
  // "SENCO", "SENCo", "SENDCo": an acronym, however its last letters are written.
  const acronym = /^[A-Z]{2}/.test(first);
  const lower = BARE_ROLE.test(speaker.trim()) && !acronym;
  return `the ${lower ? speaker.charAt(0).toLowerCase() : speaker.charAt(0)}${speaker.slice(1)}`;
}

/** A pasted email's signature names a person ("Mr Hill, Headteacher", "Sarah Jones", "Zoë Ní Bhriain"). */
const signedName = startsWithPlainName;

/** A titled name the parent's own words report as the speaker, later in the sentence. */
const NAME_THEN_VERB = new RegExp(`(?:^|[\\s,(])(${TITLED_NAME})${APPOSITIVE}[^.?!]{0,25}?\\b(?:${alternation('school.speaker-verbs')})\\b`, 'iu');
const THAT_WAS_NAME = new RegExp(`\\b(?:that|it|this) (?:was|came from)\\b[^.?!]{0,40}?(?:^|[\\s,(])(${TITLED_NAME})`, 'iu');

/**
 * "The assistant principal, Mr. Reyes, told me…", "…" That was the principal, Dr. Feldman":
 * the person named outside the quoted words, as the one who said them.
 */
function namedLater(statement: string): string | undefined {
  const own = statement.replace(/["“][^"“”]*["”]/g, ' ');
  const m = NAME_THEN_VERB.exec(own) ?? THAT_WAS_NAME.exec(own);
  return m?.[1]?.replace(/\s+/g, ' ');
}

/** "…I asked for homebound instruction and the assistant principal said…": a role named later on, as the one who said it (confirmed with the parent). */
function roleLater(statement: string): string | undefined {
  const own = statement.replace(/["“][^"“”]*["”]/g, ' ');
  const raw = (ROLE_THEN_VERB.exec(own) ?? ROLE_THEN_AND_VERB.exec(own))?.[1]?.replace(/\s+/g, ' ');
  if (!raw) return undefined;
  // "SENCO", "SENCo": an acronym keeps its letters; "Depute Head" reads "Depute head".
  if (/^[A-Z]{2}/.test(raw)) return raw;
  const role = raw.toLowerCase();
  return role.charAt(0).toUpperCase() + role.slice(1);
}

const ROLE_THEN_VERB = new RegExp(`(?:^|[\\s,(])the\\s+(${ROLES})\\s+(?:${alternation('school.speaker-verbs')})\\b`, 'i');
/** "…the depute head handed me a printed timetable and said…": the role, then what they did, then "and said". */
const ROLE_THEN_AND_VERB = new RegExp(`(?:^|[\\s,(])the\\s+(${ROLES})\\s+[^.?!]{1,60}?\\band\\s+(?:${alternation('school.speaker-verbs')})\\b`, 'i');

const SIGN_OFF = new RegExp(`^(?:${alternation('school.sign-offs')})[,.!]?$`, 'i');

/** A pasted email's signature: the line after "Kind regards," ("Mr Hill, Headteacher"). */
function signedBy(statement: string): string | undefined {
  const lines = statement.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  let at = -1;
  lines.forEach((l, i) => {
    if (SIGN_OFF.test(l)) at = i;
  });
  const name = at >= 0 ? lines[at + 1] : undefined;
  return name && name.length <= 60 && /^\p{L}/u.test(name) && !/[.?!]$/.test(name) ? name : undefined;
}

const whole = (key: string) => new RegExp(`^(?:${alternation(key)})$`);
const ROLE_HEAD = whole('school.role.head');
const ROLE_SENCO = whole('school.role.senco');
const ROLE_TEACHER = whole('school.role.teacher');

/**
 * The "who said it?" button a named speaker already is, when the statement names a plain role
 * ("the head told me…" is the head teacher button, not a second button saying "Head").
 */
export function speakerChoice(speaker: string): 'teacher' | 'senco' | 'head' | 'district' | undefined {
  const role = speaker.trim().toLowerCase().replace(/\s+/g, ' ');
  if (AUTHORITY_NAME.test(role)) return 'district';
  if (ROLE_HEAD.test(role)) return 'head';
  if (ROLE_SENCO.test(role)) return 'senco';
  if (ROLE_TEACHER.test(role)) return 'teacher';
  return undefined;
}

/** "Who said it?" typed: the button a plain role is ("the SENCO", "our head"), else undefined (a name, kept as typed). */
export function roleTyped(text: string): 'teacher' | 'senco' | 'head' | 'district' | undefined {
  return speakerChoice(text.replace(/^(?:the|our|his|her|their|a)\s+/i, ''));
}

const COLLECTOR = once(() => new RegExp(`\\b(?:${alternation('school.collector-parent')}|${alternation('school.collector-school')})`, 'i'));

/** An answer's clauses: split at sentence ends, commas, and "and", "but", "so", "because". */
const CLAUSES = /[.;!?\n]+|,\s*|\s+(?:and|but|so|because)\s+/i;

const COLLECTOR_ME = once(() => new RegExp(`^(?:${alternation('school.collector-me')})[.!]*$`, 'i'));
const COLLECTOR_US = once(() => new RegExp(`^(?:${alternation('school.collector-us')})[.!]*$`, 'i'));
const NOBODY_COLLECTS = once(() => new RegExp(`\\b(?:${alternation('school.collector-nobody')})`, 'i'));
const NOBODY_WHOLE = once(() => new RegExp(`^(?:${alternation('school.collector-nobody-whole')})[.!]*$`, 'i'));

/** The answer says nobody is gathering the missing data: the whole answer ("no one yet"), or a clause of it ("…so nobody is gathering it"). */
function saysNobodyCollects(answer: string): boolean {
  const t = straightApostrophes(answer.trim()).replace(/\s+/g, ' ');
  return NOBODY_WHOLE().test(t) || t.split(CLAUSES).some((c) => NOBODY_COLLECTS().test(c.trim()));
}

/**
 * Who is getting the missing data, for the data letter: an answer that names the parent alone
 * ("me", "I do") or the family ("us") is the letter's own first-person sentence (its content key
 * under `prefix`, as a button's is), and so is one that says nobody is (`nobody-collects`);
 * anyone else is the part of the answer that says so, in the parent's words (`collectorNamedIn`).
 */
export function collectorForLetter(prefix: string): (answer: string) => string {
  return (answer) => {
    if (saysNobodyCollects(answer)) return `${prefix}.letter.nobody-collects`;
    const t = straightApostrophes(answer.trim()).replace(/\s+/g, ' ');
    if (COLLECTOR_ME().test(t)) return `${prefix}.letter.i-collect`;
    if (COLLECTOR_US().test(t)) return `${prefix}.letter.we-collect`;
    return collectorNamedIn(answer);
  };
}

/**
 * The part of an answer that already says who is getting the missing data ("they expect me to
 * get it", "the SENCO will observe him"), in the parent's words; '' when it does not say.
 */
export function collectorNamedIn(answer: string): string {
  const clauses = straightApostrophes(answer).split(CLAUSES);
  const found = clauses.map((c) => c.trim().replace(/\s+/g, ' ')).find((c) => c && COLLECTOR().test(c.toLowerCase()));
  return found ? clip(found, 160) : '';
}

const OFFERS_PART = once(() => new RegExp(`\\b(?:${alternation('school.offers-part')})`, 'i'));

/** The school's words offer something ("we can offer a 9:30 start on Mondays"): perhaps part of what was asked. */
export function heardOffer(statement: string): boolean {
  return OFFERS_PART().test(straightApostrophes(statement).replace(/\s+/g, ' '));
}
