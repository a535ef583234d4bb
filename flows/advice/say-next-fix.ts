/**
 * Before say-next's letter: who said it and when, confirmed or put right, and the child's name
 * when no child is open (fourteenth walk, W14-8). At "They told you this on 5 February. Is that
 * right?" a no with a day ("no it was 3 weeks ago, friday 15 jan") is the correction: that day
 * kept and noted, who said it left as it was. "No, let me fix it" asks for the day first, when a
 * day was offered (who said it is asked with the other facts, as before). A day typed where the
 * child's name is asked is never the child (`answers.not-a-name`): said so, and asked again.
 */
import type { AskParams, FlowEvent } from '../../src/core/flow-kit.js';
import { factsGuards, saidOnNote } from './letter-facts-states.js';
import { isAnswerNotName, isOnlyATitledName } from './school-words.js';
import { isOnlyADay } from './parent-answers.js';
import { askChildParams, confirmKnownParams, recipientNote, type LetterCtx } from './say-next-letter.js';

const P = 'say-next';

/** "When did they tell you?", as the other fact questions ask it. */
const askSaidOn: AskParams = { key: 'facts.ask-said-on', choices: [{ id: 'skip', key: 'facts.choice.skip-date' }], freeText: true };

type Args = { context: LetterCtx; event: FlowEvent };

/** "yes", "yeah that's right", "correct": the confirmation, typed. */
const SAYS_RIGHT = /^(?:yes|yeah|yep|yup|right|correct|that'?s (?:right|correct)|thats (?:right|correct))\b/i;

const fixGuardsBase = {
  typedRight: ({ event }: Args) => event.type === 'TEXT' && SAYS_RIGHT.test(event.text.trim()),
};

export const fixGuards = {
  needsChild: ({ context }: Args) => context.nickname === '' && context.childSkipped !== true,
  knowsRecipient: ({ context }: Args) => context.recipient.trim() !== '',
  /** A day was offered to confirm: "No, let me fix it" asks for the day first. */
  offeredSaidOn: ({ context }: Args) => context.saidOn !== '',
  typedRight: ({ event }: Args) => event.type === 'TEXT' && SAYS_RIGHT.test(event.text.trim()),
  typedRightToSomeone: (args: Args) => fixGuardsBase.typedRight(args) && args.context.recipient.trim() !== '',
  rightToSomeone: (args: Args) => factsGuards.saidRight(args) && args.context.recipient.trim() !== '',
  /** A day already past typed at the confirmation: the correction. */
  typedPastDay: (args: Args) => factsGuards.namesDay(args) && !factsGuards.dayToCome(args),
  isOnlyAPerson: ({ event }: Args) => event.type === 'TEXT' && isOnlyATitledName(event.text),
  isOnlyADay: ({ event }: Args) => event.type === 'TEXT' && isOnlyADay(event.text),
  typedNotAName: ({ event }: Args) => event.type === 'TEXT' && event.text.trim().split(/\s+/).length <= 5 && isAnswerNotName(event.text),
};

/** The states `confirmKnown`, `fixSaidOn`, `lineChild`, `askChild`; `next` follows them (the first line asked). */
export function fixStates(next: string) {
  const wrong = [
    { guard: 'offeredSaidOn', target: 'fixSaidOn', actions: ['forgetRecipient', 'forgetSaidOn'] },
    { target: 'lineChild', actions: ['forgetRecipient', 'forgetSaidOn'] },
  ] as const;
  // Right, by the button or typed: only a name is noted as the recipient ("They told you this on 6 December" names no one).
  const checked = { target: 'lineChild', actions: 'markChecked' } as const;
  const checkedTo = { target: 'lineChild', actions: ['markChecked', { type: 'note', params: recipientNote }] } as const;
  return {
    confirmKnown: {
      entry: { type: 'ask', params: confirmKnownParams },
      on: {
        CHOICE: [{ guard: 'rightToSomeone', ...checkedTo }, { guard: 'saidRight', ...checked }, ...wrong],
        TEXT: [
          // The day put right in the same breath: kept and noted; who said it stands.
          { guard: 'typedPastDay', target: 'lineChild', actions: ['keepSaidOn', { type: 'note', params: saidOnNote }] },
          { guard: 'typedRightToSomeone', ...checkedTo },
          { guard: 'typedRight', ...checked },
          ...wrong,
        ],
      },
    },
    fixSaidOn: {
      entry: { type: 'ask', params: askSaidOn },
      on: {
        TEXT: [
          { guard: 'dayToCome', target: 'fixSaidOn', reenter: true, actions: { type: 'say', params: { key: 'facts.date-to-come' } } },
          { guard: 'namesDay', target: 'lineChild', actions: ['keepSaidOn', { type: 'note', params: saidOnNote }] },
          { target: 'fixSaidOn', reenter: true, actions: { type: 'say', params: { key: 'facts.date-unclear' } } },
        ],
        CHOICE: 'lineChild',
      },
    },
    // No child open: the name the letter uses (for this letter only).
    lineChild: { always: [{ guard: 'needsChild', target: 'askChild' }, { target: next }] },
    askChild: {
      entry: { type: 'ask', params: askChildParams },
      on: {
        TEXT: [
          { guard: 'typedNotAName', target: 'askChild', reenter: true, actions: { type: 'say', params: { key: `${P}.child-not-a-name` } } },
          { target: next, actions: 'keepChild' },
        ],
        CHOICE: next,
      },
    },
  } as const;
}
