/**
 * The rest of a paste that arrived in two messages (Discord's 2,000 characters, a chat client
 * splitting a long paste): a long message moments after the first, at "what shall I call your
 * child?", is more of the same email, not an answer. Kept with it.
 */
import { answerOf, type FlowEvent } from '../../src/core/flow-kit.js';
import { statementFrom } from '../../src/features/advice/email-frame.js';
import type { TriageCtx } from './triage-questions.js';

/** How soon the rest of a split paste arrives after the part before it (a client sends both at once). */
export const SPLIT_PASTE_WITHIN_MS = 60_000;

/** Long enough to be more of an email rather than an answer to "what shall I call your child?". */
const MIN_WORDS = 15;

/** A paste a chat splits is long (Discord sends 2,000 characters, Slack's client 4,000): a first message shorter than this was whole, unless it says more follows. */
const SPLIT_FROM = 500;

/** An answer naming the child ("Her name is Maya, she is twelve…"), however long, is not more of the school's email. */
const ABOUT_THE_CHILD = /^(?:(?:her|his|their) name(?:'s| is)\b|my (?:son|daughter|child)'?s name\b|(?:she|he|they)(?:'s| is| are) called\b|we call (?:her|him|them)\b)/i;

/** A first message that says the email comes next ("…this is the email they sent me:", "see below"). */
const ANNOUNCES_MORE = /(?::\s*$|\b(?:see below|below|here it is|here is (?:the|their) (?:email|letter|reply)|(?:this|here) is (?:the|their|what they) (?:email|letter|reply|sent|wrote|said))\W*$)/i;

/** Is this message the rest of the paste held as the school's words? */
export function isRestOfPaste(context: TriageCtx, event: FlowEvent): boolean {
  const words = answerOf(event).trim();
  const held = (context.thread || context.statement).trim();
  if ((held.length < SPLIT_FROM && !ANNOUNCES_MORE.test(held)) || !context.heldAt || words.split(/\s+/).length < MIN_WORDS || ABOUT_THE_CHILD.test(words)) return false;
  const gap = Date.parse(event.at) - Date.parse(context.heldAt);
  return Number.isFinite(gap) && gap >= 0 && gap <= SPLIT_PASTE_WITHIN_MS;
}

/** The school's words with the rest of the paste after them (an email thread read again as a whole). */
export function withRestOfPaste(context: TriageCtx, event: FlowEvent): Pick<TriageCtx, 'statement' | 'thread' | 'heldAt'> {
  return { ...statementFrom(`${(context.thread || context.statement).trim()}\n${answerOf(event).trim()}`), heldAt: event.at };
}
