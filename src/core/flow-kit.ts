/**
 * The vocabulary every flow speaks. Flows are pure: they never produce words or do I/O.
 * They emit *effects* as named xstate actions with params; the engine reads the actions
 * returned by xstate's pure `transition()` and turns them into replies, notes and documents.
 */
import type { AnyStateMachine } from 'xstate';
import * as z from 'zod';
import { categorySchema, type Category } from './types.js';

export type Vars = Record<string, string>;

/** A ranked classification, as the engine feeds it back after a `classify` effect. */
export interface Classification {
  category: Category;
  confidence: number;
  ranked: { category: Category; score: number }[];
  /** False when the top score is low or the top two are close: the flow should ask. */
  confident: boolean;
}

/**
 * Events a flow receives. `at` is the ISO instant the parent acted (from the injected clock);
 * `day` is the parent's calendar day at that instant, where they are (`YYYY-MM-DD`, worked out by
 * the engine: src/core/parent-day.ts). Flows count "today", "yesterday" and weekdays from `day`.
 */
export type FlowEvent =
  | { type: 'TEXT'; text: string; at: string; day: string }
  /** `typed`: the parent's words when they typed the button rather than pressing it ("a quiet space"). */
  | { type: 'CHOICE'; id: string; at: string; day: string; typed?: string; added?: string }
  | { type: 'CLASSIFIED'; result: Classification; at: string; day: string }
  /**
   * The flow's input read afresh, sent when a conversation put aside comes back (another dialogue
   * ran over it, e.g. "change profile"). A flow that keeps facts from its input (the profile's
   * place, the school's name for the child) takes it at its root and updates them; others ignore it.
   */
  | { type: 'INPUT'; input: FlowInput; at: string; day: string };

/**
 * Noon UTC on the parent's day, as an ISO instant: what a flow counts calendar days from
 * ("yesterday", "last Friday", "in two weeks") with UTC date arithmetic, so the days counted are
 * the parent's own, wherever they are.
 */
export function parentNoon(event: Pick<FlowEvent, 'day'>): string {
  return `${event.day}T12:00:00.000Z`;
}

const varsSchema = z.record(z.string(), z.string());

/** A button: `id` is what comes back in a CHOICE event, `key` is the content key of its label. */
export const choiceRefSchema = z.object({ id: z.string(), key: z.string(), vars: varsSchema.optional() });
export type ChoiceRef = z.infer<typeof choiceRefSchema>;

// Each effect's params as a zod schema: the flows' types are inferred from them, and the engine
// parses an effect's params with the same schema before its handler runs (src/core/run-context.ts).
export const sayParamsSchema = z.object({ key: z.string(), vars: varsSchema.optional() });
export type SayParams = z.infer<typeof sayParamsSchema>;

export const askParamsSchema = z.object({
  key: z.string(),
  vars: varsSchema.optional(),
  choices: z.array(choiceRefSchema).optional(),
  /** May the parent answer in their own words? Defaults to true when there are no choices. */
  freeText: z.boolean().optional(),
  /**
   * Words typed after one of its buttons' own that add something ("No, he had a meltdown at the
   * gate") are handed to the flow with the choice (`CHOICE.added`), which keeps them where they
   * belong (the day's note), in place of the engine keeping them apart (src/core/added-words.ts).
   */
  takesAdded: z.boolean().optional(),
});
export type AskParams = z.infer<typeof askParamsSchema>;

