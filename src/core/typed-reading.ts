/**
 * How the engine reads words the parent typed (src/core/engine.ts hands each text and file turn
 * here): screened for crisis first, then read for what they ask (a command in words, "can we carry
 * on?", "hang on"), and at the question waiting as its answer: a choice typed in its words, a
 * number with no choice of its own, the parent's own words, or, at a question that takes only
 * buttons, a new message (new-message.ts) or a kind "please pick one".
 */
import { intentIn, type Intent } from './assemble.js';
import { ASIDE_OFFER_FLOW } from './aside-offer.js';
import type { ContentCatalog } from '../content/catalog.js';
import type { FlowDef, FlowEvent } from './flow-kit.js';
import { accepts, reask, restore, startFlow, type AfterFlow, type RunContext } from './flow-runner.js';
import { cleanText, inputProblem, type OtherLanguages } from './input-guard.js';
import { isNewMessage, NEW_MESSAGE_FLOW } from './new-message.js';
import { inOpenQuote } from './open-quote.js';
import { asksToCarryOn, asksToWait, looksUpset, speaksOfAPick, speaksOfTheFile, withoutCourtesy } from './parent-asides.js';
import { choiceBegun, matchChoice, numberWithNoChoice, textReply, type BegunChoice } from './render.js';
import { keepAddedWords, keepParentWords, keepPartRead } from './added-words.js';
import type { Fired } from './safety-turn.js';
import { screenForCrisis } from '../safety/crisis-screen.js';
import { RETURNED_TOPIC, returnMessage } from './coming-back.js';

/** Beside a file, this many words are a message of their own ("this is what they sent" is not), unless they speak of the file. */
const FILE_WORDS_READ = 15;

/** What the reading needs from the engine: the assembled parts, and the engine's own steps. */
export interface ReadingDeps {
  content: ContentCatalog;
  flows: ReadonlyMap<string, FlowDef>;
  intents: readonly Intent[];
  languages: OtherLanguages;
  menuFlow: string;
  safetyFlow: string;
  runCommand(name: string, args: string, ctx: RunContext): void;
  afterFlow(ctx: RunContext, after: AfterFlow): void;
  deliverEvent(ctx: RunContext, event: FlowEvent): void;
  /** A reply about the message itself, then the question the parent was on (or the menu). */
  sayThenReask(ctx: RunContext, key: string): void;
  crisisFired(ctx: RunContext, crisis: Fired): void;
  /** Said before the question waiting, coming back to it (the engine's, as resume says it); `near`: back within the half hour; null: an answer typed. */
  sayWhereWeWere(ctx: RunContext, near: string | null): void;
  /** Over the half hour since the parent's last turn (the engine's clock and session). */
  awayNow(ctx: RunContext): boolean;
}

