/**
 * Letters drafted from the case notes: gathers a template's variables from what the parent has
 * told us (the latest statement, their request, their answers to the "kind of no" questions,
 * every "no" so far, requests sent) and, when they keep one, the daily log summary. Anything the
 * notes do not hold is left out, so `renderLetter` shows it as a clearly marked `[ADD: …]` blank.
 */
import { mentionsTooUnwell, notANoYet, recipient } from '../../../flows/advice/school-words.js';
import { weekStartOf } from '../../../flows/advice/parent-answers.js';
import { partTimeRuleApplies, RULE_LINE } from '../../../flows/advice/part-time-states.js';
import { SCHOOL_ANSWER_TOPIC } from '../../../flows/advice/letter-wording-states.js';
import { meetingLetterVars } from '../../../flows/advice/after-meeting.js';
import { keptMeetingDaysIn } from '../advice/kept-meetings.js';
import type { ContentCatalog } from '../../content/catalog.js';
import type { NoteRow, Store } from '../../core/ports.js';
import { parentNoon } from '../../core/flow-kit.js';
import { CATEGORIES, type Category } from '../../core/types.js';
import { isIsoDate, readableDate } from '../daily-log/dates.js';
import { logEvidence } from './log-evidence.js';
import { localToday, schoolWeekFor } from './follow-ups.js';
import type { LetterKind } from './letter-kinds.js';
import { FROM_TOPICS } from './letter-topics.js';
import type { FollowupRow } from './requests-port.js';
import { addSchoolDays } from './school-days.js';
import { withGradesWord } from '../advice/grades-word.js';
import { clipQuote, factOf, greetingName, letterDay, pastDate, quotableWordsOf, reportedAccountOf, schoolAnswerOf, statedReasonKey } from '../advice/letter-facts.js';
import { letterName, monthFirst, profileFromNotes, SIGN_OFF_TOPIC, withFullNameFirst, type CaseProfile } from '../advice/profile.js';
import { profileTerms } from '../advice/profile-terms.js';
import { plainName } from '../advice/person-names.js';

import { chosenSentence, clip, latestAnswer, leftOut, triageWho, typedText } from './note-answers.js';
import { LA_RECIPIENT_TOPIC, saidByTheAuthority } from '../../../flows/advice/letter-body.js';
import { letterFactFor } from '../../../flows/advice/letter-casing.js';
import { unsureLines, withUnsureAnswers } from '../advice/unsure-answers.js';

export type LetterVars = Record<string, string | undefined>;

/** Days a school is asked to answer a follow-up within. */
const REPLY_WITHIN_SCHOOL_DAYS = 5;

/** The kinds of "no" each letter answers (its statement is the latest of these, when there is one). */
const LETTER_CATEGORIES: Partial<Record<LetterKind, readonly Category[]>> = {
  'data-request': ['data'],
  'decision-in-writing': ['predetermination'],
  'resources-request': ['resources'],
  'precedent-request': ['precedent'],
  'need-request': ['not_available', 'other'],
};


export interface CaseFacts {
  userId: string;
  /** The child the letter is about (null: every note, no child named). */
  caseId: number | null;
  nickname: string;
  /** The notes for that child (and general ones), oldest first. */
  notes: NoteRow[];
}

/**
 * Which child and which notes: the given case; else the child of the most recent note that has
 * one; else every note.
 */
export function caseFacts(store: Store, userId: string, caseId?: number | null): CaseFacts {
  const all = store.listNotes(userId);
  const cases = store.listCases(userId);
  const latestCaseId = [...all].reverse().find((n) => n.caseId !== null)?.caseId;
  const chosen =
    (typeof caseId === 'number' ? cases.find((c) => c.id === caseId) : undefined) ??
    cases.find((c) => c.id === latestCaseId) ??
    (cases.length === 1 ? cases[0] : undefined);
  if (!chosen) return { userId, caseId: null, nickname: '', notes: all };
  return { userId, caseId: chosen.id, nickname: chosen.nickname, notes: all.filter((n) => n.caseId === chosen.id || n.caseId === null) };
}

/** What the parent last said they asked for, in their words, for this child ('' when not noted). */
export function lastRequest(store: Store, content: ContentCatalog, userId: string, caseId: number | null): string {
  return latestAnswer(content, caseFacts(store, userId, caseId).notes, FROM_TOPICS['request'] ?? []) ?? '';
}

