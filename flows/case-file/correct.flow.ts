/**
 * Correcting a noted date or person: "actually I got the date wrong", "it was Mrs Khan who said
 * it, not the head". Which statement (the child's recent ones, newest first; one alone is
 * confirmed), what was wrong (the date / who said it / the kind of no), the right value (read as "When was this?"
 * and "Who said it?" read theirs), read back, and only on "yes" the `correctStatement` effect,
 * which changes that note and adds a dated correction note (src/features/case-file/correct-note.ts).
 * Nothing is written before that "yes": leaving part way ("never mind", the menu) changes nothing.
 * The command (`correct`) gives the statements with their words for the buttons, already written
 * out (who, the date, a few of their words), and how each "who said it?" button reads.
 */
import { and, assign, setup } from 'xstate';
import * as z from 'zod';
import { answerOf, clip, effects, parentNoon, type AskParams, type ChoiceRef, type FlowDef, type FlowEvent, type FlowInput, type FlowOutput } from '../../src/core/flow-kit.js';
import { letterDay, pastDate } from '../../src/features/advice/letter-facts.js';
import { choicesOf, isOnlyADay, whenSaid } from '../advice/parent-answers.js';
import { looksLikeNickname, roleTyped } from '../advice/school-words.js';
import { once, shippedAlternation } from '../../src/content/catalog.js';
import { WHO } from '../advice/triage-questions.js';
import { caseFileEffects } from './case-file-effects.js';
import { CATEGORIES } from '../../src/core/types.js';

const P = 'case-file.correct';

/** A statement the parent may correct, as the command hands it over. */
const statementSchema = z.object({
  id: z.number(),
  /** As noted: who said it (words, or a "who said it?" button's key) and when (a date, or words). */
  who: z.string(),
  saidOn: z.string(),
  /** Written out for the parent: who, the date, a few of the school's words. */
  whoWords: z.string(),
  dateWords: z.string(),
  words: z.string(),
  /** The child's nickname, when the list holds more than one child's (no child chosen yet). */
  child: z.string().catch(''),
  /** The kind of no it is filed under ('' for none). */
  category: z.string().catch(''),
});
type Statement = z.infer<typeof statementSchema>;

const inputSchema = z.object({
  statements: z.array(statementSchema).catch([]),
  /** How each "who said it?" button reads (`teacher` → "A teacher"). */
  whoWords: z.record(z.string(), z.string()).catch({}),
  /** The open child's name ('' for none): it can be put right too (W15-7). */
  child: z.string().catch(''),
  /** How each kind of no reads (`resources` → "Not enough staff or money"): W15-7. */
  kindWords: z.record(z.string(), z.string()).catch({}),
  monthFirst: z.boolean().catch(false),
  /** What the parent already said was wrong ("correct the date": the date): not asked again. "name" alone may be the child's or a person's. */
  named: z.enum(['said_on', 'who', 'name']).optional().catch(undefined),
});

type Field = 'said_on' | 'who' | 'category' | 'nickname';

interface Ctx {
  statements: Statement[];
  whoWords: Record<string, string>;
  kindWords: Record<string, string>;
  child: string;
  monthFirst: boolean;
  named?: Field | 'name' | undefined;
  picked: number;
  field: Field;
  /** The right value, as it will be noted (an ISO date; a name, or a button's key), and as it reads. */
  value: string;
  valueWords: string;
}

const picked = (context: Ctx): Statement | undefined => context.statements[context.picked];
const labelOf = (s: Statement) => ({ who: s.whoWords, date: s.dateWords, words: s.words });

function whichParams({ context }: { context: Ctx }): AskParams {
  const choices: ChoiceRef[] = context.statements.map((s, i) =>
    s.child ? { id: `s${i}`, key: `${P}.choice.statement-child`, vars: { ...labelOf(s), child: s.child } } : { id: `s${i}`, key: `${P}.choice.statement`, vars: labelOf(s) },
  );
  return { key: `${P}.which`, choices: [...choices, ...childChoice(context), { id: 'none', key: `${P}.choice.none` }], freeText: false };
}

/** The open child's name, offered beside the statements (W15-7). */
function childChoice(context: Ctx): ChoiceRef[] {
  return context.child ? [{ id: 'child-name', key: `${P}.choice.child-name`, vars: { child: context.child } }] : [];
}

function oneParams({ context }: { context: Ctx }): AskParams {
  const s = picked(context);
  const [yes, no] = choicesOf(P, ['yes', 'no']) as [ChoiceRef, ChoiceRef];
  return { key: `${P}.one`, vars: s ? labelOf(s) : { who: '', date: '', words: '' }, choices: [yes, ...childChoice(context), no], freeText: false };
}

function askNameParams({ context }: { context: Ctx }): AskParams {
  return { key: `${P}.ask-name`, vars: { child: context.child }, freeText: true };
}

