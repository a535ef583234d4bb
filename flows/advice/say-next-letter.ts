/**
 * The letter "What do I say next?" offers, built from facts as the "kind of no" letters are.
 * Before drafting: who said it and when, when the notes or the school's words already name them,
 * are confirmed in one question ("That was Mr Dunn, on 20 November. Is that right?"); each line
 * the letter needs that the case does not hold yet (what the parent asked for, and the kind's own
 * lines: what the child needs, what was decided…) is asked for, with Skip leaving a blank; then the
 * shared fact questions (letter-facts-states.ts) and the check of the parent's own words
 * (letter-wording-states.ts). What the case already holds (the request, earlier answers) comes in
 * as `input.known` and is never asked again: its lines are shown in the wording check instead.
 */
import * as z from 'zod';
import { OFFER_LINE } from './offer-states.js';
import { shippedContent } from '../../src/content/catalog.js';
import { clip, type AskParams, type DraftParams, type FlowEvent, type FlowInput, type NoteParams, type Vars } from '../../src/core/flow-kit.js';
import { CATEGORIES, type Category } from '../../src/core/types.js';
import { clipQuote, factOf, greetingName, letterDay, MIN_ACCOUNT_WORDS, schoolWordsOf, statedReasonKey } from '../../src/features/advice/letter-facts.js';
import { profileFactsFromInput, signOffFromInput, typedName, type FactsCtx } from './letter-facts-states.js';
import { unsureLines } from '../../src/features/advice/unsure-answers.js';
import { letterFactFor } from './letter-casing.js';
import { SCHOOL_ANSWER_TOPIC, wordingLines, type WordingCtx, type WordingLine } from './letter-wording-states.js';
import { KIND_OF_NO_FLOWS } from './kinds-of-no.js';
import { dayNamedIn } from './parent-answers.js';
import { mentionsTooUnwell, speakerOf } from './school-words.js';
import { replySetOf } from './say-next-replies.js';
import { goesToLocalAuthority, laRecipientFromInput, type BodyCtx } from './letter-body.js';
import { PLAN_REVIEW_LETTER, planReviewApplies } from './plan-review.js';

const P = 'say-next';

/** The letter that best answers each kind of "no". */
export const LETTER_FOR: Record<Category, string> = {
  data: 'data-request',
  resources: 'resources-request',
  precedent: 'precedent-request',
  not_available: 'need-request',
  predetermination: 'decision-in-writing',
  other: 'need-request',
};

/** A yes with no date or owner ("leave it with me": say-next-replies.ts) is answered by asking for both, not for support afresh (W14-12). */
export const LOOSE_YES_LETTER = 'agreed-start-date';

/** Words that are not a no yet ("we are looking into it"): a short holding message, asking by when they will decide. */
export const HOLDING_LETTER = 'holding-reply';

/**
 * The letter say-next drafts: a holding message when it is not a no yet, a loose yes's own, the
 * local authority's decision after an EHC plan's review in England (plan-review.ts), else the one
 * for the kind of no.
 */
export function letterTemplateOf(context: Pick<LetterCtx, 'category' | 'statement' | 'holding'> & Partial<Pick<LetterCtx, 'place' | 'profile' | 'request'>>): string {
  if (context.holding) return HOLDING_LETTER;
  if (looseYesOnly(context)) return LOOSE_YES_LETTER;
  return context.category === 'predetermination' && planReviewApplies(context) ? PLAN_REVIEW_LETTER : LETTER_FOR[context.category];
}
function looseYesOnly(context: Pick<LetterCtx, 'category' | 'statement'>): boolean {
  return replySetOf(context) === 'loose-yes';
}

/** The lines a letter may ask the parent for, in the order asked (each its template's variable and its context field). */
export const ASKED_LINES = ['request', 'need', 'barrier', 'helps', 'decision', 'concerns'] as const;
export type AskedLine = (typeof ASKED_LINES)[number];


/**
 * The topic a line is noted under for a kind of no: the "kind of no" flow's own topic for that
 * line of its letter, so a letter drafted later from the notes reads the same, and no flow asks
 * for it again; a line that kind's flow does not ask is say-next's own.
 */
export function lineTopic(name: AskedLine, category: Category): string {
  if (name === 'request') return 'triage.request';
  return KIND_OF_NO_FLOWS.find((f) => f.category === category)?.lineTopics[name] ?? `${P}.${name}`;
}

/** Does the letter need the line (a blank when missing, not a line left out)? */
export function letterNeeds(name: AskedLine, template: string): boolean {
  const t = shippedContent().letter(template);
  return t !== undefined && name in t.vars && !(t.optional ?? []).includes(name);
}

