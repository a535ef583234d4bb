/**
 * The words a parent typed after a button's own, at a question that takes only buttons
 * (render.ts `choiceBegun`: "No, he didn't go in, he had a meltdown at the gate when he saw the
 * crowd" is the no): the choice is taken, and the words after it are kept when they add
 * something, in the parent's words, in the notes of the child the question is about, and the
 * parent told so. Never noted twice: words that only restate the choice or the question, or say
 * yes to it ("Yes please add it to the log, that is exactly how it went"), add nothing.
 *
 * The rule: a word adds something when it holds a digit ("at 11"), or is neither a word of the
 * question or its buttons as shown, nor one of `answers.adds-nothing` (content/words/answers.yaml:
 * grammar, courtesy, assent). One such word is enough: "she was scared" adds "scared".
 */
import type { ContentCatalog } from '../content/catalog.js';
import { plainWords as plain } from './flow-kit.js';
import type { PendingQuestion } from './ports.js';
import { textReply, type BegunChoice } from './render.js';
import type { RunContext } from './run-context.js';

/** The topic of words typed after a button's own, kept. */
const ADDED_WORDS_TOPIC = 'engine.added-words';

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

/** The words after the choice's own, when they add something to the choice and the question; else null. */
export function wordsAdded(content: ContentCatalog, q: PendingQuestion, text: string, begun: BegunChoice): string | null {
  const rest = restAfter(text, begun.words);
  if (!rest) return null;
  const shown = [content.render(q.key, q.vars), ...q.choices.map((c) => content.render(c.key, c.vars ?? {}))];
  const known = new Set(bare(shown.join(' ')).split(' '));
  const nothing = addsNothing(content);
  return bare(rest).split(' ').some((w) => w !== '' && (/\d/.test(w) || (!known.has(w) && !nothing.test(w)))) ? rest : null;
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
  ctx.store.addNote({ userId: ctx.session.userId, caseId: ctx.session.caseId, kind: 'parent_words', topic: ADDED_WORDS_TOPIC, text: added, at: ctx.now.toISOString(), day: ctx.day });
  ctx.replies.push(textReply(ctx.content, 'engine.added-kept', {}, ctx.session.seq));
  return null;
}
