/**
 * What triage writes down and hands on: the notes it keeps (the request, the parent's own words,
 * a pasted thread, the school's statement with who and when), what it asks the classifier, the
 * case it opens, and what the next flow is given.
 */
import { answerOf, type FlowEvent, type FlowOutput, type NoteParams, type OpenCaseParams } from '../../src/core/flow-kit.js';
import { WHO, type TriageCtx } from './triage-questions.js';
import { soundsLikeTheirNo } from './school-words.js';
import { NEW_MESSAGE_TOPIC } from '../../src/core/new-message.js';
import { OWN_TALK_TOPIC } from './own-talk.js';

type Ctx = TriageCtx;

/**
 * The child chosen: the words triage kept with no child (the first message, typed asides, the rest
 * of a paste, own talk or a new message it was started with) are this child's now, moved into the
 * case, so the child's erase takes them (review20 R3). The statement made of them moves them again.
 */
export function openCaseParams({ context }: { context: Ctx }): OpenCaseParams {
  const words = [context.thread || context.statement].filter((w) => w.trim() !== '');
  return { nickname: context.nickname, adopt: { topics: [...HELD_TOPICS, TYPED_ASIDE_TOPIC], ...(context.startedAt ? { since: context.startedAt } : {}), words } };
}

export function requestNote({ context }: { context: Ctx }): NoteParams {
  return { kind: 'answer', topic: 'triage.request', text: context.request };
}

/**
 * What the parent typed, kept as their own words (dated, like every note) the moment it arrives,
 * so one message is on record even if they stop there. It becomes "the school said" only at
 * `save`, once they have said who said it and confirmed the kind of no; letters quote only that.
 */
/** The topic of the parent's first message of a "no", kept in their words (read back by "what do I say next?"). */
export const FIRST_MESSAGE_TOPIC = 'triage.first-message';

export function parentWordsNote({ context }: { context: Ctx }): NoteParams {
  // Kept before the child is chosen (the child open before may not be theirs): with no child.
  // Words held already (own talk at the menu, then "It's what the school said"): not kept twice.
  return { kind: 'parent_words', topic: FIRST_MESSAGE_TOPIC, text: context.wordsHeld ? '' : context.thread || context.statement, caseless: true };
}

/**
 * Where words are kept with no child when they came (triage's first message, a new message typed at
 * a question): the statement or thread saved from the same words is that note moved into the case.
 */
export const HELD_TOPICS = [FIRST_MESSAGE_TOPIC, NEW_MESSAGE_TOPIC, OWN_TALK_TOPIC];

/** Words kept from a message that was not what triage asked for and not what the school said (a day, a worry): never offered as their words. */
export const TYPED_ASIDE_TOPIC = 'triage.typed-aside';

/**
 * A message typed at "Which child is this about?" that is more than a name (W13-1): kept in the
 * parent's words, never thrown away. What reads like the school's answer (a meeting told after
 * it) is kept as what they told me the school said, and "what do I say next?" offers it.
 */
export function typedWordsNote({ event }: { event: FlowEvent }): NoteParams {
  const text = answerOf(event);
  return { kind: 'parent_words', topic: soundsLikeTheirNo(text) ? FIRST_MESSAGE_TOPIC : TYPED_ASIDE_TOPIC, text, caseless: true };
}

/**
 * "nobody said anything thats the point, they just dont do it" at "Who said it?" (W14-13): the parent's words, kept with the case; nobody is noted as who said it.
 * Also a sentence there that names no one (W20-2: who-answer.ts), kept before the question is asked again.
 */
export function nobodySaidNote({ event }: { event: FlowEvent }): NoteParams {
  return { kind: 'parent_words', topic: TYPED_ASIDE_TOPIC, text: answerOf(event) };
}

/** The rest of a paste that came in a second message, kept in the parent's words as it came. */
export function restOfPasteNote({ event }: { event: FlowEvent }): NoteParams {
  return { kind: 'parent_words', topic: FIRST_MESSAGE_TOPIC, text: answerOf(event), caseless: true };
}

/** A pasted thread, whole ('' for one message: no note). */
export function threadNote({ context }: { context: Ctx }): NoteParams {
  return { kind: 'parent_words', topic: FIRST_MESSAGE_TOPIC, text: context.thread ?? '', refiles: HELD_TOPICS };
}

/** What was held as the school's words, replaced by their email pasted later: kept as the parent's, unless it is in the notes already. */
export function replacedWordsNote({ context }: { context: Ctx }): NoteParams {
  return { kind: 'parent_words', topic: FIRST_MESSAGE_TOPIC, text: context.wordsKept ? '' : context.thread || context.statement };
}

export function statementNote({ context }: { context: Ctx }): NoteParams {
  return {
    kind: 'statement',
    topic: 'triage.statement',
    text: context.statement,
    category: context.category,
    // A "who" button is stored as its label's key; the engine keeps the words in the note.
    who: (WHO as readonly string[]).includes(context.who) ? `triage.who.${context.who}` : context.who,
    said_on: context.saidOn,
    refiles: HELD_TOPICS,
  };
}

export function classifyParams({ context }: { context: Ctx }) {
  return { text: context.statement };
}

/**
 * The parent asked "what do I say next?" about a child not on file (fix1's "Another child"): with
 * the child named and their case open, that request goes on, with the words they gave, as it
 * would have for a child on file (the advice feature's `say-child`). Else null.
 */
export function sayNextFor(context: Ctx): FlowOutput | null {
  return context.thenSay && context.nickname ? { next: 'cmd:say-child', input: { args: context.thenSay } } : null;
}

export function handoff({ context }: { context: Ctx }): FlowOutput {
  return {
    // The case profile (once per case) and the situation behind the "no" come first.
    next: 'situation',
    input: {
      category: context.category,
      nickname: context.nickname,
      request: context.request,
      statement: context.statement,
      who: context.who,
      saidOn: context.saidOn,
      // Words typed at "Which sounds closest?" that named a situation (which-kind.ts): the situation question confirms it.
      ...(context.situation ? { situationHint: context.situation } : {}),
    },
  };
}