export function typedReading(deps: ReadingDeps): { onText(ctx: RunContext, raw: string): void; onFile(ctx: RunContext, raw: string): void } {
  const { content, flows, intents, languages, menuFlow, safetyFlow, runCommand, afterFlow, deliverEvent, sayThenReask, crisisFired, sayWhereWeWere, awayNow } = deps;
  const words = (key: string) => content.words(key);

  function onText(ctx: RunContext, raw: string): void {
    const text = cleanText(raw);
    const problem = inputProblem(text, languages);
    if (problem === 'empty' || problem === 'no_words') return sayThenReask(ctx, problem === 'no_words' && looksUpset(content, text) ? 'input.upset' : `input.${problem}`);
    // Screened first: a crisis partly in another language, or in too long a paste, gets the crisis reply.
    const crisis = screenForCrisis(text);
    if (crisis.tier !== 'none') {
      crisisFired(ctx, crisis); // never stored or passed on; the conversation waits where it was
      return;
    }
    if (problem) return sayThenReask(ctx, `input.${problem}`);
    // "hi, back again", "sorry I've been away, where were we" at any waiting question: a return, never its answer (coming-back.ts).
    // "I've been ill…" is one only beside a sign of it, or after a real absence: the half hour, or a reminder since (review20 R2).
    const atQuestion = Boolean(ctx.session.flowId && ctx.session.pending && ![safetyFlow, menuFlow].includes(ctx.session.flowId));
    const back = atQuestion ? returnMessage(text, words, { away: awayNow(ctx) || ctx.session.pending?.reminded === true }) : null;
    if (back) return cameBack(ctx, back.carries);
    // "Can we carry on?" is not an answer: kept nowhere, the question again. (The safety check
    // takes any typed words as that already.)
    if (ctx.session.flowId !== safetyFlow && asksToCarryOn(content, text)) return sayThenReask(ctx, 'engine.carry-on');
    if (ctx.session.flowId !== safetyFlow && asksToWait(content, text)) return sayThenReask(ctx, 'engine.wait');
    // "I'm not sure I picked the right option…" at a question taking words: kept as theirs, not its answer (W15-3).
    if (ctx.session.flowId && ![safetyFlow, menuFlow].includes(ctx.session.flowId) && ctx.session.pending?.freeText && speaksOfAPick(content, text)) return keepAside(ctx, text, 'engine.picked-wrong');
    // A new message typed at "pick that up again, or leave it?": the offer let go (the notes stay) and the
    // menu begun without a word, so the message is read as typed at the menu (review11, 3).
    if (ctx.session.flowId === ASIDE_OFFER_FLOW && isNewMessage(text)) afterFlow(ctx, startFlow(ctx, menuFlow, {}, { quiet: true }));
    // As typed, else without the courtesy around it ("menu please", "can I see my notes").
    // At a question taking the parent's own words (not the menu), a long message is their answer.
    const answering = Boolean(ctx.session.flowId && ctx.session.flowId !== menuFlow && ctx.session.pending?.freeText);
    // An open question ("What did you ask for?": no buttons, or its words invite typing): a phrase
    // read only when the moment fits (Feature.intentsWhen) is its answer, never a command (review9, 3).
    const openQuestion = answering && Boolean(ctx.session.pending && (!ctx.session.pending.choices.length || content.invitesTyping(ctx.session.pending.key)));
    // At the safety check, a long message ending "what do i say now" is not a command (its buttons wait).
    const readable = ctx.session.flowId === safetyFlow ? intents.filter((i) => !i.closing) : intents;
    const atMenu = !ctx.session.flowId || ctx.session.flowId === menuFlow;
    let answer = text;
    for (const said of new Set([text, withoutCourtesy(content, text)])) {
      const intent = intentIn(readable, said, text, answering, (fits, args) => !openQuestion && fits(ctx.store, { userId: ctx.session.userId, caseId: ctx.session.caseId, day: ctx.day, atMenu, args }));
      if (!intent) continue;
      // A quoted line ending "What now?" is the school's words, not the parent's question (review11, 2).
      if (inOpenQuote(intent.before)) break;
      // At a question taking the parent's words, the words before "what now?" are its answer, never dropped (review11, 2 and 4).
      if (answering && intent.before && ctx.session.flowId !== safetyFlow) {
        answer = intent.before;
        break;
      }
      // The school's words before "what now?" at the menu: the command's own, the new statement (review20 R5).
      const args = intent.takesBefore && !intent.args ? intent.before : intent.args;
      if (args) ctx.wordsFromMessage = true;
      // Words of the parent's own before the command, not handed to it ("we're going away for a bit, my mum
      // is poorly. pause reminders for 3 weeks"): kept in their words and said so, never lost (review19 R6).
      if (intent.before && intent.before !== args) keepBefore(ctx, intent.before);
      return runCommand(intent.command, args, ctx);
    }
    const pending = ctx.session.pending;
    if (!pending || !ctx.session.flowId) {
      // Nothing pending (first contact, or after a restart): begin, treating a long first
      // message as what the school said.
      afterFlow(ctx, startFlow(ctx, menuFlow, text.length >= 40 ? { statement: text } : {}));
      return;
    }
    const when = { at: ctx.now.toISOString(), day: ctx.day };
    const matched = pending.choices.length ? matchChoice(content, pending, text) : null;
    const begun = pending.choices.length && !matched ? begunChoice(ctx, text) : null;
    const choiceId = matched ?? begun?.id;
    if (choiceId) {
      // Words after the button's own that add something are kept, never lost (added-words.ts).
      const added = begun ? keepAddedWords(ctx, pending, text, begun) : null;
      sayWhereWeWere(ctx, null); // back after days: which day it goes on (W15-3), on every channel
      return deliverEvent(ctx, { type: 'CHOICE', id: choiceId, ...when, typed: text, ...(added ? { added } : {}) });
    }
    if (numberWithNoChoice(content, pending, text)) {
      ctx.replies.push(textReply(content, 'engine.choice-out-of-range', { count: String(pending.choices.length) }, ctx.session.seq));
      reask(ctx);
      return;
    }
    const event: FlowEvent = { type: 'TEXT', text: answer, ...when };
    // Buttons only, unless the flow takes words there now (a question saved by an older
    // release, before that state learned to read typed answers).
    if (!pending.freeText && !takesWordsNow(ctx, event)) {
      // A new message (a school email, a long account): kept, and the parent asked whether to look at it now
      // (new-message.ts). At the safety check, never asked: "Are you safe right now?" is asked again first, the message after.
      if (isNewMessage(text)) {
        const atCheck = ctx.session.flowId === safetyFlow;
        return afterFlow(ctx, startFlow(ctx, NEW_MESSAGE_FLOW, atCheck ? { words: text, safetyFirst: true } : { words: text, canWait: !flows.get(ctx.session.flowId)?.dropWhenInterrupted }));
      }
      // Not read, asked again: what the words say is kept first, said so (the one rule: added-words.ts). Never at the safety check.
      if (ctx.session.flowId !== safetyFlow) keepPartRead(ctx, { text, kept: 'engine.words-kept-unread' });
      ctx.replies.push(textReply(content, 'engine.pick-one', {}, ctx.session.seq));
      reask(ctx);
      return;
    }
    sayWhereWeWere(ctx, null);
    deliverEvent(ctx, event);
  }

  /**
   * A file the bot cannot open (a photo of the school's letter): a short caption beside it is
   * screened and never kept (it is not the school's words), and the parent is asked to type or
   * paste what it says; then the question they were on.
   */
  function onFile(ctx: RunContext, raw: string): void {
    const words = cleanText(raw);
    const crisis = screenForCrisis(words);
    if (crisis.tier !== 'none') return crisisFired(ctx, crisis);
    // Words enough to be a message (an email pasted beside the photo): read as one, the file said unread.
    if (words.split(/\s+/).length >= FILE_WORDS_READ && !speaksOfTheFile(content, raw)) {
      ctx.replies.push(textReply(content, 'input.file-beside', {}, ctx.session.seq));
      return onText(ctx, raw);
    }
    sayThenReask(ctx, 'input.file');
  }

  /** A return typed at a question: its words kept when they carry something, where we were, and the question again. */
  function cameBack(ctx: RunContext, carries: string): void {
    if (carries) {
      keepParentWords(ctx, carries, RETURNED_TOPIC);
      ctx.replies.push(textReply(content, 'engine.returned-kept', {}, ctx.session.seq));
    }
    sayWhereWeWere(ctx, 'engine.returned');
    reask(ctx);
  }

  /** Words typed before a command, kept as the parent's own with the open child, and said so (the command's replies follow). */
  function keepBefore(ctx: RunContext, words: string): void {
    keepParentWords(ctx, words, 'engine.words-before');
    ctx.replies.push(textReply(content, 'engine.before-kept', {}, ctx.session.seq));
  }

  /** The parent's words kept as their own, and said so; then the question again. */
  function keepAside(ctx: RunContext, text: string, key: string): void {
    keepParentWords(ctx, text, key);
    sayThenReask(ctx, key);
  }

  /**
   * The one way the parent's words are kept beside the question (a return's, before a command, a
   * comment on a pick): as theirs, with the case the conversation is about (none open: no child),
   * so a child's erase takes them with the child's notes (review20 R3).
   */

  /** Buttons only (never the safety check, answered in its own words): a typed answer that begins with a choice is that choice. */
  function begunChoice(ctx: RunContext, text: string): BegunChoice | null {
    const pending = ctx.session.pending;
    return pending && !pending.freeText && ctx.session.flowId !== safetyFlow ? choiceBegun(content, pending, text) : null;
  }

  function takesWordsNow(ctx: RunContext, event: FlowEvent): boolean {
    const restored = restore(ctx);
    return restored !== null && accepts(restored.snapshot, event);
  }

  return { onText, onFile };
}
