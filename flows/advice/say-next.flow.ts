/**
 * "What do I say next?", at any moment. Takes what the school said (from `/nextstep say <text>`
 * or by asking), works out what kind of "no" it is (asking when unsure), then offers replies
 * from collaborative to firm, questions to ask and what to write down; saves the statement and
 * the advice as notes, and offers a letter. The letter is built from facts (say-next-letter.ts):
 * what is known is confirmed, what is missing is asked for, then the shared fact questions and
 * the check of the parent's own words, as for every other letter.
 */
import { statementFrom } from '../../src/features/advice/email-frame.js';
import { and, assign, setup } from 'xstate';
import {
  answerOf,
  effects,
  type Classification,
  type ClassifyParams,
  type FlowDef,
  type FlowEvent,
  type FlowInput,
  type FlowOutput,
  type NoteParams,
} from '../../src/core/flow-kit.js';
import { bareReplyAgain, dateOrder, isBareReply, letterDate } from './parent-answers.js';
import { SAY_NEXT_KEYS, TONES } from './say-next-keys.js';
import { caseDaysOf } from './silence-dates.js';
import { adviceNote, handOver, kindParams, questionsParams, replyFor, replySetOf, situationLetterOf, writeDownParams } from './say-next-replies.js';
import { offerParams, recentParams } from './say-next-asks.js';
import { classifiedAs, kindWordsOf, pickedAs, typedSituationAs, whichKindGuards, whichKindStates } from './which-kind.js';
import { factsAssigns, factsGuards, factsStates } from './letter-facts-states.js';
import { bodyAssigns, bodyGuards, letterBodyStates } from './letter-body.js';
import { PLAN_REVIEW_LETTER, planReviewStates } from './plan-review.js';
import { keptMeetingsOf, meetingParts, meetingStates } from './meeting-states.js';
import { hasHalfTerms, reviewParts, type ReviewCtx } from './review-states.js';
import { agreedStates, partialYesGuards, partlyAgreed, signingStates } from './partial-yes.js';
import { wordingAssigns, wordingGuards, wordingStates } from './letter-wording-states.js';
import { fixGuards, fixStates } from './say-next-fix.js';
import { notANoYet } from './school-words.js';
import { askStatementParams, NOT_A_KIND, notYetGuards, notYetStates, notYetTransitions } from './say-next-not-yet.js';
import { caseFileEffects } from '../case-file/case-file-effects.js';
import { HELD_TOPICS } from './triage-notes.js';
import {
  ASKED_LINES,
  askChildParams,
  askLineParams,
  keepChild,
  keepLine,
  LETTER_FOR,
  letterContextOf,
  letterLines,
  letterNeeds,
  letterTemplateOf,
  LOOSE_YES_LETTER,
  HOLDING_LETTER,
  letterParams,
  lineNote,
  recentOf,
  statementFacts,
  type AskedLine,
  type LetterCtx,
  type Recent,
} from './say-next-letter.js';

const P = 'say-next';

export { TONES };

export { LETTER_FOR };

type Ctx = LetterCtx & {
  /** The last thing the school said, from the notes, offered first when none was given. */
  recent: Recent | null;
  /** The statement came from the notes: it is already there, so it is not noted again. */
  fromNotes?: boolean;
  /** Where the parent was when they asked, in a flow saved by an earlier release (opaque; handed back at the end). The engine now puts it aside itself. */
  resume?: unknown;
  classification: Classification | null;
  /** A meeting still to come in the school's words (ISO), offered as a date to watch ('' for none). */
  meeting: string;
  /** The situation picked for this case, as noted ('' for none): its replies are offered (say-next-replies.ts). */
  situation: string;
  /** Words typed at "Which sounds closest?", while they are classified (which-kind.ts). */
  kindWords?: string;
  /** The situation whose own flow writes the letter, once the parent asks for one ('' or absent: say-next's letter). */
  handTo?: string;
  // The shared wording states read a line's words by field name.
} & Pick<ReviewCtx, 'review' | 'reviewAsk'> & Record<string, unknown>;

function classifyParams({ context }: { context: Ctx }): ClassifyParams {
  return { text: context.statement };
}

const answered = { type: 'closeFollowups' as const, params: { status: 'answered' as const } };

const collaborativeReply = replyFor('collaborative');
const clearReply = replyFor('clear');
const firmReply = replyFor('firm');