/** What the letter reads and writes in say-next's context. */
export type LetterCtx = FactsCtx &
  WordingCtx &
  BodyCtx &
  Record<AskedLine, string> & {
    nickname: string;
    /** The child's name skipped at a situation letter's question: not asked again (review13-6). */
    childSkipped?: boolean;
    statement: string;
    category: Category;
    /** The letter's date (ISO), set when the parent asks for it. */
    date: string;
    /** The school's words, in the quotation marks the parent put them in. */
    answerQuote: string;
    /** Else the parent's account of it (checked with their other words), or the kind of no's neutral sentence (a content key). */
    answerWords: string;
    /** A partial yes: what was agreed, in the words given (partial-yes.ts), thanked for; absent or '' otherwise. */
    offered?: string;
    /** Not a no yet (say-next-not-yet.ts): the letter is the holding message. */
    holding?: boolean;
  };

/** The last thing the school said, from the notes: its words, its day as a label and as a date, and the name of who said it. */
const recentSchema = z.object({ text: z.string(), when: z.string(), who: z.string().optional(), saidOn: z.string().optional(), category: z.enum(CATEGORIES).optional() });
export type Recent = z.infer<typeof recentSchema>;

export function recentOf(input: FlowInput): Recent | null {
  const r = recentSchema.safeParse(input.recent);
  return r.success && r.data.text.trim() ? { ...r.data, text: r.data.text.trim() } : null;
}

/** What the case already holds for the letter's lines (from the notes, by the say command). */
const knownSchema = z.object(Object.fromEntries(ASKED_LINES.map((n) => [n, z.string().optional()])) as Record<AskedLine, z.ZodOptional<z.ZodString>>);

/** The letter's part of say-next's starting context: the profile, the sign-off, and what the case already holds. */
export function letterContextOf(input: FlowInput): Omit<LetterCtx, 'nickname' | 'statement' | 'category' | 'date'> {
  // A name at the local authority kept from an earlier letter, for a letter that goes there (letter-body.ts).
  const parsed = knownSchema.safeParse(input.known ?? {});
  const known = parsed.success ? parsed.data : {};
  const lines = Object.fromEntries(ASKED_LINES.map((n) => [n, clip(known[n] ?? '', 600)])) as Record<AskedLine, string>;
  return {
    ...lines,
    recipient: '',
    laRecipient: laRecipientFromInput(input),
    saidOn: '',
    saidOnWords: '',
    saidOnChecked: '',
    ...signOffFromInput(input),
    ...profileFactsFromInput(input),
    wordingLine: '',
    answerQuote: '',
    answerWords: '',
  };
}

/**
 * Once the parent asks for the letter: who said it and when, from the statement's note or from
 * the school's words themselves ("Mrs Patel said yesterday…"), and the school's answer as a
 * letter may set it down. Nobody confirmed whose words these are, so only what the parent put in
 * quotation marks is quoted; anything else is their account (without its lead-in, checked with
 * their other words), or, when it is a few words only, the kind of no in neutral words.
 */
export function statementFacts(context: Pick<LetterCtx, 'statement' | 'category'>, recent: Recent | null): Partial<LetterCtx> {
  const words = schoolWordsOf(context.statement);
  const quoted = words.startsWith('"');
  const account = !quoted && words.split(' ').length >= MIN_ACCOUNT_WORDS ? words : '';
  const said = { answerQuote: quoted ? words : '', answerWords: quoted ? '' : account || statedReasonKey(context.category) };
  if (recent) return { ...said, recipient: recent.who ?? '', saidOn: recent.saidOn ?? '', saidOnWords: '', saidOnChecked: '' };
  return { ...said, recipient: greetingName(speakerOf(context.statement)), saidOn: '', saidOnWords: dayNamedIn(context.statement) ?? '', saidOnChecked: '' };
}

/**
 * The one question that confirms who said it and when, as far as they are known. A letter that
 * goes to the local authority (letter-body.ts) is not going to who said it: only who told them is
 * confirmed (`.told`).
 */
export function confirmKnownParams({ context }: { context: LetterCtx }): AskParams {
  const which = context.recipient && context.saidOn ? 'who-when' : context.recipient ? 'who' : 'when';
  const date = context.saidOn ? letterDay(context.saidOn, context.monthFirst === 'yes') : '';
  const told = which !== 'when' && goesToLocalAuthority(letterTemplateOf(context), context.place) ? '.told' : '';
  return {
    key: `${P}.confirm-known.${which}${told}`,
    vars: { who: context.recipient, date },
    choices: [
      { id: 'right', key: 'facts.choice.date-right' },
      { id: 'wrong', key: 'facts.choice.date-wrong' },
    ],
    // The day put right as it is typed ("no it was 3 weeks ago, friday 15 jan", W14-8): say-next-fix.ts.
    freeText: true,
  };
}

