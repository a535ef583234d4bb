/**
 * Asking the parent which kind of "no" it is, when the classifier is unsure: the step triage
 * and say-next share. The two likeliest kinds and "other" come first, with a button to show all
 * six; picking one moves on to `target`. Words typed instead of a tap are the parent's own
 * description: kept in their words and classified; a kind they point to confidently goes back to
 * the flow's `decide` state (confirmed or taken, as the school's words would be), else the same
 * buttons are asked again. Each flow's setup provides the names the states use:
 * `...whichKindGuards`, and the actions `setClassification: assign(classifiedAs)`,
 * `setPicked: assign(pickedAs)`, `keepKindWords: assign(kindWordsOf)` and
 * `pickTypedSituation: assign(typedSituationAs)`; and the flow has a `decide` state.
 */
import { CATEGORIES, type Category } from '../../src/core/types.js';
import { once, shippedWords } from '../../src/content/catalog.js';
import {
  answerOf,
  clip,
  plainWords,
  typedWithoutWords,
  type AskParams,
  type ChoiceRef,
  type Classification,
  type ClassifyParams,
  type FlowEvent,
  type NoteParams,
} from '../../src/core/flow-kit.js';
import { isBareReply, pickedCategory } from './parent-answers.js';
import { cued } from './situation-cues.js';

interface Classified {
  classification: Classification | null;
  /** The parent's words typed at the question, while they are classified. */
  kindWords?: string;
}

/** The words typed at the question name a situation ("it was agreed, they just arent doing it"): W14-14. */
function typedSituation({ context }: { context: Classified }): boolean {
  return cued(context.kindWords ?? '').length > 0;
}
/** Then it goes on as "something else", with that situation (the situation question confirms it; say-next gives its replies): assign it with `assign(typedSituationAs)`. */
export function typedSituationAs({ context }: { context: { kindWords?: unknown } }): { category: Category; situation: string } {
  return { category: 'other', situation: cued(String(context.kindWords ?? ''))[0] ?? '' };
}
/** The words typed at the question, kept while they are classified: assign them with `assign(kindWordsOf)`. */
export function kindWordsOf({ event }: { event: FlowEvent }): { kindWords: string } {
  return { kindWords: answerOf(event) };
}

function categoryChoice(c: Category): ChoiceRef {
  return { id: `cat:${c}`, key: `category.${c}.label` };
}

/** The two likeliest kinds (by the classifier's ranking) and "other", then "show all". */
function whichKindQuestion(prefix: string, classification: Classification | null, extra: readonly string[] = []): AskParams {
  const ranked = classification?.ranked.map((r) => r.category) ?? [...CATEGORIES];
  const top = ranked.filter((c) => c !== 'other').slice(0, 2);
  const choices = [...top, 'other' as const].map(categoryChoice);
  choices.push({ id: 'cat:all', key: `${prefix}.choice.show-all` });
  choices.push(...extra.map((id) => ({ id, key: `${prefix}.choice.${id}` })));
  return { key: `${prefix}.ask-which-kind`, choices, freeText: true };
}

function allKindsQuestion(prefix: string, extra: readonly string[] = []): AskParams {
  return { key: `${prefix}.ask-which-kind-all`, choices: [...CATEGORIES.map(categoryChoice), ...extra.map((id) => ({ id, key: `${prefix}.choice.${id}` }))], freeText: true };
}

/** The keys of the two questions, the "show all" button and what is said when words are typed there. */
export function whichKindKeys(prefix: string): string[] {
  return [`${prefix}.ask-which-kind`, `${prefix}.ask-which-kind-all`, `${prefix}.choice.show-all`, `${prefix}.which-kind.kept`, `${prefix}.which-kind.again`];
}

/** What a CLASSIFIED event tells the flow: assign it with `assign(classifiedAs)`. */
export function classifiedAs({ event }: { event: FlowEvent }): { classification?: Classification; category?: Category } {
  if (event.type !== 'CLASSIFIED') return {};
  return { classification: event.result, category: event.result.category };
}

/** The kind the parent picked with a `cat:<id>` button: assign it with `assign(pickedAs)`. */
export function pickedAs({ event }: { event: FlowEvent }): { category: Category } {
  return { category: pickedCategory(event) };
}

