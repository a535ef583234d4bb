/**
 * The periods a school gives itself for a reply, as a due date (ISO) counted from the parent's
 * day: "within 10 school days" and "15 working days" (Monday to Friday, the winter break left out,
 * as a letter's reminder is counted), "within 10 days", "within two weeks", "in a fortnight",
 * "within a month", "by the end of the week" (this Friday; said at a weekend, the next), "the end
 * of next month"; and the length of a trial: "for two weeks", "for a fortnight", "for 10 school
 * days", "review it after three weeks" (never a time off school: "off for two weeks").
 */
import { addSchoolDays } from '../../src/features/case-file/school-days.js';

const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30,
};
/** "for" a trial's length; never a time off school ("off for two weeks", "absent for", "at home for"). */
const FOR = String.raw`(?<!\b(?:off|out|absent|away|home|missed|been|ill|sick|school|excluded)\s+)for`;
const COUNT = `(\\d{1,3}|${Object.keys(NUMBERS).join('|')})`;
/**
 * A count of school days given for a reply ("within 10", "have 15", "takes 5", "over the next 10",
 * "after 20", "10 … from today"), never one already past or a tally ("has missed 15 school days",
 * "15 school days of absence", "in 15 school days this term she attended 3").
 */
const SCHOOL_DAYS = new RegExp(
  `(?:\\b(?:within|in|have|take|takes|give|gives|given|allow|allows|after|over|${FOR})\\s+(?:the\\s+next\\s+|up\\s+to\\s+)?${COUNT}\\s+(?:school|working|business)\\s+days?\\b(?!\\s+(?:of|this|last|absen|off|missed|late|she|he|they))|\\b${COUNT}\\s+(?:school|working|business)\\s+days?\\s+from\\s+(?:today|now)\\b)`,
);
const WITHIN = new RegExp(`\\b(?:within|in|after|${FOR})\\s+(?:the\\s+next\\s+)?${COUNT}\\s+(days?|weeks?|fortnights?|months?)\\b`);
const END_OF = /\bend\s+of\s+(?:the\s+|this\s+)?(next\s+)?(week|month)\b/;

/** The period ends with a month ("by the end of the month"), not a count of days or a week. `text` is lower case. */
export const endsWithMonth = (text: string): boolean => END_OF.exec(text)?.[2] === 'month';

const DAY_MS = 86_400_000;
const countOf = (n: string): number => NUMBERS[n] ?? Number(n);
const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The due date a period names, from `today` (ISO, the parent's day); undefined when it names none. `text` is lower case. */
export function periodDue(text: string, today: string): string | undefined {
  const start = Date.parse(`${today}T00:00:00Z`);
  if (Number.isNaN(start)) return undefined;
  const school = SCHOOL_DAYS.exec(text);
  if (school) return addSchoolDays(today, countOf((school[1] ?? school[2]) as string));
  const within = WITHIN.exec(text);
  if (within) {
    const unit = within[2] as string;
    if (unit.startsWith('month')) {
      const d = new Date(start);
      return isoOf(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + countOf(within[1] as string), d.getUTCDate()));
    }
    const days = unit.startsWith('fortnight') ? 14 : unit.startsWith('week') ? 7 : 1;
    return isoOf(start + countOf(within[1] as string) * days * DAY_MS);
  }
  const end = END_OF.exec(text);
  if (!end) return undefined;
  const next = end[1] !== undefined;
  const d = new Date(start);
  if (end[2] === 'month') return isoOf(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + (next ? 2 : 1), 0));
  // This week's Friday, or at a weekend the coming one.
  const weekday = d.getUTCDay();
  const toFriday = weekday === 6 ? 6 : weekday === 0 ? 5 : 5 - weekday;
  return isoOf(start + (toFriday + (next ? 7 : 0)) * DAY_MS);
}
