/**
 * The parent's own day. "Today", "yesterday", a note's date and a letter's date are the calendar
 * day where the parent is, not the UTC day: 8 pm in Texas on Monday is Monday, though it is
 * already Tuesday in UTC. The zone comes from the best source there is, in this order: the one a
 * feature was given by the parent (the daily check-in's), else the one their channel knows (the
 * console's machine zone, Slack's user `tz`; kept for turns that carry none, such as the
 * scheduler's), else UTC. Zones are luxon's (IANA names), never worked out by hand.
 */
import type { Store } from './ports.js';
import { FALLBACK_ZONE, isRealZone } from './zones.js';

/** A zone a feature holds for the parent, given by the parent themselves (Feature.parentZone). */
export type ParentZoneSource = (store: Store, userId: string) => string | null | undefined;

/**
 * The parent's zone for this turn: a feature's first (the parent told it), else the channel's on
 * this turn (kept, when new, for later turns), else the channel's kept from an earlier turn, else
 * UTC. Called inside the turn's transaction.
 */
export function parentZone(store: Store, userId: string, sources: readonly ParentZoneSource[], channelZone: string | undefined): string {
  const kept = store.channelZone(userId);
  if (isRealZone(channelZone) && kept !== channelZone) store.setChannelZone(userId, channelZone);
  return firstRealZone(...sources.map((source) => source(store, userId)), channelZone, kept);
}

/**
 * The first real zone of those given, best first (a feature's, then the channel's), else UTC: the
 * one order every date of the parent's is worked out in (the engine's, and the case file's own
 * reading of the check-in's zone for letters and reminders).
 */
export function firstRealZone(...zones: readonly (string | null | undefined)[]): string {
  return zones.find(isRealZone) ?? FALLBACK_ZONE;
}