// `parent_words`: what the parent typed, kept in their own words before anyone confirms whose words they are.
// `correction`: a noted date or person put right, from what to what (the case file's `correct`).
export const NOTE_KINDS = ['statement', 'answer', 'next_step', 'draft', 'request_sent', 'response', 'advice', 'log_summary', 'parent_words', 'correction'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export const noteParamsSchema = z.object({
  kind: z.enum(NOTE_KINDS),
  /** Short machine-readable topic, e.g. `data.missing` or `triage.request`. */
  topic: z.string(),
  /** Human-readable content of the note (the parent's words or a chosen option's id). */
  text: z.string(),
  category: categorySchema.optional(),
  /** For statements: who said it and when (free text / ISO date), as the parent gave them. */
  who: z.string().optional(),
  said_on: z.string().optional(),
  /** For requests / next steps: what is due and when (ISO date), if known. */
  due: z.string().optional(),
  /** Kept with no child: words typed before it is known which child they are about (a new "no"'s first message). */
  caseless: z.boolean().optional(),
  /**
   * The same words kept with no child when they came, under one of these topics (a school's line
   * pasted where the child's name was asked): that note is moved into the case as this one
   * (`Store.refileNote`), never copied beside it. None found: written as usual.
   */
  refiles: z.array(z.string()).optional(),
});
export type NoteParams = z.infer<typeof noteParamsSchema>;

/**
 * A typed answer the flow read only in part, or not at all and asks again (src/core/added-words.ts
 * keeps what else it says): `text`, the answer as typed; `took`, the words it took from it as they
 * are, kept already where they belong (a reason in the parent's words in the day's log): cut out,
 * never kept again; `restates`, words that only restate what was read (an age's "12", "year 7"):
 * they add nothing, but stay in the words kept. `kept`: said, in place of the engine's line, when
 * words are kept; `otherwise`: said when nothing is (the nudge before the question again).
 */
export const partReadParamsSchema = z.object({
  text: z.string(),
  took: z.array(z.string()).optional(),
  restates: z.string().optional(),
  kept: z.string().optional(),
  otherwise: z.string().optional(),
});
export type PartReadParams = z.infer<typeof partReadParamsSchema>;

export const classifyParamsSchema = z.object({ text: z.string() });
export type ClassifyParams = z.infer<typeof classifyParamsSchema>;

export const draftParamsSchema = z.object({
  /** Letter template id in content/letters. */
  template: z.string(),
  vars: varsSchema,
  /** Lines of fact whose answer the parent was unsure of (by variable): the letter says so (src/features/advice/unsure-answers.ts). */
  unsure: z.array(z.string()).optional(),
});
export type DraftParams = z.infer<typeof draftParamsSchema>;

/**
 * `disclaim: false`: open the case without the not-legal-advice note (erasing the child needs none).
 * `adopt`: the parent's words kept with no child before the child was known (under one of `topics`,
 * written at or after `since`, or the very `words`) now belong to this child: moved into the case as
 * they are, so the child's erase takes them (review20 R3); a statement made of them later moves them
 * again (`NoteParams.refiles`).
 */
export const openCaseParamsSchema = z.object({
  nickname: z.string(),
  disclaim: z.boolean().optional(),
  adopt: z.object({ topics: z.array(z.string()), since: z.string().optional(), words: z.array(z.string()).optional() }).optional(),
});
export type OpenCaseParams = z.infer<typeof openCaseParamsSchema>;

/**
 * No-op implementations: the engine interprets these actions by type and params.
 * Spread into each flow's `setup({ actions })`.
 */
export const effects = {
  say: (_: unknown, _params: SayParams) => {},
  ask: (_: unknown, _params: AskParams) => {},
  note: (_: unknown, _params: NoteParams) => {},
  classify: (_: unknown, _params: ClassifyParams) => {},
  draft: (_: unknown, _params: DraftParams) => {},
  openCase: (_: unknown, _params: OpenCaseParams) => {},
  /** Say the not-legal-advice note now, if it has not been said for this case (or parent) yet. */
  disclaim: () => {},
  /** The typed answer was read only in part: the engine keeps what else it says (PartReadParams). */
  readPart: (_: unknown, _params: PartReadParams) => {},
};

/**
 * The `readPart` action's params from the event that carried the answer: what a flow declares
 * when it read a typed answer only in part (or not at all, asking again). A CHOICE (a button
 * pressed) was read whole: its text is '' and nothing is kept.
 */
export function partRead(how: Omit<PartReadParams, 'text' | 'took' | 'restates'> & { took?: (text: string) => string[]; restates?: (text: string) => string } = {}) {
  return ({ event }: { event: unknown }): PartReadParams => {
    const e = event as FlowEvent;
    const text = e.type === 'TEXT' ? e.text.trim() : '';
    const { took, restates, ...said } = how;
    return { text, ...said, ...(took && text ? { took: took(text) } : {}), ...(restates && text ? { restates: restates(text) } : {}) };
  };
}

/** What a finished flow hands the engine: which flow to start next, with what input. */
export interface FlowOutput {
  next?: string;
  input?: Record<string, unknown>;
  /**
   * A conversation put aside when this flow began, carried untouched: the engine goes back to it
   * instead of the menu when this flow ends. Only the safety check and "what do I say next?"
   * saved by an earlier release carry one (`input.resume`); the engine now puts conversations
   * aside itself (`startFlow`).
   */
  resume?: unknown;
  /** The conversation put aside is let go, not come back to (the parent chose "leave it": src/core/aside-offer.ts); its notes stay. */
  letGo?: true;
  /**
   * Words to read as if the parent had just typed them at the menu (started quietly), the
   * conversation put aside kept to come back to ("Look at it now": src/core/new-message.ts).
   */
  read?: string;
  /**
   * Come back after the conversation put aside: this flow is started again, quietly, with this
   * input, beneath that conversation, which is asked again now ("Finish the question first").
   */
  later?: Record<string, unknown>;
}

/** Everything the engine needs to know about one dialogue. */
export interface FlowDef {
  id: string;
  /** Bump when states change: stored snapshots of an older version are restarted kindly. */
  version: number;
  machine: AnyStateMachine;
  /** Every content key the flow can emit (checked against content at start-up). */
  keys: readonly string[];
  /** Letter templates the flow can draft. */
  templates?: readonly string[];
  /**
   * Not come back to when a command's dialogue runs over it (a confirmation to erase everything):
   * dropped instead of put aside. The menu is never put aside.
   */
  dropWhenInterrupted?: true;
  /**
   * Not one child's dialogue, though a child may be open (erasing, choosing a child, the check-in
   * set-up): its replies are recorded as about no child (src/core/turn-cases.ts). The menu never is.
   */
  aboutNoChild?: true;
  /**
   * What its question is about, said when it comes back after another dialogue (in place of a bare
   * "Now, back to where we were:"), from the state and context it was put aside with; null: the plain words.
   */
  backTo?: (context: Record<string, unknown>, state: unknown) => SayParams | null;
  /**
   * The parent's own words the conversation is about (clipped), for the offer made when its question
   * was left waiting since an earlier day ("Earlier you started telling me about …"); null: the
   * question itself is quoted instead.
   */
  leftAbout?: (context: Record<string, unknown>, state: unknown) => string | null;
  /**
   * Said in place of "Welcome back…" when the parent comes back on a later day than its question
   * was asked (the day a log is about: "We were logging Tuesday 12 January:"); null: the plain words.
   */
  welcomeBack?: (context: Record<string, unknown>, state: unknown) => SayParams | null;
  /**
   * The parent's own words the conversation holds and has kept nowhere yet (a told day waiting on
   * "Shall I add it to the log?"), from its state and context: kept in the notes when it is dropped
   * for the menu ("menu", "stop"), so nothing typed is lost (src/core/left-words.ts).
   */
  unkeptWords?: (context: Record<string, unknown>, state: unknown) => readonly string[];
  /**
   * Words typed after one of its buttons' own ("look at it now please, it's the email from the
   * head") are about what it holds already (the new-message offer: the message kept), not words
   * of their own to keep (src/core/added-words.ts).
   */
  addedWordsAreItsOwn?: true;
}

/** Standard input every flow may receive from the engine. */
export interface FlowInput {
  nickname?: string;
  children?: string[];
  firstVisit?: boolean;
  [k: string]: unknown;
}

/** The text of a TEXT event, or the id of a CHOICE: handy in assigns. */
export function answerOf(event: FlowEvent): string {
  if (event.type === 'TEXT') return event.text.trim();
  if (event.type === 'CHOICE') return event.id;
  return '';
}

/** Typed with no letter in it ("2", "?"): a button's number or a mark, no words to keep as an answer. */
export function typedWithoutWords(event: FlowEvent): boolean {
  return event.type === 'TEXT' && !/\p{L}/u.test(event.text);
}

/** Words to be shown inside double quotation marks: their own double quotes become single ones, as nested quotes are written. */
export function nestedQuote(text: string): string {
  return text.replace(/"([^"]*)"/g, '\u2018$1\u2019').replace(/\u201c([^\u201d]*)\u201d/g, '\u2018$1\u2019').replace(/["\u201c\u201d]/g, "'");
}

/** Curly single quotes (’ ‘) as the straight apostrophe, so "don’t" reads as "don't" does. */
export function straightApostrophes(text: string): string {
  return text.replace(/[’‘]/g, "'");
}

/** Typed words as they are compared with a button's or a list's words: lower case, straight apostrophes, no punctuation but apostrophes, single spaces. */
export function plainWords(text: string): string {
  return straightApostrophes(text.toLowerCase()).replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Trim a parent's words for use inside a sentence or letter. */
export function clip(text: string, max = 400): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

/** Like `clip`, but a pasted email keeps its lines (its greeting and signature stay recognisable). */
export function clipLines(text: string, max = 4000): string {
  const t = text.replace(/[^\S\n]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}
