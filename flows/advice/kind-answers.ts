/**
 * How a "kind of no" flow (kind-of-no.ts) keeps an answer: typed words clipped for the letter,
 * with the date they name when the next step is due on it; a button's letter sentence by its
 * key; and the part of an answer an earlier one already gave (`KnownPart`: "they expect me to get
 * it" says who collects the data), carried into this answer's letter line in the parent's words.
 */
import { clip, parentNoon, type FlowEvent, type FlowInput, type NoteParams } from '../../src/core/flow-kit.js';
import { shippedContent } from '../../src/content/catalog.js';
import { dateOrder, dueFrom, typed } from './parent-answers.js';

/** An earlier answer (by field) that may already say part of this one; `read` finds that part in the parent's words, or ''. */
interface KnownPart {
  fields: readonly string[];
  read: (answer: string) => string;
}

/** Params of `keepAnswer`: where a typed answer goes, clipped how far, whether it sets the due date, and the part known already. */
interface Keep {
  field: string;
  max: number;
  due: boolean;
  known?: string;
  /** The letter's sentence for what was typed, when it is the whole answer ("no one": nobody is gathering it). */
  whole?: string;
}

type Answers = Record<string, string>;

/** The part of this answer the earlier ones already gave ('' when none does). */
export function knownPartOf(context: Answers, part: KnownPart | undefined): string {
  for (const field of part?.fields ?? []) {
    const found = part?.read(context[field] ?? '') ?? '';
    if (found) return found;
  }
  return '';
}

/** The known part as the letter's own sentence (`<prefix>.letter.<id>`), not the parent's words. */
const SENTENCE_KEY = /^[a-z-]+\.letter\.[a-z-]+$/;

/**
 * The known part, then what was typed: "they expect me to get it, by 14 March"; a sentence of
 * the letter's own ("me" as `no-data.letter.i-collect`) takes the date as its `when`.
 */
function withKnown(known: string, words: string): string {
  if (SENTENCE_KEY.test(known)) return words ? shippedContent().render(`${known}-by`, { when: words.replace(/^(?:by|before)\s+/i, '') }) : known;
  const k = known.replace(/[\s.,;:]+$/, '');
  return words ? `${k}, ${words}` : k;
}

/**
 * A typed answer kept; when it sets the due date, a date in numbers ("by 12/18") is read in the
 * case's order of day and month, the one its letters use (`monthFirst`: 'yes' in the US), and a
 * period ("within 10 school days") from the day the school said it (`saidOn`, when a date).
 */
export function keepAnswer({ context, event }: { context: { monthFirst?: string; profile?: string; saidOn?: string }; event: FlowEvent }, keep: Keep): Answers {
  const words = typed(event, keep.max);
  const kept: Answers = { [keep.field]: keep.whole || (keep.known ? withKnown(keep.known, words) : words) };
  if (keep.due) kept['due'] = dueFrom(typed(event), parentNoon(event), dateOrder(context), context.saidOn) ?? '';
  return kept;
}

/** Before the question: the known part alone, so the line carries it when the rest is skipped or not said. */
export function keepKnown(_: unknown, keep: { field: string; known: string }): Answers {
  return keep.known ? { [keep.field]: withKnown(keep.known, '') } : {};
}

/** A button the letter states as a sentence: its content key stands in for the answer. */
export function keepChoice({ event }: { event: FlowEvent }, keep: { field: string; prefix: string; says: readonly string[] }): Answers {
  return event.type === 'CHOICE' && keep.says.includes(event.id) ? { [keep.field]: `${keep.prefix}.letter.${event.id}` } : {};
}

/** The note of an answer with a known part: the line as kept (so a letter from the notes reads the same). */
export function keptLineNote(field: string, topic: string): (args: { context: Answers }) => NoteParams {
  return function noteKeptLine({ context }) {
    return { kind: 'answer', topic, text: clip(context[field] ?? '', 2000) };
  };
}

/** The parent's answer last time on this topic (the input's `earlierAnswers`, offered again: `KindQuestion.reuse`), or ''. */
export function earlierAnswerOf(input: FlowInput, topic: string, max: number): string {
  const earlier = input.earlierAnswers;
  const text = typeof earlier === 'object' && earlier !== null ? (earlier as Record<string, unknown>)[topic] : undefined;
  return typeof text === 'string' ? clip(text, max) : '';
}
