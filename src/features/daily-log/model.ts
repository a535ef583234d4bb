/**
 * The daily log's vocabulary: attendance kinds, what made a day harder, supports tried, school
 * days, and the shapes the store, the flow's effects and the summary share. Ids are stable
 * (stored, sent as choice ids); `name` is the plain English used in JSON and CSV. The words the
 * bot says live in content/prompts/daily-log.yaml.
 */
import * as z from 'zod';

export const ATTENDANCE = ['full', 'partial', 'absent'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

export const TRIGGERS = [
  { id: 'morning-transition', name: 'morning transition', aliases: ['morning', 'mornings', 'getting ready', 'leaving the house', 'transition', 'getting out the door', 'drop off', 'drop-off'] },
  { id: 'class-or-period', name: 'class or period', aliases: ['a particular class or period', 'class', 'period', 'lesson', 'a class', 'particular class', 'subject', 'teacher'] },
  { id: 'peers', name: 'peers', aliases: ['friends', 'other children', 'other kids', 'bullying', 'classmates', 'peer'] },
  { id: 'sensory', name: 'sensory', aliases: ['noise', 'noisy', 'crowds', 'lights', 'sensory overload', 'busy corridors'] },
  { id: 'tiredness-sleep', name: 'tiredness or sleep', aliases: ['tiredness', 'sleep', 'tired', 'poor sleep', 'late night', 'tiredness/sleep'] },
  { id: 'physical', name: 'physical complaints', aliases: ['physical', 'tummy ache', 'stomach ache', 'headache', 'feeling sick', 'ill', 'sick', 'pain'] },
  { id: 'other', name: 'other', aliases: [] },
] as const;
export type TriggerId = (typeof TRIGGERS)[number]['id'];

export const SUPPORTS = [
  { id: 'later-start', name: 'later start', aliases: ['late start', 'start later', 'later arrival'] },
  { id: 'quiet-space', name: 'quiet space', aliases: ['quiet room', 'safe space', 'calm space', 'quiet place'] },
  { id: 'trusted-adult', name: 'trusted adult', aliases: ['key worker', 'keyworker', 'met at the gate', 'meet and greet', 'met by staff', 'key adult'] },
  { id: 'shorter-day', name: 'shorter day', aliases: ['reduced timetable', 'part-time timetable', 'part time timetable', 'reduced day', 'half day'] },
  { id: 'breaks', name: 'breaks', aliases: ['break card', 'time-out card', 'time out card', 'movement breaks', 'exit card'] },
  { id: 'calm-morning', name: 'calm morning routine', aliases: ['calm morning', 'morning routine', 'visual timetable', 'routine'] },
  { id: 'other', name: 'other', aliases: [] },
] as const;
export type SupportId = (typeof SUPPORTS)[number]['id'];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const SCHOOL_DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

export const DEFAULT_SCHOOL_DAY_HOURS = 6.5;
/** Snooze: later the same morning. */
export const SNOOZE_MINUTES = 90;

export const isTriggerId = (s: string): s is TriggerId => TRIGGERS.some((t) => t.id === s);
export const isSupportId = (s: string): s is SupportId => SUPPORTS.some((t) => t.id === s);
export const isAttendance = (s: string): s is Attendance => (ATTENDANCE as readonly string[]).includes(s);
export const isWeekday = (s: string): s is Weekday => (WEEKDAYS as readonly string[]).includes(s);

export const triggerName = (id: TriggerId): string => TRIGGERS.find((t) => t.id === id)?.name ?? id;
export const supportName = (id: SupportId): string => SUPPORTS.find((t) => t.id === id)?.name ?? id;

export interface LogTrigger {
  id: TriggerId;
  /** The parent's words, for "other". */
  detail: string | null;
}
export interface LogSupport {
  id: SupportId;
  detail: string | null;
  /** true = helped, false = did not, null = not sure / not said. */
  helped: boolean | null;
}

/** One child's school day, as logged. */
export interface LogEntry {
  id: number;
  userId: string;
  caseId: number;
  /** Local date, YYYY-MM-DD. */
  date: string;
  attendance: Attendance;
  /** Hours in school on a partial day (null when not known). */
  hours: number | null;
  arrived: string | null;
  left: string | null;
  difficulty: number | null;
  triggers: LogTrigger[];
  supports: LogSupport[];
  note: string | null;
  /**
   * An `absent` day off ill, or another authorised absence (W13-6): not a day the child refused, so
   * left out of the refusal figures (summary, chart, packet), and said so. Optional: absent = false.
   */
  excused?: boolean;
  source: 'chat' | 'import';
  createdAt: string;
  updatedAt: string;
}

/** A whole entry to write (import, tests); replaces any entry for that child and day. */
export interface NewLogEntry {
  caseId: number;
  date: string;
  attendance: Attendance;
  hours?: number | null;
  arrived?: string | null;
  left?: string | null;
  difficulty?: number | null;
  triggers?: LogTrigger[];
  supports?: LogSupport[];
  note?: string | null;
  /** Off ill or another authorised absence (an `absent` day only). */
  excused?: boolean;
  source?: 'chat' | 'import';
}

/** A day not in school that was no refusal: off ill, or another authorised absence. */
export const isExcused = (e: Pick<LogEntry, 'attendance' | 'excused'>): boolean => e.attendance === 'absent' && e.excused === true;

/** A parent's check-in preferences. */
export interface CheckinSettings {
  userId: string;
  enabled: boolean;
  /** HH:MM local. */
  time: string | null;
  zone: string | null;
  days: Weekday[];
  pauseUntil: string | null;
  skipDate: string | null;
  snoozeDate: string | null;
  snoozeUntil: string | null;
  schoolDayHours: number;
  activeFrom: string | null;
  updatedAt: string;
}

/**
 * What the daily-log flow asks the engine to save, one answer at a time, so a day is kept as
 * soon as its first button is tapped (a parent interrupted halfway still has the attendance).
 * `start` creates the day's entry, replacing any earlier one for that child and day.
 */
const triggerIdSchema = z.enum(TRIGGERS.map((t) => t.id) as [TriggerId, ...TriggerId[]]);
const supportIdSchema = z.enum(SUPPORTS.map((t) => t.id) as [SupportId, ...SupportId[]]);
const day = { child: z.string(), date: z.string() };
export const saveLogParamsSchema = z.discriminatedUnion('op', [
  z.object({ ...day, op: z.literal('start'), attendance: z.enum(ATTENDANCE) }),
  // The attendance changed after it was given (typed at "what made it harder?", L13-5), the rest kept.
  z.object({ ...day, op: z.literal('attendance'), attendance: z.enum(ATTENDANCE) }),
  z.object({ ...day, op: z.literal('hours'), hours: z.number().nullable(), arrived: z.string().nullable().optional(), left: z.string().nullable().optional() }),
  z.object({ ...day, op: z.literal('difficulty'), value: z.number() }),
  z.object({ ...day, op: z.literal('trigger'), id: triggerIdSchema, detail: z.string().optional() }),
  // Several listed reasons at once ("1, 5" typed at the list); `others`: reasons typed beside them in the parent's words ("maths, noise", W15-15).
  z.object({ ...day, op: z.literal('triggers'), ids: z.array(triggerIdSchema), others: z.array(z.string()).optional() }),
  z.object({ ...day, op: z.literal('support'), id: supportIdSchema, detail: z.string().optional() }),
  z.object({ ...day, op: z.literal('helped'), id: supportIdSchema, helped: z.boolean().nullable() }),
  z.object({ ...day, op: z.literal('note'), text: z.string() }),
  // An absent day off ill, or another authorised absence (W13-6): out of the refusal figures.
  z.object({ ...day, op: z.literal('excused'), value: z.boolean() }),
  z.object({ ...day, op: z.literal('finish') }),
  // A day told in words (W13-2, W13-9): all that was read from it at once, the words as the note.
  z.object({
    ...day,
    op: z.literal('told'),
    attendance: z.enum(ATTENDANCE),
    hours: z.number().nullable(),
    arrived: z.string().nullable(),
    left: z.string().nullable(),
    difficulty: z.number().nullable(),
    triggers: z.array(z.object({ id: triggerIdSchema, detail: z.string().nullable() })),
    note: z.string(),
  }),
]);
export type SaveLogParams = z.infer<typeof saveLogParamsSchema>;

/** The note topic under which the daily check-in's time, days and zone are kept (a setting, not an event). */
export const CHECKIN_TOPIC = 'checkin.set';

/** The daily log's setting topics (Feature.settingTopics). */
export const DAILY_LOG_SETTING_TOPICS: readonly string[] = [CHECKIN_TOPIC];

/** What the check-in flow asks the engine to save. */
export const saveCheckinParamsSchema = z.object({ time: z.string(), zone: z.string(), days: z.string() });
export type SaveCheckinParams = z.infer<typeof saveCheckinParamsSchema>;
