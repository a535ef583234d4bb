/**
 * The question record (`Store.questionPosts`), the same in every channel: each question posted is
 * recorded for its parent (where, which message, what was shown), and the first answer to a
 * question wins: a double click, a replay, or a click naming someone else's message answers
 * nothing more. Keyed on the server's record for the answering parent (their own question ids),
 * never on the message a click names.
 */
import type { PostedQuestion, Store } from './ports.js';
import type { Reply, Turn } from './types.js';

/** Whether the engine refused this click's answer as outdated (its question is no longer the one pending). */
export function refusedAsStale(replies: readonly Reply[]): boolean {
  return replies.some((r) => r.key === 'engine.stale-choice');
}

export function claimFirstAnswer(store: Pick<Store, 'questionPosts' | 'getSession'>, turn: Turn, now: Date): boolean {
  const named = turn.input.kind === 'choice' ? turn.input.promptId : undefined;
  const promptId = named ?? store.getSession(turn.user)?.pending?.promptId ?? 'none';
  return store.questionPosts.claim(turn.user, turn.channel, promptId, now.toISOString());
}

/**
 * Records the questions `promptIds` of one posted message for `user`: through the store's group
 * commit when it has one (the row is visible at once on this connection and shares the next
 * batch's fsync instead of costing one of its own), else at once. A failed group commit goes to
 * `onError`; the click on such a question then has no record to resolve from.
 */
export function recordQuestions(
  store: Pick<Store, 'questionPosts' | 'commitTurn'>,
  user: string,
  channel: string,
  promptIds: readonly string[],
  post: PostedQuestion,
  now: Date,
  onError: (err: unknown) => void,
): void {
  const write = () => {
    for (const promptId of promptIds) store.questionPosts.record(user, channel, promptId, post, now.toISOString());
  };
  if (!store.commitTurn) return write();
  store.commitTurn(write).catch(onError);
}
