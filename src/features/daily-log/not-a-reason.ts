/**
 * Words typed at the daily log's reasons or supports that are not one (fifteenth walk, W15-3): a
 * greeting or a return ("im back. sorry. its been awful…"), a question to the bot ("what have i
 * missed"), or a long message about something else. A reason is told "in a few words"; such words
 * are the parent's own, kept in the notes as they wrote them, and never printed in a summary the
 * school would read as what made a day harder. A reason naming one of the list is always one.
 */
import { once, shippedAlternation, shippedWords } from '../../content/catalog.js';
import { returnMessage } from '../../core/coming-back.js';
import { straightApostrophes } from '../../core/flow-kit.js';

/** More words than this is a message of its own, not a reason told in a few words. */
export const REASON_MAX_WORDS = 20;

const OPENS = once(() => new RegExp(`^(?:${shippedAlternation('daily-log.not-a-reason')})`));

/** Whether typed words are not a reason for the day: a greeting, a return, a question to the bot, or a long message. */
export function notAReason(text: string): boolean {
  const plain = straightApostrophes(text.trim().toLowerCase()).replace(/^[^a-z0-9]+/, '');
  if (plain === '') return false;
  // A greeting or a return ("im back", "hello again"): the rule every question reads (src/core/coming-back.ts).
  if (returnMessage(text, shippedWords) !== null) return true;
  if (plain.split(/\s+/).length > REASON_MAX_WORDS) return true;
  if (/\?\s*$/.test(plain)) return true;
  return OPENS().test(plain);
}
