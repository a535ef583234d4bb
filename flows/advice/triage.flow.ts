/**
 * Triage: which child, what was asked for, what exactly the school said, who said it and when,
 * then what kind of "no" it is (asking the parent when the classifier is unsure).
 * Hands over to the flow for that kind of "no".
 */
import { and, assign, setup } from 'xstate';
import { CATEGORIES } from '../../src/core/types.js';
import { answerOf, clip, effects, type AskParams, type FlowDef, type FlowEvent, type FlowInput, type FlowOutput, typedWithoutWords } from '../../src/core/flow-kit.js';
import { classifiedAs, kindWordsOf, pickedAs, typedSituationAs, typedAtConfirm, whichKindGuards, whichKindKeys, whichKindStates } from './which-kind.js';
import { dayNamedIn, isBareReply, isOnlyADay, whenSaid } from './parent-answers.js';
import { carerNotParent, confirmsSpeaker, isAnswerNotName, isStaffName, isBareNo, looksLikeNickname, nicknameFrom, readsAsTheirWords, quotesTheirAnswer, requestNamedIn, roleTyped, soundsLikeTheirAnswer, soundsLikeTheirNo, speakerOf, isUnsureOnly } from './school-words.js';
import { newestMessage, statementFrom } from '../../src/features/advice/email-frame.js';
import { childChoices, confirmParams, requestOrAnswerParams, requestParams, WHEN_KEYS, WHO, whenParams, whoParams, type TriageCtx } from './triage-questions.js';
import { classifyParams, handoff, openCaseParams, sayNextFor, parentWordsNote, replacedWordsNote, requestNote, statementNote, threadNote, nobodySaidNote } from './triage-notes.js';
import { isRestOfPaste, withRestOfPaste } from './split-paste.js';
import { namesNoOne } from './who-answer.js';
import { childNamedIn } from './child-named.js';
import { aboutParams, notANickname, NAME_WORDS_AT_MOST } from './triage-names.js';
import { cued, offRollDone } from './situation-cues.js';

type Ctx = TriageCtx;

/** A reply in the open case: its child and the school's words are known already. */
/** "What shall I call your child?", with the name the first message gave as a button when it gave one. */
function nicknameParams({ context }: { context: Ctx }): AskParams {
  const name = childNamedIn(context.statement);
  return name ? { key: 'triage.ask-nickname', choices: [{ id: 'named', key: 'triage.choice.named-child', vars: { name } }], freeText: true } : { key: 'triage.ask-nickname' };
}

function continuesCase(context: Ctx): boolean {
  return context.continuing === true && context.nickname !== '' && context.statement.trim() !== '';
}

