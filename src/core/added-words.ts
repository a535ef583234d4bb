/**
 * The one rule for words a question reads only in part (twentieth walk, W20-3, W20-7, W20-9):
 * what the parent typed beyond what the question took is kept in their words, with the child the
 * conversation is about, once, and they are told so in one line. Two ways in:
 *
 * - After a button's own, at a question that takes only buttons (render.ts `choiceBegun`: "No, he
 *   didn't go in, he had a meltdown at the gate" is the no): the words after the button's are the
 *   rest (`keepAddedWords`, from typed-reading.ts; a question may take them itself: `takesAdded`).
 * - A typed answer the flow read only in part (a plan, a place, an age, a reason from the list
 *   taken from it) or not at all (the question asked again): the flow declares so with the
 *   `readPart` action (flow-kit.ts `partRead`), saying only what it took (words it kept as they are
 *   elsewhere: cut out) and what merely restates what it read; it never builds the note. The whole
 *   answer as typed is kept, less what it took (`keepPartRead`).
 *
 * Words add something when one of them holds a digit ("at 11"), or is neither a word of the
 * question or its buttons as shown, nor of what the flow says restates its reading, nor one of
 * `answers.adds-nothing` (content/words/answers.yaml: grammar, courtesy, assent). One such word is
 * enough: "she was scared" adds "scared". Never kept twice: words that only restate the choice or
 * the question add nothing; words a note this turn holds already (a free-text answer kept as
 * itself), or kept with this child before in the same words, are not kept again.
 */
import type { ContentCatalog } from '../content/catalog.js';
import { plainWords as plain, type PartReadParams } from './flow-kit.js';
import type { PendingQuestion } from './ports.js';
import { textReply, type BegunChoice } from './render.js';
import type { RunContext } from './run-context.js';
import { childOfDialogue } from './turn-cases.js';

/** The topic of words typed after a button's own, kept. */
const ADDED_WORDS_TOPIC = 'engine.added-words';
/** The topic of words kept from an answer read only in part. */
export const PART_READ_TOPIC = 'engine.words-kept';

const bare = (s: string) => plain(s).replace(/'/g, '');

const compiled = new WeakMap<ContentCatalog, RegExp>();
function addsNothing(content: ContentCatalog): RegExp {
  let re = compiled.get(content);
  if (!re) compiled.set(content, (re = new RegExp(`^(?:${content.words('answers.adds-nothing').join('|')})$`)));
  return re;
}

/** The typed words after the first `words` of them (as plainWords counts them), as typed; '' when none. */
function restAfter(text: string, words: number): string {
  let taken = 0;
  for (const token of text.matchAll(/\S+/g)) {
    if (taken >= words) return text.slice(token.index).replace(/^[\s,.;:!?\-\u2013\u2014]+/, '').trim();
    const p = plain(token[0]);
    taken += p ? p.split(' ').length : 0;
  }
  return '';
}

/** Whether `words` add something to the question as shown (and to `restates`): see the header. */
function addsSomething(content: ContentCatalog, q: PendingQuestion, words: string, restates = ''): boolean {
  const shown = [content.render(q.key, q.vars), ...q.choices.map((c) => content.render(c.key, c.vars ?? {}))];
  const known = new Set(bare(shown.join(' ')).split(' '));
  const said = new Set(bare(restates).split(' '));
  const nothing = addsNothing(content);
  return bare(words)
    .split(' ')
    .some((w) => w !== '' && !said.has(w) && (/\d/.test(w) || (!known.has(w) && !nothing.test(w))));
}

/** The words after the choice's own, when they add something to the choice and the question; else null. */
export function wordsAdded(content: ContentCatalog, q: PendingQuestion, text: string, begun: BegunChoice): string | null {
  const rest = restAfter(text, begun.words);
  return rest && addsSomething(content, q, rest) ? rest : null;
}

/**
 * Kept as the parent's words, with the child the waiting question is about, by the rule that says
 * whose a turn is (turn-cases.ts `childOfDialogue`): at the erase's confirmation, "which child?" or
 * the check-in set-up, with no child, so one child's erase never takes them (review23 R1).
 */
export function keepParentWords(ctx: RunContext, text: string, topic: string): void {
  ctx.store.addNote({ userId: ctx.session.userId, caseId: childOfDialogue(ctx), kind: 'parent_words', topic, text, at: ctx.now.toISOString(), day: ctx.day });
}

/**
 * The words added after a choice (see above): for a question that takes them (AskParams.takesAdded),
 * returned for the flow to keep with the choice; else kept here with the session's child, and said
 * so. Null when they add nothing, or are kept here.
 */
export function keepAddedWords(ctx: RunContext, q: PendingQuestion, text: string, begun: BegunChoice): string | null {
  if (ctx.session.flowId && ctx.flows.get(ctx.session.flowId)?.addedWordsAreItsOwn) return null;
  const added = wordsAdded(ctx.content, q, text, begun);
  if (!added || q.takesAdded) return added;
  keepParentWords(ctx, added, ADDED_WORDS_TOPIC);
  ctx.replies.push(textReply(ctx.content, 'engine.added-kept', {}, ctx.session.seq));
  return null;
}

/** Between the parts of an answer ("maths, noise", "tired and a row with her sister"). */
const JOINS = String.raw`(?:\s*(?:[,;&+]|\band\b|\bplus\b)\s*)`;

/** The answer less the words taken as they are ("maths" of "maths and a supply teacher"), the joins left around them tidied. */
function withoutTaken(text: string, took: readonly string[]): string {
  let rest = text;
  for (const t of took.map((w) => w.trim()).filter((w) => w !== '')) {
    const at = rest.toLowerCase().indexOf(t.toLowerCase());
    if (at >= 0) rest = `${rest.slice(0, at)} , ${rest.slice(at + t.length)}`;
  }
  if (rest === text) return text.trim();
  return rest
    .replace(new RegExp(`${JOINS}{2,}`, 'gi'), (run) => (/\band\b/i.test(run) ? ' and ' : ', '))
    .replace(new RegExp(`^${JOINS}+|${JOINS}+$`, 'gi'), '')
    .trim();
}

/** Kept already: a note written this turn holds them (the answer kept as itself), or this child's words are these already. */
function keptAlready(ctx: RunContext, words: string): boolean {
  const at = ctx.now.toISOString();
  const w = words.toLowerCase();
  const caseId = childOfDialogue(ctx);
  return ctx.store
    .listNotes(ctx.session.userId, caseId !== null ? { caseId } : {})
    .some((n) => n.caseId === caseId && ((n.at === at && n.text.toLowerCase().includes(w)) || (n.kind === 'parent_words' && n.text.trim().toLowerCase() === w)));
}

/**
 * A typed answer the flow read only in part (the `readPart` action, PartReadParams): what else it
 * says is kept with the open child and said so (the flow's own line, or `engine.words-kept`); when
 * nothing is, the flow's `otherwise` is said. The question answered is the one still waiting: a
 * transition's actions run before the next question is asked.
 */
export function keepPartRead(ctx: RunContext, p: PartReadParams): void {
  const q = ctx.session.pending;
  const rest = p.text ? withoutTaken(p.text, p.took ?? []) : '';
  const kept = q !== null && rest !== '' && addsSomething(ctx.content, q, rest, p.restates) && !keptAlready(ctx, rest);
  if (kept) keepParentWords(ctx, rest, PART_READ_TOPIC);
  const said = kept ? (p.kept ?? 'engine.words-kept') : p.otherwise;
  if (said && !ctx.quiet) ctx.replies.push(textReply(ctx.content, said, {}, ctx.session.seq));
}
