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
import {
  clip,
  effects,
  type AskParams,
  type DraftParams,
  type FlowDef,
  type FlowEvent,
  type FlowInput,
  type FlowOutput,
  type NoteParams,
  type SayParams,
  type Vars,
} from '../../src/core/flow-kit.js';
import {
  answerNote,
  dueFrom,
  handover,
  isBareReply,
  isSkip,
  letterDate,
  openQuestion,
  typed,
  type Handover,
} from './parent-answers.js';
import { recipient } from './school-words.js';

/** One open question of a "kind of no" flow. */
export interface KindQuestion<S extends string> {
  /** Its state id (tests assert these; saved sessions store them). */
  state: S;
  /** Content key of the question, under the flow's prefix: `ask-by-when` is `<prefix>.ask-by-when`. */
  ask: string;
  /** Topic of the `answer` note that records it. */
  topic: string;
  /** Buttons beside the parent's own words: ids of `<prefix>.choice.<id>` labels. */
  buttons: readonly string[];
  /** Offers a last `skip` button: skipping moves on and leaves no note. */
  optional?: true;
  /** Longest typed answer kept for the letter (default 600 characters). */
  max?: number;
  /** The next step is due on the date this answer names, if it names one. */
  due?: true;
  /** Where saved sessions keep the typed answer, when not under the state's id. */
  field?: string;
}

/** A wrap-up message: a content key under the prefix, said with the child's nickname unless `plain`. */
export type WrapUpSay = string | { key: string; plain: true };

/** Everything that makes one "kind of no" flow its own. */
export interface KindOfNoSpec<S extends string> {
  /** Flow id: triage hands over to `no.<category>`. */
  id: string;
  /** Content-key prefix, e.g. `no-data`. */
  prefix: string;
  /** The next step's note is filed under this category, with topic `<category>.next-step`. */
  category: Category;
  questions: readonly KindQuestion<S>[];
  /** What is said after the last answer, before the next steps. */
  wrapUp: readonly WrapUpSay[];
  letter: {
    template: string;
    /**
     * The letter's own variables, in order, each filled with the typed answer to a question
     * (by state id), or `null` for a line left blank. Every letter also gets date, who,
     * nickname, said_on, statement and request from triage's hand-over.
     */
    vars: Readonly<Record<string, NoInfer<S> | null>>;
  };
}

/** Said when a typed answer is a bare "yes" or "ok" (see isBareReply). */
const NEED_WORDS = 'common.need-words';

/** Triage's hand-over, each question's typed answer (by field), `date`, and `due` when a question reads one. */
type Ctx = Handover & { date: string } & Record<string, string>;

/** Params of `keepAnswer`: where a typed answer goes, clipped how far, and whether it sets the due date. */
interface Keep {
  field: string;
  max: number;
  due: boolean;
}

/** A question's buttons, with Skip last when it is optional. */
function buttonsOf(q: KindQuestion<string>): readonly string[] {
  return q.optional ? [...q.buttons, 'skip'] : q.buttons;
}

function keepAnswer({ event }: { event: FlowEvent }, keep: Keep): Partial<Ctx> {
  const kept: Record<string, string> = { [keep.field]: typed(event, keep.max) };
  if (keep.due) kept['due'] = dueFrom(typed(event), event.at) ?? '';
  return kept;
}

function letterDateOf({ event }: { event: FlowEvent }): Partial<Ctx> {
  return { date: letterDate(event.at) };
}

function pressedSkip({ event }: { event: FlowEvent }): boolean {
  return isSkip(event);
}

function saidNothingUsable({ event }: { event: FlowEvent }): boolean {
  return isBareReply(event);
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
    keepAnswer: assign(keepAnswer),
    stampDate: assign(letterDateOf),
  },
  guards: {
    isSkip: pressedSkip,
    isBareReply: saidNothingUsable,
  },
});

type KindOfNoConfig = Parameters<typeof kindOfNo.createMachine>[0];
type KindOfNoState = NonNullable<KindOfNoConfig['states']>[string];