/** A pasted thread, whole, kept as the parent's words; its newest reply is what the school said. */
const threadNote = ({ context }: { context: Ctx }): NoteParams => ({ kind: 'parent_words', topic: `${P}.thread`, text: String(context.thread ?? ''), refiles: HELD_TOPICS });

function statementNote({ context }: { context: Ctx }): NoteParams {
  return { kind: 'statement', topic: 'say-next.statement', text: context.statement, category: context.category, refiles: HELD_TOPICS };
}

/** Who said it and when (from the statement's note, or the school's words), the school's answer as the letter sets it down, and a partial yes's agreed part (thanked for). */
function gatherFacts({ context }: { context: Ctx }): Partial<Ctx> {
  return { ...statementFacts(context, context.fromNotes ? context.recent : null), offered: partlyAgreed(context.statement) };
}

/** A context update shared with other flows (letter-facts-states.ts, letter-wording-states.ts), typed to this flow's context. */
function own<P>(update: (args: { context: Ctx; event: FlowEvent }, params: P) => Partial<Ctx>) {
  return update;
}

const capital = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
/** `lineNeed` decides whether to ask for the line `need`; `askNeed` asks. */
const lineState = (name: AskedLine) => `line${capital(name)}`;
const askState = (name: AskedLine) => `ask${capital(name)}`;

/** Each line the letter may ask for: asked when its letter needs it and the case does not hold it; then the next, then the shared facts. */
function lineStates(): Record<string, SayNextState> {
  const states: Record<string, SayNextState> = {};
  ASKED_LINES.forEach((name, i) => {
    const at = lineState(name);
    const following = ASKED_LINES[i + 1];
    const next = following ? lineState(following) : 'factsBody';
    const ask = { type: 'ask' as const, params: askLineParams(name) };
    states[at] = { always: [{ guard: { type: 'needsLine', params: { name } }, target: askState(name) }, { target: next }] };
    states[askState(name)] = {
      entry: ask,
      on: {
        // A bare "yes" or "ok" would end up in the letter: ask for a few words.
        TEXT: [
          bareReplyAgain(ask),
          // "Mrs Papadopoulos" is who, not what would help (W14-16).
          { guard: 'isOnlyAPerson', actions: [{ type: 'say', params: { key: 'common.person-not-answer' } }, ask] },
          // "it was monday" is when, not what (W21-7).
          { guard: 'isOnlyADay', actions: [{ type: 'say', params: { key: 'common.day-not-answer' } }, ask] },
          { target: next, actions: [{ type: 'keepLine', params: { name } }, { type: 'note', params: lineNote(name) }] },
        ],
        // Skip: the letter keeps a blank for it, by the parent's choice.
        CHOICE: next,
      },
    };
  });
  return states;
}
/** The meeting offered as a date to watch, in the family's order (meeting-states.ts). */
const meeting = meetingParts<Ctx>(dateOrder);
/** A trial the school agreed, its review offered as a date to watch (review-states.ts). */
const review = reviewParts<Ctx>((c) => c.statement, (c) => ({ monthFirst: dateOrder(c), halfTerms: hasHalfTerms(c.place), saidOn: c.saidOn }));

/** Back to where the parent was when they asked, if anywhere; else the menu. */
function backHome({ context }: { context: Ctx }): FlowOutput {
  // The letter for the situation is its own flow's (say-next-replies.ts): handed over, with what is known.
  if (context.handTo) return handOver(context);
  return context.resume ? { resume: context.resume } : {};
}

