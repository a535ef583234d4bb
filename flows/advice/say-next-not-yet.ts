/**
 * "What do I say next?" when there is no "no" to answer (W15-1, W15-2, W15-12): nothing from the
 * school yet ("nothing yet, i just want to ask them for more help", "I haven't asked yet"), a no
 * with no reason given ("idk they just keep saying no"), or words that are not a no at all ("we
 * are looking into it and will be in touch"). None is filed as a kind of no: the first two are
 * the parent's own words (never "the school said"); the third is the school's reply, kept as
 * their reply (so the request it answers stops waiting) and never restated as a no.
 * Pure: content keys, notes and effects only; the words it reads are content/words/answers.yaml.
 */
import { once, shippedWords } from '../../src/content/catalog.js';
import { answerOf, plainWords, type AskParams, type FlowEvent, type NoteParams } from '../../src/core/flow-kit.js';

const P = 'say-next';

/** The ways out of "Which sounds closest?" that are not a kind of no, by button id → state. */
export const NOT_A_KIND: Record<string, string> = { 'not-a-no': 'notANo', 'no-reason': 'noReason' };

const matcher = (key: string) => once(() => shippedWords(key).map((p) => new RegExp(p, 'i')));
const NOTHING_YET = matcher('answers.nothing-from-school');
const NO_REASON = matcher('answers.no-without-reason');
const reads = (patterns: () => RegExp[], event: FlowEvent) => event.type === 'TEXT' && patterns().some((r) => r.test(plainWords(event.text)));

export const notYetGuards = {
  /** The button, or words that say the school has not answered (or not been asked) yet. */
  saysNothingYet: ({ event }: { event: FlowEvent }) => answerOf(event) === 'nothing-yet' || reads(NOTHING_YET, event),
  /** A no told with no reason and no words of theirs ("they just keep saying no"). */
  saysNoWithoutReason: ({ event }: { event: FlowEvent }) => answerOf(event) === 'no-reason' || reads(NO_REASON, event),
  isNotANo: ({ event }: { event: FlowEvent }) => answerOf(event) === 'not-a-no',
};

/** "What did the school say?", with a way to say nothing has come yet. */
export const askStatementParams: AskParams = {
  key: `${P}.ask-statement`,
  choices: [{ id: 'nothing-yet', key: `${P}.choice.nothing-yet` }],
  freeText: true,
};

/** What the parent typed, kept in their own words (never as the school's). */
const ownWordsNote = ({ event }: { event: FlowEvent }): NoteParams => ({ kind: 'parent_words', topic: `${P}.own-words`, text: event.type === 'TEXT' ? event.text : '' });

/** Words that are not a no ("we are looking into it"): their reply, kept as a reply, never as a kind of no. */
const replyNote = ({ context }: { context: { statement: string } }): NoteParams => ({ kind: 'response', topic: `${P}.reply`, text: context.statement });

/** Typed at "What did the school say?" (or instead of the last thing they said): nothing to answer yet, or a no with no reason. */
export const notYetTransitions = [
  { guard: 'saysNothingYet', target: 'nothingYet', actions: [{ type: 'note', params: ownWordsNote }] },
  { guard: 'saysNoWithoutReason', target: 'noReason', actions: [{ type: 'note', params: ownWordsNote }] },
] as const;

/** The next step said, noted as one (dated, like every note): its words are the content key's. */
const nextStep = (id: string) => ({ type: 'note', params: { kind: 'next_step', topic: `${P}.next-step`, text: `${P}.next-step.${id}` } }) as const;

type Held = { context: { statement: string; fromNotes?: boolean }; event: FlowEvent };

/**
 * The school's words typed before "They said no but gave no reason" was tapped at "Which sounds
 * closest?": the parent's own account of a no, kept in their words (never the school's), unless
 * they came from the notes already (review19 R8: they were kept nowhere).
 */
const heldWordsNote = ({ context, event }: Held): NoteParams => ({
  kind: 'parent_words',
  topic: `${P}.own-words`,
  text: event.type === 'CHOICE' && !context.fromNotes ? context.statement : '',
});

/** Said as "I've kept what you said" only when words were kept: typed now, or held from before a button (review19 R8). */
const keptOrButton = (key: string) => ({ context, event }: Held) => ({
  key: event.type === 'TEXT' || heldWordsNote({ context, event }).text.trim() ? key : `${key}.button`,
});

export const notYetStates = {
  nothingYet: { entry: ['disclaim', { type: 'say', params: keptOrButton(`${P}.nothing-yet`) }, nextStep('ask-in-writing')], always: 'done' },
  noReason: { entry: ['disclaim', { type: 'note', params: heldWordsNote }, { type: 'say', params: keptOrButton(`${P}.no-reason`) }, nextStep('ask-reason')], always: 'done' },
  // Their words are a reply, not a no: kept as their reply (the request stops waiting), with what to do while they look into it,
  // and a short holding message offered (asking by when they will decide); once it is sent, its reminder is set as any letter's.
  notANo: {
    entry: ['disclaim', { type: 'say', params: { key: `${P}.not-a-no` } }, { type: 'note', params: replyNote }, nextStep('ask-when'), { type: 'closeFollowups', params: { status: 'answered' } }],
    always: { target: 'offer', actions: 'markHolding' },
  },
} as const;

/** Said at the end of a path with nothing to answer, so no letter is offered (test/features/all-paths.test.ts). "Not a no yet" offers its holding message. */
export const NOTHING_TO_ANSWER_KEYS = [`${P}.nothing-yet`, `${P}.nothing-yet.button`, `${P}.no-reason`, `${P}.no-reason.button`];

export const NOT_YET_KEYS = [
  ...['ask-in-writing', 'ask-reason', 'ask-when'].map((id) => `${P}.next-step.${id}`),
  `${P}.choice.nothing-yet`,
  `${P}.nothing-yet`,
  `${P}.nothing-yet.button`,
  `${P}.no-reason`,
  `${P}.no-reason.button`,
  `${P}.not-a-no`,
  ...Object.keys(NOT_A_KIND).map((id) => `${P}.choice.${id}`),
];
