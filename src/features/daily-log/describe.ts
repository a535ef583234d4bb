/**
 * The daily log in words: a logged day in one line, a summary in a short message, a check-in
 * in a sentence. Every word comes from content/prompts (daily-log.yaml, checkin.yaml).
 */
import type { ContentCatalog } from '../../content/catalog.js';
import { rangeLabel, timeLabel, weekdayName } from './dates.js';
import { WEEKDAYS, isExcused, type CheckinSettings, type LogEntry, type LogSupport, type LogTrigger, type Weekday } from './model.js';
import type { LogSummary, SupportCount, TriggerCount } from './summary.js';

const fmtHours = (h: number): string => String(Math.round(h * 100) / 100);
const percent = (r: number): string => String(Math.round(r * 100));

/**
 * What made a day harder, as a sentence says it: the button the parent tapped, in lower case
 * ("other children"), or their own words for "something else" as they typed them ("PE with Mr
 * Jones"). Never the data name the CSV and JSON use ("peers").
 */
export function triggerWords(content: ContentCatalog, t: Pick<LogTrigger, 'id' | 'detail'>): string {
  return t.id === 'other' && t.detail ? t.detail : content.render(`daily-log.trigger.${t.id}`).toLowerCase();
}

/** What was tried, as a sentence says it (as `triggerWords`). */
export function supportWords(content: ContentCatalog, s: Pick<LogSupport, 'id' | 'detail'>): string {
  return s.id === 'other' && s.detail ? s.detail : content.render(`daily-log.support.${s.id}`).toLowerCase();
}

/** A summary's row in a sentence's words (its `name` is the parent's own words for "something else"). */
export const countedTriggerWords = (content: ContentCatalog, t: Pick<TriggerCount, 'id' | 'name'>): string => triggerWords(content, { id: t.id, detail: t.name });
export const countedSupportWords = (content: ContentCatalog, s: Pick<SupportCount, 'id' | 'name'>): string => supportWords(content, { id: s.id, detail: s.name });

/** "part of the day (9:30-12:15, 2.75 h) · morning 6/10 · harder: … · tried: …". */
export function describeEntry(content: ContentCatalog, e: LogEntry): string {
  const parts: string[] = [];
  if (e.attendance === 'partial') {
    if (e.hours !== null && e.arrived && e.left) parts.push(content.render('daily-log.part.partial-times', { arrived: e.arrived, left: e.left, hours: fmtHours(e.hours) }));
    else if (e.hours !== null) parts.push(content.render('daily-log.part.partial-hours', { hours: fmtHours(e.hours) }));
    else parts.push(content.render('daily-log.part.partial'));
  } else parts.push(content.render(isExcused(e) ? 'daily-log.part.excused' : `daily-log.part.${e.attendance}`));
  if (e.difficulty !== null) parts.push(content.render('daily-log.part.difficulty', { n: String(e.difficulty) }));
  if (e.triggers.length) parts.push(content.render('daily-log.part.triggers', { list: e.triggers.map((t) => triggerWords(content, t)).join(', ') }));
  if (e.supports.length) {
    const list = e.supports.map((s) => {
      const name = supportWords(content, s);
      if (s.helped === true) return content.render('daily-log.part.helped-yes', { name });
      if (s.helped === false) return content.render('daily-log.part.helped-no', { name });
      return name;
    });
    parts.push(content.render('daily-log.part.supports', { list: list.join(', ') }));
  }
  if (e.note) parts.push(content.render('daily-log.part.note'));
  return parts.join(' · ');
}

/** A set of weekdays in a sentence: "Monday to Friday", "on Monday, Wednesday and Friday". */
export function daysLabel(content: ContentCatalog, days: readonly Weekday[]): string {
  const sorted = WEEKDAYS.filter((d) => days.includes(d));
  const key = sorted.join(',');
  if (sorted.length === 7) return content.render('checkin.days.every-day');
  if (key === 'mon,tue,wed,thu,fri') return content.render('checkin.days.weekdays');
  if (key === 'sat,sun') return content.render('checkin.days.weekends');
  const idx = sorted.map((d) => WEEKDAYS.indexOf(d));
  const contiguous = idx.length > 2 && idx.every((v, i) => i === 0 || v === (idx[i - 1] ?? -9) + 1);
  const names = sorted.map(weekdayName);
  if (contiguous) return content.render('checkin.days.range', { first: names[0] ?? '', last: names[names.length - 1] ?? '' });
  const list = names.length <= 1 ? (names[0] ?? '') : content.render('checkin.days.pair', { first: names.slice(0, -1).join(', '), last: names[names.length - 1] ?? '' });
  return content.render('checkin.days.list', { list });
}