/** "wrong name" alone, with a child's name and a staff member's to choose from: which one. */
function whichNameParams({ context }: { context: Ctx }): AskParams {
  return {
    key: `${P}.which-name`,
    choices: [
      { id: 'child-name', key: `${P}.choice.name-child`, vars: { child: context.child } },
      { id: 'staff-name', key: `${P}.choice.name-staff`, vars: { who: staffNames(context)[0] ?? '' } },
    ],
    freeText: false,
  };
}

/** The names of staff the statements hold, newest first (a typed name, never a "who said it?" button). */
function staffNames(context: Ctx): string[] {
  const named = context.statements.filter((s) => s.who.trim() !== '' && !s.who.startsWith('triage.who.') && roleTyped(s.who) === undefined);
  return [...new Set(named.map((s) => s.whoWords))];
}

const whatParams: AskParams = { key: `${P}.what`, choices: choicesOf(P, ['date', 'who', 'kind', 'none']), freeText: false };
const askKindParams: AskParams = { key: `${P}.ask-kind`, choices: CATEGORIES.map((c) => ({ id: `cat:${c}`, key: `category.${c}.label` })), freeText: false };
const askDateParams: AskParams = { key: `${P}.ask-date`, freeText: true };
const askWhoParams: AskParams = { key: `${P}.ask-who`, choices: WHO.map((w) => ({ id: w, key: `triage.who.${w}` })), freeText: true };

function confirmParams({ context }: { context: Ctx }): AskParams {
  const s = picked(context);
  if (context.field === 'nickname') return { key: `${P}.confirm-name`, vars: { from: context.child, to: context.valueWords }, choices: choicesOf(`${P}.confirm`, ['yes', 'no']), freeText: false };
  const from = context.field === 'said_on' ? s?.dateWords : context.field === 'category' ? context.kindWords[s?.category ?? ''] || context.kindWords['other'] : s?.whoWords;
  const key = context.field === 'said_on' ? `${P}.confirm-date` : context.field === 'category' ? `${P}.confirm-kind` : `${P}.confirm-who`;
  return { key, vars: { from: from ?? '', to: context.valueWords }, choices: choicesOf(`${P}.confirm`, ['yes', 'no']), freeText: false };
}

const NOT_A_NEW_NAME = once(() => new RegExp(`(?:${shippedAlternation('answers.not-a-new-name')})`, 'i'));

/** A child's new name, read as naming a child is (looksLikeNickname), and never a question back or a thing ("a reduced timetable"): review19 R4. */
function readsAsNewName(text: string): boolean {
  return looksLikeNickname(text) && !NOT_A_NEW_NAME().test(text.trim());
}

/**
 * The day typed, read as "When was this?" reads it (from the parent's own day), else as a letter
 * reads a date ("3/12" in the family's order); only a day that has come, never words or a week.
 */
function dayTyped(context: Ctx, event: FlowEvent): string | undefined {
  const read = whenSaid(event);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(read) ? read : pastDate(answerOf(event), parentNoon(event), context.monthFirst)?.date;
  return day && day <= event.day ? day : undefined;
}

/** Who typed, read as "Who said it?" reads it: a plain role ("the SENCO") is that button; a name as typed. */
function whoTyped(text: string): { value: string; words: string } {
  const role = roleTyped(text);
  return role ? { value: `triage.who.${role}`, words: '' } : { value: clip(text, 120), words: clip(text, 120) };
}

