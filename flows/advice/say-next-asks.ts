/**
 * Two questions "What do I say next?" asks (say-next.flow.ts): whether it is about the last thing
 * the school said, and whether to draft a letter. Pure: content keys only.
 */
import { clip, nestedQuote, type AskParams } from '../../src/core/flow-kit.js';
import { schoolStatementOf } from '../../src/features/advice/letter-facts.js';
import type { Recent } from './say-next-letter.js';

const P = 'say-next';

export function recentParams({ context }: { context: { recent: Recent | null } }): AskParams {
  // The parent's own account ("My son is 15… the assistant principal said…") is shown as theirs,
  // with the school's words it quotes where there are some, never as "the last thing the school said".
  const text = context.recent?.text ?? '';
  const { quoted, ownWords } = schoolStatementOf(text);
  return {
    key: ownWords ? `${P}.ask-recent` : `${P}.ask-recent-told`,
    vars: { said: nestedQuote(clip(ownWords ? text : quoted.replace(/^["“]+|["”]+$/g, '') || text, 200)), when: context.recent?.when ?? '' },
    choices: [
      { id: 'recent', key: `${P}.choice.recent` },
      { id: 'something-else', key: `${P}.choice.something-else` },
    ],
    freeText: true,
  };
}

export const offerParams: AskParams = {
  key: `${P}.ask-draft`,
  choices: [
    { id: 'yes', key: `${P}.choice.yes` },
    { id: 'no', key: `${P}.choice.no` },
  ],
  freeText: false,
};
