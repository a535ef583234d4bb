/**
 * A partial yes, in the school's words or the parent's account of a meeting (W13-4): "they said
 * yes to a later start but only 9:40… no to skipping 2nd period". What was agreed stands (its
 * review day is offered by review-states.ts); the advice and the letter work on the part refused,
 * and the letter thanks them for the agreed part (the kind letters' `offered` line). And a
 * question about signing the written change ("i dont know if i should sign it") is answered with
 * what a parent might check first, information only (`partial-yes.signing`). Pure.
 */
import { once, shippedAlternation } from '../../src/content/catalog.js';
import { clip, straightApostrophes, type SayParams } from '../../src/core/flow-kit.js';
import { agreedClause } from './trial-review.js';
import { cued } from './situation-cues.js';

/** The content keys these say. */
export const PARTIAL_YES_KEYS = ['partial-yes.agreed', 'partial-yes.signing'] as const;

const SENTENCE_END = /(?:[!?\n]|\.(?!\d))+/;
/** A refusal anywhere in the words: what the no is. */
const REFUSAL = /\b(?:no to|said no|says no|not negotiable|isn'?t negotiable|refus\w*|won'?t|can'?t|cannot|not able|unable|turned (?:it |that )?down|declined)\b/i;
/** An agreement made, not one wondered about ("we could put something in place", "we would rather look at"). */
const AGREED_MADE = /\b(?:(?:said|say|says) yes to|yes to|agreed|approved|okay'?d|ok'?d|(?:are|were|is|was) happy to|(?:will|'ll|are going to|is going to) (?:do|try|offer|let|allow|give|start|put|arrange|run|set up|trial)|can start)\b/i;
/** Where the agreement starts, as told ("they said yes to", "they agreed", "she'll"): the words after it are what was agreed. */
const AGREED_LEAD = /\b(?:(?:said|say|says) yes to|yes to|agreed(?: to| that)?|approved|okay'?d|ok'?d|are happy to|(?:will|'ll|can|could) (?=\w))\s*/i;
/** Where a clause turns to what was refused ("…, but not the afternoons"). */
const TURN = /\s*(?:\bbut\b|\bhowever\b)\s*/i;

/** What was "agreed" is a demand on the family, not a yes ("that Jayden must attend full time"). */
const DEMAND = /\b(?:must|ha(?:s|ve) to|needs? to|(?:is|are)?\s*expected to|required to|(?:is|are) to (?:attend|be in)|will (?:attend|be in school))\b/i;
/** Who agreed is family, not the school ("his dad agreed to drive him in", "I agreed to bring him"). */
const FAMILY = /\b(?:i|dad|daddy|mum|mom|mam|mummy|mommy|father|mother|step\w+|nan|nana|nanny|gran\w*|grandad|grandpa|uncle|aunt\w*|husband|wife|partner|brother|sister|family)\b/i;
/** Someone at school in the same words ("the head and I agreed…"): then it is the school's yes. */
const SCHOOL_WHO = /\b(?:they|school|head\w*|teacher|senco|principal|counsel+or|staff|case manager|coordinator|tutor|dr|ms|mrs|mr|miss)\b/i;
/** What was "agreed" is a routine next step, not something for the child ("put a referral in", "arrange a meeting"). */
const ROUTINE = /\b(?:referrals?|refer\w*|meetings?|meet (?:again|up)|paperwork|forms?|write (?:it |this |that )?up|look into|contact|pass (?:it|this|that) on)\b/i;

/** The agreement is something the school agreed to do for the child: not a demand on the family, a family member's word, or a routine next step. */
function forTheChild(who: string, agreed: string): boolean {
  if (DEMAND.test(agreed) || ROUTINE.test(agreed)) return false;
  return !(FAMILY.test(who) && !SCHOOL_WHO.test(who));
}

/** What one sentence agrees, from the agreement on, up to a turn that refuses; '' when it is no yes for the child. */
function agreedIn(sentence: string): { agreed: string; refusedToo: boolean } {
  if (agreedClause(sentence) === '' || !AGREED_MADE.test(sentence)) return { agreed: '', refusedToo: false };
  const lead = AGREED_LEAD.exec(sentence);
  const from = lead ? lead.index + lead[0].length : 0;
  // Up to a turn that refuses ("we'll try 9:15 but can't do 10"): the rest is the no.
  const pieces = sentence.slice(from).split(TURN);
  const upTo = pieces.findIndex((p) => REFUSAL.test(p));
  const agreed = (upTo < 0 ? sentence.slice(from) : pieces.slice(0, upTo).join(' but ')).replace(/[\s,;:]+$/, '').trim();
  return { agreed: forTheChild(sentence.slice(0, lead?.index ?? 0), agreed) ? agreed : '', refusedToo: upTo >= 0 };
}

/**
 * What was agreed, in the words given, from the agreement on ("a later start but only 9:40 not
 * 10:15, and only mon wed fri"), when another part of the words refuses something; '' for a
 * plain no, or a yes with nothing refused. Only something the school agreed to do for the child
 * counts (review11 1): "we have agreed that he must attend full time", "his dad agreed to drive
 * him in" and "the SENCo will put a referral in" are no yes.
 */
export function partlyAgreed(words: string): string {
  const text = straightApostrophes(words);
  const sentences = text.split(SENTENCE_END).map((s) => s.trim());
  for (const [at, sentence] of sentences.entries()) {
    const { agreed, refusedToo } = agreedIn(sentence);
    if (!agreed) continue;
    return refusedToo || sentences.some((s, i) => i !== at && REFUSAL.test(s)) ? agreed : '';
  }
  return '';
}

const SIGNING = once(() => new RegExp(shippedAlternation('school.signing-asked'), 'i'));

/** The words ask, or wonder, whether to sign the written change ("should i sign it", "they want me to sign the amendment"). */
export function asksAboutSigning(words: string): boolean {
  return SIGNING().test(straightApostrophes(words));
}

/** `signRead` (passing through to `next`): the signing question answered, when the words ask it. The flow registers the guard `asksAboutSigning`. */
export function signingStates(next: string) {
  return {
    signRead: {
      always: [{ guard: 'asksAboutSigning', target: next, actions: { type: 'say', params: { key: 'partial-yes.signing' } } }, { target: next }],
    },
  } as const;
}

/** The guards these states name, for a flow whose context holds the school's words as `statement`. */
export const partialYesGuards = {
  partlyAgreed: ({ context }: { context: { statement: string } }) => partlyAgreed(context.statement) !== '',
  // A form to take the child off the roll is not a written change to check: the off-roll advice answers it (W14-2).
  asksAboutSigning: ({ context }: { context: { statement: string } }) => asksAboutSigning(context.statement) && !cued(context.statement).includes('off-roll'),
};

/** Part of it agreed, part refused: said to stand, before the replies about the no (W13-4). */
function agreedSay({ context }: { context: { statement: string } }): SayParams {
  return { key: 'partial-yes.agreed', vars: { agreed: clip(partlyAgreed(context.statement), 200) } };
}

/** `at` (passing through to `next`): a partial yes has its agreed part said to stand first. The flow registers `partlyAgreed`. */
export function agreedStates<A extends string>(at: A, next: string) {
  const state = { always: [{ guard: 'partlyAgreed', target: next, actions: { type: 'say', params: agreedSay } }, { target: next }] } as const;
  return { [at]: state } as Record<A, typeof state>;
}

/**
 * Words that accept the request, with nobody named and no day ("sounds reasonable", "should be
 * fine", "I don't see why not"). A promise to reply or to look into it ("I will get back to you
 * next week", "leave it with me, I'll look into it") agrees nothing, so is no yes (review13-1).
 */
const LOOSE_YES = /\b(?:sounds (?:reasonable|fine|good|great|ok(?:ay)?|sensible|like a (?:good|great|sensible) (?:idea|plan))|should be (?:fine|possible|ok(?:ay)?|doable|no problem)|(?:that'?s|that is|that'?d be|that would be|that should be) (?:fine|ok(?:ay)?|no problem|doable|reasonable)|(?:i|we) (?:don'?t|do not|can'?t|cannot) see why not|(?:i'?m|we'?re|i am|we are) happy (?:to (?:do that|try (?:that|it)|agree)|with that))\b/i;
/** A day or a time named: then it has a date, and is no loose yes ("from Monday 18 January", "at 10"). */
const DATED = /\b(?:from|starting|start(?:s|ing)? (?:on|from)|begin\w* (?:on|from)) (?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)\w*|\d{1,2}(?:st|nd|rd|th)? \w+|next (?:week|term)|tomorrow)\b/i;

/**
 * "yep sounds reasonable, leave it with me": a yes without a start date or anyone named to do it
 * (W14-12). Not when the words also refuse, or name the day it starts.
 */
export function looseYes(words: string): boolean {
  const text = straightApostrophes(words);
  return LOOSE_YES.test(text) && !REFUSAL.test(text) && !DATED.test(text);
}
