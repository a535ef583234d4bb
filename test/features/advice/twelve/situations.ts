/**
 * Twelve situations, two per kind of "no", written by us in parents' many voices: US, England,
 * Wales and Scotland families; IEP, 504, EHC plan, IDP and no plan; she, he and they. Each is
 * what a parent types, line by line, from the opening menu to the letter, and what the letter
 * must carry. The transcript test (twelve-situations.test.ts) replays them through the engine;
 * `npx tsx scripts/twelve-situations.ts [id]` prints them for reading.
 */
import type { Situation } from './situation.js';
import { UK_FAMILIES } from './uk-families.js';
import { US_FAMILIES } from './us-families.js';

/** Two per kind of "no", in the order of the kinds. */
const ORDER = ['data-grades', 'data-evaluate', 'resources-not-delivered', 'resources-aide', 'precedent-part-time', 'precedent-remote', 'not-available-tuition', 'not-available-counseling', 'predetermination-threshold', 'predetermination-meeting', 'other-choosing', 'other-truancy'];

export const SITUATIONS: readonly Situation[] = ORDER.map((id) => {
  const s = [...US_FAMILIES, ...UK_FAMILIES].find((x) => x.id === id);
  if (!s) throw new Error(`no situation ${id}`);
  return s;
});

/** One of the twelve by its id; an unknown id is a mistake in the test. */
export function situation(id: string): Situation {
  const s = SITUATIONS.find((x) => x.id === id);
  if (!s) throw new Error(`no situation ${id}`);
  return s;
}
