/**
 * The first answer to a parent's question wins, in every channel: a double click, a replay, or
 * a click naming someone else's message answers nothing more. Keyed on the server's record for
 * the answering parent (their own question ids), never on the message a click names.
 */
import type { Store } from './ports.js';
import type { Turn } from './types.js';

export function claimFirstAnswer(store: Pick<Store, 'questionPosts' | 'getSession'>, turn: Turn, now: Date): boolean {
  const named = turn.input.kind === 'choice' ? turn.input.promptId : undefined;
  const promptId = named ?? store.getSession(turn.user)?.pending?.promptId ?? 'none';
  return store.questionPosts.claim(turn.user, turn.channel, promptId, now.toISOString());
}