/** A confirmed name is noted as the letter's recipient, so a letter drafted later from the notes greets them too. */
export function recipientNote({ context }: { context: LetterCtx }): NoteParams {
  return { kind: 'answer', topic: 'facts.recipient', text: context.recipient };
}

const skip = [{ id: 'skip', key: `${P}.choice.skip` }];

/** The lines whose question names the child: asked as "your child" when no name was given. */
export const NAMING_LINES: readonly AskedLine[] = ['need', 'barrier', 'helps', 'decision'];

export function askLineParams(name: AskedLine) {
  return function askLine({ context }: { context: LetterCtx }): AskParams {
    const unnamed = !context.nickname && NAMING_LINES.includes(name) ? '.unnamed' : '';
    return { key: `${P}.ask-${name}${unnamed}`, vars: { nickname: context.nickname }, choices: skip, freeText: true };
  };
}

/** No child open (say-next from the menu on a first visit): the name the letter uses is asked for, for this letter only. */
export const askChildParams: AskParams = { key: `${P}.ask-child`, choices: skip, freeText: true };

export function keepChild({ event }: { event: FlowEvent }): Pick<LetterCtx, 'nickname'> | Record<string, never> {
  // "not sure" or a bare "ok" names nobody: the letter keeps its blank.
  return event.type === 'TEXT' && factOf(event.text) ? { nickname: typedName(event.text) } : {};
}

/** A typed line, kept for the letter (and its wording check). */
export function keepLine({ event }: { event: FlowEvent }, { name }: { name: AskedLine }): Partial<Record<AskedLine, string>> {
  return event.type === 'TEXT' ? { [name]: clip(event.text, 600) } : {};
}

export function lineNote(name: AskedLine) {
  return function noteLine({ context, event }: { context: LetterCtx; event: FlowEvent }): NoteParams {
    return { kind: 'answer', topic: lineTopic(name, context.category), text: event.type === 'TEXT' ? clip(event.text, 2000) : '' };
  };
}

function categoryOf(v: unknown): Category {
  return (CATEGORIES as readonly unknown[]).includes(v) ? (v as Category) : 'other';
}

/** The letter's lines that can carry the parent's own words: their request, their account of the school's answer (or the words quoted as theirs), the lines asked for. */
export function letterLines(context: WordingCtx & Record<string, unknown>): readonly WordingLine[] {
  const category = categoryOf(context.category);
  const asked = ASKED_LINES.filter((n) => n !== 'request').map((n) => [n, n, lineTopic(n, category)] as const);
  const request = ['request', 'request', lineTopic('request', category)] as const;
  // Words quoted as the school's are shown too, after the parent's own: no line a letter quotes goes unseen (W13-2).
  const str = (k: string) => (typeof context[k] === 'string' ? context[k] : '');
  const template = letterTemplateOf({ category, statement: str('statement'), holding: context['holding'] === true, place: str('place'), profile: str('profile'), request: str('request') });
  if (context['answerQuote']) return wordingLines(template, [request, ...asked, OFFER_LINE, ['statement', 'answerQuote', SCHOOL_ANSWER_TOPIC]]);
  return wordingLines(template, [request, ['statement', 'answerWords', SCHOOL_ANSWER_TOPIC], ...asked, OFFER_LINE]);
}

/** The letter, from the facts: names and real dates, the school's words only as theirs, the parent's lines without chat fillers. */
export function letterParams({ context }: { context: LetterCtx }): DraftParams {
  // The parent's typing tidied for the letter only ("camhs" → "CAMHS"): letter-casing.ts.
  const factOf = letterFactFor(context.place);
  const vars: Vars = {
    date: context.date,
    who: context.recipient,
    nickname: context.nickname,
    said_on: context.saidOn,
    statement: context.answerQuote ? clipQuote(context.answerQuote) : factOf(context.answerWords),
    // A partial yes: the agreed part, thanked for (W13-4).
    offered: factOf(context.offered ?? ''),
    your_name: context.signOff,
    // Asked for because the child is too unwell to attend: the letter says the place's duty too.
    health_duty: mentionsTooUnwell(`${context.request} ${context.statement}`) ? `terms.${context.place || 'elsewhere'}.unwell-duty` : '',
  };
  for (const name of ASKED_LINES) vars[name] = factOf(context[name]);
  return { template: letterTemplateOf(context), vars, ...unsureLines(ASKED_LINES.map((name) => [name, context[name]])) };
}