function isConfident({ context }: { context: Classified }): boolean {
  return context.classification?.confident === true;
}
/** The parent's typed description pointed to one kind confidently. */
function typedKindIsClear({ event }: { event: FlowEvent }): boolean {
  return event.type === 'CLASSIFIED' && event.result.confident;
}
/** The "not sure" words (content/words/answers.yaml) anywhere in a short answer: "not sure", "maybe, I am not sure", "hmm no idea". */
const UNSURE_INSIDE = once(() => new RegExp(shippedWords('answers.unsure').map((p) => `\\b(?:${p.replace(/^\^/, '').replace(/\$$/, '')})\\b`).join('|'), 'i'));
/** "not sure", "ok", a stray number: nothing to keep or classify, so the question is asked again. */
function typesNoKind({ event }: { event: FlowEvent }): boolean {
  if (event.type !== 'TEXT') return false;
  const plain = plainWords(event.text);
  const hedge = plain.split(' ').length <= 6 && UNSURE_INSIDE().test(plain);
  return typedWithoutWords(event) || isBareReply(event) || hedge;
}
function isShowAll({ event }: { event: FlowEvent }): boolean {
  return answerOf(event) === 'cat:all';
}
function isCategory({ event }: { event: FlowEvent }): boolean {
  return answerOf(event).startsWith('cat:');
}
export const whichKindGuards = { isConfident, isShowAll, isCategory, typedKindIsClear, typesNoKind, typedSituation };

/**
 * The `choose` and `chooseAll` states, asked with the flow's content prefix; a pick moves on to
 * `target`. Typed words go to `kindFromWords` / `kindFromAllWords` while they are classified.
 * `ways`: buttons that are not a kind of no (id → the flow's state: say-next's "not a no yet"),
 * shown after the kinds with `${prefix}.choice.<id>`.
 */
export function whichKindStates<T extends string>(prefix: string, target: T, ways: Readonly<Record<string, string>> = {}) {
  const extra = Object.keys(ways);
  const wayOut = Object.entries(ways).map(([id, state]) => ({ guard: ({ event }: { event: FlowEvent }) => answerOf(event) === id, target: state }));
  function askWhichKind({ context }: { context: Classified }): AskParams {
    return whichKindQuestion(prefix, context.classification, extra);
  }
  function askAllKinds(): AskParams {
    return allKindsQuestion(prefix, extra);
  }
  function typed<S extends string>(asked: S, classifying: string) {
    return [
      { guard: 'typesNoKind', target: asked, reenter: true, actions: { type: 'say', params: { key: `${prefix}.which-kind.again` } } },
      { target: classifying, actions: keepAndClassify(prefix) },
    ] as const;
  }
  function classified<S extends string>(asked: S) {
    return {
      on: {
        CLASSIFIED: [
          // As for the school's words: the flow's `decide` confirms a clear kind (triage) or goes on with it (say-next).
          { guard: 'typedKindIsClear', target: 'decide', actions: 'setClassification' },
          { guard: 'typedSituation', target, actions: 'pickTypedSituation' },
          { target: asked, actions: { type: 'say', params: { key: `${prefix}.which-kind.kept` } } },
        ],
      },
    } as const;
  }
  return {
    choose: {
      entry: { type: 'ask', params: askWhichKind },
      on: {
        CHOICE: [
          { guard: 'isShowAll', target: 'chooseAll' },
          { guard: 'isCategory', target, actions: 'setPicked' },
          ...wayOut,
        ],
        TEXT: typed('choose', 'kindFromWords'),
      },
    },
    kindFromWords: classified('choose'),
    chooseAll: {
      entry: { type: 'ask', params: askAllKinds },
      on: { CHOICE: [{ guard: 'isCategory', target, actions: 'setPicked' }, ...wayOut], TEXT: typed('chooseAll', 'kindFromAllWords') },
    },
    kindFromAllWords: classified('chooseAll'),
  } as const;
}

/**
 * Words typed at a flow's own "It sounds like X. Does that fit?" (neither "yes" nor "not quite"):
 * "not sure" or a stray number goes to the buttons (`choose`); a description is kept in the
 * parent's words and classified as at `choose` (a clear kind comes back to `decide`, to be
 * confirmed; else the buttons, saying what was kept). For the flows that use `whichKindStates`.
 */
export function typedAtConfirm(prefix: string) {
  return [{ guard: 'typesNoKind', target: 'choose' }, { target: 'kindFromWords', actions: keepAndClassify(prefix) }] as const;
}

/** The parent's description of the no, kept in their words (never filed as what the school said), then classified. */
function keepAndClassify(prefix: string) {
  const note = ({ event }: { event: FlowEvent }): NoteParams => ({ kind: 'parent_words', topic: `${prefix}.kind-words`, text: clip(answerOf(event), 2000) });
  const classify = ({ event }: { event: FlowEvent }): ClassifyParams => ({ text: answerOf(event) });
  return [{ type: 'note', params: note }, 'keepKindWords', { type: 'classify', params: classify }] as const;
}