/** A date written out for a letter, in the parent's order ("20 November 2026", "November 20, 2026" in the US); other words as they are. */
function dayOf(date: string, mf: boolean): string {
  return isIsoDate(date) ? letterDay(date, mf) : readableDate(date);
}

/** A kept day as a letter writes it: a week (kept from its Monday) as "the week of 30 November 2026", a date in the family's order, else as it is. */
export function writtenDay(content: ContentCatalog, value: string, mf: boolean): string {
  const week = weekStartOf(value);
  if (week) return content.render('case-file.letter.week-of', { day: letterDay(week, mf) });
  return isIsoDate(value) ? letterDay(value, mf) : value;
}

/**
 * When a statement was made: the day the parent gave, read as a date where it is one ("11/10",
 * "two weeks ago", counted from when they said it); words that name no day ("at the review
 * meeting") as they are; else the day it was noted.
 */
function saidOnOf(content: ContentCatalog, n: NoteRow, mf = false): string {
  const given = n.saidOn?.trim() ?? '';
  if (!given) return dayOf(n.day, mf);
  // "Earlier this week" is kept as the week (from its Monday): the letter names the week, not a day in it.
  if (weekStartOf(given)) return writtenDay(content, given, mf);
  if (isIsoDate(given)) return dayOf(given, mf);
  // A day after the one it was noted on ("the Friday coming") is not when it was said: their words.
  const found = pastDate(given, parentNoon(n), mf);
  return dayOf(found && found.date <= n.day ? found.date : given, mf);
}

/** The day a statement was said (ISO), as `saidOnOf` reads it; '' for a week or words that name no day. */
function saidOnDay(n: NoteRow, mf: boolean): string {
  const given = n.saidOn?.trim() ?? '';
  if (!given || isIsoDate(given)) return given || n.day;
  const found = weekStartOf(given) ? undefined : pastDate(given, parentNoon(n), mf);
  return found && found.date <= n.day ? found.date : '';
}

/** Who said it, in words fit for a letter: a button in the family's terms, a person by name ("Mr Clarke" from "the head, Mr Clarke"). */
function whoOf(content: ContentCatalog, n: NoteRow, place: string): string {
  const who = n.who?.trim() ?? '';
  const button = triageWho(content, who);
  if (button === 'district' && content.has(`terms.${place}.authority`)) return content.render(`terms.${place}.authority`);
  if (button) return content.render(content.has(`case-file.letter.who.${button}.${place}`) ? `case-file.letter.who.${button}.${place}` : `case-file.letter.who.${button}`);
  return who ? greetingName(who) || clip(who, 120) : content.render('case-file.letter.who.unknown');
}

/** Statements the parent confirmed as the school's (who said it, the kind of no) before they were filed. */
const CONFIRMED_TOPICS = new Set(['triage.statement']);

/**
 * Every "no" so far, one numbered line each: date, who, and what kind of no. The school's words
 * are quoted only from a statement the parent confirmed as the school's and that reads as the
 * school speaking (or that they put in quotation marks); a reported account is set down in the
 * first person ("Mr Reyes told me that…"), anything else as the kind of no alone; one of no known
 * kind with none of their words is left out, so the letter never claims a "no" nobody said (W14-4).
 * The parent's own words (`parent_words`) are never listed, nor words that promise a later answer
 * and refuse nothing, whatever kind they were filed under (W15-2). `to`: the person the letter goes to ("you said").
 */
export function restateNos(content: ContentCatalog, notes: readonly NoteRow[], profile?: CaseProfile, to?: string): string | undefined {
  const mf = monthFirst(profile);
  const lines = notes
    .filter((n) => n.kind === 'statement' && n.text.trim() && !notANoYet(n.text))
    .map((n) => {
      const category = n.category && (CATEGORIES as readonly string[]).includes(n.category) ? n.category : 'other';
      const words = CONFIRMED_TOPICS.has(n.topic) ? quotableWordsOf(n.text) : '';
      const account = words ? '' : reportedAccountOf(n.text);
      if (!words && !account && category === 'other') return undefined;
      return (no: number) => {
        const named = whoOf(content, n, profile?.place ?? 'elsewhere');
        const line = { n: String(no), date: saidOnOf(content, n, mf), who: to && named === to ? content.render('case-file.letter.who.you') : named };
        const kind = content.render(`case-file.letter.no-kind.${category}`);
        if (words) return content.render('case-file.letter.no-line', { ...line, words: clip(words, 800), kind });
        if (account) return content.render('case-file.letter.no-line.reported', { ...line, account: clip(account, 800), kind });
        return content.render(`case-file.letter.no-line.reason.${category}`, line);
      };
    })
    .filter((line) => line !== undefined);
  return lines.length ? lines.map((line, i) => line(i + 1)).join('\n\n') : undefined;
}

