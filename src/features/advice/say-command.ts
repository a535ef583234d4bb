/**
 * `say` ("what do I say next?"): from the school's words given with it, else from the last thing
 * the school said as noted; a question in progress is put aside and come back to afterwards (by
 * the engine's `startFlow`, as for every dialogue a command starts). The
 * flow is given what the case already holds for its letter (who said it and when, the request,
 * earlier answers), so none of it is asked again.
 */
import { startFlow, type RunContext } from '../../core/flow-runner.js';
import type { NoteRow } from '../../core/ports.js';
import { parentNoon } from '../../core/flow-kit.js';
import type { ChatCommand } from '../../core/run-context.js';
import { textReply } from '../../core/render.js';
import { dayLabel, ISO_DATE } from '../daily-log/dates.js';
import { greetingName, pastDate } from './letter-facts.js';
import { monthFirst, profileFromNotes } from './profile.js';
import { ASKED_LINES } from '../../../flows/advice/say-next-letter.js';
import { SITUATIONS } from '../../../flows/advice/situation-cues.js';
import { caseFacts, letterVarsFromNotes } from '../case-file/letter-from-notes.js';
import { keptMeetingDays } from './kept-meetings.js';
import { FIRST_MESSAGE_TOPIC } from '../../../flows/advice/triage-notes.js';
import { SPLIT_PASTE_WITHIN_MS } from '../../../flows/advice/split-paste.js';
import { ownTalkOf } from '../../../flows/advice/own-talk.js';
import { reportsSomeoneAtSchool, soundsLikeTheirNo } from '../../../flows/advice/school-words.js';
import { quotations } from '../../classify/school-words.js';

/** How far back "what do I say next?" looks for the last thing the school said. */
const RECENT_STATEMENT_DAYS = 60;

/** The day a statement was made, as a date: the day the parent gave (read from their words), else the day it was noted. */
function saidOnOf(n: NoteRow, mf: boolean): string {
  const given = n.saidOn?.trim() ?? '';
  if (ISO_DATE.test(given)) return given;
  if (given) {
    // A day after the one it was noted on ("the Friday coming") is not when it was said.
    const found = pastDate(given, parentNoon(n), mf);
    return found && found.date <= n.day ? found.date : '';
  }
  return n.day;
}

/**
 * The last thing the school said, as noted (this child's when a case is open), if recent enough:
 * a statement, or their reply to a request when the parent gave its words; with its day, and the
 * name of who said it when the notes have one (the name a letter after it went to, else '').
 */
function recentStatement(ctx: RunContext): { text: string; when: string; who: string; saidOn: string; category?: string } | null {
  const caseId = ctx.session.caseId;
  const all = ctx.store.listNotes(ctx.session.userId);
  const notes = caseId !== null ? all.filter((n) => n.caseId === caseId) : all;
  const noWords = ctx.content.render('case-file.replied.no-details');
  const theirWords = (n: NoteRow) => n.kind === 'statement' || (n.kind === 'response' && n.text !== noWords && !ctx.content.has(n.text.trim()));
  // Only what was confirmed as the school's words (W15-1): a statement triage or say-next filed, or
  // their reply; and the parent's first message at the menu, kept in their words before any child
  // was named (or with this child), only when it tells what someone at school said or wrote (their
  // email, a reported "she said…", their words quoted) and is not the parent's own talk (a
  // correction, family news, a question to me). The question that offers it asks them to confirm.
  // One kept with no child, followed by another child's notes or case, may be that child's: not offered.
  const cases = ctx.store.listCases(ctx.session.userId);
  const otherChildAfter = (n: NoteRow) =>
    caseId !== null && (all.some((o) => o.caseId !== null && o.caseId !== caseId && o.id > n.id) || cases.some((c) => c.id !== caseId && c.createdAt >= n.at));
  // With several children, words kept with no child may be any of theirs: never offered for one.
  const onlyChild = cases.length <= 1;
  const firstMessage = (n: NoteRow) =>
    n.kind === 'parent_words' &&
    n.topic === FIRST_MESSAGE_TOPIC &&
    tellsTheSchoolsWords(withEarlierParts(all, n)) &&
    (n.caseId === caseId || (n.caseId === null && onlyChild && !otherChildAfter(n)));
  const last = all.filter((n) => (theirWords(n) && (caseId === null || n.caseId === caseId)) || firstMessage(n)).at(-1);
  if (!last || ctx.now.getTime() - new Date(last.at).getTime() > RECENT_STATEMENT_DAYS * 86_400_000) return null;
  const mf = monthFirst(profileFromNotes(notes, caseId));
  if (last.kind === 'parent_words') {
    // Noted the day they told it, which need not be the day the school said it: a letter asks.
    return { text: withEarlierParts(all, last), when: dayLabel(last.day, mf), who: '', saidOn: '' };
  }
  const saidOn = saidOnOf(last, mf);
  const named = notes.slice(notes.indexOf(last) + 1).filter((n) => n.topic === 'facts.recipient' && n.text.trim()).at(-1)?.text.trim();
  // The kind of no it was filed as (the parent confirmed or picked it): "what do I say next?" does not ask it again.
  const category = last.kind === 'statement' && last.category ? { category: last.category } : {};
  return { text: last.text, when: dayLabel(saidOn || last.day, mf), who: greetingName(last.who) || named || '', saidOn, ...category };
}

