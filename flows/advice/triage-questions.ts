/**
 * The questions triage asks (which child, who said it, when, does the kind fit, request or
 * answer?) and their buttons, from triage's context. The machine is in triage.flow.ts.
 */
import type { Category } from '../../src/core/types.js';
import { clip, nestedQuote, type AskParams, type ChoiceRef, type Classification, type FlowEvent } from '../../src/core/flow-kit.js';
import { buttonForDay, dayNamedIn } from './parent-answers.js';
import { meetingToCome } from './meeting-day.js';
import { requestNamedIn, speakerChoice, speakerOf, speakerShown } from './school-words.js';

export interface TriageCtx {
  children: string[];
  nickname: string;
  request: string;
  statement: string;
  who: string;
  saidOn: string;
  classification: Classification | null;
  category: Category;
  /** A situation the parent's words at "Which sounds closest?" named (which-kind.ts), '' or absent for none. */
  situation?: string;
  /** Words typed at "Which sounds closest?", while they are classified (which-kind.ts). */
  kindWords?: string;
  /** An answer to "what did you ask for?" that read like the school's reply, held while we check. */
  held?: string;
  /** When the school's words held now arrived (the flow's start, or the last part of a split paste). */
  heldAt?: string;
  /** When triage began: the words it kept with no child since then are the chosen child's (triage-notes.ts, `openCaseParams`). */
  startedAt?: string;
  /**
   * A pasted email thread, whole, when the school's words are its newest message only (the
   * parent's own email and older replies quoted under it are not what the school said): kept in
   * the notes as the parent's words. '' when what was pasted is one message.
   */
  thread?: string;
  /** The words held as the school's are in the notes already, as the parent's (from the menu, or typed where the name was asked). */
  wordsKept?: boolean;
  /** The words came in kept already, with no child (own talk at the menu said to be the school's): the statement moves that note. */
  wordsHeld?: boolean;
  /** "dunno" was answered at the school's words once already: the next time, a way on is offered. */
  unsureAsked?: boolean;
  /**
   * The school's reply to a request in the open case (from "they replied"): the child is known,
   * and so, usually, is what was asked for.
   */
  continuing?: boolean;
  /**
   * "What do I say next?" asked with these words for a child not on file yet ("Another child" at
   * which-child): once the child is named, say-next goes on with them (triage-notes.ts `sayNextFor`).
   */
  thenSay?: string;
}

export const WHO = ['teacher', 'senco', 'head', 'district', 'meeting'] as const;
export const WHEN = ['today', 'yesterday', 'this-week'] as const;
/** Every "When was this?" button: on the parent's Monday "Last week" stands where "Earlier this week" would (no day of this week has passed). */
export const WHEN_KEYS = [...WHEN, 'last-week'].map((w) => `triage.when.${w}`);

/** The day buttons for the parent's day (an ISO date; '' when unknown). */
function whenButtons(today: string): string[] {
  const monday = /^\d{4}-\d{2}-\d{2}$/.test(today) && new Date(`${today}T12:00:00Z`).getUTCDay() === 1;
  return WHEN.map((w) => (monday && w === 'this-week' ? 'last-week' : w));
}

export function childChoices({ context }: { context: TriageCtx }): AskParams {
  const choices: ChoiceRef[] = context.children.map((nickname, i) => ({
    id: `child:${i}`,
    key: 'triage.choice.child',
    vars: { nickname },
  }));
  choices.push({ id: 'new-child', key: 'triage.choice.new-child' });
  return { key: 'triage.ask-which-child', choices, freeText: true };
}

export function confirmParams({ context }: { context: TriageCtx }): AskParams {
  return {
    key: `triage.confirm.${context.category}`,
    choices: [
      { id: 'yes', key: 'common.choice.yes-fits' },
      { id: 'pick', key: 'triage.choice.pick-another' },
    ],
    // A description typed instead ("they just said it wasn't possible") is kept and classified.
    freeText: true,
  };
}

/** "Who said it?": the person the statement names comes first, when it names one. */
export function whoParams({ context }: { context: TriageCtx }): AskParams {
  const named = speakerOf(context.statement);
  const role = named ? speakerChoice(named) : undefined;
  const order = role ? [role, ...WHO.filter((w) => w !== role)] : WHO;
  const choices: ChoiceRef[] = order.map((w) => ({ id: w, key: `triage.who.${w}` }));
  if (named && !role) choices.unshift({ id: 'said-by', key: 'triage.who.said-by', vars: { who: named } });
  // Picking who said it is the parent confirming these are the school's words; or they are not.
  choices.push({ id: 'not-school', key: 'triage.who.not-school' });
  // Never re-ask what the parent already said: a named speaker is confirmed, first button.
  return named ? { key: 'triage.confirm-who', vars: { who: speakerShown(named) }, choices, freeText: true } : { key: 'triage.ask-who', choices, freeText: true };
}

/**
 * "When was this?": a day the school's words already name is confirmed, first button; never the
 * day of a meeting still to come ("his review on 15 January", from the parent's day). The order of
 * day and month is not known yet, and only days with a month's name are offered, so it is not needed.
 */
export function whenParams({ context, event }: { context: TriageCtx; event?: Partial<Pick<FlowEvent, 'day'>> }): AskParams {
  const today = event?.day ?? '';
  const choices: ChoiceRef[] = whenButtons(today).map((w) => ({ id: w, key: `triage.when.${w}` }));
  const named = dayNamedIn(context.statement, (upToDay) => Boolean(today && meetingToCome(upToDay, today, false)));
  if (!named) return { key: 'triage.ask-when', choices, freeText: true };
  // "Yes, yesterday" is the "Yesterday" button already ("Yes, this morning" the "Today" one): not offered twice.
  const others = choices.filter((c) => c.id !== buttonForDay(named));
  // "Today Mrs Patel said…": read back as "You mentioned today", not "Today"; a weekday or a date keeps its capital.
  const when = /^(?:today|yesterday|tonight|this|last|earlier)\b/i.test(named) ? named.charAt(0).toLowerCase() + named.slice(1) : named;
  return { key: 'triage.confirm-when', vars: { when }, choices: [{ id: 'named', key: 'triage.when.named', vars: { when } }, ...others], freeText: true };
}

/** "What did you ask the school for?": a request the parent's message already names is offered back, first button. */
export function requestParams({ context }: { context: TriageCtx }): AskParams {
  const named = requestNamedIn(context.statement);
  if (!named) return { key: 'triage.ask-request', vars: {} };
  return { key: 'triage.confirm-request', vars: { request: named }, choices: [{ id: 'named', key: 'triage.request.named', vars: { request: named } }], freeText: true };
}

export function requestOrAnswerParams({ context }: { context: TriageCtx }): AskParams {
  return {
    key: 'triage.ask-request-or-answer',
    vars: { said: nestedQuote(clip(context.held ?? '', 200)) },
    choices: [
      { id: 'theirs', key: 'triage.choice.their-answer' },
      { id: 'mine', key: 'triage.choice.my-request' },
    ],
    freeText: false,
  };
}

