/**
 * The questions asked before a letter (the child's name as the school knows it and the name the
 * parent signs with, once; the check of the lines in their own words), answered for tests that
 * are about something else: the school's name is the nickname (its button), the signature the
 * one given, the lines kept as they are.
 */
import type { Reply, TurnInput } from '../../src/core/types.js';

/** Content keys of the questions asked before a letter is drafted, in order. */
export const BEFORE_LETTER = ['facts.ask-school-name', 'facts.ask-sign-off', 'facts.check-wording'] as const;

const lastAsked = (replies: readonly Reply[]) => [...replies].reverse().find((r) => r.type === 'question');

/**
 * Answers whichever of those questions `replies` ends with, until the letter comes; returns the
 * replies with those questions' own turns folded in (the questions themselves left out).
 */
export async function answerBeforeLetter(send: (input: TurnInput) => Promise<Reply[]>, replies: Reply[], o: { signOff: string; schoolName?: string }): Promise<Reply[]> {
  let out = replies;
  for (let i = 0; i < BEFORE_LETTER.length + 1; i++) {
    const asked = lastAsked(out);
    if (!asked || !(BEFORE_LETTER as readonly string[]).includes(asked.key)) return out;
    const input: TurnInput =
      asked.key === 'facts.check-wording'
        ? { kind: 'choice', id: 'ok' }
        : asked.key === 'facts.ask-school-name'
          ? o.schoolName
            ? { kind: 'text', text: o.schoolName }
            : { kind: 'choice', id: 'nickname' }
          : { kind: 'text', text: o.signOff };
    out = [...out.filter((r) => r !== asked), ...(await send(input))];
  }
  return out;
}
