/**
 * The one shape every "kind of no" flow shares, built from a declaration of its own dialogue:
 * an intro, then three or four open questions (the parent's own words, a few buttons beside
 * them, Skip on the optional ones), each answer saved as a note; then the wrap-up: what the
 * flow wants the parent to keep in mind, the next steps (saved as a `next_step` note, due when
 * an answer gave a date), the letter's introduction, the draft letter, and a last word.
 *
 * Each `no-*.flow.ts` declares only what is its own (questions, topics, buttons, wrap-up, how
 * the answers fill its letter); the machinery (setup, states, notes, letter) lives here once.
 */
import { assign, setup } from 'xstate';
import type { Category } from '../../src/core/types.js';
import { clip, clipLines, effects, nestedQuote, type AskParams, type DraftParams, type FlowDef, type FlowEvent, type FlowInput, type FlowOutput, type NoteParams, type SayParams, type Vars } from '../../src/core/flow-kit.js';
import { answerGuards, answerNote, bareReplyAgain, choicesOf, handover, isNotUnderstood, letterDate, NEED_WORDS, NOT_UNDERSTOOD, openQuestion, weekStartOf, type Handover } from './parent-answers.js';
import { earlierAnswerOf, keepAnswer, keepChoice, keepKnown, keptLineNote, knownPartOf } from './kind-answers.js';
import { clipQuote, greetingName, letterDay, schoolAnswerOf, statedReasonKey } from '../../src/features/advice/letter-facts.js';
import { factsAssigns, factsGuards, factsStates, profileFactsFromInput, signOffFromInput, type FactsCtx } from './letter-facts-states.js';
import { isOnlyATitledName, mentionsTooUnwell } from './school-words.js';
import { termKey } from '../../src/features/advice/term-keys.js';
import { parseProfile } from '../../src/features/advice/profile.js';
import { PART_TIME_FIELDS, PART_TIME_LINES, partTimeAssigns, partTimeGuards, partTimeLetterVars, partTimeStates, partTimeStepsStates, type PartTimeCtx } from './part-time-states.js';
import { SCHOOL_ANSWER_TOPIC, wordingAssigns, wordingGuards, wordingLines, wordingStates, type WordingCtx } from './letter-wording-states.js';
import { caseFileEffects } from '../case-file/case-file-effects.js';
import type { KindOfNoSpec, WrapUpSay } from './kind-of-no-spec.js';
import { isEmailFramed } from '../../src/features/advice/email-frame.js';
import { buttonsOf, kindOfNoKeys, lettersOf, NOT_A_PERSON, PASTED_EMAIL, SAME_AS_BEFORE, UNWELL_DUTY } from './kind-of-no-keys.js';
import { OFFER_LINE, offerAssigns, offerGuards, offerStates, type OfferCtx } from './offer-states.js';
import { meetingHeld, meetingLetterVars } from './after-meeting.js';
import { keptMeetingsOf } from './meeting-states.js';
import { dueOf, namedDay, nextStepByParams } from './kind-of-no-next-step.js';
import { letterFactFor } from './letter-casing.js';
import { unsureLines } from '../../src/features/advice/unsure-answers.js';
import { bodyAssigns, bodyGuards, laRecipientFromInput, letterBodyStates, nextStepsKey, type BodyCtx } from './letter-body.js';


/**
 * Triage's hand-over, each question's typed answer (by field), `date`, `due` when a question
 * reads one, and the facts a letter needs (who it greets, the day it was said, from facts-states).
 */
type Ctx = Handover & FactsCtx & BodyCtx & WordingCtx & PartTimeCtx & OfferCtx & { date: string } & Record<string, string>;


function letterDateOf({ event }: { event: FlowEvent }): Partial<Ctx> {
  return { date: letterDate(event) };
}

/** A context update shared with other flows (letter-facts-states.ts, letter-wording-states.ts), typed to this flow's context. */
function own<P>(update: (args: { context: Ctx; event: FlowEvent }, params: P) => Partial<Ctx>) {
  return update;
}

/** The request or the school's answer is about a child too unwell to attend: the place's duty to educate is said too. */
function tooUnwellToAttend({ context }: { context: Ctx }): boolean {
  return mentionsTooUnwell(`${context.request} ${context.statement}`);
}