export function checkinVars(content: ContentCatalog, s: Pick<CheckinSettings, 'time' | 'zone' | 'days'>): { time: string; days: string; zone: string } {
  return { time: s.time ? timeLabel(s.time) : '', days: daysLabel(content, s.days), zone: s.zone ?? '' };
}

/** Nothing logged in the range asked for: `summary.empty` says so, on its own (its words change where typing is public). */
export const emptySummary = (s: LogSummary): boolean => s.days_logged === 0 || s.from === null || s.to === null;

/** The summary as a short chat message, a few lines. */
export function describeSummary(content: ContentCatalog, s: LogSummary, nickname: string): string {
  if (s.days_logged === 0 || s.from === null || s.to === null) return content.render('summary.empty');
  const lines: string[] = [content.render('summary.header', { nickname, range: rangeLabel(s.from, s.to), days: String(s.days_logged) })];
  lines.push(content.render('summary.attendance', { full: String(s.full), partial: String(s.partial), absent: String(s.absent), percent: percent(s.attendance_rate) }));
  // Days off ill are no refusal days: left out of every figure here, and said so (W13-6).
  if (s.off_ill > 0) lines.push(content.render(s.off_ill === 1 ? 'summary.off-ill-one' : 'summary.off-ill', { count: String(s.off_ill) }));
  // A part day with no hours counts as half: said, not silently folded into the share.
  if (s.partial_hours_unknown > 0) lines.push(content.render(s.partial_hours_unknown === 1 ? 'summary.hours-unknown-one' : 'summary.hours-unknown', { count: String(s.partial_hours_unknown) }));
  // The weekday with the lowest attendance, once it has been logged at least twice and stands out.
  const weekdays: { day: Weekday; rate: number }[] = [];
  for (const day of WEEKDAYS) {
    const w = s.by_weekday[day];
    if (w && w.logged >= 2 && w.attendance_rate !== null) weekdays.push({ day, rate: w.attendance_rate });
  }
  const worst = [...weekdays].sort((a, b) => a.rate - b.rate)[0];
  if (weekdays.length >= 2 && worst && worst.rate < s.attendance_rate - 0.05) {
    lines.push(content.render('summary.hardest-day', { weekday: weekdayName(worst.day), percent: percent(worst.rate) }));
  }
  if (s.triggers.length) {
    const list = s.triggers.slice(0, 3).map((t) => `${countedTriggerWords(content, t)} (${t.count})`);
    lines.push(content.render('summary.triggers', { list: list.join(', ') }));
  }
  if (s.supports.length) {
    // Tried only on days the parent was not sure it helped: that is no "helped 0 of 1".
    const list = s.supports.slice(0, 4).map((x) =>
      content.render(x.helped + x.not_helped === 0 ? 'summary.support-item-unsure' : 'summary.support-item', {
        name: countedSupportWords(content, x),
        helped: String(x.helped),
        tried: String(x.tried),
      }),
    );
    lines.push(content.render('summary.supports', { list: list.join(', ') }));
  }
  if (s.trend.direction === 'mixed') {
    // Both halves' mornings named: more time in school is not "better" when mornings got harder (W13-10).
    const [first, second] = [s.trend.first?.avg_difficulty, s.trend.second?.avg_difficulty].map((d) => (d ?? 0).toFixed(1));
    lines.push(content.render((s.trend.attendance_change ?? 0) > 0 ? 'summary.trend.mixed-more-time' : 'summary.trend.mixed-less-time', { first: first ?? '', second: second ?? '' }));
  } else if (s.trend.direction !== 'not_enough_data') lines.push(content.render(`summary.trend.${s.trend.direction}`));
  return lines.join('\n');
}

