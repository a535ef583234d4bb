/**
 * `checkin --user ID --time HH:MM --tz ZONE [--days mon,tue,wed,thu,fri] [--pause-until DATE]
 * [--school-day HOURS] [--stop] [--json]`: set (or stop, or pause) a parent's daily check-in.
 */
import { isIsoDate, isValidZone } from '../features/daily-log/dates.js';
import { SCHOOL_DAYS, isWeekday, type Weekday } from '../features/daily-log/model.js';
import { parseTime } from '../features/daily-log/parse.js';
import type { CheckinPatch } from '../features/daily-log/daily-log-port.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { sealerFromEnv } from '../security/sealer-from-env.js';
import { dbPathFrom, parseOptions, requireString, UsageError, type CliIo } from './io.js';

export async function checkinCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(argv, {
    user: { type: 'string' },
    time: { type: 'string' },
    tz: { type: 'string' },
    days: { type: 'string' },
    'pause-until': { type: 'string' },
    'school-day': { type: 'string' },
    stop: { type: 'boolean' },
  });
  const user = requireString(values.user, 'user');
  const patch: CheckinPatch = {};
  if (values.stop) patch.enabled = false;
  if (values.time !== undefined) {
    const time = /^\d{1,2}:\d{2}$/.test(values.time) ? parseTime(values.time) : null;
    if (!time) throw new UsageError('--time must be HH:MM (24-hour), like 07:30');
    patch.time = time;
  }
  if (values.tz !== undefined) {
    if (!isValidZone(values.tz)) throw new UsageError(`--tz "${values.tz}" is not an IANA time zone (like Europe/London or America/New_York)`);
    patch.zone = values.tz;
  }
  if (values.days !== undefined) {
    const days = values.days.split(',').map((d) => d.trim().toLowerCase().slice(0, 3)).filter(Boolean);
    const bad = days.filter((d) => !isWeekday(d));
    if (days.length === 0 || bad.length) throw new UsageError('--days must be a comma-separated list of mon,tue,wed,thu,fri,sat,sun');
    patch.days = days.filter((d): d is Weekday => isWeekday(d));
  }
  if (values['pause-until'] !== undefined) {
    if (!isIsoDate(values['pause-until'])) throw new UsageError('--pause-until must be a date like 2026-12-01 (prompts resume that day)');
    patch.pauseUntil = values['pause-until'];
  }
  if (values['school-day'] !== undefined) {
    const hours = Number(values['school-day']);
    if (!(hours > 0 && hours <= 12)) throw new UsageError('--school-day must be the hours in a full school day, like 6.5');
    patch.schoolDayHours = hours;
  }
  const store = new SqliteStore({ path: dbPathFrom(values, io.env), sealer: sealerFromEnv(io.env) });
  try {
    const at = new Date().toISOString();
    const current = store.logs.getCheckin(user);
    const setting = patch.time !== undefined || patch.zone !== undefined;
    if (!values.stop && setting) {
      if (!(patch.time ?? current?.time)) throw new UsageError('--time is required to turn check-ins on');
      if (!(patch.zone ?? current?.zone)) throw new UsageError('--tz is required to turn check-ins on');
      patch.enabled = true;
      patch.days ??= current?.days ?? [...SCHOOL_DAYS];
      // Explicit, from the command line: today's prompt is not held back (activeFrom unset).
      patch.activeFrom = null;
    }
    if (Object.keys(patch).length === 0) throw new UsageError('nothing to change: give --time and --tz, --pause-until, --school-day or --stop');
    store.ensureUser(user, at);
    const s = store.logs.updateCheckin(user, patch, at);
    const out = {
      user,
      enabled: s.enabled,
      time: s.time,
      tz: s.zone,
      days: s.days,
      pause_until: s.pauseUntil,
      school_day_hours: s.schoolDayHours,
    };
    if (values.json) io.stdout.write(`${JSON.stringify(out)}\n`);
    else if (!s.enabled) io.stdout.write(`Daily check-ins are off for ${user}.\n`);
    else io.stdout.write(`Daily check-in for ${user}: ${s.time} on ${s.days.join(',')} (${s.zone})${s.pauseUntil ? `, paused until ${s.pauseUntil}` : ''}.\n`);
    return 0;
  } finally {
    store.close();
  }
}