const sayNext = setup({
  types: {
    context: {} as Ctx,
    events: {} as FlowEvent,
    input: {} as FlowInput,
    output: {} as FlowOutput,
  },
  actions: {
    ...effects,
    markHolding: assign({ holding: true }),
    setStatement: assign(({ event }) => statementFrom(answerOf(event as FlowEvent))),
    ...review.effects,
    readReview: assign(review.actions.readReview),
    keepTypedReview: assign(review.actions.keepTypedReview),
    useRecent: assign(({ context }) => ({ statement: context.recent?.text ?? '', fromNotes: true })),
    useRecentKind: assign(({ context }) => (context.recent?.category ? { category: context.recent.category } : {})),
    setClassification: assign(classifiedAs),
    setPicked: assign(pickedAs),
    keepKindWords: assign(kindWordsOf),
    pickTypedSituation: assign(({ context }) => typedSituationAs({ context })),
    // Not sure of the kind, sure of the situation: its letter and notes go as "something else".
    unsureIsOther: assign({ category: 'other' as const }),
    handToSituation: assign(({ context }) => ({ handTo: situationLetterOf(context) ?? '' })),
    stampDate: assign({ date: ({ event }) => letterDate(event as FlowEvent) }),
    gatherFacts: assign(gatherFacts),
    keepLine: assign(own(keepLine)),
    keepChild: assign(own(keepChild)),
    skipChild: assign({ childSkipped: true }),
    forgetRecipient: assign({ recipient: '' }),
    // The letter's facts (letter-facts-states.ts) and the check of the parent's own words (letter-wording-states.ts).
    keepRecipient: assign(own(factsAssigns.keepRecipient)),
    keepSaidOn: assign(own(factsAssigns.keepSaidOn)),
    readSaidOnWords: assign(own(factsAssigns.readSaidOnWords)),
    markChecked: assign(own(factsAssigns.markChecked)),
    keepSignOff: assign(own(factsAssigns.keepSignOff)),
    skipSignOff: assign(own(factsAssigns.skipSignOff)),
    keepSchoolName: assign(own(factsAssigns.keepSchoolName)),
    forgetSaidOn: assign(own(factsAssigns.forgetSaidOn)),
    refreshProfile: assign(own(factsAssigns.refreshProfile)),
    useKeptLaRecipient: assign(own(bodyAssigns.useKeptLaRecipient)), // who a letter to the local authority greets (letter-body.ts)
    keepLaRecipient: assign(own(bodyAssigns.keepLaRecipient)),
    greetLaTeam: assign(own(bodyAssigns.greetLaTeam)),
    pickOnly: assign(own(wordingAssigns.pickOnly)),
    pickLine: assign(own(wordingAssigns.pickLine)),
    reword: assign(own(wordingAssigns.reword)),
    leaveOut: assign(own(wordingAssigns.leaveOut)),
    previewLines: caseFileEffects.previewLines,
    closeFollowups: caseFileEffects.closeFollowups,
    readMeeting: assign(meeting.assigns.readMeeting),
    keepTypedMeeting: assign(meeting.assigns.keepTypedMeeting),
  },
  guards: {
    ...whichKindGuards,
    ...factsGuards,
    ...bodyGuards,
    ...wordingGuards,
    isBareReply: ({ event }) => isBareReply(event as FlowEvent),
    needsLine: ({ context }, { name }: { name: AskedLine }) => context[name] === '' && letterNeeds(name, letterTemplateOf(context)),
    // Who said it or when is known (from the notes or the school's words): confirmed, not asked.
    ...fixGuards,
    ...notYetGuards,
    knowsWhoOrWhen: ({ context }) => context.recipient !== '' || context.saidOn !== '',
    knowsRecipient: ({ context }) => context.recipient.trim() !== '',
    asksFacts: ({ context }) => context.nickname === '' || context.recipient === '' || context.saidOn === '' || ASKED_LINES.some((n) => context[n] === '' && letterNeeds(n, letterTemplateOf(context))),
    hasStatement: ({ context }) => context.statement.trim().length > 0,
    // Not when the words point to a situation: "leave it with me and I'll look into it" is a loose yes (W14-1).
    statementNotANo: ({ context }) => notANoYet(context.statement) && replySetOf(context) === undefined,
    hasRecent: ({ context }) => Boolean(context.recent),
    hasThread: ({ context }) => typeof context.thread === 'string' && context.thread !== '',
    isRecent: ({ event }) => answerOf(event as FlowEvent) === 'recent',
    isRecentOfKnownKind: ({ context, event }) => answerOf(event as FlowEvent) === 'recent' && Boolean(context.recent?.category),
    isFromNotes: ({ context }) => context.fromNotes === true,
    isYes: ({ event }) => answerOf(event as FlowEvent) === 'yes',
    ...partialYesGuards,
    ...meeting.guards,
    ...review.guards,
    // What the school said has words in it: a bare "3" typed at two buttons is a missed button, not a statement.
    hasReplySet: ({ context }) => replySetOf(context) !== undefined,
    hasSituationLetter: ({ context }) => situationLetterOf(context) !== undefined,
    saysWords: ({ event }) => /[a-z]{2}/i.test(answerOf(event as FlowEvent)),
  },
});

