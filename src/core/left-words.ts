/**
 * Words the parent typed that a conversation still holds and has kept nowhere (a told day waiting
 * on its offer: FlowDef.unkeptWords), when the conversation is dropped for the menu ("menu",
 * "stop", /restart, or "Leave it" at the offer of a question left waiting): kept in the notes in
 * their words, with no child (the words may be about any of them), and the parent told so. The
 * conversation under way and each one put aside beneath it.
 */
import type { StoredSnapshot } from './ports.js';
import { textReply } from './render.js';
import type { RunContext } from './run-context.js';

/** The topic of words kept when the conversation holding them was left for the menu. */
const LEFT_WORDS_TOPIC = 'engine.left-words';

/** Conversations stacked deeper than this are not looked into (a stack is a few deep at most). */
const DEPTH = 8;

/**
 * `from`: the conversation let go, and those beneath it; by default the one under way (the menu
 * asked for). Also a conversation let go at "pick that up again, or leave it?" (aside-offer.ts),
 * whose words promise that nothing told is lost.
 */
export function keepLeftWords(ctx: RunContext, from: { flowId: string | null; snapshot: StoredSnapshot | null } = ctx.session): void {
  const held: string[] = [];
  let flowId: string | null | undefined = from.flowId;
  let snapshot: StoredSnapshot | null | undefined = from.snapshot;
  for (let i = 0; flowId && snapshot && i < DEPTH; i++) {
    held.push(...(ctx.flows.get(flowId)?.unkeptWords?.(snapshot.context, snapshot.value) ?? []));
    flowId = snapshot.aside?.flowId;
    snapshot = snapshot.aside?.snapshot;
  }
  const words = [...new Set(held.map((w) => w.trim()).filter((w) => w !== ''))];
  for (const text of words) {
    ctx.store.addNote({ userId: ctx.session.userId, caseId: null, kind: 'parent_words', topic: LEFT_WORDS_TOPIC, text, at: ctx.now.toISOString(), day: ctx.day });
  }
  if (words.length > 0) ctx.replies.push(textReply(ctx.content, 'engine.left-words-kept', {}, ctx.session.seq));
}