/** The request a follow-up letter chases: the newest still open (reminded ones first), else the newest sent. */
function chasedRequest(store: Store, facts: CaseFacts): FollowupRow | undefined {
  const rows = store.requests.listFollowups(facts.userId, facts.caseId === null ? {} : { caseId: facts.caseId });
  const open = rows.filter((r) => r.status === 'open' && r.letter !== 'follow-up');
  return open.at(-1) ?? rows.filter((r) => r.status === 'open').at(-1) ?? rows.at(-1);
}

/** A name a letter can greet as it is ("Sarah Jones", "Zoë Ní Bhriain"); '' for anything else ("the district attendance office"). */
const greetsAsIs = (who: string): string => plainName(who, 2);

/**
 * The school's answer as a letter sets it down (see `schoolAnswerOf`): their words in quotation
 * marks when the parent confirmed them as the school's; else the parent's account of it, as they
 * last reworded it before a letter (nothing when they last left it out); else the kind of no in neutral words.
 */
function schoolAnswerLine(content: ContentCatalog, notes: readonly NoteRow[], statement: NoteRow): string | undefined {
  const answer = schoolAnswerOf(statement.text, CONFIRMED_TOPICS.has(statement.topic));
  const since = notes.indexOf(statement);
  const checked = notes.slice(since + 1).filter((n) => n.topic === SCHOOL_ANSWER_TOPIC);
  // Left out when its wording was checked: out of later letters too (optional); put right there, as they wrote it. A quote too (W13-2).
  const last = checked.at(-1);
  if (last && leftOut(content, last)) return undefined;
  const reworded = checked.length ? factOf(latestAnswer(content, checked, [SCHOOL_ANSWER_TOPIC])) : '';
  if (reworded) return reworded;
  if (answer.quote) return clipQuote(answer.quote);
  const reason = statedReasonKey(statement.category);
  return clip(factOf(answer.account)) || (reason ? content.render(reason) : undefined);
}

/** Does this letter quote the school's words as theirs (confirmed, not put right or left out since)? Shown before drafting too (W13-2). */
export function quotesTheSchool(content: ContentCatalog, kind: LetterKind, facts: CaseFacts): boolean {
  if (!('statement' in (content.letter(kind)?.vars ?? {}))) return false;
  const statement = answeredStatement(facts.notes, kind);
  if (!statement || !schoolAnswerOf(statement.text, CONFIRMED_TOPICS.has(statement.topic)).quote) return false;
  const checked = facts.notes.slice(facts.notes.indexOf(statement) + 1).filter((n) => n.topic === SCHOOL_ANSWER_TOPIC);
  return checked.length === 0;
}

/** Where a recipient confirmed for this statement may be noted: after it, and after any later correction of who said it. */
function confirmedFrom(notes: readonly NoteRow[], statement: NoteRow): number {
  const corrected = notes.map((n) => n.topic).lastIndexOf('case-file.correct.who');
  return Math.max(notes.indexOf(statement), corrected) + 1;
}

/** The "no" a letter answers: the latest of its kind, else the latest of any kind. */
function answeredStatement(notes: readonly NoteRow[], kind: LetterKind): NoteRow | undefined {
  const statements = [...notes].reverse().filter((n) => n.kind === 'statement' && n.text.trim());
  const fits = LETTER_CATEGORIES[kind];
  return (fits && statements.find((n) => n.category !== undefined && fits.includes(n.category))) ?? statements[0];
}

/** Whether the newest answer under these topics is the parent's typed words (not a button's sentence, nor left out). */
function typedAnswer(content: ContentCatalog, notes: readonly NoteRow[], topics: readonly string[]): boolean {
  for (let i = notes.length - 1; i >= 0; i--) {
    const n = notes[i] as NoteRow;
    if (!topics.includes(n.topic)) continue;
    if (leftOut(content, n) || chosenSentence(content, n)) return false;
    if (typedText(content, n)) return factOf(n.text) !== '';
  }
  return false;
}

