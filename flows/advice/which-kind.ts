/**
 * Asking the parent which kind of "no" it is, when the classifier is unsure: the step triage
 * and say-next share. The two likeliest kinds and "other" come first, with a button to show all
 * six; picking one moves on to `target`. Each flow's setup provides the names the states use:
 * `...whichKindGuards`, and the actions `setClassification: assign(classifiedAs)` and
 * `setPicked: assign(pickedAs)`.
 */
import { CATEGORIES, type Category } from '../../src/core/types.js';
import { answerOf, type AskParams, type ChoiceRef, type Classification, type FlowEvent } from '../../src/core/flow-kit.js';
import { pickedCategory } from './parent-answers.js';

interface Classified {
  classification: Classification | null;
}

function categoryChoice(c: Category): ChoiceRef {
  return { id: `cat:${c}`, key: `category.${c}.label` };
}

/** The two likeliest kinds (by the classifier's ranking) and "other", then "show all". */
function whichKindQuestion(prefix: string, classification: Classification | null): AskParams {
  const ranked = classification?.ranked.map((r) => r.category) ?? [...CATEGORIES];
  const top = ranked.filter((c) => c !== 'other').slice(0, 2);
  const choices = [...top, 'other' as const].map(categoryChoice);
  choices.push({ id: 'cat:all', key: `${prefix}.choice.show-all` });
  return { key: `${prefix}.ask-which-kind`, choices, freeText: false };
}

function allKindsQuestion(prefix: string): AskParams {
  return { key: `${prefix}.ask-which-kind-all`, choices: CATEGORIES.map(categoryChoice), freeText: false };
}

/** The keys of the two questions and the "show all" button. */
export function whichKindKeys(prefix: string): string[] {
  return [`${prefix}.ask-which-kind`, `${prefix}.ask-which-kind-all`, `${prefix}.choice.show-all`];
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
function isShowAll({ event }: { event: FlowEvent }): boolean {
  return answerOf(event) === 'cat:all';
}
function isCategory({ event }: { event: FlowEvent }): boolean {
  return answerOf(event).startsWith('cat:');
}
export const whichKindGuards = { isConfident, isShowAll, isCategory };

/** The `choose` and `chooseAll` states, asked with the flow's content prefix; a pick moves on to `target`. */
export function whichKindStates<T extends string>(prefix: string, target: T) {
  function askWhichKind({ context }: { context: Classified }): AskParams {
    return whichKindQuestion(prefix, context.classification);
  }
  function askAllKinds(): AskParams {
    return allKindsQuestion(prefix);
  }
  return {
    choose: {
      entry: { type: 'ask', params: askWhichKind },
      on: {
        CHOICE: [
          { guard: 'isShowAll', target: 'chooseAll' },
          { guard: 'isCategory', target, actions: 'setPicked' },
        ],
      },
    },
    chooseAll: {
      entry: { type: 'ask', params: askAllKinds },
      on: { CHOICE: { guard: 'isCategory', target, actions: 'setPicked' } },
    },
  } as const;
}
