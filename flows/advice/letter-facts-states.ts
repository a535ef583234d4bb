/**
 * Before a letter is drafted: the facts it needs that the notes lack are asked for, not left
 * blank. Who it greets (when the parent named only a role, "the SENCO", or a button), the
 * day the school said it (when the parent's words named no day), the child's name as the school
 * knows it (once per case, the nickname offered; kept in the case profile), and the name the
 * parent signs with (asked once, for every letter after; "leave it blank" is kept as an answer too). A date more than a year ago
 * or in the future is checked with the parent. Skipping leaves the blank, by the parent's choice.
 * Used in a flow's setup (`factsAssigns` wrapped in `assign`, `factsGuards`) and states (`factsStates(next)`).
 */
import { once, shippedAlternation, shippedContent, type ContentCatalog } from '../../src/content/catalog.js';
import { parentNoon, typedWithoutWords, type AskParams, type FlowEvent, type FlowInput, type NoteParams } from '../../src/core/flow-kit.js';
import { factOf, greetingName, isDoubtfulDay, letterDay, pastDate } from '../../src/features/advice/letter-facts.js';
import { plainName } from '../../src/features/advice/person-names.js';
import { monthFirst, parseProfile, PROFILE_TOPIC, profileText, SIGN_OFF_TOPIC } from '../../src/features/advice/profile.js';
import { namesAnAdult } from './school-words.js';
import { weekStartOf, whenSaid } from './parent-answers.js';

/** What these states read and write in a flow's context. */
export interface FactsCtx {
  /** The name the letter greets ("Mr Dunn"), or '' for a blank. */
  recipient: string;
  /** The day it was said, ISO, or ''. */
  saidOn: string;
  /** 'yes' when the family is in the US (05/11 is 11 May). */
  monthFirst: string;
  place: string;
  saidOnChecked: string;
  /** When the school said it, in the parent's words, when those named no date triage could read. */
  saidOnWords: string;
  /** The name the parent signs letters with ('' for a blank). */
  signOff: string;
  /** 'yes' once the parent has been asked for it (in this case or any before). */
  signOffAsked: string;
  /** The case profile as JSON ('' when the case has none): the child's school name is kept in it. */
  profile: string;
  /** The child's name as the school knows it (the profile's), '' until the parent gives it. */
  schoolName: string;
}

/** The sign-off note's text when the parent chose to leave it blank (so it is not asked again). */
export const SIGN_OFF_SKIPPED = 'facts.choice.skip-sign-off';

// Only the facts' own fields are read: a flow's context may hold more (say-next keeps its classification).
type Ctx = FactsCtx;
type Args = { context: Ctx; event: FlowEvent };

export const FACT_KEYS = [
  'facts.ask-recipient',
  'facts.choice.skip-name',
  'facts.ask-said-on',
  'facts.choice.skip-date',
  'facts.date-unclear',
  'facts.date-to-come',
  'facts.recipient-unclear',
  'facts.confirm-said-on',
  'facts.choice.date-right',
  'facts.choice.date-wrong',
  'facts.ask-sign-off',
  'facts.choice.skip-sign-off',
  'facts.ask-school-name',
  'facts.child-name-titled',
  'facts.child-name-needed',
  'facts.child-name-sentence',
  'facts.choice.use-nickname',
  'facts.name-unclear',
] as const;

