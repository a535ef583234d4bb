/**
 * The listed reasons' own words in content (content/words/daily-log.yaml, `daily-log.told-trigger.<id>`:
 * "crowds?", "no sleep", "fell out with"): what a day told in a sentence (told-day.ts) and a reason
 * typed in a few words (parse.ts `typedTriggerName`, twentieth walk W20-9: "the crowd at the gate")
 * are read by. Matched as whole words, lower case, straight apostrophes. Pure.
 */
import { once, shippedAlternation } from '../../content/catalog.js';
import { TRIGGERS, type TriggerId } from './model.js';

const TOLD_TRIGGERS = once(() =>
  TRIGGERS.filter((t) => t.id !== 'other').map((t) => ({ id: t.id as TriggerId, pattern: new RegExp(`\\b(?:${shippedAlternation(`daily-log.told-trigger.${t.id}`)})\\b`) })),
);

/** The listed reasons whose words `said` (lower case, straight apostrophes) holds, in the list's order. */
export function triggersNamedIn(said: string): TriggerId[] {
  return TOLD_TRIGGERS()
    .filter((t) => t.pattern.test(said))
    .map((t) => t.id);
}
