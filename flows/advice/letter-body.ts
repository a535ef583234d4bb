/**
 * Which body a letter goes to, where that matters. Most letters answer the school that said no;
 * a few ask a body above it for a decision that body makes, and sent only to the school they start
 * no clock. For now: in England a parent asks the local authority for an EHC needs assessment
 * themselves, and it must decide within 6 weeks of receiving the request (docs/legal-facts.md
 * eng-s36, eng-reg5, eng-reg5-receipt); and after an EHC plan's annual review in England, the
 * decision whether to change the plan is the local authority's, so the letter asking for it goes
 * there (eng-reg20-review, eng-reg22-amend: plan-review.ts). Other places and letters stay with
 * the school until docs/legal-facts.md sources otherwise.
 *
 * For such a letter the recipient is never who said the no, nor a school recipient kept earlier:
 * the parent is asked who at the local authority (`laRecipient`), with a button for the SEN team
 * when they have no name. A name typed is kept under a topic of its own (`facts.la-recipient`),
 * apart from the school's (`facts.recipient`), and used for later local-authority letters.
 * Used by kind-of-no.ts and say-next.flow.ts: `bodyAssigns` (wrapped in `assign`), `bodyGuards`, `letterBodyStates`.
 */
import { once, shippedAlternation } from '../../src/content/catalog.js';
import type { AskParams, FlowEvent, FlowInput, NoteParams } from '../../src/core/flow-kit.js';
import { factOf } from '../../src/features/advice/letter-facts.js';
import { nameFrom } from './letter-facts-states.js';

type Body = 'local-authority';

/** Letter template → the places where it goes to another body than the school. */
const LETTER_BODY: Readonly<Record<string, Readonly<Record<string, Body>>>> = {
  // eng-s36, eng-reg5: the local authority decides whether to assess, within 6 weeks of receiving the request.
  'assessment-request': { england: 'local-authority' },
  // eng-reg20-review, eng-reg22-amend: the review of an EHC plan, and the decision after it, are the local authority's.
  'review-decision': { england: 'local-authority' },
};

/** Does this letter, for a family in this place, go to the local authority rather than the school? */
export function goesToLocalAuthority(template: string, place: string): boolean {
  return LETTER_BODY[template]?.[place] === 'local-authority';
}

/** A kind of no's next steps (`<prefix>.next-steps`): where its letter goes to the local authority, the ones that say so. */
export function nextStepsKey(prefix: string, template: string, place: string): string {
  return `${prefix}.next-steps${goesToLocalAuthority(template, place) ? '.local-authority' : ''}`;
}

/** Does this letter go to another body anywhere (so its flow can say where to send it)? */
export function goesElsewhereSomewhere(template: string): boolean {
  return Object.keys(LETTER_BODY[template] ?? {}).length > 0;
}

/** The note topic of a name at the local authority the parent gave (kept apart from the school's recipient). */
export const LA_RECIPIENT_TOPIC = 'facts.la-recipient';
/** The letter's greeting when the parent has no name there ("Dear SEN Team,"): a content key, rendered in the letter. */
export const LA_TEAM = 'facts.letter.la-team';

/** Who at the local authority, asked in the words of the letter's own decision (the assessment request's six weeks; the review's decision). */
const LA_ASK: Readonly<Record<string, string>> = { 'review-decision': 'facts.ask-la-recipient.review' };
const laAskKey = (template: string) => LA_ASK[template] ?? 'facts.ask-la-recipient';

/** The keys shared by every letter to the local authority, and each letter's own question (`laKeysFor`). */
const LA_SHARED = ['facts.choice.la-team', 'facts.la-recipient-unclear', LA_TEAM] as const;
/** The assessment request's (the first letter to go there). */
export const LA_KEYS = ['facts.ask-la-recipient', ...LA_SHARED] as const;
export function laKeysFor(templates: readonly string[]): string[] {
  return [...new Set(templates.filter((t) => goesElsewhereSomewhere(t)).map(laAskKey)), ...LA_SHARED];
}

/** What these states read and write in a flow's context. */
export interface BodyCtx {
  recipient: string;
  /** A name at the local authority kept from an earlier letter ('' when none). */
  laRecipient: string;
}

/** The latest name at the local authority the parent gave (the advice feature reads it from the notes), or ''. */
export function laRecipientFromInput(input: FlowInput): string {
  return typeof input.laRecipient === 'string' ? input.laRecipient.trim() : '';
}

/** "the SEN team", "the council", "no name": the team, as the button. */
const TEAM_WORDS = once(() => new RegExp(`(?:^|\\W)(?:${shippedAlternation('letters.la-team')})(?=$|\\W)`, 'i'));