/** A typed name: "Mr Dunn" from "it was mr dunn", or a plain name as typed ("Sarah Jones"). */
export function nameFrom(text: string): string {
  const titled = greetingName(text);
  if (titled) return titled;
  return plainName(text, 1);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
function asWhenSaid(event: FlowEvent): ReturnType<typeof pastDate> {
  const said = whenSaid(event);
  return ISO_DAY.test(said) ? { date: said, doubtful: isDoubtfulDay(said, parentNoon(event)) } : undefined;
}

/** The day a typed answer names, read once per answer (the guards and the assign each ask for it). */
const daysRead = new WeakMap<FlowEvent, { monthFirst: boolean; day: ReturnType<typeof pastDate> }>();
function dayFrom({ context, event }: { context: FactsCtx; event: FlowEvent }) {
  if (event.type !== 'TEXT') return undefined;
  const monthFirst = context.monthFirst === 'yes';
  const read = daysRead.get(event);
  if (read && read.monthFirst === monthFirst) return read.day;
  // As a letter reads a date ("3/12" in the family's order), else as "When was this?" reads it
  // ("the 3rd", "dec 11", and "Wednesday the 25th", a day's number winning over its weekday).
  const letterRead = pastDate(event.text, parentNoon(event), monthFirst);
  const day = !letterRead || letterRead.date > event.day ? (asWhenSaid(event) ?? letterRead) : letterRead;
  daysRead.set(event, { monthFirst, day });
  return day;
}

function keepRecipient({ event }: { event: FlowEvent }): Partial<FactsCtx> {
  return { recipient: event.type === 'TEXT' ? nameFrom(event.text) : '' };
}
function keepSaidOn({ context, event }: { context: FactsCtx; event: FlowEvent }): Partial<FactsCtx> {
  return { saidOn: dayFrom({ context, event })?.date ?? '', saidOnChecked: 'typed' };
}
/**
 * Triage kept "two weeks ago" or "05/11" in the parent's words: read it now that the place (and
 * so the order of day and month) is known, counted from when the parent answered. A date over a
 * year old or in the future is checked with them, not taken silently.
 */
function readSaidOnWords({ context, event }: { context: FactsCtx; event: FlowEvent }): Partial<FactsCtx> {
  // A date triage read already: checked too, unless the parent has confirmed or typed it here.
  if (context.saidOn) return weekStartOf(context.saidOn) ? {} : context.saidOnChecked === '' && isDoubtfulDay(context.saidOn, parentNoon(event)) ? { saidOnChecked: 'doubtful' } : {};
  if (!context.saidOnWords) return {};
  const found = pastDate(context.saidOnWords, parentNoon(event), context.monthFirst === 'yes');
  // No day, or one still to come ("this coming Friday"): the letter asks for the date.
  if (!found || found.date > event.day) return { saidOnWords: '' };
  return { saidOn: found.date, saidOnWords: '', saidOnChecked: found.doubtful ? 'doubtful' : '' };
}
/**
 * A person's name as typed, written as a name: "fiona grant" as "Fiona Grant"; one typed with
 * capitals kept as it is; without quotation marks or a trailing full stop.
 */
export function typedName(text: string): string {
  const typed = text.trim().replace(/^["“']+|["”'.!]+$/g, '').replace(/\s+/g, ' ').slice(0, 80);
  return typed === typed.toLowerCase() ? typed.replace(/(^|[\s'-])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase()) : typed;
}

const NOT_IN_A_NAME = once(() => new RegExp(`(?:^|[\\s,(])(${shippedAlternation('school.not-in-a-name')})(?=$|[\\s,.!?)])`, 'gi'));
/** Surname particles ("de", "los", "van der"): part of a name, not words that make it a sentence. */
const PARTICLE = once(() => new RegExp(`^(?:${shippedAlternation('school.surname-particles')}|los|las|y)$`, 'i'));
/** Words enough that it is a sentence, not a name ("Mary-Jane de la Cruz" is two, its particles aside). */
const NAME_MAX_WORDS = 5;

/**
 * A sentence typed where the child's name was asked for ("At school she goes by Isabel", "I think
 * it is Olivia on the register"): not kept as the name (it would title the packet), asked again.
 * A word that is also a pronoun or a verb can be a name ("Mai Her", "Go Eun-ji"): one such word
 * makes a sentence only when written in lower case among capitals; two always do.
 * "not sure" names nobody (the nickname stays): not a sentence to ask about.
 */
export function typedSentence(text: string): boolean {
  const t = text.replace(/[’‘]/g, "'").trim();
  if (!factOf(t)) return false;
  if (t.split(/\s+/).filter((w) => !PARTICLE().test(w)).length > NAME_MAX_WORDS) return true;
  const hits = [...t.matchAll(NOT_IN_A_NAME())].map((m) => m[1] ?? '');
  const mixedCase = t !== t.toLowerCase();
  return hits.length >= 2 || (mixedCase && hits.some((w) => w === w.toLowerCase()));
}

/** A name to sign with, as typed ("Sarah Jones", "Sarah"). */
function keepSignOff({ event }: { event: FlowEvent }): Partial<FactsCtx> {
  return { signOff: event.type === 'TEXT' ? typedName(event.text) : '', signOffAsked: 'yes' };
}
/** The name the school knows the child by, as typed ("isabel barker" as "Isabel Barker"), or the nickname when the parent taps it. */
/** What the child's school name needs from a flow's context (this file's states, and the letter flow's). */
export interface SchoolNameCtx {
  profile: string;
  schoolName: string;
  nickname?: string;
}

export function keepSchoolName({ context, event }: { context: SchoolNameCtx; event: FlowEvent }): Pick<SchoolNameCtx, 'schoolName'> {
  // "not sure" or "no idea" typed here names nobody: the nickname stays.
  const typed = event.type === 'TEXT' && factOf(event.text) ? typedName(event.text) : '';
  return { schoolName: typed || context.nickname || '' };
}
function skipSignOff(): Partial<FactsCtx> {
  return { signOff: '', signOffAsked: 'yes' };
}
function markChecked(): Partial<FactsCtx> {
  return { saidOnChecked: 'confirmed' };
}
function forgetSaidOn(): Partial<FactsCtx> {
  return { saidOn: '' };
}

/** The case profile and the child's school name, from the flow's input. */
export function schoolNameFromInput(input: FlowInput): Pick<FactsCtx, 'profile' | 'schoolName'> {
  const profile = parseProfile(input.profile);
  return { profile: profile ? profileText(profile) : '', schoolName: profile?.schoolName ?? '' };
}

/** The profile's part of a letter's facts, from the flow's input: the profile, the school's name for the child, where the family is, how dates read. */
export function profileFactsFromInput(input: FlowInput): Pick<FactsCtx, 'profile' | 'schoolName' | 'place' | 'monthFirst'> {
  const profile = parseProfile(input.profile);
  return { ...schoolNameFromInput(input), place: profile?.place ?? 'elsewhere', monthFirst: monthFirst(profile) ? 'yes' : '' };
}

/**
 * The same, read afresh when the conversation comes back after another dialogue ran over it (an
 * `INPUT` event): "change profile" meanwhile is what the letter uses. Taken at a flow's root.
 */
function refreshProfile({ event }: { event: FlowEvent }): Partial<FactsCtx> {
  return event.type === 'INPUT' ? profileFactsFromInput(event.input) : {};
}
/** The letter flow's part of it: the profile and the school's name for the child. */
export function refreshSchoolName({ event }: { event: FlowEvent }): Partial<SchoolNameCtx> {
  return event.type === 'INPUT' ? schoolNameFromInput(event.input) : {};
}

/**
 * Did the parent choose to leave the signature blank? The note keeps the button's words (the
 * note effect writes a key's words), or its key in older notes: either is no name to sign with.
 */
export function isSkippedSignOff(signOff: string, content: Pick<ContentCatalog, 'has' | 'render'> = shippedContent()): boolean {
  const t = signOff.trim();
  return t === SIGN_OFF_SKIPPED || (content.has(SIGN_OFF_SKIPPED) && t === content.render(SIGN_OFF_SKIPPED));
}

/** The name the parent signs with, from the flow's input (the advice feature reads it from the notes), and whether they were asked. */
export function signOffFromInput(input: FlowInput): Pick<FactsCtx, 'signOff' | 'signOffAsked'> {
  const given = typeof input.signOff === 'string' ? input.signOff : undefined;
  if (given === undefined) return { signOff: '', signOffAsked: '' };
  return { signOff: isSkippedSignOff(given) ? '' : given, signOffAsked: 'yes' };
}

/** Context updates, wrapped in `assign` by the flow that uses them (so they take its context type). */
export const factsAssigns = { keepRecipient, keepSaidOn, readSaidOnWords, markChecked, forgetSaidOn, keepSignOff, skipSignOff, keepSchoolName, refreshProfile };

export const factsGuards = {
  needsRecipient: ({ context }: { context: Ctx }) => context.recipient === '',
  needsSaidOn: ({ context }: { context: Ctx }) => context.saidOn === '',
  needsSignOff: ({ context }: { context: Ctx }) => context.signOff === '' && context.signOffAsked !== 'yes',
  // Asked once per case, before its first letter; a case with no profile keeps the nickname.
  needsSchoolName: ({ context }: { context: SchoolNameCtx }) => context.schoolName === '' && context.profile !== '',
  saidOnDoubtful: ({ context }: { context: Ctx }) => context.saidOnChecked === 'doubtful',
  doubtfulDay: (args: Args) => dayFrom(args)?.doubtful === true,
  dayToCome: (args: Args) => {
    const day = dayFrom(args)?.date;
    return day !== undefined && day > args.event.day;
  },
  namesNoOne: ({ event }: Args) => event.type === 'TEXT' && nameFrom(event.text) === '',
  namesDay: (args: Args) => dayFrom(args) !== undefined,
  saidRight: ({ event }: Args) => event.type === 'CHOICE' && event.id === 'right',
  // "yes", "ok" or "not sure" typed where a name to sign with was asked for: no name.
  namesNobody: ({ event }: Args) => event.type === 'TEXT' && factOf(event.text) === '',
  namesAnAdult: ({ event }: Args) => event.type === 'TEXT' && namesAnAdult(event.text),
  // "2" or "?" where the child's school name was asked for (a button's number typed by habit): no name.
  typedNoName: ({ event }: Args) => typedWithoutWords(event),
  // "At school she goes by Isabel": a sentence, not the name (review9, 9).
  typedSentence: ({ event }: Args) => event.type === 'TEXT' && typedSentence(event.text),
};

function recipientNote({ context }: { context: Ctx }): NoteParams {
  return { kind: 'answer', topic: 'facts.recipient', text: context.recipient };
}
export function saidOnNote({ context }: { context: Ctx }): NoteParams {
  return { kind: 'answer', topic: 'facts.said-on', text: context.saidOn };
}
function signOffNote({ context }: { context: Ctx }): NoteParams {
  return { kind: 'answer', topic: SIGN_OFF_TOPIC, text: context.signOff || SIGN_OFF_SKIPPED };
}
/** The profile again, now with the name the school knows the child by. */
export function schoolNameNote({ context }: { context: SchoolNameCtx }): NoteParams {
  const profile = parseProfile(context.profile);
  const schoolName = context.schoolName.trim();
  return { kind: 'answer', topic: PROFILE_TOPIC, text: profile ? profileText({ ...profile, ...(schoolName ? { schoolName } : {}) }) : context.profile };
}
export function schoolNameParams({ context }: { context: SchoolNameCtx }): AskParams {
  const nickname = context.nickname ?? '';
  return { key: 'facts.ask-school-name', vars: { nickname }, choices: [{ id: 'nickname', key: 'facts.choice.use-nickname', vars: { nickname } }], freeText: true };
}
function confirmParams({ context }: { context: Ctx }): AskParams {
  return {
    key: 'facts.confirm-said-on',
    vars: { date: letterDay(context.saidOn, context.monthFirst === 'yes') },
    choices: [
      { id: 'right', key: 'facts.choice.date-right' },
      { id: 'wrong', key: 'facts.choice.date-wrong' },
    ],
    freeText: false,
  };
}

const askRecipient: AskParams = { key: 'facts.ask-recipient', choices: [{ id: 'skip', key: 'facts.choice.skip-name' }], freeText: true };
const askSignOff: AskParams = { key: 'facts.ask-sign-off', choices: [{ id: 'skip', key: 'facts.choice.skip-sign-off' }], freeText: true };
const askSaidOn: AskParams = { key: 'facts.ask-said-on', choices: [{ id: 'skip', key: 'facts.choice.skip-date' }], freeText: true };

/** The states, named `facts…`, `recipient`, `saidOn`, `confirmSaidOn`, `childName`, `signOff`; `next` follows them. */
export function factsStates(next: string) {
  const name = 'factsName';
  return {
    facts: {
      entry: 'readSaidOnWords',
      always: [{ guard: 'needsRecipient', target: 'recipient' }, { target: 'factsDate' }],
    },
    recipient: {
      entry: { type: 'ask', params: askRecipient },
      on: {
        TEXT: [
          // "Not sure", "ok": left blank, as the button does.
          { guard: 'namesNobody', target: 'factsDate' },
          // A sentence with no name in it (an answer to another question): asked again.
          { guard: 'namesNoOne', target: 'recipient', reenter: true, actions: { type: 'say', params: { key: 'facts.recipient-unclear' } } },
          { target: 'factsDate', actions: ['keepRecipient', { type: 'note', params: recipientNote }] },
        ],
        CHOICE: 'factsDate',
      },
    },
    factsDate: {
      always: [{ guard: 'needsSaidOn', target: 'saidOn' }, { guard: 'saidOnDoubtful', target: 'confirmSaidOn' }, { target: name }],
    },
    saidOn: {
      entry: { type: 'ask', params: askSaidOn },
      on: {
        TEXT: [
          // They told the parent already: a day still to come is a misreading ("for a few weeks"), not a day to confirm.
          { guard: 'dayToCome', target: 'saidOn', reenter: true, actions: { type: 'say', params: { key: 'facts.date-to-come' } } },
          { guard: 'doubtfulDay', target: 'confirmSaidOn', actions: 'keepSaidOn' },
          { guard: 'namesDay', target: name, actions: ['keepSaidOn', { type: 'note', params: saidOnNote }] },
          { target: 'saidOn', reenter: true, actions: { type: 'say', params: { key: 'facts.date-unclear' } } },
        ],
        CHOICE: name,
      },
    },
    confirmSaidOn: {
      entry: { type: 'ask', params: confirmParams },
      on: {
        CHOICE: [
          { guard: 'saidRight', target: name, actions: ['markChecked', { type: 'note', params: saidOnNote }] },
          { target: 'saidOn', actions: 'forgetSaidOn' },
        ],
      },
    },
    factsName: {
      always: [{ guard: 'needsSchoolName', target: 'childName' }, { target: 'factsSignOff' }],
    },
    childName: {
      entry: { type: 'ask', params: schoolNameParams },
      on: {
        TEXT: [
          // "Mrs Okafor" here is the teacher's name typed a question early: asked again, not kept as the child's.
          { guard: 'namesAnAdult', target: 'childName', reenter: true, actions: { type: 'say', params: { key: 'facts.child-name-titled' } } },
          { guard: 'typedNoName', target: 'childName', reenter: true, actions: { type: 'say', params: { key: 'facts.child-name-needed' } } },
          { guard: 'typedSentence', target: 'childName', reenter: true, actions: { type: 'say', params: { key: 'facts.child-name-sentence' } } },
          { target: 'factsSignOff', actions: ['keepSchoolName', { type: 'note', params: schoolNameNote }] },
        ],
        CHOICE: { target: 'factsSignOff', actions: ['keepSchoolName', { type: 'note', params: schoolNameNote }] },
      },
    },
    factsSignOff: {
      always: [{ guard: 'needsSignOff', target: 'signOff' }, { target: next }],
    },
    signOff: {
      entry: { type: 'ask', params: askSignOff },
      on: {
        TEXT: [
          { guard: 'namesNobody', target: 'signOff', reenter: true, actions: { type: 'say', params: { key: 'facts.name-unclear' } } },
          { target: next, actions: ['keepSignOff', { type: 'note', params: signOffNote }] },
        ],
        CHOICE: { target: next, actions: ['skipSignOff', { type: 'note', params: signOffNote }] },
      },
    },
  } as const;
}
