/**
 * Letters are built from facts, not from chat. This turns what a parent typed into what a
 * letter may carry: fillers dropped ("as I said", "I just said", "I told you"), answers that
 * say nothing ("no idea", "not sure") left out, relative and numeric dates made real dates
 * (chrono-node, with the parent's place deciding whether 05/11 is May or November), and the
 * person a letter greets ("Dear Mr Dunn") taken from what the parent said about who said it.
 * Pure functions; no words of the bot's own live here, and the words they read are content
 * (content/words/letters.yaml), compiled on first use.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { once, shippedAlternation, shippedWords } from '../../content/catalog.js';
import { CATEGORIES } from '../../core/types.js';
import { emailBody } from './email-frame.js';
import { oneSourceQuotes, sentencesOf } from './quote-sources.js';
import { isParentsOwnVoice, isSchoolsEmail, speaksOfThemselves, weMayBeTheSchools, withoutOneLineFrame } from './whose-voice.js';

/**
 * chrono-node's English parsers only (its other locales are most of its load time), loaded on
 * the first date read rather than at start-up: most runs never draft a letter.
 */
type ChronoEn = typeof import('chrono-node/en');
let chronoEn: ChronoEn | undefined;
const english = (): ChronoEn => (chronoEn ??= createRequire(import.meta.url)('chrono-node/en') as ChronoEn);

/** Openers and asides that belong to the chat, never to a letter. */
const FILLERS = once(() => shippedWords('letters.fillers').map((p) => new RegExp(p, 'gi')));

/** Whole answers that give no fact. */
const NO_FACT = once(() => new RegExp(`^(?:${shippedAlternation('letters.no-fact')})[.!?\\s]*$`, 'i'));

/** Hedges that belong to the chat ("the director I think", "maybe the counselor could…"). */
const HEDGES = once(() => shippedWords('letters.hedges').map((p) => new RegExp(p, 'i')));

/**
 * Sentence openings a letter says differently: "they didn't say" is "you didn't say" in a letter
 * to them; "Section F says 15 hours…" follows "Sam's EHC plan says:" as "in Section F, 15 hours…".
 */
