/**
 * The parent's own words, checked before a letter is drafted. The lines of the letter that
 * carry what they typed (their request, their answers) are shown exactly as the letter will read
 * them (the `previewLines` effect renders them), and one tap sends the letter as it is; or they
 * pick a line and type it as they want the school to read it, keep it, or leave it out (where the
 * letter can do without it). A reworded line is noted as that question's newest answer, so a
 * letter drafted later from the notes reads the same; a line left out is noted as such. Nothing
 * is asked twice: the check covers this letter's lines only, and ends when the parent says so.
 * Used in a flow's setup (`wordingAssigns` wrapped in `assign`, `wordingGuards`) and states
 * (`wordingStates(next, …)`).
 */
import { asSentence, once, shippedAlternation, shippedContent } from '../../src/content/catalog.js';
import { clip, plainWords, straightApostrophes, typedWithoutWords, type AskParams, type DraftParams, type FlowEvent, type NoteParams } from '../../src/core/flow-kit.js';
import { factOf } from '../../src/features/advice/letter-facts.js';
import type { PreviewLinesParams } from '../case-file/case-file-effects.js';

/** A letter line in the parent's own words. */
export interface WordingLine {
  /** The letter's variable (`missing_data`). */
  name: string;
  /** Where the flow's context keeps the typed answer (`missing`). */
  field: string;
  /** The topic of the note that records it (`data.missing`). */
  topic: string;
  /** The template leaves the line out when it is empty (so "Leave it out" is offered). */
  optional: boolean;
}

/** What these states read and write in a flow's context. */
export interface WordingCtx {
  /** The letter variable whose line the parent is rewording ('' when none). */
  wordingLine: string;
}

// A line's words are read by field name; a flow's context may hold more than strings (say-next keeps its classification).
type Ctx = WordingCtx & Record<string, unknown>;
/** What a line's update writes: its field, and the line being reworded. */
type Written = Partial<WordingCtx> & Record<string, string>;
/** A flow's lines: fixed, or known only once the flow runs (the letter drafted from the notes). */
export type LineSource = readonly WordingLine[] | ((context: Ctx) => readonly WordingLine[]);
type Lines = { lines: LineSource };

function linesIn(context: Ctx, lines: LineSource): readonly WordingLine[] {
  return typeof lines === 'function' ? lines(context) : lines;
}

/** The topic of the note that keeps the school's answer as the parent reworded it (or left it out). */
export const SCHOOL_ANSWER_TOPIC = 'facts.school-answer';

/** The note text of a line the parent left out (a content key: never a letter's words). */
export const LEFT_OUT = 'facts.choice.leave-out';

export const WORDING_KEYS = [
  'facts.wording-preview',
  'facts.check-wording',
  'facts.choice.wording-ok',
  'facts.choice.wording-change',
  'facts.ask-which-line',
  'facts.choice.line',
  'facts.ask-reword',
  'facts.choice.keep-line',
  'facts.reword-needs-words',
  'facts.line-must-stay',
  LEFT_OUT,
] as const;

/**
 * The lines of a template that can carry the parent's words: of `candidates` (variable, field,
 * note topic), those the template declares, each marked optional when the template leaves it out.
 */
export function wordingLines(template: string, candidates: readonly (readonly [string, string, string])[]): WordingLine[] {
  const t = shippedContent().letter(template);
  if (!t) return [];
  const optional = new Set(t.optional ?? []);
  return candidates.filter(([name]) => name in t.vars).map(([name, field, topic]) => ({ name, field, topic, optional: optional.has(name) }));
}

/** The words a line carries, as the letter takes them ('' for a chosen button's sentence or nothing). */
function ownWords(context: Ctx, line: WordingLine): string {
  const field = context[line.field];
  const v = typeof field === 'string' ? field : '';
  return /^[a-z-]+\.letter\.[a-z-]+$/.test(v) ? '' : factOf(v);
}

function withWords(context: Ctx, lines: LineSource): WordingLine[] {
  return linesIn(context, lines).filter((l) => ownWords(context, l) !== '');
}

function lineOf(context: Ctx, lines: LineSource): WordingLine | undefined {
  return linesIn(context, lines).find((l) => l.name === context.wordingLine);
}

