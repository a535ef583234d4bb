/**
 * The case file (letters, reminders, the packet) works out the parent's zone in the engine's
 * order: the check-in's when it is a real zone, else the one their channel gave, else UTC (the
 * review: the case file kept a copy of the order, which fell to UTC on an unusable check-in zone
 * where the engine used the channel's).
 */
import { describe, expect, it } from 'vitest';
import { schoolWeekFor } from '../../../src/features/case-file/follow-ups.js';

const store = (checkinZone: string | null, channel: string | undefined) => ({
  logs: { getCheckin: () => (checkinZone === null ? undefined : { zone: checkinZone, days: ['mon', 'tue', 'wed', 'thu', 'fri'] }) },
  channelZone: () => channel,
});

describe('schoolWeekFor: the zone', () => {
  it.each([
    ['Europe/London', 'America/Chicago', 'Europe/London'],
    [null, 'America/Chicago', 'America/Chicago'],
    ['Not/AZone', 'America/Chicago', 'America/Chicago'],
    [null, undefined, 'UTC'],
  ] as const)('check-in %s, channel %s → %s', (checkin, channel, zone) => {
    expect(schoolWeekFor(store(checkin, channel) as never, 'u').zone).toBe(zone);
  });
});