const OPENINGS: readonly [RegExp, string][] = [
  [/^they (didn'?t|did not) (say|tell me|mention)\b/i, 'you $1 $2'],
  // A section not named ("section says …"): the plan's own words follow the plan's line as they are.
  [/^(?:the )?section\s+(?:says|states|reads)\b:?\s*/i, ''],
  [/^(section [a-z0-9]+)\s+(?:says|states|reads)\b:?\s*/i, 'in $1, '],
  [/^(?:it|the plan|(?:his|her|their|the) (?:ehcp?|ehc plan|iep|504(?: plan)?|idp|plan|statement))\s+(?:says|states)\b:?\s*/i, ''],
];

/** A chosen button's letter sentence, kept as its content key until the letter is filled. */
const SENTENCE_KEY = /^[a-z-]+\.letter\.[a-z-]+$/;

/** The parent's answer as a letter may carry it, or '' when it carries no fact. */
export function factOf(text: string | undefined): string {
  let t = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!t || NO_FACT().test(t)) return '';
  if (SENTENCE_KEY.test(t)) return t;
  for (let i = 0; i < 3; i++) {
    const before = t;
    // A filler between two sentences keeps the full stop that ended the first ("off sick like i said. no cover").
    for (const f of [...FILLERS(), ...HEDGES()]) {
      const whole = t;
      t = t.replace(f, (m: string, ...rest: unknown[]) => {
        const at = [...rest].reverse().find((r): r is number => typeof r === 'number') ?? 0;
        return /[.!;]$/.test(m) && whole.slice(at + m.length).trim() ? `${m.slice(-1)} ` : ' ';
      });
    }
    // A filler taken from the end leaves its comma behind ("…in the mornings, as I said").
    t = t.replace(/\s+/g, ' ').replace(/\s+([.!;,])/g, '$1').replace(/^[\s,.;:!-]+/, '').replace(/[\s,;:-]+$/, '').trim();
    if (t === before) break;
  }
  for (const [from, to] of OPENINGS) t = t.replace(from, to);
  if (!t || NO_FACT().test(t)) return '';
  return t;
}

/** Quoted passages in the parent's words ("…", “…”). */
/** A lead-in reporting who said it ("Ms Alvarez said", "We got a letter saying", "The council wrote that"). */
// "Back" belongs to the verb ("emailed back that…", "got back to me saying…", "called me back to say…").
// The day may stand between the verb and what was said ("said yesterday that…", "told me on Tuesday that…"),
// and where it was said, when "that" follows ("told me at pickup that…", "said on the phone that…").
const REPORTED_LEAD = /^(?:[^.?!"“]|\b(?:mr|mrs|ms|dr|prof)\.){0,70}?\b(?:said|says|told (?:me|us)|(?:was|were|been|got) told|(?:emailed|wrote|replied)(?: me| us)? back(?: to (?:me|us))?(?: (?:saying|to say|and said))?|(?:got|came) back to (?:me|us)(?: (?:saying|to say|and said))?|(?:called|rang|phoned)(?: me| us)? back(?: later)?(?: (?:saying|to say|and said))|(?:called|rang|phoned|texted|messaged)(?: me| us)?(?=(?: (?:today|yesterday|tonight|this [a-z]+|(?:on |last )?[a-z]+day))?\s*:)|emailed(?: me| us)?|wrote|replied|answered|saying|stated)(?: to (?:me|us))?(?: (?:yesterday|today|this (?:morning|afternoon|week)|(?:on |last )?(?:mon|tues|wednes|thurs|fri)day))?(?: (?:at|on|in|during|after|over) (?:the |a |an )?[a-z'-]+(?: [a-z'-]+){0,2}(?= that\b))?(?: that)?\s*[:,]?\s+/i;

/**
 * The school's words, as a letter to the school may quote them: what the parent put in quotation
 * marks when they did ("Mrs Okafor emailed: "…"" gives the quotation alone), else their account
 * without its lead-in ("Ms Alvarez said there is no budget…" gives "There is no budget…"), so a
 * letter never tells someone what they said as if about a third person.
 */
export function schoolWordsOf(statement: string | undefined, withMarks = true): string {
  const t = emailBody(statement ?? '').replace(/\s+/g, ' ').trim();
  if (!t) return '';
  // The school's email is their words whole: "Leo has said…" in it starts no one's report.
  if (schoolsEmail(statement ?? '')) return factOf(withoutOneLineFrame(t));
  const { quotes } = oneSourceQuotes(t);
  if (quotes.join(' ').split(' ').length >= 4) return withMarks ? quotes.map((q) => `"${q}"`).join(' ') : quotes.join(' … ');
  // Fillers out first: "as I said, the head told me…" is led by "the head told me", not "as I said".
  const words = factOf(t);
  const reported = fromReportedSentence(words);
  // Nobody at school reported, and the parent telling what they did ("I emailed… nothing"): their account, none of it the school's (W14-4).
  if (!reported && (I_ACTED.test(words) || isParentsOwnVoice(words))) return '';
  const rest = (reported || words).replace(REPORTED_LEAD, '');
  return factOf(rest.length >= 12 ? (reported ? untilOwnVoice(rest) : rest) : t);
}


/** A lead-in whose speaker is the one writing or the one written to ("I said", "you told me"): nobody at school reported. */
const OWN_LEAD = /\b(?:i|we|you)\s+(?:(?:have|had|just|already|also|then)\s+)?(?:said|says|told|wrote|replied|answered|emailed|stated)\b/i;
/**
 * A lead-in that opens on an act with its subject left off ("emailed again 11 Dec", "rang them,
 * nothing"): the parent telling what they did, not anyone at school speaking (W14-4).
 */
const OWN_ACT = /^\s*(?:(?:and|then|again|so)\s+)*(?:emailed|e-mailed|wrote|replied|answered|rang|phoned|called|texted|messaged|chased)\b/i;
/** The parent telling what they did themselves ("I emailed the depute head…", "I rang"). */
const I_ACTED = /\bi\s+(?:(?:have|had|just|already|also|then)\s+)?(?:emailed|e-mailed|rang|phoned|called|texted|wrote|asked|chased|messaged)\b/i;
/** What they were told, to where the parent speaks of themselves again or asks ("…could go to court. im shaking. Are we…?", W14-6). */
function untilOwnVoice(told: string): string {
  const sentences = sentencesOf(told);
  const end = sentences.findIndex((s, i) => i > 0 && (speaksOfThemselves(s) || /\?\s*$/.test(s)));
  return end < 0 ? told : sentences.slice(0, end).join(' ');
}
/** A lead-in that reports someone else speaking: not the parent's own ("I said") nor their act ("emailed again"). */
const reportsAnother = (lead: string): boolean => !OWN_LEAD.test(lead) && !OWN_ACT.test(lead);

/**
 * The statement from its first sentence that opens with a lead-in reporting what someone said
 * ("On Monday the head Mrs Cole phoned me and said…", after "Hi, I'm Leo's mum."), to its end;
 * '' when no sentence does.
 */
function fromReportedSentence(t: string): string {
  const sentences = sentencesOf(t);
  const at = sentences.findIndex((s) => {
    const lead = REPORTED_LEAD.exec(s);
    return lead !== null && reportsAnother(lead[0]);
  });
  return at < 0 ? '' : sentences.slice(at).join(' ');
}

/** Words that mark a statement as the parent's account of the school, not the school speaking. */
const PARENT_VOICE = once(() => new RegExp(`\\b(?:${shippedAlternation('letters.parent-voice')})\\b`, 'i'));

/**
 * The school's own words, as a letter may put them in quotation marks: what the parent put in
 * quotation marks, else the whole statement when it reads as the school speaking ("We don't have
 * the staff…"). '' for the parent's account ("Mr Reyes said they want…", "they basically said
 * no"): that is never quoted as the school's. Fillers never carried.
 */
export function quotableWordsOf(statement: string | undefined): string {
  const t = bodyOf(statement);
  if (!t) return '';
  const quotes = quotedWordsIn(t);
  if (quotes) return quotes;
  return schoolSpeaking(statement ?? '', t);
}

/** A statement's words without an email's frame, on one line. */
function bodyOf(statement: string | undefined): string {
  return emailBody(statement ?? '').replace(/\s+/g, ' ').trim();
}

function quotedWordsIn(t: string): string {
  const quotes = oneSourceQuotes(t).quotes.map(factOf).filter(Boolean);
  return quotes.join(' ').split(' ').length >= 4 ? quotes.join(' … ') : '';
}


/** A sentence where the parent tells what they were told ("the head said…", "they won't"). */
const tells = (sentence: string): boolean => {
  const lead = REPORTED_LEAD.exec(sentence);
  return (lead !== null && reportsAnother(lead[0])) || PARENT_VOICE().test(sentence);
};

/** The school's own email (whose-voice.ts): its lead-ins are its words, never the parent's report. */
const schoolsEmail = (statement: string): boolean => isSchoolsEmail(statement, tells);

function schoolSpeaking(statement: string, t: string): string {
  const words = factOf(t);
  if (!words || isParentsOwnVoice(t)) return '';
  if (schoolsEmail(statement)) return factOf(withoutOneLineFrame(t));
  // The school reported in the third person, or the family's own details: the parent's words (review10-1).
  if (!weMayBeTheSchools(t)) return '';
  // The parent telling it: someone reported in any sentence ("Hi, I'm Leo's mum. On Monday the head phoned me and said…"), or their own voice.
  if (!words || fromReportedSentence(words) || PARENT_VOICE().test(words) || oneSourceQuotes(t).mixed) return '';
  return words;
}

/**
 * Is the whole statement the school speaking (their email pasted, "We don't have the staff…")?
 * Not when it is the parent's account ("Mr Reyes said…", "My son is 15… the assistant principal
 * said…"), even with the school's words quoted inside it: the notes say so ("You told me the
 * school said"), never "School said" over the parent's own message.
 */
export function isSchoolsOwnWords(statement: string | undefined): boolean {
  return schoolStatementOf(statement).ownWords;
}

/**
 * A statement read once, for what needs both answers: the school's words the parent quoted in it
 * ('' when none; quotableWordsOf's first choice), and whether the whole of it is the school
 * speaking (isSchoolsOwnWords).
 */
export function schoolStatementOf(statement: string | undefined): { quoted: string; ownWords: boolean } {
  const t = bodyOf(statement);
  if (!t) return { quoted: '', ownWords: false };
  const quoted = quotedWordsIn(t);
  return { quoted, ownWords: !quoted && schoolSpeaking(statement ?? '', t) !== '' };
}

/**
 * How a letter sets down the school's answer. Words the parent confirmed as the school's (they
 * said who said it, and the words read as the school speaking or were put in quotation marks)
 * are quoted, in quotation marks. Anything else is never presented as a quote: the parent's
 * account of what they were told ("Ms Alvarez said there is no budget…" gives "there is no
 * budget…"), which the parent checks like their other words before a letter is drafted; else
 * (no account, or one of a few words) '' (the letter states the kind of no in neutral words, `answerReasonKey`).
 */
export function schoolAnswerOf(statement: string | undefined, confirmed: boolean): { quote: string; account: string } {
  const quote = confirmed ? quotableWordsOf(statement) : '';
  const words = quote.replace(/^["“]+|["”]+$/g, '');
  if (words) return { quote: `"${words.charAt(0).toUpperCase()}${words.slice(1)}"`, account: '' };
  const account = reportedAccountOf(statement);
  // "no cos no staff": too little to stand for what was said; the kind of no says it better.
  return { quote: '', account: account.split(' ').length >= MIN_ACCOUNT_WORDS ? account : '' };
}
/**
 * A quotation clipped for a letter, inside its quotation marks: where a sentence ends, when one
 * ends in the second half of the room, else after the last whole word, with an ellipsis.
 */
export function clipQuote(quote: string, max = 400): string {
  if (quote.length <= max) return quote;
  const room = quote.replace(/^["“]+|["”]+$/g, '').replace(/\s+/g, ' ').trim().slice(0, max - 4);
  const ends = sentencesOf(room);
  const whole = ends.length > 1 ? ends.slice(0, -1).join(' ') : '';
  if (whole.length >= room.length / 2) return `"${whole} …"`;
  return `"${room.slice(0, Math.max(room.lastIndexOf(' '), 1)).replace(/[\s,;:–-]+$/, '')}…"`;
}
/** Fewer words than this ("no cos no staff") stand for too little of what was said: the kind of no says it better. */
export const MIN_ACCOUNT_WORDS = 5;

/**
 * The neutral sentence a letter may state for the school's answer when it has none of their words:
 * a kind of no they gave ("There were not enough staff or funds."); '' for any other kind, where
 * nothing is known of what they said, so the letter states nothing (never "The answer was no.", W14-4).
 */
export function statedReasonKey(category: string | undefined): string {
  const key = answerReasonKey(category);
  return key === answerReasonKey('other') ? '' : key;
}

/** The content key of the neutral first-person sentence for a kind of no, when the school's words are not the parent's to quote. */
export function answerReasonKey(category: string | undefined): string {
  const known = category !== undefined && (CATEGORIES as readonly string[]).includes(category);
  return `case-file.letter.answer-${(known ? category : 'other').replace(/_/g, '-')}`;
}

/**
 * What the parent reported being told, for "… told me that {account}": the words after a lead-in
 * ("Ms Alvarez said there is no budget" gives "there is no budget"), its first sentence only,
 * fillers and hedges dropped; '' when there is no lead-in or too little after it.
 */
export function reportedAccountOf(statement: string | undefined): string {
  // The sentence with the lead-in, wherever it stands ("Hi, I'm Leo's mum. On Monday the head phoned me and said…").
  if (schoolsEmail(statement ?? '')) return '';
  const t = fromReportedSentence(factOf(statement));
  if (!t) return '';
  // Its first sentence only: what follows is often the parent's own comment ("There was no discussion").
  // A sentence ends at . ! ? whatever the capitals after it ("…could go to court. im shaking", W14-6); never after a title ("Mr.").
  const rest = (sentencesOf(factOf(t.replace(REPORTED_LEAD, '')))[0] ?? '').replace(/[.!]+$/, '');
  if (rest.length < 12 || /["“”]/.test(rest)) return '';
  return lowerFirstWord(rest);
}

/** "There is" as "there is"; a name ("Poppy's") or "I" stays as it is. */
function lowerFirstWord(t: string): string {
  const first = t.split(' ')[0] ?? '';
  return COMMON_OPENERS().test(first) ? first.toLowerCase() + t.slice(first.length) : t;
}
const COMMON_OPENERS = once(() => new RegExp(`^(?:${shippedAlternation('letters.common-openers')})$`, 'i'));

// ---- Dates ------------------------------------------------------------------------------------

export interface FoundDate {
  /** ISO `YYYY-MM-DD`. */
  date: string;
  /** More than a year before `at`, or after it: worth checking with the parent. */
  doubtful: boolean;
}

const DAY_MS = 86_400_000;

function iso(d: Date): string {
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())).toISOString().slice(0, 10);
}

/**
 * The day a past event happened, from the parent's words, relative to when they answered.
 * `monthFirst` reads 05/11 as 11 May (US); otherwise it is 5 November. A day and month with no
 * year is the latest such day not after `at`. Undefined when the words name no day.
 */
export function pastDate(text: string, at: string, monthFirst: boolean): FoundDate | undefined {
  const ref = new Date(at);
  if (Number.isNaN(ref.getTime()) || !text.trim()) return undefined;
  const key = `${monthFirst ? 'm' : 'd'} ${at} ${createHash('sha256').update(text).digest('base64')}`;
  let found = readDays.get(key);
  if (found === undefined) {
    found = readDay(text, ref, at, monthFirst) ?? null;
    if (readDays.size >= READ_DAYS_MAX) readDays.clear();
    readDays.set(key, found);
  }
  return found ? { ...found } : undefined;
}

/**
 * Days already read from words, by a hash of the words (the parent's words are not kept here),
 * the instant and the order: the same statements' days are read at every "what do I say next?"
 * and every notes timeline, and chrono takes 50-200 us a reading. Bounded: cleared when full.
 */
const readDays = new Map<string, FoundDate | null>();
const READ_DAYS_MAX = 2_000;

function readDay(text: string, ref: Date, at: string, monthFirst: boolean): FoundDate | undefined {
  const parser = monthFirst ? english().casual : english().GB;
  const words = text.replace(FORTNIGHT, '2 weeks');
  // A day named outright ("friday 15 jan") wins over one counted beside it ("3 weeks ago", W14-8).
  const read = parser.parse(words, { instant: ref, timezone: 0 }, { forwardDate: false });
  const counted = (r: (typeof read)[number]) => /\bago\b/i.test(r.text);
  const found = read[0] && counted(read[0]) ? (read.find((r) => !counted(r) && r.start.isCertain('month') && /\d/.test(r.text)) ?? read[0]) : read[0];
  if (!found || !namesADay(found, words)) return undefined;
  const when = found.start.date();
  if (found.start.isCertain('month') && !found.start.isCertain('year') && when.getTime() > ref.getTime() + DAY_MS) when.setFullYear(when.getFullYear() - 1);
  // A weekday alone is the nearest one to the parser ("Thursday" on a Monday: in three days). A
  // past event's is the last one; words that look ahead ("next Thursday", "Friday coming") name
  // one to come; a day's number beside it ("Wednesday the 25th") is left as read, to be checked.
  const around = words.slice(Math.max(0, found.index - 16), found.index + found.text.length + 12);
  if (isWeekdayAlone(found) && !DAY_NUMBER.test(around)) {
    const ahead = LOOKS_AHEAD.test(around);
    if (ahead && iso(when) <= iso(ref)) when.setTime(when.getTime() + 7 * DAY_MS);
    if (!ahead && iso(when) > iso(ref)) when.setTime(when.getTime() - 7 * DAY_MS);
  }
  const date = iso(when);
  return { date, doubtful: isDoubtfulDay(date, at) };
}

const isWeekdayAlone = (found: { start: { isCertain(c: 'day' | 'weekday'): boolean } }): boolean => found.start.isCertain('weekday') && !found.start.isCertain('day');
const LOOKS_AHEAD = /\b(?:next(?!\s+to\b)|coming|upcoming|tomorrow)\b/i;
/** A day's number beside a weekday ("the 25th", "25th"); not a time ("at 3 pm") or a count ("about 2", "year 9"). */
const DAY_NUMBER = /\b\d{1,2}(?:st|nd|rd|th)\b|\bthe\s+\d{1,2}\b(?!\s*(?:am|pm|a\.m|p\.m|o'?clock)\b)/i;

/** "a fortnight ago": two weeks, as the parser knows it. */
const FORTNIGHT = /\bfortnight\b/gi;

/**
 * Whether a match names a day we can know: not one counted from something the words do not date
 * ("the week before half term", "the Monday after half term", "Tuesday before the meeting"; "on
 * Monday after school" is still Monday), not a month alone ("in September", "last month"), not a
 * time of day on no day ("at parents evening in October"; "this morning" is today).
 */
function namesADay(found: { text: string; index: number; start: { isCertain(c: 'day' | 'weekday'): boolean } }, words: string): boolean {
  const after = words.slice(found.index + found.text.length);
  if (/\b(?:before|after)$/i.test(found.text.trim()) || /^\s*(?:before|after)\b(?!\s+school\b)/i.test(after)) return false;
  if (found.start.isCertain('day') || found.start.isCertain('weekday')) return true;
  return /\b(?:this|today|tonight)\b/i.test(found.text);
}

/** A past event's day that is worth checking: after `at`, or more than a year before it. */
export function isDoubtfulDay(isoDate: string, at: string): boolean {
  const ref = new Date(at);
  if (Number.isNaN(ref.getTime())) return false;
  const today = iso(ref);
  const yearAgo = iso(new Date(ref.getTime() - 365 * DAY_MS));
  return isoDate > today || isoDate < yearAgo;
}

// Each made once, on first use: toLocaleDateString builds a formatter on every call (most of a letter's cost).
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const dayFormat = (locale: string): Intl.DateTimeFormat => {
  let f = dayFormats.get(locale);
  if (!f) dayFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return f;
};

/** A date for a letter: `2026-11-20` as "20 November 2026" (or "November 20, 2026" in the US). */
export function letterDay(isoDate: string, monthFirst: boolean): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  return dayFormat(monthFirst ? 'en-US' : 'en-GB').format(d);
}

// ---- Who the letter greets ---------------------------------------------------------------------

/** The name a letter greets (read in person-names.ts, with the other readings of a person's name). */
export { greetingName } from './person-names.js';