/**
 * The variables of a letter from the notes that carry the parent's own words as typed in chat
 * (their request, their answers, their account of the school's answer): not a button's sentence,
 * the school's quoted words, nor our neutral words. The chat's letter checks these lines with the
 * parent before drafting (own-words-lines.ts); the command line, which cannot ask, names them.
 */
export function ownWordsVars(content: ContentCatalog, kind: LetterKind, facts: CaseFacts): string[] {
  const declared = content.letter(kind)?.vars ?? {};
  const { notes } = facts;
  const names = Object.entries(FROM_TOPICS)
    .filter(([name, topics]) => name in declared && typedAnswer(content, notes, topics))
    .map(([name]) => name);
  const statement = answeredStatement(notes, kind);
  if ('statement' in declared && statement) {
    const answer = schoolAnswerOf(statement.text, CONFIRMED_TOPICS.has(statement.topic));
    const since = notes.indexOf(statement);
    if (!answer.quote && (answer.account || typedAnswer(content, notes.slice(since + 1), [SCHOOL_ANSWER_TOPIC]))) names.push('statement');
  }
  return names;
}

/** A letter's variables, from the notes (and the daily log, and requests sent). */
export function letterVarsFromNotes(store: Store, content: ContentCatalog, kind: LetterKind, facts: CaseFacts, now: Date): LetterVars {
  const { notes } = facts;
  const week = schoolWeekFor(store, facts.userId);
  const today = localToday(now, week);
  const profile = profileFromNotes(notes, facts.caseId);
  const mf = monthFirst(profile);
  const statement = answeredStatement(notes, kind);
  // The child as the school knows them (the profile's name), else the nickname.
  const child = letterName(profile, facts.nickname).short;
  const vars: LetterVars = {
    date: dayOf(today, mf),
    nickname: child || undefined,
    // The recipient as the parent confirmed it for this "no" (the chat's letter greeted them so); else a name from who said it,
    // a role from a button not ("Dear [ADD: name …]"); else (below) one given for an earlier letter.
    who:
      (statement && latestAnswer(content, notes.slice(confirmedFrom(notes, statement)), ['facts.recipient'])) ||
      (statement?.who && !triageWho(content, statement.who) ? greetingName(statement.who) || greetsAsIs(recipient(statement.who)) || undefined : undefined) ||
      // Said by the local authority itself (its button, or typed): the name the parent gave there (kept apart from the school's: flows/advice/letter-body.ts).
      (statement?.who && (triageWho(content, statement.who) === 'district' || saidByTheAuthority(statement.who)) ? latestAnswer(content, notes, [LA_RECIPIENT_TOPIC]) : undefined),
    said_on: statement ? saidOnOf(content, statement, mf) : undefined,
    // The school's words quoted only when the parent confirmed them as theirs; else the parent's account, as checked; never the raw chat.
    statement: statement ? schoolAnswerLine(content, notes, statement) : undefined,
    log_evidence: logEvidence(store, content, facts.userId, facts.caseId, child),
  };
  // Facts, not chat: fillers dropped, "no idea" left as a blank (src/features/advice/letter-facts.ts); the typing tidied as the chat's letter tidies it (letter-casing.ts).
  const fact = letterFactFor(profile?.place ?? 'elsewhere');
  const typed = Object.entries(FROM_TOPICS).map(([name, topics]) => [name, latestAnswer(content, notes, topics)] as const);
  for (const [name, answer] of typed) vars[name] = fact(answer) || undefined;
  // An answer of fact the parent was unsure of ("maybe the district director?") is said as unsure (unsure-answers.ts, W21 L2).
  Object.assign(vars, withUnsureAnswers(content, vars, unsureLines(typed).unsure ?? []));
  // Part of the request offered (a partial yes): only when noted after the statement this letter answers.
  vars.offered = (statement && fact(latestAnswer(content, notes.slice(notes.indexOf(statement) + 1), FROM_TOPICS.offered ?? []))) || undefined;
  // A name the parent gave when a letter asked who it goes to; the profile's terms and pronouns.
  vars.who ??= latestAnswer(content, notes, ['facts.recipient']);
  // The name the parent signs with, given once for every letter (any child's case).
  vars.your_name ??= latestAnswer(content, store.listNotes(facts.userId, { topics: [SIGN_OFF_TOPIC] }), [SIGN_OFF_TOPIC]);
  for (const [name, value] of Object.entries(profileTerms(content, profile))) vars[name] ??= value;
  // An ISO date an answer holds (a date the parent confirmed) is written out like every other.
  for (const [name, value] of Object.entries(vars)) if (value && isIsoDate(value)) vars[name] = dayOf(value, mf);

  if (kind === 'restate-nos') vars.nos = restateNos(content, notes, profile, vars.who);
  if (kind === 'follow-up') {
    const chased = chasedRequest(store, facts);
    if (chased) {
      vars.sent_on = dayOf(chased.sentOn, mf);
      vars.about = chased.about;
    }
    vars.reply_by = dayOf(addSchoolDays(today, REPLY_WITHIN_SCHOOL_DAYS, week.days), mf);
  }
  // A request about a child too unwell to attend: the place's duty to educate them, where the letter has the line.
  if (mentionsTooUnwell(`${vars.request ?? ''} ${vars.statement ?? ''}`)) vars.health_duty = content.render(`terms.${profile?.place ?? 'elsewhere'}.unwell-duty`);
  // England, a part-time timetable refused over absence figures or Ofsted: the attendance rule (flows/advice/part-time-states.ts).
  if (partTimeRuleApplies(profile?.place ?? '', vars.request ?? '', statement?.text ?? '')) vars.part_time_rule = content.render(RULE_LINE);
  // Heard at the meeting, or after it: its day and the school's people there, as the chat's letter names them (W13-11).
  if (kind === 'decision-in-writing' && statement) {
    const told = { decidedBy: vars.decided_by, views: vars.concerns, statement: statement.text, who: statement.who, saidOn: saidOnDay(statement, mf), date: today, keptMeetingDays: keptMeetingDaysIn(notes, facts.caseId).join(' ') };
    for (const [name, value] of Object.entries(meetingLetterVars(told, 'decidedBy', ['decidedBy', 'views', 'statement']))) if (value) vars[name] = isIsoDate(value) ? dayOf(value, mf) : value;
  }
  // Letters go to whoever said the latest "no"; a meeting recap goes to the team, which the parent names.
  if (kind === 'meeting-recap') vars.who = undefined;
  return vars;
}

