/**
 * The content keys "What do I say next?" (say-next.flow.ts) can emit, from its declaration:
 * checked at start-up against content/.
 */
import { CATEGORIES } from '../../src/core/types.js';
import { PLACES } from '../../src/features/advice/profile.js';
import { answerReasonKey } from '../../src/features/advice/letter-facts.js';
import { NEED_WORDS } from './parent-answers.js';
import { whichKindKeys } from './which-kind.js';
import { FACT_KEYS } from './letter-facts-states.js';
import { WORDING_KEYS } from './letter-wording-states.js';
import { ASKED_LINES, NAMING_LINES } from './say-next-letter.js';
import { MEETING_KEYS } from './meeting-states.js';
import { REVIEW_KEYS } from './review-states.js';
import { PARTIAL_YES_KEYS } from './partial-yes.js';
import { NOT_YET_KEYS } from './say-next-not-yet.js';
import { replySetKeys } from './say-next-replies.js';
import { laKeysFor } from './letter-body.js';
import { PLAN_REVIEW_KEYS, PLAN_REVIEW_LETTER } from './plan-review.js';

const P = 'say-next';

/** Replies go from working-together to firm; each is its own short message. */
export const TONES = ['collaborative', 'clear', 'firm'] as const;

export const SAY_NEXT_KEYS: readonly string[] = [
  `${P}.ask-statement`,
  `${P}.ask-recent`,
  `${P}.ask-recent-told`,
  `${P}.choice.recent`,
  `${P}.choice.something-else`,
  ...whichKindKeys(P),
  ...NOT_YET_KEYS,
  ...CATEGORIES.map((c) => `category.${c}.label`),
  ...CATEGORIES.map((c) => `${P}.kind.${c}`),
  `${P}.replies-intro`,
  ...CATEGORIES.flatMap((c) => TONES.map((t) => `${P}.replies.${c}.${t}`)),
  ...CATEGORIES.map((c) => `${P}.questions.${c}`),
  ...CATEGORIES.map((c) => `${P}.write-down.${c}`),
  ...CATEGORIES.map((c) => `${P}.advice-note.${c}`),
  // The situation's own replies (say-next-replies.ts).
  ...replySetKeys(TONES),
  `${P}.ask-draft`,
  `${P}.choice.yes`,
  `${P}.choice.no`,
  `${P}.letter-facts`,
  `${P}.confirm-known.who-when`,
  `${P}.confirm-known.who`,
  `${P}.confirm-known.when`,
  `${P}.confirm-known.who-when.told`,
  `${P}.confirm-known.who.told`,
  `${P}.child-not-a-name`,
  'common.person-not-answer',
  'common.day-not-answer',
  `${P}.ask-child`,
  ...ASKED_LINES.map((n) => `${P}.ask-${n}`),
  ...NAMING_LINES.map((n) => `${P}.ask-${n}.unnamed`),
  `${P}.choice.skip`,
  NEED_WORDS,
  ...FACT_KEYS,
  ...WORDING_KEYS,
  // After an EHC plan's review in England: who decides, and the letter to the local authority (plan-review.ts, letter-body.ts).
  ...PLAN_REVIEW_KEYS,
  ...laKeysFor([PLAN_REVIEW_LETTER]),
  ...CATEGORIES.map(answerReasonKey),
  ...PLACES.map((p) => `terms.${p}.unwell-duty`),
  `${P}.letter-intro`,
  `${P}.no-letter`,
  ...MEETING_KEYS,
  ...REVIEW_KEYS,
  ...PARTIAL_YES_KEYS,
];