/** A pasted email at an open question: kept whole in the notes as the parent's words, never as the letter's line. */
function pastedNote({ event }: { event: FlowEvent }): NoteParams {
  return { kind: 'parent_words', topic: 'kind-of-no.pasted-email', text: event.type === 'TEXT' ? clipLines(event.text, 4000) : '' };
}

function backHome(): FlowOutput {
  return {};
}

/** The implementations every "kind of no" flow uses, set up once. */
const kindOfNo = setup({
  types: {
    context: {} as Ctx,
    events: {} as FlowEvent,
    input: {} as FlowInput,
    output: {} as FlowOutput,
  },
  actions: {
    ...effects,
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
    // Who a letter to another body than the school greets (letter-body.ts).
    useKeptLaRecipient: assign(own(bodyAssigns.useKeptLaRecipient)),
    keepLaRecipient: assign(own(bodyAssigns.keepLaRecipient)),
    greetLaTeam: assign(own(bodyAssigns.greetLaTeam)),
    pickOnly: assign(own(wordingAssigns.pickOnly)),
    pickLine: assign(own(wordingAssigns.pickLine)),
    reword: assign(own(wordingAssigns.reword)),
    leaveOut: assign(own(wordingAssigns.leaveOut)),
    previewLines: caseFileEffects.previewLines,
    keepAnswer: assign(own(keepAnswer)),
    keepChoice: assign(keepChoice),
    keepKnown: assign(keepKnown),
    stampDate: assign(letterDateOf),
    keepPartTimeHours: assign(own(partTimeAssigns.keepPartTimeHours)),
    keepPartTimeReview: assign(own(partTimeAssigns.keepPartTimeReview)),
    keepOffered: assign(own(offerAssigns.keepOffered)),
  },
  guards: {
    ...factsGuards,
    ...bodyGuards,
    ...wordingGuards,
    ...answerGuards,
    ...partTimeGuards,
    ...offerGuards,
    tooUnwellToAttend,
    isOnlyAPerson: ({ event }) => event.type === 'TEXT' && isOnlyATitledName(event.text),
    isNumberAlone: ({ event }) => event.type === 'TEXT' && /^\s*\d{1,3}\s*$/.test(event.text),
    isNotUnderstood: ({ event }) => isNotUnderstood(event),
    isPastedEmail: ({ event }) => event.type === 'TEXT' && isEmailFramed(event.text),
  },
});

type KindOfNoConfig = Parameters<typeof kindOfNo.createMachine>[0];
type KindOfNoState = NonNullable<KindOfNoConfig['states']>[string];
type KindOfNoTransitions = NonNullable<KindOfNoState['on']>['TEXT'];