export const triageMachine = setup({
  types: {
    context: {} as Ctx,
    events: {} as FlowEvent,
    input: {} as FlowInput,
    output: {} as FlowOutput,
  },
  actions: {
    ...effects,
    setNicknameFromText: assign({ nickname: ({ event }) => nicknameFrom(answerOf(event as FlowEvent)) }),
    setNicknameFromStatement: assign({ nickname: ({ context }) => childNamedIn(context.statement) ?? '' }),
    setNicknameFromChoice: assign({
      nickname: ({ context, event }) => {
        const i = Number(answerOf(event as FlowEvent).replace('child:', ''));
        return context.children[i] ?? 'my child';
      },
    }),
    setRequest: assign({ request: ({ event }) => clip(answerOf(event as FlowEvent), 2000) }),
    setNamedRequest: assign({ request: ({ context }) => requestNamedIn(context.statement) }),
    holdAnswer: assign({ held: ({ event }) => answerOf(event as FlowEvent) }),
    heldIsRequest: assign(({ context }) => ({ request: clip(context.held ?? '', 2000), held: '' })),
    heldIsStatement: assign(({ context }) => ({ ...statementFrom(context.held ?? ''), held: '' })),
    setStatement: assign(({ event }) => statementFrom(answerOf(event as FlowEvent))),
    setClassification: assign(classifiedAs),
    markWordsKept: assign({ wordsKept: true }),
    addRestOfPaste: assign(({ context, event }) => withRestOfPaste(context, event as FlowEvent)),
    markUnsureAsked: assign({ unsureAsked: true }),
    setWho: assign({
      who: ({ context, event }) => {
        const answer = answerOf(event as FlowEvent);
        const named = clip(speakerOf(context.statement) ?? '', 120);
        if (event.type === 'CHOICE') return answer === 'said-by' ? named : answer;
        // "Yes, that's her" to "that was Mrs Okafor. Is that right?" keeps the name, not the words.
        if (named && confirmsSpeaker(answer)) return named;
        // A plain role typed ("the SENCO") is that button, so notes and letters treat it alike.
        return roleTyped(answer) ?? clip(answer, 120);
      },
    }),
    setWhen: assign({
      saidOn: ({ context, event }) => {
        const e = event as FlowEvent;
        // "Yes, then": the day the statement named, read as if typed.
        if (e.type === 'CHOICE' && e.id === 'named') return whenSaid({ type: 'TEXT', text: dayNamedIn(context.statement) ?? '', at: e.at, day: e.day });
        return whenSaid(e);
      },
    }),
    setPicked: assign(pickedAs),
    keepKindWords: assign(kindWordsOf),
    pickTypedSituation: assign(({ context }) => typedSituationAs({ context })),
  },
  guards: {
    hasChildren: ({ context }) => context.children.length > 0,
    isNickname: ({ event }) => looksLikeNickname(answerOf(event as FlowEvent)),
    isStaffName: ({ event }) => isStaffName(answerOf(event as FlowEvent)),
    // "yesterday", "on Monday": a day and nothing else.
    isOnlyADay: ({ event }) => isOnlyADay(answerOf(event as FlowEvent)),
    namesNoOne: ({ event }) => event.type === 'TEXT' && namesNoOne(event.text),
    saysNobody: ({ event }) => event.type === 'TEXT' && /^(?:nobody|no ?one|no-one)\b/i.test(event.text.trim()),
    // Short enough to have been taken as a name ("done", "she didnt go"); a longer sentence is "more than a name".
    isAnswerNotName: ({ event }) => {
      const words = answerOf(event as FlowEvent);
      return words.trim().split(/\s+/).length <= 4 && isAnswerNotName(words);
    },
    isMoreThanAName: ({ event }) => answerOf(event as FlowEvent).trim().split(/\s+/).length > NAME_WORDS_AT_MOST,
    // Held unless a fuller statement is held already (a short opener like "school said no
    // again" from the menu gives way to the school's actual words).
    canHoldStatement: ({ context, event }) => {
      const words = answerOf(event as FlowEvent);
      const held = context.statement.trim();
      return (soundsLikeTheirNo(words) || readsAsTheirWords(words)) && held.length < 40 && held.length < words.length;
    },
    thenSay: ({ context }) => Boolean(context.thenSay),
    continuesCase: ({ context }) => continuesCase(context),
    continuesWithRequest: ({ context }) => continuesCase(context) && context.request.trim() !== '',
    // "school said no again" from the menu says there was a no, not what it was: their words are asked for.
    hasStatement: ({ context }) => context.statement.trim().length > 0 && !isBareNo(context.statement),
    // "ok", or a button's number typed by habit ("1"): no request.
    saysNothing: ({ event }) => isBareReply(event as FlowEvent) || typedWithoutWords(event as FlowEvent),
    hasNoWords: ({ event }) => typedWithoutWords(event as FlowEvent),
    isUnsure: ({ event }) => event.type === 'TEXT' && isUnsureOnly(event.text),
    isUnsureAgain: ({ context, event }) => context.unsureAsked === true && event.type === 'TEXT' && isUnsureOnly(event.text),
    soundsLikeTheirAnswer: ({ event }) => soundsLikeTheirAnswer(answerOf(event as FlowEvent)),
    quotesTheirAnswer: ({ event }) => quotesTheirAnswer(answerOf(event as FlowEvent)),
    isTheirs: ({ event }) => answerOf(event as FlowEvent) === 'theirs',
    isTheirsThread: ({ context, event }) => answerOf(event as FlowEvent) === 'theirs' && statementFrom(context.held ?? '').thread !== '',
    isThread: ({ event }) => newestMessage(answerOf(event as FlowEvent)) !== answerOf(event as FlowEvent),
    // Their email pasted at "Who said it?" (the parent's own account was taken as what was said): their words, not a name.
    readsAsTheirWords: ({ event }) => readsAsTheirWords(answerOf(event as FlowEvent)),
    isRestOfPaste: ({ context, event }) => isRestOfPaste(context, event as FlowEvent),
    isNewChild: ({ event }) => answerOf(event as FlowEvent) === 'new-child',
    isExistingChild: ({ event }) => answerOf(event as FlowEvent).startsWith('child:'),
    ...whichKindGuards,
    isYes: ({ event }) => answerOf(event as FlowEvent) === 'yes',
    isNotSchool: ({ event }) => answerOf(event as FlowEvent) === 'not-school',
    /** Words typed at the menu, arriving with the flow: kept at once (a reply in the case is kept already). */
    hasFreshStatement: ({ context }) => context.continuing !== true && context.statement.trim().length > 0,
    aboutTheRoll: ({ context }) => cued(context.statement).includes('off-roll') || offRollDone(context.statement),
    // A grandparent or carer saying they are not the parent: told Next Step helps them too.
    carerFirstContact: ({ context }) => context.continuing !== true && carerNotParent(context.thread || context.statement),
  },
}).createMachine({
  id: 'triage',
  context: ({ input }) => ({
    children: input.children ?? [],
    nickname: input.nickname ?? '',
    request: typeof input.request === 'string' ? input.request : '',
    ...statementFrom(typeof input.statement === 'string' ? input.statement : ''),
    ...(typeof input.statement === 'string' && typeof input.startedAt === 'string' ? { heldAt: input.startedAt } : {}),
    ...(typeof input.startedAt === 'string' ? { startedAt: input.startedAt } : {}),
    continuing: input.continuing === true,
    thenSay: typeof input.thenSay === 'string' ? input.thenSay : '',
    wordsKept: input.continuing === true,
    ...(input.wordsHeld === true ? { wordsHeld: true } : {}),
    who: '',
    saidOn: '',
    classification: null,
    category: 'other',
  }),
  initial: 'keepWords',
  states: {
    keepWords: {
      always: [
        {
          guard: 'carerFirstContact',
          target: 'start',
          actions: [{ type: 'note', params: parentWordsNote }, 'markWordsKept', { type: 'say', params: { key: 'triage.nickname.kept-statement' } }, { type: 'say', params: { key: 'triage.carer' } }],
        },
        // Pressure to take the child off the roll: what matters most is said first, nothing to sign or decide today (W14-2);
        // already off it: its own words, an adviser and the council about a place (review13-3).
        {
          guard: and(['hasFreshStatement', 'aboutTheRoll']),
          target: 'start',
          actions: [{ type: 'note', params: parentWordsNote }, 'markWordsKept', { type: 'say', params: { key: 'triage.nickname.kept-statement' } }, { type: 'say', params: ({ context }) => ({ key: offRollDone(context.statement) ? 'triage.off-roll-done' : 'triage.off-roll-first' }) }],
        },
        { guard: 'hasFreshStatement', target: 'start', actions: [{ type: 'note', params: parentWordsNote }, 'markWordsKept', { type: 'say', params: { key: 'triage.nickname.kept-statement' } }] },
        { target: 'start' },
      ],
    },
    start: {
      always: [
        { guard: 'continuesWithRequest', target: 'classifying', actions: { type: 'classify', params: classifyParams } },
        { guard: 'continuesCase', target: 'request' },
        { guard: 'hasChildren', target: 'whichChild' },
        { target: 'nickname' },
      ],
    },
    whichChild: {
      entry: { type: 'ask', params: childChoices },
      on: {
        CHOICE: [
          { guard: 'isNewChild', target: 'nickname' },
          { guard: 'isExistingChild', target: 'request', actions: ['setNicknameFromChoice', { type: 'openCase', params: openCaseParams }] },
        ],
        TEXT: notANickname('whichChild'),
      },
    },
    // Named: "what do I say next?" asked for this child goes on (sayNextFor); else what was asked for.
    named: { always: [{ guard: 'thenSay', target: 'done' }, { target: 'request' }] },
    nickname: {
      // The name the first message gave, one tap (W20-1).
      entry: { type: 'ask', params: nicknameParams },
      on: {
        CHOICE: { target: 'named', actions: ['setNicknameFromStatement', { type: 'openCase', params: openCaseParams }] },
        TEXT: notANickname('nickname'),
      },
    },
    request: {
      entry: { type: 'ask', params: requestParams },
      on: {
        // The request the parent's message named, tapped: kept in their words, as if typed.
        CHOICE: [
          { guard: 'hasStatement', target: 'classifying', actions: ['setNamedRequest', { type: 'note', params: requestNote }, { type: 'classify', params: classifyParams }] },
          { target: 'statement', actions: ['setNamedRequest', { type: 'note', params: requestNote }] },
        ],
        TEXT: [
          // "ok", "yes" or a stray button number ("1") is not a request: nothing is kept, asked again.
          { guard: 'saysNothing', actions: { type: 'ask', params: { key: 'triage.ask-request-words', vars: {} } } },
          // "it was monday" is when, not what (W21-7): said so, asked again.
          { guard: 'isOnlyADay', actions: [{ type: 'say', params: { key: 'common.day-not-answer' } }, { type: 'ask', params: requestParams }] },
          { guard: 'quotesTheirAnswer', target: 'requestOrAnswer', actions: 'holdAnswer' },
          { guard: 'hasStatement', target: 'classifying', actions: ['setRequest', { type: 'note', params: requestNote }, { type: 'classify', params: classifyParams }] },
          { guard: 'soundsLikeTheirAnswer', target: 'requestOrAnswer', actions: 'holdAnswer' },
          { target: 'statement', actions: ['setRequest', { type: 'note', params: requestNote }] },
        ],
      },
    },
    // The answer to "what did you ask for?" read like the school's reply: which is it?
    requestOrAnswer: {
      entry: { type: 'ask', params: requestOrAnswerParams },
      on: {
        CHOICE: [
          { guard: 'isTheirsThread', target: 'requestAgain', actions: ['heldIsStatement', { type: 'note', params: threadNote }] },
          { guard: 'isTheirs', target: 'requestAgain', actions: 'heldIsStatement' },
          { target: 'statement', actions: ['heldIsRequest', { type: 'note', params: requestNote }] },
        ],
      },
    },
    requestAgain: {
      entry: { type: 'ask', params: { key: 'triage.ask-request-again', choices: [{ id: 'skip', key: 'triage.choice.skip-request' }], freeText: true } },
      on: {
        CHOICE: { target: 'classifying', actions: { type: 'classify', params: classifyParams } },
        TEXT: { target: 'classifying', actions: ['setRequest', { type: 'note', params: requestNote }, { type: 'classify', params: classifyParams }] },
      },
    },
    statement: {
      entry: { type: 'ask', params: { key: 'triage.ask-statement' } },
      on: {
        TEXT: [
          // The school's words may be just "No.", but a number or a mark alone is not what they said.
          { guard: 'hasNoWords', actions: { type: 'ask', params: { key: 'triage.ask-statement-words' } } },
          // "dunno": never kept as what the school said; roughly is enough.
          { guard: 'isUnsureAgain', actions: { type: 'ask', params: { key: 'triage.ask-statement-unsure-again' } } },
          { guard: 'isUnsure', actions: ['markUnsureAsked', { type: 'ask', params: { key: 'triage.ask-statement-unsure' } }] },
          // A thread: the newest reply is what they said; the whole paste is kept as the parent's words.
          { guard: 'isThread', target: 'classifying', actions: ['setStatement', { type: 'note', params: threadNote }, 'markWordsKept', { type: 'say', params: { key: 'triage.thread-kept' } }, { type: 'classify', params: classifyParams }] },
          { target: 'classifying', actions: ['setStatement', { type: 'classify', params: classifyParams }] },
        ],
      },
    },
    classifying: {
      on: { CLASSIFIED: { target: 'who', actions: 'setClassification' } },
    },
    who: {
      entry: { type: 'ask', params: whoParams },
      on: {
        CHOICE: [
          // Not the school's words: they stay in the notes as the parent's; ask for the school's.
          { guard: 'isNotSchool', target: 'statement' },
          { target: 'when', actions: 'setWho' },
        ],
        TEXT: [
          // "yesterday" typed a question early: when, not who (it would head the notes and letters as a name).
          { guard: 'isOnlyADay', target: 'who', reenter: true, actions: { type: 'say', params: { key: 'triage.who-is-a-day' } } },
          // "nobody said anything, they just dont do it": no one is who said it; their words kept (W14-13).
          { guard: 'saysNobody', target: 'when', actions: [{ type: 'note', params: nobodySaidNote }, { type: 'say', params: { key: 'triage.who-nobody' } }] },
          // Their email pasted here: what they said (the words held so far stay in the notes as the parent's), classified again; then who, from its signature.
          {
            guard: 'readsAsTheirWords',
            target: 'classifying',
            actions: [
              { type: 'note', params: replacedWordsNote },
              'setStatement',
              { type: 'note', params: threadNote },
              { type: 'say', params: { key: 'triage.who-is-their-words' } },
              { type: 'classify', params: classifyParams },
            ],
          },
          // A sentence naming no one ("honestly I'm at the end of my tether…"): kept as theirs, asked again (W20-2).
          { guard: 'namesNoOne', target: 'who', reenter: true, actions: [{ type: 'note', params: nobodySaidNote }, { type: 'say', params: { key: 'triage.who-not-a-person' } }] },
          { target: 'when', actions: 'setWho' },
        ],
      },
    },
    when: {
      entry: { type: 'ask', params: whenParams },
      on: {
        CHOICE: { target: 'decide', actions: 'setWhen' },
        TEXT: { target: 'decide', actions: 'setWhen' },
      },
    },
    decide: {
      always: [{ guard: 'isConfident', target: 'confirm' }, { target: 'choose' }],
    },
    confirm: {
      entry: { type: 'ask', params: confirmParams },
      on: {
        CHOICE: [{ guard: 'isYes', target: 'save' }, { target: 'choose' }],
        // "they didnt really give a reason, just said it wasnt possible": their description, classified.
        TEXT: typedAtConfirm('triage'),
      },
    },
    // Not confident, or "pick another": the parent chooses the kind.
    ...whichKindStates('triage', 'save'),
    save: {
      entry: [{ type: 'note', params: statementNote }, { type: 'say', params: { key: 'triage.saved' } }],
      always: 'done',
    },
    done: { type: 'final' },
  },
  output: (args) => sayNextFor(args.context) ?? handoff(args),
});

