/**
 * A message in the words of the family's region: `<key>.<place>` when content has it
 * ("common.next-step-by.us": "Put … on your calendar"), else the key itself ("… in your diary").
 * Content decides which messages have a region's own words; a flow only says the key (W21 L3).
 * Pure (the shipped content is read once, as the flows' word lists are).
 */
import { shippedContent } from '../../src/content/catalog.js';
import { PLACES } from '../../src/features/advice/profile.js';

/** The key a family in `place` is told: its region's own words where content has them. */
export function inRegionWords(key: string, place: string | undefined): string {
  const own = place ? `${key}.${place}` : '';
  return own && shippedContent().has(own) ? own : key;
}

/** The keys and every region's own words for them, for a flow's list of keys (the start-up check). */
export function withRegionKeys(keys: readonly string[]): string[] {
  return keys.flatMap((key) => [key, ...PLACES.map((p) => `${key}.${p}`).filter((k) => shippedContent().has(k))]);
}
