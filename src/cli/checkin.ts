/**
 * `checkin --user ID --time HH:MM --tz ZONE [--days mon,tue,wed,thu,fri] [--pause-until DATE]
 * [--school-day HOURS] [--stop] [--json]`: set (or stop, or pause) a parent's daily check-in.
 * The zone is read the way the chat reads it: "Europe/London", "London", "UK".
 */
import * as z from 'zod';
import { isIsoDate, localDate } from '../features/daily-log/dates.js';
import { SCHOOL_DAYS, isWeekday, type Weekday } from '../features/daily-log/model.js';
import { parseTime } from '../features/daily-log/parse.js';
import { parseZone } from '../features/daily-log/parse-zone.js';
import type { CheckinPatch } from '../features/daily-log/daily-log-port.js';
import { opt, parseOptions, UsageError, type CliIo } from './io.js';
import { openForWriting } from './open-store.js';

const Options = z.object({
  user: opt.str,
  time: z.string().optional(),
  tz: z.string().optional(),
  days: z.string().optional(),
  pauseUntil: z.string().optional(),
  schoolDay: z.string().optional(),
  stop: opt.flag,
  db: opt.db,
  json: opt.flag,
});
type Options = z.infer<typeof Options>;

/** The options as a change to the check-in; `today` is the parent's date, for --pause-until. */
function patchFrom(o: Options, today: (zone: string | null | undefined) => string): CheckinPatch {
  const patch: CheckinPatch = {};
  if (o.stop) patch.enabled = false;
  if (o.time !== undefined) {
    const time = /^\d{1,2}:\d{2}$/.test(o.time) ? parseTime(o.time) : null;
    if (!time) throw new UsageError('--time must be HH:MM (24-hour), like 07:30');
    patch.time = time;
  }
  if (o.tz !== undefined) {
    const zone = parseZone(o.tz);
    if (!zone) throw new UsageError(`--tz "${o.tz}" is not a time zone I know (try Europe/London, London, UK or America/New_York)`);
    patch.zone = zone;
  }
  if (o.days !== undefined) {
    const days = o.days.split(',').map((d) => d.trim().toLowerCase().slice(0, 3)).filter(Boolean);
    const bad = days.filter((d) => !isWeekday(d));
    if (days.length === 0 || bad.length) throw new UsageError('--days must be a comma-separated list of mon,tue,wed,thu,fri,sat,sun');
    patch.days = days.filter((d): d is Weekday => isWeekday(d));
  }
  if (o.pauseUntil !== undefined) {
    if (!isIsoDate(o.pauseUntil)) throw new UsageError('--pause-until must be a date like 2026-12-01 (prompts resume that day)');
    const now = today(patch.zone);
    if (o.pauseUntil < now) throw new UsageError(`--pause-until ${o.pauseUntil} has passed (today is ${now}); give today or a later day`);
    patch.pauseUntil = o.pauseUntil;
  }
  if (o.schoolDay !== undefined) {
    const hours = Number(o.schoolDay);
    if (!(hours > 0 && hours <= 12)) throw new UsageError('--school-day must be the hours in a full school day, like 6.5');
    patch.schoolDayHours = hours;
  }
  return patch;
}

export async function checkinCommand(raw: unknown, io: CliIo): Promise<number> {
  const o = parseOptions(Options, raw);
  const now = new Date();
  // Checked before the database is opened (a mistake creates nothing), with the earliest date
  // anywhere for --pause-until; checked again below in the parent's own zone.
  patchFrom(o, () => localDate(now, 'Etc/GMT+12'));
  const opened = await openForWriting(o, io);
  const { store } = opened;
  try {
    const at = now.toISOString();
    // Read and written in one transaction (on PostgreSQL, one of the parent's turns).
    const s = await opened.write(o.user, () => {
      const current = store.logs.getCheckin(o.user);
      const patch = patchFrom(o, (zone) => localDate(now, zone ?? current?.zone ?? 'UTC'));
      const setting = patch.time !== undefined || patch.zone !== undefined;
      if (!o.stop && setting) {
        if (!(patch.time ?? current?.time)) throw new UsageError('--time is required to turn check-ins on');
        if (!(patch.zone ?? current?.zone)) throw new UsageError('--tz is required to turn check-ins on');
        patch.enabled = true;
        patch.days ??= current?.days ?? [...SCHOOL_DAYS];
        // Explicit, from the command line: today's prompt is not held back (activeFrom unset).
        patch.activeFrom = null;
      }
      if (Object.keys(patch).length === 0) throw new UsageError('nothing to change: give --time and --tz, --pause-until, --school-day or --stop');
      store.ensureUser(o.user, at);
      return store.logs.updateCheckin(o.user, patch, at);
    });
    const out = {
      user: o.user,
      enabled: s.enabled,
      time: s.time,
      tz: s.zone,
      days: s.days,
      pause_until: s.pauseUntil,
      school_day_hours: s.schoolDayHours,
    };
    if (o.json) io.stdout.write(`${JSON.stringify(out)}\n`);
    else if (!s.enabled) io.stdout.write(`Daily check-ins are off for ${o.user}.\n`);
    else io.stdout.write(`Daily check-in for ${o.user}: ${s.time} on ${s.days.join(',')} (${s.zone})${s.pauseUntil ? `, paused until ${s.pauseUntil}` : ''}.\n`);
    return 0;
  } finally {
    await opened.close();
  }
}