function buildMachine<S extends string>(spec: KindOfNoSpec<S>) {
  const P = spec.prefix;
  const questions = spec.questions.map((q) => ({ ...q, field: q.field ?? q.state, buttons: buttonsOf(q) }));
  const hasDue = questions.some((q) => q.due);

  function initialContext({ input }: { input: FlowInput }): Ctx {
    const answers = Object.fromEntries(questions.map((q) => [q.field, '']));
    return { ...handover(input), ...answers, ...(hasDue ? { due: '' } : {}), date: '' };
  }

  /** One of this flow's messages: greeting the child by nickname unless it is `plain`. */
  function sayOf(say: WrapUpSay) {
    if (typeof say !== 'string') return { type: 'say' as const, params: { key: `${P}.${say.key}` } };
    function sayWithNickname({ context }: { context: Ctx }): SayParams {
      return { key: `${P}.${say}`, vars: { nickname: context.nickname } };
    }
    return { type: 'say' as const, params: sayWithNickname };
  }

  function nextStepNote({ context }: { context: Ctx }): NoteParams {
    const due = context['due'];
    return {
      kind: 'next_step',
      topic: `${spec.category}.next-step`,
      text: `${P}.next-step-note`,
      category: spec.category,
      ...(due ? { due } : {}),
    };
  }

  const fieldOf = new Map(questions.map((q) => [q.state as string, q.field]));
  const letterFields = Object.entries(spec.letter.vars).map(([name, state]) => {
    const field = state === null ? null : fieldOf.get(state);
    if (field === undefined) throw new Error(`${spec.id}: letter variable ${name} names no question`);
    return [name, field] as const;
  });
  function letterParams({ context }: { context: Ctx }): DraftParams {
    const vars: Vars = {
      date: context.date,
      who: recipient(context.who),
      nickname: context.nickname,
      said_on: context.saidOn,
      statement: clip(context.statement),
      request: context.request,
    };
    for (const [name, field] of letterFields) vars[name] = field === null ? '' : (context[field] ?? '');
    return { template: spec.letter.template, vars };
  }

  function questionState(q: (typeof questions)[number], i: number): KindOfNoState {
    const next = questions[i + 1]?.state ?? 'wrapUp';
    // The last answer dates the letter, whichever way it comes.
    const stamp = i === questions.length - 1 ? (['stampDate'] as const) : [];
    function askQuestion({ context }: { context: Ctx }): AskParams {
      return openQuestion(`${P}.${q.ask}`, context.nickname, P, q.buttons);
    }
    const ask = { type: 'ask' as const, params: askQuestion };
    const note = { type: 'note' as const, params: answerNote(P, q.topic) };
    const keep = { type: 'keepAnswer' as const, params: { field: q.field, max: q.max ?? 600, due: q.due === true } };
    const noted = { target: next, actions: [...stamp, note] };
    // A bare "yes" or "ok" is not filed (it would end up in the letter): ask for a few words.
    const again = { guard: 'isBareReply' as const, actions: [{ type: 'say' as const, params: { key: NEED_WORDS } }, ask] };
    return {
      entry: i === 0 ? [sayOf('intro'), ask] : ask,
      on: {
        TEXT: [again, { target: next, actions: [keep, ...stamp, note] }],
        CHOICE: q.optional ? [{ guard: 'isSkip', target: next, actions: stamp }, noted] : noted,
      },
    };
  }

  return kindOfNo.createMachine({
    id: spec.id,
    context: initialContext,
    initial: questions[0]?.state ?? 'wrapUp',
    states: {
      ...Object.fromEntries(questions.map((q, i) => [q.state, questionState(q, i)])),
      wrapUp: {
        entry: [
          ...spec.wrapUp.map(sayOf),
          sayOf('next-steps'),
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
}

/** A "kind of no" flow from its declaration: the machine, and every key and letter it can emit. */
export function kindOfNoFlow<S extends string>(spec: KindOfNoSpec<S>): KindOfNoFlow {
  const P = spec.prefix;
  const buttons = spec.questions.flatMap(buttonsOf);
  return {
    id: spec.id,
    version: 1,
    machine: buildMachine(spec),
    keys: [
      `${P}.intro`,
      ...spec.questions.map((q) => `${P}.${q.ask}`),
      ...[...new Set(buttons)].map((id) => `${P}.choice.${id}`),
      ...spec.wrapUp.map((say) => `${P}.${typeof say === 'string' ? say : say.key}`),
      `${P}.next-steps`,
      `${P}.next-step-note`,
      `${P}.letter-intro`,
      `${P}.done`,
      NEED_WORDS,
    ],
    templates: [spec.letter.template],
  };
}