function pickOnly({ context }: { context: Ctx }, { lines }: Lines): Partial<WordingCtx> {
  return { wordingLine: withWords(context, lines)[0]?.name ?? '' };
}
function pickLine({ event }: { event: FlowEvent }): Partial<WordingCtx> {
  return { wordingLine: event.type === 'CHOICE' && event.id.startsWith('line:') ? event.id.slice(5) : '' };
}
/** The parent's new words for the line, kept in its answer's field (the letter reads them from there). */
function reword({ context, event }: { context: Ctx; event: FlowEvent }, { lines }: Lines): Written {
  const line = lineOf(context, lines);
  return line && event.type === 'TEXT' ? { [line.field]: clip(event.text, 600), wordingLine: '' } : { wordingLine: '' };
}
function leaveOut({ context }: { context: Ctx }, { lines }: Lines): Written {
  const line = lineOf(context, lines);
  return line ? { [line.field]: '', wordingLine: '' } : { wordingLine: '' };
}

const LEAVE_OUT_TYPED = once(() => new RegExp(`^(?:${shippedAlternation('letters.leave-out-line')})$`, 'i'));
const KEEP_TYPED = once(() => new RegExp(`^(?:${shippedAlternation('letters.keep-line')})$`, 'i'));
const FILLER_BEFORE = once(() => new RegExp(`^(?:${shippedAlternation('letters.instruction-fillers.before')})(?:[,.!]*\\s+|[,.!]+\\s*)`, 'i'));
const FILLER_AFTER = once(() => new RegExp(`[,.!]*\\s+(?:${shippedAlternation('letters.instruction-fillers.after')})$`, 'i'));
const REASON = once(() => new RegExp(shippedAlternation('letters.instruction-reason'), 'i'));

/** The answer with its spaces and last stop tidied ("Leave it out." → "Leave it out"). */
const tidied = (text: string) => straightApostrophes(text).trim().replace(/\s+/g, ' ').replace(/[\s,.!]+$/, '');

/** The words of an instruction without the fillers around it ("nah leave it out pls" → "leave it out"). */
function coreWords(text: string): string {
  let t = tidied(text);
  for (let before = ''; before !== t; ) {
    before = t;
    t = t.replace(FILLER_BEFORE(), '').replace(FILLER_AFTER(), '').replace(/[\s,.!]+$/, '').trim();
  }
  return t;
}

/**
 * Typed at "Type it the way you'd like the school to read it": "leave it out", "take that out
 * please", "don't put that in", "skip", with fillers around it ("nah leave it out", "leave that out
 * for now please") or a reason after it ("leave it out, she needs it kept private").
 */
export function asksToLeaveOut(event: FlowEvent): boolean {
  if (event.type !== 'TEXT') return false;
  const core = coreWords(event.text);
  if (LEAVE_OUT_TYPED().test(tidied(event.text)) || LEAVE_OUT_TYPED().test(core)) return true;
  const head = core.split(REASON())[0] ?? core;
  return head !== core && LEAVE_OUT_TYPED().test(coreWords(head));
}

/** "never mind", "keep it as it is", "no leave it": the line stays as it is. */
function asksToKeep(event: FlowEvent): boolean {
  return event.type === 'TEXT' && KEEP_TYPED().test(coreWords(event.text));
}

/** "Yes, draft the letter" (or "looks good", "send it"): the wording check's own button, typed where a line is reworded. */
const DRAFT_IT = once(() => {
  const c = shippedContent();
  return new Set([c.render('facts.choice.wording-ok'), ...c.variants('facts.choice.wording-ok.also')].map(plainWords));
});
function typesDraftIt(event: FlowEvent): boolean {
  return event.type === 'TEXT' && (DRAFT_IT().has(plainWords(event.text)) || DRAFT_IT().has(plainWords(coreWords(event.text))));
}

/** Context updates, wrapped in `assign` by the flow that uses them. */
export const wordingAssigns = { pickOnly, pickLine, reword, leaveOut };

export const wordingGuards = {
  hasOwnWords: ({ context }: { context: Ctx }, { lines }: Lines) => withWords(context, lines).length > 0,
  oneLine: ({ context }: { context: Ctx }, { lines }: Lines) => withWords(context, lines).length === 1,
  wantsChange: ({ event }: { event: FlowEvent }) => event.type === 'CHOICE' && event.id === 'change',
  leavesOut: ({ event }: { event: FlowEvent }) => event.type === 'CHOICE' && event.id === 'leave-out',
  /** "leave it out" typed, for a line the letter can do without: done, as the button does it. */
  typesLeaveOut: ({ context, event }: { context: Ctx; event: FlowEvent }, { lines }: Lines) => asksToLeaveOut(event) && lineOf(context, lines)?.optional === true,
  /** "leave it out" typed for a line the letter needs (what the child needs, the request): it stays, and the parent is told why. */
  typesLeaveOutOfNeeded: ({ event }: { event: FlowEvent }) => asksToLeaveOut(event),
  /** "Yes, draft the letter" typed where a line is reworded: the letter, with the line as it was. */
  typesDraftIt: ({ event }: { event: FlowEvent }) => typesDraftIt(event),
  /** "never mind", "keep it as it is" typed where a line is reworded: the line unchanged. */
  typesKeep: ({ event }: { event: FlowEvent }) => asksToKeep(event),
  /** Typed with no letter in it ("2": a button's number from another list): no words for a letter. */
  hasNoWords: ({ event }: { event: FlowEvent }) => typedWithoutWords(event),
};