export const triageFlow: FlowDef = {
  id: 'triage',
  version: 1,
  machine: triageMachine,
  // Back after another dialogue at "Which child is this about?": what it is about, quoted.
  backTo: (context, state) => aboutParams(context as Partial<Ctx>, state),
  // Offered again another day (src/core/aside-offer.ts): the words held, while the child is still asked for.
  leftAbout: (context, state) => (aboutParams(context as Partial<Ctx>, state) ? String((context as Partial<Ctx>).statement ?? '') : null),
  keys: [
    'triage.ask-which-child',
    'triage.choice.child',
    'triage.choice.new-child',
    'triage.ask-nickname',
    'triage.choice.named-child',
    'triage.nickname.kept-statement',
    'triage.off-roll-first',
    'triage.off-roll-done',
    'triage.nickname.short',
    'triage.nickname.kept-words',
    'triage.nickname.kept-words-about',
    'triage.back-to',
    'triage.nickname.not-a-name',
    'triage.nickname.staff',
    'triage.nickname.added',
    'triage.ask-request',
    'triage.confirm-request',
    'triage.request.named',
    'triage.ask-request-words',
    'common.day-not-answer',
    'triage.ask-request-or-answer',
    'triage.choice.their-answer',
    'triage.choice.my-request',
    'triage.ask-request-again',
    'triage.choice.skip-request',
    'triage.ask-statement',
    'triage.ask-statement-words',
    'triage.ask-statement-unsure',
    'triage.ask-statement-unsure-again',
    'triage.ask-who',
    'triage.confirm-who',
    'triage.who-is-a-day',
    'triage.who-nobody',
    'triage.who-not-a-person',
    'triage.who-is-their-words',
    'triage.thread-kept',
    ...WHO.map((w) => `triage.who.${w}`),
    'triage.who.said-by',
    'triage.who.not-school',
    'notes.kind.parent_words',
    'triage.ask-when',
    'triage.confirm-when',
    'triage.when.named',
    ...WHEN_KEYS,
    ...CATEGORIES.map((c) => `triage.confirm.${c}`),
    ...CATEGORIES.map((c) => `category.${c}.label`),
    'common.choice.yes-fits',
    'triage.choice.pick-another',
    ...whichKindKeys('triage'),
    'triage.saved',
  ],
};