/** A team or the authority anywhere in the words ("Send Team", "Hampshire County Council"): no one's name. */
const TEAM_OR_AUTHORITY = once(() => new RegExp(`(?:^|\\W)(?:${shippedAlternation('letters.la-team')}|${shippedAlternation('school.authority')})(?=$|\\W)`, 'i'));
/** "Karen in SEN", "Miss Hughes at the SEND team": the words before where they work. */
const BEFORE_PLACE = /^(.+?)\s+(?:in|at|from|on)\s+\S/i;

/**
 * The person at the local authority the words name, or '' (review21 R7): the name before where they
 * work ("Karen in SEN"), else the words as a name; never a team or the council ("Send Team").
 */
function laPerson(text: string): string {
  const t = text.trim();
  const name = nameFrom(BEFORE_PLACE.exec(t)?.[1] ?? t) || nameFrom(t);
  return name && !TEAM_OR_AUTHORITY().test(name) ? name : '';
}

/** Who said the no is the local authority itself ("the local authority", "the council", "LA"): a letter answering it goes there. */
const AUTHORITY = once(() => new RegExp(`^(?:the\\s+)?(?:${shippedAlternation('school.authority')})$`, 'i'));
export function saidByTheAuthority(who: string): boolean {
  return AUTHORITY().test(who.trim());
}

type Args = { context: BodyCtx; event: FlowEvent };

function useKeptLaRecipient({ context }: { context: BodyCtx }): Partial<BodyCtx> {
  return { recipient: context.laRecipient };
}
function keepLaRecipient({ event }: { event: FlowEvent }): Partial<BodyCtx> {
  const name = event.type === 'TEXT' ? laPerson(event.text) : '';
  return { recipient: name, laRecipient: name };
}
function greetLaTeam(): Partial<BodyCtx> {
  return { recipient: LA_TEAM };
}

export const bodyAssigns = { useKeptLaRecipient, keepLaRecipient, greetLaTeam };

export const bodyGuards = {
  // A team kept as a name by an older release ("Send Team") is asked about again.
  knowsLaRecipient: ({ context }: { context: BodyCtx }) => (context.laRecipient ?? '').trim() !== '' && !TEAM_OR_AUTHORITY().test(context.laRecipient),
  namesLaPerson: ({ event }: Args) => event.type === 'TEXT' && laPerson(event.text) !== '',
  // "not sure", "no idea", or the team itself named: the team, as the button does.
  namesLaTeam: ({ event }: Args) => event.type === 'TEXT' && (factOf(event.text) === '' || TEAM_WORDS().test(event.text)),
};

function laRecipientNote({ context }: { context: BodyCtx }): NoteParams {
  return { kind: 'answer', topic: LA_RECIPIENT_TOPIC, text: context.laRecipient };
}


/**
 * `factsBody` decides who the flow's letter (`template`, or the one its context picks) goes to,
 * then `next` (the letter's facts): for a letter to the local authority, its kept name
 * (`laRecipientKept`) or the question (`laRecipient`). The family's place is read as it is then
 * ("change profile" on the way).
 */
export function letterBodyStates<C extends { place: string }>(template: string | ((context: C) => string), next: string) {
  const templateOf = (context: C) => (typeof template === 'string' ? template : template(context));
  function toLocalAuthority({ context }: { context: C }): boolean {
    return goesToLocalAuthority(templateOf(context), context.place);
  }
  function askLaRecipient({ context }: { context: C }): AskParams {
    return { key: laAskKey(templateOf(context)), choices: [{ id: 'team', key: 'facts.choice.la-team' }], freeText: true };
  }
  return {
    factsBody: { always: [{ guard: toLocalAuthority, target: 'laRecipientKept' }, { target: next }] },
    laRecipientKept: { always: [{ guard: 'knowsLaRecipient', target: next, actions: 'useKeptLaRecipient' }, { target: 'laRecipient' }] },
    laRecipient: {
      entry: { type: 'ask', params: askLaRecipient },
      on: {
        TEXT: [
          { guard: 'namesLaPerson', target: next, actions: ['keepLaRecipient', { type: 'note', params: laRecipientNote }] },
          { guard: 'namesLaTeam', target: next, actions: 'greetLaTeam' },
          { target: 'laRecipient', reenter: true, actions: { type: 'say', params: { key: 'facts.la-recipient-unclear' } } },
        ],
        CHOICE: { target: next, actions: 'greetLaTeam' },
      },
    },
  } as const;
}