function buildMachine<S extends string>(spec: KindOfNoSpec<S>) {
  const P = spec.prefix;
  const questions = spec.questions.map((q) => ({ ...q, field: q.field ?? q.state, buttons: buttonsOf(q) }));
  const hasDue = questions.some((q) => q.due);
  const dueSay = spec.dueSay ? `${P}.${spec.dueSay}` : undefined;
  function nextStepBy(args: { context: Ctx }): SayParams {
    return nextStepByParams(args, dueSay);
  }
  const meeting = spec.afterMeeting;
  const saysUnwellDuty = spec.wrapUp.some((say) => typeof say !== 'string' && 'term' in say && say.term === UNWELL_DUTY);

  function initialContext({ input }: { input: FlowInput }): Ctx {
    const answers = Object.fromEntries(questions.map((q) => [q.field, '']));
    const given = handover(input);
    // The day it was said, as a real date when the parent's words name one.
    // (Words that name no day, "at the review meeting", are asked about before drafting.)
    // "Earlier this week" is kept as its week, dated as a week in the letter.
    const day = /^\d{4}-\d{2}-\d{2}$/.test(given.saidOn) || weekStartOf(given.saidOn) ? given.saidOn : '';
    // The school's answer (confirmed as theirs in triage): quoted, else the parent's account (checked with their other words), else the kind of no they gave; of any other kind, nothing (W14-4).
    const answer = schoolAnswerOf(given.statement, true);
    const reason = statedReasonKey(typeof input.category === 'string' ? input.category : spec.category);
    const answerWords = !given.statement.trim() || answer.quote ? '' : answer.account || reason;
    return {
      ...given,
      ...answers,
      ...(hasDue ? { due: '' } : {}),
      ...PART_TIME_FIELDS,
      offered: '',
      date: '',
      // Who said the no, for a letter to the school; a letter to the local authority asks (letter-body.ts).
      recipient: greetingName(given.who),
      laRecipient: laRecipientFromInput(input),
      saidOn: day,
      saidOnWords: day ? '' : given.saidOn,
      saidOnChecked: '',
      ...signOffFromInput(input),
      ...profileFactsFromInput(input),
      wordingLine: '',
      answerQuote: answer.quote,
      answerWords,
      // Meetings kept as dates to watch: one come already means the meeting has happened (after-meeting.ts).
      keptMeetingDays: keptMeetingsOf(input).join(' '),
      // The parent's answer last time, for a question offered again (`reuse`): `<field>Before`.
      ...Object.fromEntries(questions.filter((q) => q.reuse).map((q) => [`${q.field}Before`, typeof q.reuse === 'object' ? clip(q.reuse.from(input), q.max ?? 600) : earlierAnswerOf(input, q.topic, q.max ?? 600)])),
    };
  }

  /** One of this flow's messages: greeting the child by nickname unless it is `plain`. */
  function sayOf(say: WrapUpSay) {
    if (typeof say !== 'string' && 'term' in say) {
      const term = say.term;
      function sayTerm({ context }: { context: Ctx }): SayParams {
        // The child's plan decides the words (a 504 plan's own; general ones with no statutory plan), and a 504 plan asked for.
        return { key: termKey(context.place || 'elsewhere', parseProfile(context.profile)?.plan, term, context.request) };
      }
      return { type: 'say' as const, params: sayTerm };
    }
    if (typeof say !== 'string' && 'pick' in say) return { type: 'say' as const, params: ({ context }: { context: Ctx }): SayParams => ({ key: say.pick(context), vars: { nickname: context.nickname } }) };
    if (typeof say !== 'string') {
      const { key, after } = say;
      const held = (context: Ctx) => Boolean(after && meeting && meetingHeld(context, fieldOf.get(meeting.decidedBy) ?? ''));
      return { type: 'say' as const, params: ({ context }: { context: Ctx }): SayParams => ({ key: `${P}.${held(context) ? after : key}` }) };
    }
    function sayWithNickname({ context }: { context: Ctx }): SayParams {
      return { key: `${P}.${say}`, vars: { nickname: context.nickname } };
    }
    return { type: 'say' as const, params: sayWithNickname };
  }

  function nextStepNote({ context }: { context: Ctx }): NoteParams {
    const due = dueOf(context);
    return {
      kind: 'next_step',
      topic: `${spec.category}.next-step`,
      text: `${P}.next-step-note`,
      category: spec.category,
      ...(due ? { due } : {}),
    };
  }

  // The flow's letter, or the one it drafts instead for this case (`letter.instead`: the review's, to the local authority).
  const templateOf = (context: Ctx) => (spec.letter.instead?.when(context) ? spec.letter.instead.template : spec.letter.template);
  function nextStepsSay({ context }: { context: Ctx }): SayParams {
    return { key: nextStepsKey(P, templateOf(context), context.place), vars: { nickname: context.nickname } };
  }

  const fieldOf = new Map(questions.map((q) => [q.state as string, q.field]));
  const dayOnlyField = questions.find((q) => q.dayOnly && q.due)?.field;
  const letterFields = Object.entries(spec.letter.vars).map(([name, state]) => {
    const field = state === null ? null : fieldOf.get(state);
    if (field === undefined) throw new Error(`${spec.id}: letter variable ${name} names no question`);
    return [name, field] as const;
  });
  function letterParams({ context }: { context: Ctx }): DraftParams {
    const [mf, factOf] = [context.monthFirst === 'yes', letterFactFor(context.place)];
    const vars: Vars = {
      date: context.date ? letterDay(context.date, mf) : '',
      who: context.recipient,
      nickname: context.nickname,
      said_on: context.saidOn && !weekStartOf(context.saidOn) ? letterDay(context.saidOn, mf) : context.saidOn,
      statement: context.answerQuote ? clipQuote(context.answerQuote) : factOf(context.answerWords),
      request: factOf(context.request),
      // Part of what was asked, offered (offer-states.ts): thanked for, in the parent's words.
      offered: factOf(context.offered),
      your_name: context.signOff,
      // Asked for because the child is too unwell to attend: the letter says the place's duty too.
      health_duty: tooUnwellToAttend({ context }) ? `terms.${context.place || 'elsewhere'}.${UNWELL_DUTY}` : '',
      // England, a part-time timetable refused over absence figures or Ofsted: the rule, and the parent's proposal.
      ...partTimeLetterVars(context, factOf),
      // After the meeting: its day and the school's people there, when known.
      ...(meeting ? meetingLetterVars(context, fieldOf.get(meeting.decidedBy) ?? '', [...meeting.names.map((n) => fieldOf.get(n) ?? ''), 'statement']) : {}),
    };
    // Facts, not chat: fillers out, "no idea" left as a blank the letter marks.
    for (const [name, field] of letterFields) vars[name] = field === null ? '' : field === dayOnlyField && namedDay(context) ? letterDay(namedDay(context), mf) : factOf(context[field]);
    for (const [name, line] of Object.entries(spec.letter.said ?? {})) vars[name] = line.pick(context);
    return { template: templateOf(context), vars, ...unsureLines(letterFields.map(([name, field]) => [name, field === null ? '' : String(context[field] ?? '')])) };
  }
  // The letter's lines in the parent's own words: the request, and each typed answer it carries.
  const topicOf = new Map(questions.map((q) => [q.field, q.topic]));
  // The school's answer in the parent's words is checked with their other words; quoted as the
  // school's, it is shown too (last, after the parent's own lines): no line a letter quotes goes unseen (W13-2).
  const linesWith = (template: string, answerField: 'answerWords' | 'answerQuote') => {
    const answer = ['statement', answerField, SCHOOL_ANSWER_TOPIC] as const;
    const own = [
      ...letterFields.flatMap(([name, field]) => (field === null ? [] : [[name, field, topicOf.get(field) ?? ''] as const])),
      ...PART_TIME_LINES,
      OFFER_LINE,
    ];
    return wordingLines(template, answerField === 'answerWords' ? [['request', 'request', 'triage.request'], answer, ...own] : [['request', 'request', 'triage.request'], ...own, answer]);
  };
  const ownLines = (context: Record<string, unknown>) => linesWith(templateOf(context as Ctx), context['answerQuote'] ? 'answerQuote' : 'answerWords');

  // A question an earlier answer may answer whole ("nobody is gathering it") is entered through `<state>Known`;
  // one whose answer last time may be offered again, through `<state>Before`.
  const entryOf = (q: (typeof questions)[number] | undefined) => (q?.partKnown?.answers ? `${q.state}Known` : q?.reuse ? `${q.state}Before` : q?.state);
  function questionStates(q: (typeof questions)[number], i: number): [string, KindOfNoState][] {
    const next = entryOf(questions[i + 1]) ?? 'partTime';
    // The last answer dates the letter, whichever way it comes.
    const stamp = i === questions.length - 1 ? (['stampDate'] as const) : [];
    // Part of it given already ("they expect me to get it"): only the rest is asked, and the line carries both.
    const part = q.partKnown && { fields: q.partKnown.from.map((s) => fieldOf.get(s) ?? s), read: q.partKnown.read, ask: q.partKnown.ask };
    const known = (context: Ctx) => knownPartOf(context, part);
    const wholeAnswers = (q.partKnown?.answers ?? []).map((id) => `${P}.letter.${id}`);
    // The whole answer, typed here ("no one") or said earlier: the line is the letter's sentence for it.
    const whole = (words: string) => (part && wholeAnswers.includes(part.read(words)) ? part.read(words) : '');
    function askQuestion({ context }: { context: Ctx }): AskParams {
      return openQuestion(`${P}.${part && known(context) ? part.ask : q.ask}`, context.nickname, P, q.buttons);
    }
    const ask = { type: 'ask' as const, params: askQuestion };
    const note = { type: 'note' as const, params: answerNote(P, q.topic) };
    const lineNote = (args: { context: Ctx; event: FlowEvent }) => (known(args.context) ? keptLineNote(q.field, q.topic)(args) : answerNote(P, q.topic)(args));
    const keep = {
      type: 'keepAnswer' as const,
      params: ({ context, event }: { context: Ctx; event: FlowEvent }) => ({ field: q.field, max: q.max ?? 600, due: q.due === true, known: known(context), whole: known(context) || event.type !== 'TEXT' ? '' : whole(event.text) }),
    };
    const keepPart = { type: 'keepKnown' as const, params: ({ context }: { context: Ctx }) => ({ field: q.field, known: known(context) }) };
    const chosen = { type: 'keepChoice' as const, params: { field: q.field, prefix: P, says: q.says ?? [] } };
    const noted = { target: next, actions: [chosen, ...stamp, note] };
    // A bare "yes" or "ok" is not filed (it would end up in the letter): ask for a few words.
    const again = bareReplyAgain(ask);
    // A number alone (unless a count is asked), or "I don't understand": asked again, nothing kept.
    const sayAsk = (key: string) => [{ type: 'say' as const, params: { key } }, ask];
    const notWords = [...(q.count ? [] : [{ guard: 'isNumberAlone' as const, actions: sayAsk(NEED_WORDS) }]), { guard: 'isNotUnderstood' as const, actions: sayAsk(NOT_UNDERSTOOD) }];
    // A name typed a question early would stand in the letter as the answer ("what stops Ollie getting in: Mrs McAuley").
    const notAPerson = q.person ? [] : [{ guard: 'isOnlyAPerson' as const, actions: [{ type: 'say' as const, params: { key: NOT_A_PERSON } }, ask] }];
    const intro = i === 0 ? [sayOf(spec.intro ?? 'intro')] : [];
    // A pasted email (a thread's "RE: RE: …") would stand in the letter as the line: kept as their words, and asked again.
    const pasted = { guard: 'isPastedEmail' as const, actions: [{ type: 'note' as const, params: pastedNote }, ...sayAsk(PASTED_EMAIL)] };
    const onText = [again, ...notWords, ...notAPerson, pasted, { target: next, actions: [keep, ...stamp, part ? { type: 'note' as const, params: lineNote } : note] }];
    const asked: KindOfNoState = {
      // Offered again first (`reuse`): the introduction comes before that question instead.
      entry: i === 0 ? [...(q.reuse ? [] : intro), ask] : part ? [keepPart, ask] : ask,
      on: { TEXT: onText, CHOICE: q.optional ? [{ guard: 'isSkip', target: next, actions: stamp }, noted] : noted },
    };
    if (q.reuse) return sameAsBeforeStates(q, { next, intro, stamp, onText, asked });
    if (!wholeAnswers.length) return [[q.state, asked]];
    const answeredEarlier = ({ context }: { context: Ctx }) => wholeAnswers.includes(known(context));
    const skip = { guard: answeredEarlier, target: next, actions: [keepPart, ...stamp, { type: 'note' as const, params: keptLineNote(q.field, q.topic) }] };
    return [[`${q.state}Known`, { always: [skip, { target: q.state }] }], [q.state, asked]];
  }

  /** `<state>Before` (is there an answer from last time?), `<state>Same` ("Same as before: …?"), then the question as it always was. */
  function sameAsBeforeStates(
    q: (typeof questions)[number],
    { next, intro, stamp, onText, asked }: { next: string; intro: ReturnType<typeof sayOf>[]; stamp: readonly 'stampDate'[]; onText: KindOfNoTransitions; asked: KindOfNoState },
  ): [string, KindOfNoState][] {
    const before = (context: Ctx) => context[`${q.field}Before`] ?? '';
    function askSame({ context }: { context: Ctx }): AskParams {
      // An answer the case holds (`KnownBefore`) is offered in the flow's own words; the need last time in the common ones.
      const own = typeof q.reuse === 'object' ? q.reuse : undefined;
      return { key: own ? `${P}.${own.ask}` : SAME_AS_BEFORE, vars: { nickname: context.nickname, answer: nestedQuote(before(context)) }, choices: choicesOf(own ? P : 'common', ['same', 'change']), freeText: true };
    }
    const keepSame = { type: 'keepKnown' as const, params: ({ context }: { context: Ctx }) => ({ field: q.field, known: before(context) }) };
    const sameNote = { type: 'note' as const, params: ({ context }: { context: Ctx }): NoteParams => ({ kind: 'answer', topic: q.topic, text: before(context) }) };
    const hasBefore = ({ context }: { context: Ctx }) => before(context) !== '';
    const saysSame = ({ event }: { event: FlowEvent }) => event.type === 'CHOICE' && event.id === 'same';
    return [
      [`${q.state}Before`, { always: [{ guard: hasBefore, target: `${q.state}Same`, actions: intro }, { target: q.state, actions: intro }] }],
      // Typed words here are the new answer, as at the question itself.
      [`${q.state}Same`, { entry: { type: 'ask', params: askSame }, on: { CHOICE: [{ guard: saysSame, target: next, actions: [keepSame, ...stamp, sameNote] }, { target: q.state }], TEXT: onText } }],
      [q.state, asked],
    ];
  }

  return kindOfNo.createMachine({
    id: spec.id,
    context: initialContext,
    // The school's words offer something: whether it is part of what was asked, and what, first (offer-states.ts).
    initial: 'offerHeard',
    // Back after another dialogue ran over this one ("change profile"): the profile as it is now.
    on: { INPUT: { actions: 'refreshProfile' } },
    states: {
      ...offerStates(entryOf(questions[0]) ?? 'partTime'),
      ...Object.fromEntries(questions.flatMap((q, i) => questionStates(q, i))),
      // England, a part-time timetable refused over absence figures or Ofsted: the rule, and two questions (part-time-states.ts).
      ...partTimeStates('factsBody'),
      // Who the letter goes to: the school, or the local authority for a decision that is its own (letter-body.ts).
      ...letterBodyStates<Ctx>(templateOf, 'facts'),
      // Facts the letter needs and the notes lack are asked for before drafting; then the parent's own words are checked.
      ...factsStates('wording'),
      ...wordingStates('wrapUp', ownLines, letterParams),
      wrapUp: {
        entry: spec.wrapUp.map(sayOf),
        // A child too unwell to attend: the duty to educate them, unless the flow says it anyway.
        always: saysUnwellDuty ? 'partTimeWrapUp' : [{ guard: 'tooUnwellToAttend', target: 'unwellDuty' }, { target: 'partTimeWrapUp' }],
      },
      unwellDuty: {
        entry: sayOf({ term: UNWELL_DUTY }),
        always: 'partTimeWrapUp',
      },
      ...partTimeStepsStates('closing'),
      closing: {
        entry: [
          // Where a letter goes to the local authority, the next steps say so (letter-body.ts).
          { type: 'say', params: nextStepsSay },
          // Every flow ends with a dated next step.
          { type: 'say', params: nextStepBy },
          { type: 'note', params: nextStepNote },
          sayOf('letter-intro'),
          { type: 'draft', params: letterParams },
          sayOf({ key: 'done', plain: true }),
        ],
        always: 'done',
      },
      done: { type: 'final' },
    },
    output: backHome,
  });
}

