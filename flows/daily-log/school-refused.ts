/**
 * At the daily log's "Did you or the school try anything to help?": a refusal told there is the
 * school's no only when the school gives it (review21 R3).
 */
import { straightApostrophes } from '../../src/core/flow-kit.js';
import { once, shippedAlternation as alternation } from '../../src/content/catalog.js';
import { soundsLikeTheirNo } from '../advice/school-words.js';

const SCHOOL_REFUSED = once(() => {
  const subject = `(?:the |her |his |their |our |my )?(?:${alternation('school.roles')}|school|they|staff|reception|the office|office)`;
  return new RegExp(`\\b${subject}\\s+(?:\\w+\\s+){0,2}?(?:${alternation('daily-log.school-refused')})\\b`, 'i');
});
const SCHOOL_REFUSED_NOT = once(() => new RegExp(`\\b(?:${alternation('daily-log.school-refused-not')})\\b`, 'i'));

/**
 * A no the school gave, told where what was tried is asked ("I asked for the side door but
 * reception said no"): someone on the school's side refuses, never the child or the parent ("she
 * refused to go in", "I said no to…"), and it did not come good or sit beside what helped
 * (review21 R3). Content: daily-log.school-refused, daily-log.school-refused-not.
 */
export function schoolRefusedIt(text: string): boolean {
  const t = straightApostrophes(text.trim());
  return soundsLikeTheirNo(t) && SCHOOL_REFUSED().test(t) && !SCHOOL_REFUSED_NOT().test(t);
}
