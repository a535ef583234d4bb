/**
 * Which replies "What do I say next?" offers (W14-1): those for the case's situation when it has
 * one, else those for the kind of no. The situation is the one the school's words point to
 * (`cued`), else a yes with no date or owner ("leave it with me": `looseYes`), else the one picked
 * for the case (handed in as `situation`) when the words are that case's (from the notes) or
 * fit none of the five kinds. A situation's replies never thank a school for a reply it did not
 * send. Pure: content keys only.
 */
import type { FlowOutput, NoteParams, SayParams } from '../../src/core/flow-kit.js';
import type { Category } from '../../src/core/types.js';
import { cued, SITUATIONS, type Situation } from './situation-cues.js';
import { looseYes } from './partial-yes.js';
import { silenceDays, type CaseDays } from './silence-dates.js';

const P = 'say-next';

/** The reply sets beyond the five kinds: each situation, and a yes without a date or owner. */
export const REPLY_SETS = [...SITUATIONS, 'loose-yes'] as const;
export type ReplySet = (typeof REPLY_SETS)[number];

/** When the words point to several: the step hardest to undo, or most urgent, first. */
const FIRST: readonly Situation[] = ['off-roll-done', 'off-roll', 'attendance', 'sent-home', 'not-delivered', 'silence', 'no-assessment', 'need-disputed'];

/** What the choice reads from say-next's context. */
export interface RepliesCtx {
  statement: string;
  category: Category;
  /** The situation picked for this case (a `situation.choice.<id>` note's id), '' for none. */
  situation?: string;
  /** The statement came from the notes: the case's own words. */
  fromNotes?: boolean;
  /** The days the case holds for silence (written on, meetings cancelled), used when the statement names none. */
  caseDays?: CaseDays;
}

function isSituation(s: unknown): s is Situation {
  return (SITUATIONS as readonly unknown[]).includes(s);
}

/** The reply set for this statement, or undefined for the kind of no's own replies. */
export function replySetOf(context: RepliesCtx): ReplySet | undefined {
  const pointed = cued(context.statement);
  const first = FIRST.find((s) => pointed.includes(s));
  if (first) return first;
  if (looseYes(context.statement)) return 'loose-yes';
  if (isSituation(context.situation) && (context.fromNotes === true || context.category === 'other')) return context.situation;
  return undefined;
}

/** A message of the situation's set if there is one (`say-next.<part>.situation.<set>`), else the kind's (`say-next.<part>.<category>`). */
function keyFor(part: string, context: RepliesCtx): string {
  const set = replySetOf(context);
  return set ? `${P}.${part}.situation.${set}` : `${P}.${part}.${context.category}`;
}

/** What kind of no it sounds like, or which situation. */
export function kindParams({ context }: { context: RepliesCtx }): SayParams {
  const set = replySetOf(context);
  return { key: set ? `${P}.situation.${set}` : `${P}.kind.${context.category}` };
}

/** The silence replies with versions holding the days written on and the meetings cancelled. */
const DATED_TONES = new Set(['clear', 'firm']);
const DATED_VERSIONS = ['dated', 'cancelled', 'dated-cancelled'] as const;

export function replyFor(tone: string): (args: { context: RepliesCtx }) => SayParams {
  return function replyParams({ context }): SayParams {
    const key = `${keyFor('replies', context)}.${tone}`;
    if (!DATED_TONES.has(tone) || replySetOf(context) !== 'silence') return { key };
    // Silence: the days the parent wrote on and the meetings cancelled, from their words (review13-5), else the case's (situations16).
    const { wrote, cancelled } = silenceDays(context.statement, context.caseDays);
    if (wrote && cancelled) return { key: `${key}.dated-cancelled`, vars: { dates: wrote, cancelled } };
    if (wrote) return { key: `${key}.dated`, vars: { dates: wrote } };
    return cancelled ? { key: `${key}.cancelled`, vars: { cancelled } } : { key };
  };
}

export function questionsParams({ context }: { context: RepliesCtx }): SayParams {
  return { key: keyFor('questions', context) };
}

export function writeDownParams({ context }: { context: RepliesCtx }): SayParams {
  return { key: keyFor('write-down', context) };
}

/** The advice given, recorded by the content key of its summary (shown as words in the notes). */
export function adviceNote({ context }: { context: RepliesCtx }): NoteParams {
  return { kind: 'advice', topic: 'say-next.advice', text: keyFor('advice-note', context), category: context.category };
}

/** Every key these can say, for the flow's declaration. */
export function replySetKeys(tones: readonly string[]): string[] {
  return REPLY_SETS.flatMap((s) => [
    `${P}.situation.${s}`,
    ...tones.map((t) => `${P}.replies.situation.${s}.${t}`),
    ...(s === 'silence' ? tones.filter((t) => DATED_TONES.has(t)).flatMap((t) => DATED_VERSIONS.map((v) => `${P}.replies.situation.${s}.${t}.${v}`)) : []),
    `${P}.questions.situation.${s}`,
    `${P}.write-down.situation.${s}`,
    `${P}.advice-note.situation.${s}`,
  ]);
}

/** The situation whose own flow writes the letter when the parent asks for one: a situation's, not a loose yes (its letter is say-next's, asking for the date and who). */
export function situationLetterOf(context: RepliesCtx): Situation | undefined {
  const set = replySetOf(context);
  return set && set !== 'loose-yes' ? set : undefined;
}

/** What the situation's flow is handed, as triage hands it over: the child, the request, the school's words, who and when. */
export function handOver(context: RepliesCtx & { handTo?: string; nickname: string; request: string; recipient: string; saidOn: string }): FlowOutput {
  return {
    next: `situation.${context.handTo ?? ''}`,
    input: { category: context.category, nickname: context.nickname, request: context.request, statement: context.statement, who: context.recipient, saidOn: context.saidOn, situation: context.handTo },
  };
}
