/**
 * Triage's answers where the child's name is asked ("Which child is this about?", "What's your
 * child's name?"): a name opens the case; the school's words, the rest of a paste, a staff name or
 * a sentence are each kept or answered as such (W13-1, W14-9). And what that question is about,
 * quoted, when words are held. The machine is in triage.flow.ts.
 */
import { clip, nestedQuote, type SayParams } from '../../src/core/flow-kit.js';
import { openCaseParams, restOfPasteNote, parentWordsNote, typedWordsNote } from './triage-notes.js';
import type { TriageCtx } from './triage-questions.js';

type Ctx = TriageCtx;

/**
 * A typed answer where the child's name was asked for. A name opens the case. What reads like
 * the school's no is kept as what they said (not asked for again), and the name asked again;
 * any other sentence gets a gentle "just a short name".
 */
export function notANickname(state: 'whichChild' | 'nickname') {
  return [
    // "Mr Okafor" where the child was asked for: someone at the school, not a new child's case.
    { guard: 'isStaffName', target: state, reenter: true, actions: { type: 'say', params: { key: 'triage.nickname.staff' } } },
    { guard: 'isNickname', target: 'named', actions: ['setNicknameFromText', { type: 'openCase', params: openCaseParams }] },
    // More of the email pasted a moment ago (split in two by the chat): kept with it, the name asked again.
    { guard: 'isRestOfPaste', target: state, reenter: true, actions: ['addRestOfPaste', { type: 'note', params: restOfPasteNote }, { type: 'say', params: { key: 'triage.nickname.added' } }] },
    {
      // The school's words pasted (an email, "Ms. Carter, I understand…"), or typed as their no: kept as what they said (W14-9).
      guard: 'canHoldStatement',
      target: state,
      reenter: true,
      actions: ['setStatement', { type: 'note', params: parentWordsNote }, 'markWordsKept', { type: 'say', params: { key: 'triage.nickname.kept-statement' } }],
    },
    // "done", "she didnt go": an answer typed a question early, not a name.
    { guard: 'isAnswerNotName', target: state, reenter: true, actions: { type: 'say', params: { key: 'triage.nickname.not-a-name' } } },
    // A sentence or more (a day, the meeting told after it): kept in their words, never thrown away (W13-1).
    { guard: 'isMoreThanAName', target: state, reenter: true, actions: [{ type: 'note', params: typedWordsNote }, { type: 'say', params: keptWordsParams }] },
    { target: state, reenter: true, actions: { type: 'say', params: { key: 'triage.nickname.short' } } },
  ] as const;
}

/** Words enough to be more than a name: kept (W13-1). */
export const NAME_WORDS_AT_MOST = 4;

/** What the child is asked for: the words held, quoted (none held, or past that question: null). */
export function aboutParams(context: Partial<Ctx>, state: unknown): SayParams | null {
  const held = typeof context.statement === 'string' ? context.statement.trim() : '';
  if (!held || (state !== 'whichChild' && state !== 'nickname')) return null;
  return { key: 'triage.back-to', vars: { said: nestedQuote(clip(held, 120)) } };
}

/** "Kept in your notes", then what the question is about when words are held. */
function keptWordsParams({ context }: { context: Ctx }): SayParams {
  const about = aboutParams(context, 'whichChild');
  return { key: about ? 'triage.nickname.kept-words-about' : 'triage.nickname.kept-words', vars: about?.vars ?? {} };
}