export const correctMachine = setup({
  types: { context: {} as Ctx, events: {} as FlowEvent, input: {} as FlowInput, output: {} as FlowOutput },
  actions: {
    ...effects,
    ...caseFileEffects,
    pick: assign({ picked: ({ event }) => Number(answerOf(event as FlowEvent).slice(1)) }),
    pickField: assign({ field: ({ event }) => ({ who: 'who', kind: 'category' } as Record<string, Field>)[answerOf(event as FlowEvent)] ?? 'said_on' }),
    keepName: assign(({ event }) => {
      const name = clip(answerOf(event as FlowEvent), 60);
      return { field: 'nickname' as Field, value: name, valueWords: name };
    }),
    keepKind: assign(({ context, event }) => {
      const kind = answerOf(event as FlowEvent).replace(/^cat:/, '');
      return { value: kind, valueWords: context.kindWords[kind] ?? kind };
    }),
    takeNamed: assign({ field: ({ context }) => (context.named === 'name' ? 'who' : (context.named ?? 'said_on')) }),
    namedStaff: assign({ named: 'who' as const }),
    keepDay: assign(({ context, event }) => {
      const day = dayTyped(context, event as FlowEvent) ?? '';
      return { value: day, valueWords: letterDay(day, context.monthFirst) };
    }),
    keepWho: assign(({ context, event }) => {
      const e = event as FlowEvent;
      const read = e.type === 'CHOICE' ? { value: `triage.who.${e.id}`, words: '' } : whoTyped(answerOf(e));
      const button = read.value.replace(/^triage\.who\./, '');
      return { value: read.value, valueWords: read.words || (context.whoWords[button] ?? button) };
    }),
  },
  guards: {
    nothingNoted: ({ context }) => context.statements.length === 0 && !context.child,
    // "wrong date" with nothing of the school's noted: never the child's name (review19 R4).
    dateButNothingNoted: ({ context }) => context.statements.length === 0 && context.named === 'said_on',
    isNameField: ({ context }) => context.field === 'nickname',
    onlyTheChild: ({ context }) => context.statements.length === 0,
    isChildName: ({ event }) => answerOf(event as FlowEvent) === 'child-name',
    sameName: ({ context, event }) => answerOf(event as FlowEvent).trim().toLowerCase() === context.child.trim().toLowerCase(),
    isOnlyAName: ({ event }) => readsAsNewName(answerOf(event as FlowEvent)),
    namedDate: ({ context }) => context.named === 'said_on',
    namedWho: ({ context }) => context.named === 'who' || context.named === 'name',
    // "wrong name" alone, with both a child's name and a staff member's to mean (W15-7).
    eitherName: ({ context }) => context.named === 'name' && context.child !== '' && staffNames(context).length > 0,
    justOne: ({ context }) => context.statements.length === 1,
    isYes: ({ event }) => answerOf(event as FlowEvent) === 'yes',
    isNone: ({ event }) => answerOf(event as FlowEvent) === 'none',
    isWho: ({ event }) => answerOf(event as FlowEvent) === 'who',
    isKind: ({ event }) => answerOf(event as FlowEvent) === 'kind',
    isCategory: ({ event }) => (CATEGORIES as readonly string[]).includes(answerOf(event as FlowEvent).replace(/^cat:/, '')),
    isStatement: ({ context, event }) => /^s\d+$/.test(answerOf(event as FlowEvent)) && Number(answerOf(event as FlowEvent).slice(1)) < context.statements.length,
    readsAsDay: ({ context, event }) => dayTyped(context, event as FlowEvent) !== undefined,
    sameDay: ({ context, event }) => dayTyped(context, event as FlowEvent) === picked(context)?.saidOn,
    hasWords: ({ event }) => /\p{L}/u.test(answerOf(event as FlowEvent)),
    isOnlyADay: ({ event }) => isOnlyADay(answerOf(event as FlowEvent)),
  },
}).createMachine({
  id: 'correct',
  context: ({ input }) => ({ ...inputSchema.parse(input), picked: 0, field: 'said_on', value: '', valueWords: '' }),
  initial: 'start',
  states: {
    start: {
      always: [
        { guard: 'nothingNoted', target: 'done', actions: { type: 'say', params: { key: `${P}.nothing` } } },
        { guard: 'dateButNothingNoted', target: 'done', actions: { type: 'say', params: { key: `${P}.nothing-date` } } },
        { guard: 'eitherName', target: 'whichName' },
        { target: 'statement' },
      ],
    },
    whichName: {
      entry: { type: 'ask', params: whichNameParams },
      on: {
        CHOICE: [
          { guard: 'isChildName', target: 'askName' },
          { target: 'statement', actions: 'namedStaff' },
        ],
      },
    },
    // Which statement: one alone is confirmed; with none, the child's name is what can be put right.
    statement: {
      always: [
        { guard: 'onlyTheChild', target: 'askName' },
        { guard: 'justOne', target: 'one' },
        { target: 'which' },
      ],
    },
    one: {
      entry: { type: 'ask', params: oneParams },
      on: {
        CHOICE: [
          { guard: 'isYes', target: 'route' },
          { guard: 'isChildName', target: 'askName' },
          { target: 'done', actions: { type: 'say', params: { key: `${P}.unchanged` } } },
        ],
      },
    },
    which: {
      entry: { type: 'ask', params: whichParams },
      on: {
        CHOICE: [
          { guard: 'isStatement', target: 'route', actions: 'pick' },
          { guard: 'isChildName', target: 'askName' },
          { target: 'done', actions: { type: 'say', params: { key: `${P}.unchanged` } } },
        ],
      },
    },
    // What was wrong, unless the parent already said ("correct the date").
    route: {
      always: [
        { guard: 'namedDate', target: 'askDate', actions: 'takeNamed' },
        { guard: 'namedWho', target: 'askWho', actions: 'takeNamed' },
        { target: 'what' },
      ],
    },
    what: {
      entry: { type: 'ask', params: whatParams },
      on: {
        CHOICE: [
          { guard: 'isNone', target: 'done', actions: { type: 'say', params: { key: `${P}.unchanged` } } },
          { guard: 'isWho', target: 'askWho', actions: 'pickField' },
          { guard: 'isKind', target: 'askKind', actions: 'pickField' },
          { target: 'askDate', actions: 'pickField' },
        ],
      },
    },
    askDate: {
      entry: { type: 'ask', params: askDateParams },
      on: {
        TEXT: [
          { guard: 'sameDay', target: 'askDate', reenter: true, actions: { type: 'say', params: { key: `${P}.same-date` } } },
          { guard: 'readsAsDay', target: 'confirm', actions: 'keepDay' },
          { target: 'askDate', reenter: true, actions: { type: 'say', params: { key: `${P}.date-unclear` } } },
        ],
      },
    },
    askWho: {
      entry: { type: 'ask', params: askWhoParams },
      on: {
        CHOICE: { target: 'confirm', actions: 'keepWho' },
        TEXT: [
          { guard: 'isOnlyADay', target: 'askWho', reenter: true, actions: { type: 'say', params: { key: `${P}.who-is-a-day` } } },
          { guard: 'hasWords', target: 'confirm', actions: 'keepWho' },
          { target: 'askWho', reenter: true, actions: { type: 'say', params: { key: `${P}.who-unclear` } } },
        ],
      },
    },
    // The child's name (W15-7): a name of a few words, not the same one.
    askName: {
      entry: { type: 'ask', params: askNameParams },
      on: {
        TEXT: [
          { guard: 'sameName', target: 'askName', reenter: true, actions: { type: 'say', params: { key: `${P}.same-name` } } },
          { guard: 'isOnlyAName', target: 'confirm', actions: 'keepName' },
          { target: 'askName', reenter: true, actions: { type: 'say', params: { key: `${P}.name-unclear` } } },
        ],
      },
    },
    // The kind of no it was filed under (W15-7).
    askKind: {
      entry: { type: 'ask', params: askKindParams },
      on: { CHOICE: [{ guard: 'isCategory', target: 'confirm', actions: 'keepKind' }, { target: 'done', actions: { type: 'say', params: { key: `${P}.unchanged` } } }] },
    },
    confirm: {
      entry: { type: 'ask', params: confirmParams },
      on: {
        CHOICE: [
          {
            guard: and(['isYes', 'isNameField']),
            target: 'done',
            actions: [{ type: 'renameChild', params: ({ context }) => ({ nickname: context.value }) }, { type: 'say', params: ({ context }) => ({ key: `${P}.done-name`, vars: { to: context.valueWords } }) }],
          },
          {
            guard: 'isYes',
            target: 'done',
            actions: [
              { type: 'correctStatement', params: ({ context }) => ({ noteId: picked(context)?.id ?? -1, field: context.field as Exclude<Field, 'nickname'>, value: context.value }) },
              { type: 'say', params: ({ context }) => ({ key: ({ said_on: `${P}.done-date`, who: `${P}.done-who`, category: `${P}.done-kind` } as Record<Field, string>)[context.field] ?? `${P}.done-date`, vars: { to: context.valueWords } }) },
            ],
          },
          { target: 'done', actions: { type: 'say', params: { key: `${P}.unchanged` } } },
        ],
      },
    },
    done: { type: 'final' },
  },
  output: () => ({}),
});