type SayNextState = NonNullable<Parameters<typeof sayNext.createMachine>[0]['states']>[string];

export const sayNextMachine = sayNext.createMachine({
  id: 'say-next',
  context: ({ input }) => ({
    nickname: typeof input.nickname === 'string' ? input.nickname : '',
    ...statementFrom(typeof input.statement === 'string' ? input.statement.trim() : ''),
    recent: recentOf(input),
    ...(input.resume ? { resume: input.resume } : {}),
    classification: null,
    meeting: '',
    situation: typeof input.situation === 'string' ? input.situation : '',
    caseDays: caseDaysOf(input),
    review: '',
    reviewAsk: '',
    keptMeetings: keptMeetingsOf(input),
    category: 'other',
    date: '',
    ...letterContextOf(input),
  }),
  initial: 'start',
  on: { INPUT: { actions: 'refreshProfile' } }, // back after another dialogue: the profile as it is now
  states: {
    start: {
      always: [
        { guard: 'hasStatement', target: 'classifying', actions: { type: 'classify', params: classifyParams } },
        { guard: 'hasRecent', target: 'recent' },
        { target: 'statement' },
      ],
    },
    // Nothing given: offer the last thing the school said (typing a new one works too).
    recent: {
      entry: { type: 'ask', params: recentParams },
      on: {
        CHOICE: [
          // The kind of no the parent confirmed when it was noted: not asked again.
          { guard: 'isRecentOfKnownKind', target: 'advise', actions: ['useRecent', 'useRecentKind', { type: 'say', params: kindParams }] },
          { guard: 'isRecent', target: 'classifying', actions: ['useRecent', { type: 'classify', params: classifyParams }] },
          { target: 'statement' },
        ],
        TEXT: [...notYetTransitions, { guard: 'saysWords', target: 'classifying', actions: ['setStatement', { type: 'classify', params: classifyParams }] }, { target: 'recent', reenter: true }],
      },
    },
    statement: {
      entry: { type: 'ask', params: askStatementParams },
      on: {
        // Nothing from the school yet, or a no with no reason: never filed as their words (W15-1, W15-12).
        CHOICE: { guard: 'saysNothingYet', target: 'nothingYet' },
        TEXT: [...notYetTransitions, { guard: 'saysWords', target: 'classifying', actions: ['setStatement', { type: 'classify', params: classifyParams }] }, { target: 'statement', reenter: true }],
      },
    },
    classifying: {
      on: { CLASSIFIED: { target: 'decide', actions: 'setClassification' } },
    },
    decide: {
      always: [
        // "We are looking into it and will be in touch": not a no yet, whatever kind it looks like (W15-2).
        { guard: 'statementNotANo', target: 'notANo' },
        { guard: 'isConfident', target: 'advise', actions: { type: 'say', params: kindParams } },
        // Words that point to a situation (silence, off the roll…) get its replies: the kind of no is not asked (W14-1).
        { guard: 'hasReplySet', target: 'advise', actions: ['unsureIsOther', { type: 'say', params: kindParams }] },
        { target: 'choose' },
      ],
    },
    // Not sure which kind: ask, then advise on the one picked.
    // With ways out that are not a kind of no: "not a no yet" (their reply, kept as one) and "no reason given" (W15-2, W15-12).
    ...whichKindStates(P, 'advise', NOT_A_KIND),
    ...notYetStates,
    // A partial yes: the agreed part said to stand first (`advise`, passing through to `advising`).
    ...agreedStates('advise', 'advising'),
    advising: {
      entry: [
        'disclaim',
        { type: 'say', params: { key: `${P}.replies-intro` } },
        { type: 'say', params: collaborativeReply },
        { type: 'say', params: clearReply },
        { type: 'say', params: firmReply },
        { type: 'say', params: questionsParams },
        { type: 'say', params: writeDownParams },
      ],
      always: [
        // From the notes, a partial yes still offers its review day (its words may never have been read for one: W13-4).
        { guard: and(['isFromNotes', 'partlyAgreed']), target: 'reviewRead', actions: { type: 'note', params: adviceNote } },
        { guard: 'isFromNotes', target: 'planReview', actions: { type: 'note', params: adviceNote } },
        // New words of the school's are their answer: a request waiting for one stops waiting, as with "they replied" (W15-2).
        { guard: 'hasThread', target: 'meetingRead', actions: [{ type: 'note', params: threadNote }, { type: 'note', params: statementNote }, { type: 'note', params: adviceNote }, answered] },
        { target: 'meetingRead', actions: [{ type: 'note', params: statementNote }, { type: 'note', params: adviceNote }, answered] },
      ],
    },
    // A meeting still to come in new words from the school: offered as a date to watch (words from the notes were, when noted).
    ...meetingStates(meeting, 'reviewRead'),
    // A trial they agreed, with a review: its day offered as a date to watch too; then "should I sign it?" answered (partial-yes.ts).
    ...review.states('signRead'),
    ...signingStates('planReview'),
    // After an EHC plan's annual review in England: who decides after it, before the letter is offered (plan-review.ts).
    ...planReviewStates('offer'),
    offer: {
      entry: { type: 'ask', params: offerParams },
      on: {
        CHOICE: [
          // A situation's letter is its own flow's, which asks what it needs (the child's name first when no child is open).
          { guard: and(['isYes', 'hasSituationLetter', 'needsChild']), target: 'situationChild' },
          { guard: and(['isYes', 'hasSituationLetter']), target: 'done', actions: ['gatherFacts', 'handToSituation'] },
          { guard: 'isYes', target: 'letter', actions: ['stampDate', 'gatherFacts', 'readSaidOnWords'] },
          { target: 'done', actions: { type: 'say', params: { key: `${P}.no-letter` } } },
        ],
      },
    },
    situationChild: {
      entry: { type: 'ask', params: askChildParams },
      // Skipped: say-next's own letter, which keeps a blank for the name.
      on: {
        TEXT: [
          // A day is never the child's name (W14-8), here as at the letter's own child question.
          { guard: 'typedNotAName', target: 'situationChild', reenter: true, actions: { type: 'say', params: { key: `${P}.child-not-a-name` } } },
          { target: 'done', actions: ['keepChild', 'gatherFacts', 'handToSituation'] },
        ],
        CHOICE: { target: 'letter', actions: ['skipChild', 'stampDate', 'gatherFacts', 'readSaidOnWords'] },
      },
    },
    // Before the letter: what is known is confirmed, what is missing is asked for (Skip leaves a blank).
    letter: {
      always: [{ guard: 'asksFacts', target: 'letterKnown', actions: { type: 'say', params: { key: `${P}.letter-facts` } } }, { target: 'letterKnown' }],
    },
    letterKnown: {
      always: [{ guard: 'knowsWhoOrWhen', target: 'confirmKnown' }, { target: 'lineChild' }],
    },
    // Who said it and when confirmed, or put right (the day first), and the child's name when none is open (say-next-fix.ts).
    ...fixStates(lineState('request')),
    ...lineStates(),
    // The school, or the local authority for a decision that is its own (letter-body.ts): its recipient asked there.
    ...letterBodyStates<Ctx>(letterTemplateOf, 'facts'),
    // Who it goes to and when it was said (when still missing), the child's school name, the signature.
    ...factsStates('wording'),
    // The lines in the parent's own words, shown as the letter will read them: keep, reword or leave out.
    ...wordingStates<Ctx>('draft', letterLines, letterParams),
    draft: {
      entry: [
        { type: 'say', params: { key: `${P}.letter-intro` } },
        { type: 'draft', params: letterParams },
      ],
      always: 'done',
    },
    done: { type: 'final' },
  },
  output: backHome,
});

export const sayNextFlow: FlowDef = {
  id: 'say-next',
  // 2: the letter is built from facts (`letter`, `letterKnown`, `confirmKnown`, `lineChild`, `askChild`, `line*`/`ask*`, the shared facts and wording states, `draft`).
  // The meeting offered as a date to watch (`meetingRead`, `meeting`), and a trial's review (`reviewRead`, `review`, `reviewWhen`), added states only: conversations saved at 2 restore as they were.
  // So are `situationChild` (a situation's letter handed to its own flow), and `planReview`, `factsBody`, `laRecipientKept`, `laRecipient` (review22).
  version: 2,
  machine: sayNextMachine,
  keys: SAY_NEXT_KEYS,
  templates: [...new Set([...Object.values(LETTER_FOR), LOOSE_YES_LETTER, HOLDING_LETTER, PLAN_REVIEW_LETTER])],
};