export type KindOfNoMachine = ReturnType<typeof buildMachine>;
export interface KindOfNoFlow extends FlowDef {
  machine: KindOfNoMachine;
  /** The kind of no it answers, and the note topic each line of its letter is filled from (its question's). */
  category: Category;
  lineTopics: Readonly<Record<string, string>>;
  /** Topics whose answer last time is offered again (`KindQuestion.reuse`): the advice feature reads them for `input.earlierAnswers`. */
  reusedTopics: readonly string[];
}

/** A "kind of no" flow from its declaration: the machine, and every key and letter it can emit. */
export function kindOfNoFlow<S extends string>(spec: KindOfNoSpec<S>): KindOfNoFlow {
  const lineTopics = Object.fromEntries(Object.entries(spec.letter.vars).flatMap(([line, state]) => spec.questions.filter((q) => q.state === state).map((q) => [line, q.topic])));
  return {
    id: spec.id,
    category: spec.category,
    lineTopics,
    reusedTopics: spec.questions.filter((q) => q.reuse === true).map((q) => q.topic),
    // 4: the child's school name (`childName`); 5: the school's answer as a quote or the parent's account (`answerQuote`, `answerWords`);
    // 6: England's part-time timetable questions and next steps (`partTime`, `partTimeHours`, `partTimeReview`, `partTimeWrapUp`, `partTimeSteps`).
    // 7: a question an earlier answer may answer whole is entered through `<state>Known` (no.data's `byWhenKnown`: nobody is gathering it);
    // the school's offer of part of it asked first (`offerHeard`, `offer`, `offered`); the answer last time offered again (`<state>Before`, `<state>Same`).
    version: 7,
    machine: buildMachine(spec),
    keys: kindOfNoKeys(spec),
    templates: lettersOf(spec),
  };
}