export const correctFlow: FlowDef = {
  id: 'correct',
  version: 1,
  machine: correctMachine,
  keys: [
    `${P}.nothing`,
    `${P}.nothing-date`,
    `${P}.choice.statement-child`,
    `${P}.who-is-a-day`,
    `${P}.one`,
    `${P}.which`,
    `${P}.choice.statement`,
    `${P}.choice.none`,
    `${P}.choice.yes`,
    `${P}.choice.no`,
    `${P}.what`,
    `${P}.which-name`,
    `${P}.choice.name-child`,
    `${P}.choice.name-staff`,
    `${P}.choice.date`,
    `${P}.choice.who`,
    `${P}.ask-date`,
    `${P}.date-unclear`,
    `${P}.same-date`,
    `${P}.ask-who`,
    `${P}.who-unclear`,
    ...WHO.map((w) => `triage.who.${w}`),
    `${P}.confirm-date`,
    `${P}.confirm-who`,
    `${P}.choice.kind`,
    `${P}.choice.child-name`,
    `${P}.ask-name`,
    `${P}.same-name`,
    `${P}.name-unclear`,
    `${P}.confirm-name`,
    `${P}.done-name`,
    `${P}.ask-kind`,
    ...CATEGORIES.map((c) => `category.${c}.label`),
    `${P}.confirm-kind`,
    `${P}.done-kind`,
    `${P}.confirm.choice.yes`,
    `${P}.confirm.choice.no`,
    `${P}.done-date`,
    `${P}.done-who`,
    `${P}.unchanged`,
  ],
};