/**
 * The states `wording` (entered from the flow), `checkWording`, `wordingPick`, `whichLine` and
 * `reword`; `next` follows them. `letter` gives the letter's params as they stand.
 */
export function wordingStates<C extends Ctx>(next: string, lines: LineSource, letter: (args: { context: C }) => DraftParams & Pick<PreviewLinesParams, 'fromNotes'>) {
  const byLines = { lines };
  function previewParams({ context }: { context: C }): PreviewLinesParams {
    return { ...letter({ context }), show: withWords(context, lines).map((l) => l.name) };
  }
  const checkParams: AskParams = {
    key: 'facts.check-wording',
    choices: [
      { id: 'ok', key: 'facts.choice.wording-ok' },
      { id: 'change', key: 'facts.choice.wording-change' },
    ],
    freeText: false,
  };
  function whichParams({ context }: { context: Ctx }): AskParams {
    const choices = withWords(context, lines).map((l) => ({ id: `line:${l.name}`, key: 'facts.choice.line', vars: { words: clip(asSentence(ownWords(context, l)), 60) } }));
    return { key: 'facts.ask-which-line', choices, freeText: false };
  }
  function rewordParams({ context }: { context: Ctx }): AskParams {
    const line = lineOf(context, lines);
    const words = line ? asSentence(ownWords(context, line)) : '';
    const choices = [{ id: 'keep', key: 'facts.choice.keep-line' }, ...(line?.optional ? [{ id: 'leave-out', key: LEFT_OUT }] : [])];
    return { key: 'facts.ask-reword', vars: { words }, choices, freeText: true };
  }
  function rewordNote({ context, event }: { context: Ctx; event: FlowEvent }): NoteParams {
    const line = lineOf(context, lines);
    return { kind: 'answer', topic: line?.topic ?? 'facts.wording', text: event.type === 'TEXT' ? clip(event.text, 2000) : LEFT_OUT };
  }
  const note = { type: 'note' as const, params: rewordNote };
  const leftOutNote = { type: 'note' as const, params: ({ context }: { context: Ctx }): NoteParams => ({ kind: 'answer', topic: lineOf(context, lines)?.topic ?? 'facts.wording', text: LEFT_OUT }) };
  return {
    wording: {
      always: [{ guard: { type: 'hasOwnWords', params: byLines }, target: 'checkWording' }, { target: next }],
    },
    checkWording: {
      entry: [
        { type: 'previewLines', params: previewParams },
        { type: 'ask', params: checkParams },
      ],
      on: { CHOICE: [{ guard: 'wantsChange', target: 'wordingPick' }, { target: next }] },
    },
    wordingPick: {
      always: [{ guard: { type: 'oneLine', params: byLines }, target: 'reword', actions: { type: 'pickOnly', params: byLines } }, { target: 'whichLine' }],
    },
    whichLine: {
      entry: { type: 'ask', params: whichParams },
      on: { CHOICE: { target: 'reword', actions: 'pickLine' } },
    },
    reword: {
      entry: { type: 'ask', params: rewordParams },
      on: {
        // A number or a mark alone is asked for again; a bare "yes" or "ok" keeps the line as it is.
        TEXT: [
          { guard: 'hasNoWords', target: 'reword', reenter: true, actions: { type: 'say', params: { key: 'facts.reword-needs-words' } } },
          // "leave it out" typed is an instruction, never the line's words.
          { guard: { type: 'typesLeaveOut', params: byLines }, target: 'checkWording', actions: [leftOutNote, { type: 'leaveOut', params: byLines }] },
          { guard: 'typesLeaveOutOfNeeded', target: 'reword', reenter: true, actions: { type: 'say', params: { key: 'facts.line-must-stay' } } },
          { guard: 'typesDraftIt', target: next },
          { guard: 'isBareReply', target: 'checkWording' },
          { guard: 'typesKeep', target: 'checkWording' },
          { target: 'checkWording', actions: [note, { type: 'reword', params: byLines }] },
        ],
        CHOICE: [{ guard: 'leavesOut', target: 'checkWording', actions: [note, { type: 'leaveOut', params: byLines }] }, { target: 'checkWording' }],
      },
    },
  } as const;
}
