/**
 * What a "kind of no" flow declares (each `no-*.flow.ts`): its questions, wrap-up and letter.
 * kind-of-no.ts builds the machine from it.
 */
import type { Category } from '../../src/core/types.js';

/**
 * An answer the case already holds, offered before the question (situations16: the days the
 * parent wrote on, from their words or the case's notes): `<prefix>.<ask>` with `{{answer}}`,
 * and the buttons `<prefix>.choice.same` (keep it) and `<prefix>.choice.change` (the question).
 */
export interface KnownBefore {
  ask: string;
  /** The answer held, from the flow's input ('' for none: the question is asked as it always was). */
  from: (input: Readonly<Record<string, unknown>>) => string;
}

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
  /**
   * The answer is a day and nothing else ("By what day…?"): the letter gives the date read from it,
   * written out ("29 January 2027", not "friday 29 jan"), and the words only when no date was read.
   */
  dayOnly?: true;
  /** A person's name alone is an answer here ("Who is collecting it?"); elsewhere "Mrs McAuley" alone is asked about again. */
  person?: true;
  /** A number alone is an answer here ("how many school days…?"); elsewhere it is a menu's number, asked about again. */
  count?: true;
  /**
   * The parent's own answer last time, offered first when a no of the same kind came within a
   * few weeks (the input's `earlierAnswers`, by topic): "Same as before: …?", theirs to change.
   */
  reuse?: true | KnownBefore;
  /** Where saved sessions keep the typed answer, when not under the state's id. */
  field?: string;
  /** Part of it an earlier answer may already give (who collects the data): then `<prefix>.<ask>` asks only the rest, and the line carries both. */
  partKnown?: {
    from: readonly S[];
    ask: string;
    read: (answer: string) => string;
    sentences?: readonly string[];
    /**
     * Letter sentences (`<prefix>.letter.<id>`) that `read` may give as the whole answer ("nobody
     * is gathering it"): said in an earlier answer, the question is not asked; typed here, the line is that sentence.
     */
    answers?: readonly string[];
  };
  /**
   * Buttons whose choice the letter states as a neutral first-person sentence
   * (`<prefix>.letter.<id>`), instead of leaving the line blank.
   */
  says?: readonly string[];
}

/**
 * A wrap-up message: a content key under the prefix, said with the child's nickname unless
 * `plain`; or `term`, a sentence that follows where the family is (`terms.<place>.<term>`).
 */
export type WrapUpSay =
  | string
  | { key: string; plain: true; after?: string }
  | { term: string }
  /** The one message of `keys` that answers this case (the school's words, the place, the plan), said with the child's nickname: `pick` gives its whole key. */
  | { pick: (context: Readonly<Record<string, string>>) => string; keys: readonly string[] };

/** Everything that makes one "kind of no" flow its own. */
export interface KindOfNoSpec<S extends string> {
  /** Flow id: triage hands over to `no.<category>`. */
  id: string;
  /** Content-key prefix, e.g. `no-data`. */
  prefix: string;
  /** The next step's note is filed under this category, with topic `<category>.next-step`. */
  category: Category;
  questions: readonly KindQuestion<S>[];
  /** The introduction, when it depends on the case (a `pick`); else `<prefix>.intro`. */
  intro?: WrapUpSay;
  /** Said instead of "put {date} in your diary: if nothing has moved…" when an answer named the date (`<prefix>.<dueSay>`, with `date`). */
  dueSay?: string;
  /** What is said after the last answer, before the next steps (`after`: said instead once the meeting has happened). */
  wrapUp: readonly WrapUpSay[];
  /**
   * How a meeting already held is known (after-meeting.ts): the question whose answer says when
   * the parent heard (`decidedBy`), and those whose words name the school's people there (`names`).
   * The letter then gets `meeting_on` and `met_with`.
   */
  afterMeeting?: { decidedBy: NoInfer<S>; names: readonly NoInfer<S>[] };
  letter: {
    template: string;
    /**
     * Another letter for some cases: `template` when `when` holds for the case (the place, the
     * plan, the school's words). The predetermination flow's letter to the local authority after
     * an EHC plan's review in England (plan-review.ts).
     */
    instead?: { template: string; when: (context: Readonly<Record<string, string>>) => boolean };
    /**
     * The letter's own variables, in order, each filled with the typed answer to a question
     * (by state id), or `null` for a line left blank. Every letter also gets date, who,
     * nickname, said_on, statement and request from triage's hand-over.
     */
    vars: Readonly<Record<string, NoInfer<S> | null>>;
    /** Lines that follow from the case rather than an answer: the content key of a sentence (with no variables), or '' to leave the line out. */
    said?: Readonly<Record<string, { pick: (context: Readonly<Record<string, string>>) => string; keys: readonly string[] }>>;
  };
}
