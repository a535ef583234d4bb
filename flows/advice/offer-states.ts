/**
 * A "no" that offers part of what was asked (9:30 on two days, not every day): when the
 * school's words offer something, the flow first asks whether they offered part of it and what,
 * in the parent's words. The letter then thanks them for that and asks about the rest, instead
 * of reading as if nothing had been offered. Used in kind-of-no.ts: `offerAssigns` wrapped in
 * `assign`, `offerGuards`, and the states `offerStates(next)` before the flow's first question.
 */
import { straightApostrophes, type AskParams, type FlowEvent } from '../../src/core/flow-kit.js';
import { once, shippedAlternation as alternation } from '../../src/content/catalog.js';
import { answerNote, bareReplyAgain, choicesOf, openQuestion, typed } from './parent-answers.js';
import { heardOffer } from './school-words.js';

const P = 'offer';

/** The note of what was offered, and the letter's line for it (variable, context field, note topic). */
export const OFFER_TOPIC = 'school.offered';
export const OFFER_LINE = ['offered', 'offered', OFFER_TOPIC] as const;

/** What these states read and write in a flow's context. */
export interface OfferCtx {
  nickname: string;
  statement: string;
  /** What the parent asked for, in their words (triage's answer). */
  request: string;
  /** What the school offered, in the parent's words ('' when nothing was). */
  offered: string;
}

export const OFFER_KEYS = [`${P}.ask`, `${P}.choice.yes`, `${P}.choice.no`, `${P}.ask-what`, `${P}.choice.skip`] as const;

function offersPart({ context }: { context: OfferCtx }): boolean {
  return heardOffer(context.statement);
}
function saysOffered({ event }: { event: FlowEvent }): boolean {
  return event.type === 'CHOICE' && event.id === 'yes';
}
const OPENS_NO = once(() => new RegExp(alternation('answers.opens-no'), 'i'));
const NOT_ASKED = once(() => new RegExp(alternation('answers.offer-not-asked'), 'i'));
const LEAD_WORDS = /^(?:(?:a|an|the|for|to|him|her|them|have|get|be|on|put|some|more)\s+)+/;

/** The request's first words ("part time timetable" of "part time timetable, just mornings…"), to hear it refused. */
function requestHead(request: string): string {
  const first = request.toLowerCase().split(/[,.;:!?(]/)[0] ?? '';
  const words = first.replace(/[^a-z0-9' -]+/g, ' ').replace(/-/g, ' ').trim().replace(LEAD_WORDS, '').split(/\s+/).filter(Boolean);
  return words.length >= 2 ? words.slice(0, 3).join(' ') : '';
}

/**
 * "No they did not", "not really, it does not help her", "a meeting thats all", "not the part
 * time timetable" (the request itself refused): a no typed, not what they offered.
 */
function typedNo({ context, event }: { context: OfferCtx; event: FlowEvent }): boolean {
  if (event.type !== 'TEXT') return false;
  const said = straightApostrophes(event.text.trim()).toLowerCase();
  if (OPENS_NO().test(said) || NOT_ASKED().test(said)) return true;
  const head = requestHead(context.request ?? '');
  // The head holds only letters, digits, spaces and apostrophes: nothing to escape.
  return head !== '' && new RegExp(`\\bnot (?:the |a |an |any |even )?${head}\\b`).test(said.replace(/-/g, ' '));
}
export const offerGuards = { offersPart, saysOffered, typedNo };

function keepOffered({ event }: { event: FlowEvent }): Partial<OfferCtx> {
  return { offered: typed(event, 300) };
}
export const offerAssigns = { keepOffered };

// What they offered may be typed straight away ("9:30 on Mondays and Wednesdays"): that is the answer.
const askParams: AskParams = { key: `${P}.ask`, choices: choicesOf(P, ['yes', 'no']), freeText: true };
function askWhat({ context }: { context: OfferCtx }): AskParams {
  return openQuestion(`${P}.ask-what`, context.nickname, P, ['skip']);
}

/** The states `offerHeard`, `offer`, `offered`; `next` follows them (at once, when the school's words offer nothing). */
export function offerStates(next: string) {
  const ask = { type: 'ask', params: askWhat } as const;
  const keep = { target: next, actions: ['keepOffered', { type: 'note', params: answerNote(P, OFFER_TOPIC) }] } as const;
  return {
    offerHeard: { always: [{ guard: 'offersPart', target: 'offer' }, { target: next }] },
    offer: {
      entry: { type: 'ask', params: askParams },
      on: {
        CHOICE: [{ guard: 'saysOffered', target: 'offered' }, { target: next }],
        TEXT: [bareReplyAgain({ type: 'ask', params: askParams } as const), { guard: 'typedNo', target: next }, keep],
      },
    },
    offered: {
      entry: ask,
      on: {
        TEXT: [bareReplyAgain(ask), { guard: 'typedNo', target: next }, keep],
        CHOICE: next,
      },
    },
  } as const;
}
