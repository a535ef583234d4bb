/**
 * The question record (`Store.questionPosts`), the same in every channel: each question posted is
 * recorded for its parent (where, which message, what was shown), and the first answer to a
 * question wins: a double click, a replay, or a click naming someone else's message answers
 * nothing more. Keyed on the server's record for the answering parent (their own question ids),
 * never on the message a click names.
 */
import type { Outbox, Send } from './outbox.js';
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
 * A click on a posted question, the same in every channel. It runs through the outbox in the
 * parent's order; the first click on a question wins (`claimFirstAnswer`: a double click, a
 * replay or a click on another parent's message answers nothing), and once the engine has
 * answered, `mark` updates the clicked message before the replies go out. `chosen` is false when
 * the engine refused the click as outdated: the message then only loses its controls, and never
 * shows a choice as made. Resolves with whether this click claimed its question.
 */
export async function submitClick(
  outbox: Pick<Outbox, 'submit'>,
  store: Pick<Store, 'questionPosts' | 'getSession'>,
  now: () => Date,
  click: { turn: Turn; send: Send; mark: (chosen: boolean) => Promise<void> },
): Promise<boolean> {
  let claimed = false;
  await outbox.submit(click.turn, click.send, {
    gate: () => (claimed = claimFirstAnswer(store, click.turn, now())),
    before: (replies) => click.mark(!refusedAsStale(replies)),
  });
  return claimed;
}

/**
 * What a clicked question becomes once the engine has answered, the same in every channel. Its
 * controls go either way, so a second click has nothing to press, and so does its "or type"
 * hint, which would invite an answer nobody can give any more. `answered`: the choice is shown
 * under it. `outdated`: nothing is shown as chosen (the engine refused the click, or the choice is
 * not on the question as drawn). `closed`: nothing is left to redraw it from (its record is gone:
 * the parent said "forget me", or it was pruned) and the engine refused the click, so it becomes
 * one line saying it was an earlier question, and a second tap on it is not met with silence. A
 * click the engine took with nothing to redraw from leaves the message as it is (null).
 * `drawn`: the question as the platform drew it, with the label of the choice clicked.
 */
export type ClickedQuestion = { kind: 'answered'; label: string } | { kind: 'outdated' } | { kind: 'closed' };

export function clickedQuestion(chosen: boolean, drawn: { label: string | null } | null): ClickedQuestion | null {
  if (!drawn) return chosen ? null : { kind: 'closed' };
  return chosen && drawn.label !== null ? { kind: 'answered', label: drawn.label } : { kind: 'outdated' };
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