/** Words that tell what someone at school said or wrote, and are not the parent's own talk (W15-1). */
function tellsTheSchoolsWords(text: string): boolean {
  return Boolean(text.trim()) && ownTalkOf(text) === undefined && (reportsSomeoneAtSchool(text) || quotations(text).length > 0);
}

/**
 * The words before "what now?" ("The head said no to a part-time timetable because of funding.
 * what now?"): the school's, told or as their no, and not the parent's own talk. Then they are the
 * new statement "what do I say next?" is about (review20 R5); else the engine keeps them as theirs.
 */
export function schoolsWordsBefore(before: string): boolean {
  return tellsTheSchoolsWords(before) || (ownTalkOf(before) === undefined && soundsLikeTheirNo(before));
}

/** A paste that came in two messages is noted as two (triage's split-paste.ts): the parts just before `last`, joined. */
function withEarlierParts(all: readonly NoteRow[], last: NoteRow): string {
  const parts = [last];
  for (let i = all.indexOf(last) - 1; i >= 0; i--) {
    const n = all[i] as NoteRow;
    const gap = Date.parse((parts[0] as NoteRow).at) - Date.parse(n.at);
    if (n.kind !== 'parent_words' || n.topic !== FIRST_MESSAGE_TOPIC || !(gap >= 0 && gap <= SPLIT_PASTE_WITHIN_MS)) break;
    parts.unshift(n);
  }
  return parts.map((n) => n.text.trim()).join('\n');
}

/** What this child's notes already hold for the letter's lines (the request, earlier answers), as a letter from the notes reads them. */
function knownLines(ctx: RunContext): Record<string, string> {
  const caseId = ctx.session.caseId;
  if (caseId === null) return {};
  const vars = letterVarsFromNotes(ctx.store, ctx.content, 'need-request', caseFacts(ctx.store, ctx.session.userId, caseId), ctx.now);
  return Object.fromEntries(ASKED_LINES.flatMap((n) => (vars[n] ? [[n, vars[n]]] : [])));
}

/**
 * A question in progress is put aside by `startFlow` and comes back when "what do I say next?"
 * ends. In a family of several children, which child it is about is asked first (which-child.flow.ts,
 * then `say-child`), so the last words offered, and new ones, are that child's.
 */
export const say: ChatCommand = (args, ctx) => {
  const children = ctx.store.listCases(ctx.session.userId);
  // Mid-question too: the conversation put aside goes on under "which child?" and comes back
  // after "what do I say next?" (a `cmd:` hand-over carries it, core's flow-runner).
  // An account ending "what do I say now?" is new words that may be about another child, even
  // with one on file: asked, "Another child" among the answers, never filed under the only one (review11, 1).
  const newWords = Boolean(args && ctx.wordsFromMessage);
  if (children.length > 1 || (newWords && children.length > 0)) {
    startFlow(ctx, 'which-child', { then: 'say-child', ...(args ? { args } : {}), ...(newWords ? { another: true } : {}) });
    return;
  }
  sayForOpenCase(args, ctx);
};

/** The topic of a worry typed after "what do I say next?", kept in the parent's own words. */
export const WORRY_TOPIC = 'say-next.worry';

/**
 * "what do i say next? will they really fine us" (W14-5): the worry after the question is kept as
 * the parent's own words (never as what the school said, never a question's answer), and said to
 * be kept; then "what do I say next?" as if asked alone: the last thing the school said offered,
 * else asked for.
 */
export const sayWorried: ChatCommand = (args, ctx) => {
  const words = args.trim();
  if (words) {
    ctx.store.addNote({ userId: ctx.session.userId, caseId: ctx.session.caseId, kind: 'parent_words', topic: WORRY_TOPIC, text: words, at: ctx.now.toISOString(), day: ctx.day });
    ctx.replies.push(textReply(ctx.content, 'advice.worry-kept', {}, ctx.session.seq));
  }
  // Not new words of the school's: nothing to ask "which child?" about beyond what "what do I say next?" asks.
  delete ctx.wordsFromMessage;
  say('', ctx);
};

/** The situation picked for this child's case (situation.flow.ts notes `situation.choice.<id>`), the latest; none when none was (W14-1). */
function caseSituation(ctx: RunContext): { situation?: string } {
  const caseId = ctx.session.caseId;
  if (caseId === null) return {};
  const picked = ctx.store.listNotes(ctx.session.userId, { caseId, topics: ['situation'] }).at(-1)?.text.trim() ?? '';
  // Noted as the button's words (or, from an older note, its key).
  const id = SITUATIONS.find((s) => picked === `situation.choice.${s}` || picked === ctx.content.render(`situation.choice.${s}`));
  return id ? { situation: id } : {};
}

/** "What do I say next?" for the open case's child (after which-child, or with one child). */
export const sayForOpenCase: ChatCommand = (args, ctx) => {
  const fromCase = { known: knownLines(ctx), ...caseSituation(ctx) };
  // The meetings already kept: with a child open, this child's come with every flow's input (the
  // advice feature's); with none open, any child's (as the last statement is read).
  const kept = ctx.session.caseId === null ? { keptMeetings: keptMeetingDays(ctx.store, ctx.session.userId, null) } : {};
  if (args) {
    startFlow(ctx, 'say-next', { statement: args, ...fromCase, ...kept });
    return;
  }
  const recent = recentStatement(ctx);
  startFlow(ctx, 'say-next', { ...(recent ? { recent } : {}), ...fromCase, ...kept });
};
