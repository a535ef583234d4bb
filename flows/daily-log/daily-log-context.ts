/**
 * What the daily log's machine keeps while a day is logged (daily-log.flow.ts), and the two
 * things it may hold for later: a told day whose offer this log overtook, and an attendance typed
 * at the reasons question. Types only, shared by the machine's helper files.
 */
import type { ToldDay } from '../../src/features/daily-log/told-day.js';
import type { HoursAnswer } from '../../src/features/daily-log/parse.js';
import type { Attendance, SupportId } from '../../src/features/daily-log/model.js';

export interface Ctx {
  /** The day being logged, local YYYY-MM-DD, and how to say it ("Tue 24 Nov"). */
  date: string;
  day: string;
  isToday: boolean;
  prompted: boolean;
  children: string[];
  nickname: string;
  /** Nicknames (lower case) already logged for this day. */
  logged: string[];
  attendance: Attendance | '';
  /** The support whose "did it help?" is being asked. */
  support: SupportId | '';
  /**
   * The parent's own words for it, when typed at the list ("a quiet space", "time out card"):
   * "did it help?" quotes them rather than the list's name for it. Optional: older logs have none.
   */
  supportWords?: string;
  /** The brother or sister whose day the parent chose to log next (sibling-log.ts). Optional: older logs have none. */
  sibling?: string;
  /** Offer the reminder tip at the end (the parent has no check-in set). */
  tip: boolean;
  /**
   * The day is not one of the parent's school days (they only said "log", or "log yesterday"): the last school day
   * before it, how to say it, and who is already logged on it, to offer instead.
   */
  offDay: { date: string; day: string; logged: string[] } | null;
  /**
   * Reasons and supports already picked in this log ("t:sensory", "s:quiet-space"), so the
   * "anything else?" lists show them ticked, at their numbers. Optional: logs saved before it existed have none.
   */
  picked?: string[];
  /** Supports typed by their numbers together ("1, 3") still to ask "did it help?" about, in order. Optional: older logs have none. */
  queued?: SupportId[];
  /**
   * A day told in the parent's words (told-day-states.ts): what was read from it, and the words,
   * kept as the day's note. Optional: older logs have none.
   */
  told?: (ToldDay & { text: string }) | null;
  /** The told day came from the menu: ask first whether it is one for the log. */
  offerTold?: boolean;
  /** They said it is not (it is what the school said): handed on as before. */
  toldDeclined?: boolean;
  /** A told day whose offer this log overtook, offered again when it ends (told-day-states.ts); `earlier`: this run is that offer. */
  earlierTold?: EarlierTold | null;
  earlier?: boolean;
  /** An attendance typed at the reasons question, waiting on "shall I change it?" (attendance-retold.ts). */
  retold?: Retold | null;
  /** Words asked about there, kept on the day's note whatever was answered. Optional: older logs have none. */
  asides?: string[];
  /** The day is off ill or another authorised absence (ill-day.ts). Optional: older logs have none. */
  excused?: boolean;
  /** A full school day's length, for "half day" (hours). Optional: older logs have none. */
  schoolDayHours?: number | null;
}

/**
 * A told day whose offer was overtaken by this log (src/features/daily-log/told-waiting.ts): its
 * reading and words, its day, its child if known, and who is logged on it already.
 */
export interface EarlierTold {
  told: ToldDay & { text: string };
  date: string;
  day: string;
  child?: string;
  logged: string[];
}

/** An attendance typed at the reasons question, waiting on "shall I change it?" (attendance-retold.ts). */
export interface Retold {
  attendance: Attendance;
  hours: HoursAnswer | null;
  /** Typed at "anything else?" (some reasons picked already): asked again there. */
  again: boolean;
  /** The words, kept on the day's note whatever the answer to "shall I change it?". */
  text?: string;
  /** The words gave a reason too ("tired, came home early"), kept as one already (situations16). */
  reason?: boolean;
}