export interface DraftedLetter {
  kind: LetterKind;
  title: string;
  body: string;
  /** Variables left as `[ADD: …]` blanks. */
  blanks: string[];
  /** The lines in the parent's own words as typed in chat, unchecked (by variable), as the letter reads them. */
  ownWords: { name: string; line: string }[];
  /** The line quoting the school's words as theirs (`statement`), as the letter reads it: none, or one. */
  quoted: { name: string; line: string }[];
  caseId: number | null;
  nickname: string;
}

/** Fills a letter from the notes. `caseId` picks the child (default: the most recent one). */
export function letterFromNotes(
  store: Store,
  content: ContentCatalog,
  input: { userId: string; kind: LetterKind; now: Date; caseId?: number | null; reword?: Readonly<Record<string, string>>; leaveOut?: readonly string[] },
): DraftedLetter {
  const facts = caseFacts(store, input.userId, input.caseId);
  // Lines the parent reworded for this draft (`letter --reword NAME=TEXT`) read as they wrote them; lines left out (`--leave-out NAME`) are not there.
  const vars: LetterVars = withGradesWord(content, input.kind, { ...letterVarsFromNotes(store, content, input.kind, facts, input.now), ...input.reword });
  for (const name of input.leaveOut ?? []) vars[name] = undefined;
  const child = letterName(profileFromNotes(facts.notes, facts.caseId), facts.nickname);
  const render = (v: LetterVars) => withFullNameFirst(content.renderLetter(input.kind, v).body, child);
  const letter = content.renderLetter(input.kind, vars);
  const body = render(vars);
  // Each line still in the parent's chat words, as the letter reads it.
  const unchanged = (name: string) => vars[name]?.trim() && !(input.reword && name in input.reword);
  const lines = body.split('\n');
  const lineOf = (name: string) => {
    const at = render({ ...vars, [name]: MARK }).split('\n').findIndex((l) => l.includes(MARK));
    const line = lines[at]?.trim();
    return line ? [{ name, line }] : [];
  };
  const quoted = quotesTheSchool(content, input.kind, facts) && unchanged('statement') ? lineOf('statement') : [];
  return { kind: input.kind, ...letter, body, caseId: facts.caseId, nickname: facts.nickname, ownWords: ownWordsVars(content, input.kind, facts).filter(unchanged).flatMap(lineOf), quoted };
}

/** Marks a variable's place, to find its line in the letter (never in a parent's words). */
const MARK = '\u0001';
