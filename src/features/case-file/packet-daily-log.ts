/**
 * The daily log as the packet shows it, in words: the summary's facts (once, here, not in the
 * timeline) and one row per school day in the range, logged or not. Shared by the PDF and the
 * Markdown packet.
 */
import type { ContentCatalog } from '../../content/catalog.js';
import { addDays, daysBetween, readableDate, weekdayOf } from '../daily-log/dates.js';
import { SCHOOL_DAYS, isExcused, type LogEntry } from '../daily-log/model.js';
import { countedSupportWords, countedTriggerWords, supportWords, triggerWords } from '../daily-log/describe.js';
import type { ChildLog } from './evidence.js';
import type { NoteRow } from '../../core/ports.js';
import { agreedTrials, trialLines } from './agreed-trial.js';

export interface DayRow {
  date: string;
  day: string;
  attendance: string;
  hours: string;
  morning: string;
  harder: string;
  tried: string;
  note: string;
  logged: boolean;
}

/**
 * The summary as short lines of fact ("School days logged: 58 (…)"), none for an empty range;
 * after the share of school time, each trial agreed with the school (in `notes`) that logged days fall in (W12-7).
 */
export function summaryFacts(content: ContentCatalog, log: ChildLog, notes: readonly NoteRow[] = [], monthFirst = false): string[] {
  const s = log.summary;
  if (s.days_logged === 0) return [];
  const r = (key: string, vars: Record<string, string>) => content.render(`case-file.packet.log.${key}`, vars);
  const facts = [
    r('days', { days: String(s.days_logged), full: String(s.full), partial: String(s.partial), absent: String(s.absent) }),
    r(s.partial_hours_unknown === 0 ? 'rate' : s.partial_hours_unknown === 1 ? 'rate-unknown-one' : 'rate-unknown', { rate: String(Math.round(s.attendance_rate * 100)), count: String(s.partial_hours_unknown) }),
  ];
  // Days off ill are no refusal days: left out of the figures above and below, and said so (W13-6).
  if (s.off_ill > 0) facts.push(r(s.off_ill === 1 ? 'off-ill-one' : 'off-ill', { count: String(s.off_ill) }));
  facts.push(...trialLines(content, agreedTrials(content, notes, log.caseId), log.inRange.map((e) => e.date), 'case-file.packet.log.trial', monthFirst));
  if (s.avg_difficulty !== null) facts.push(r('difficulty', { value: s.avg_difficulty.toFixed(1) }));
  const triggers = s.triggers.slice(0, 4).map((t) => r(t.count === 1 ? 'trigger-one-day' : 'trigger', { name: countedTriggerWords(content, t), count: String(t.count) }));
  if (triggers.length) facts.push(r('triggers', { list: triggers.join(', ') }));
  // Tried only on days the parent was not sure it helped: that is no "helped on 0" (as in chat).
  const supportKey = (t: { tried: number; helped: number; not_helped: number }) =>
    `${t.tried === 1 ? 'support-one-day' : 'support'}${t.helped + t.not_helped === 0 ? '-unsure' : ''}`;
  const supports = s.supports.slice(0, 4).map((t) => r(supportKey(t), { name: countedSupportWords(content, t), tried: String(t.tried), helped: String(t.helped) }));
  if (supports.length) facts.push(r('supports', { list: supports.join(', ') }));
  return facts;
}

function hoursOf(content: ContentCatalog, e: LogEntry): string {
  if (e.attendance !== 'partial') return '';
  if (e.hours === null && !(e.arrived && e.left)) return content.render('case-file.packet.hours-unknown');
  const times = e.arrived && e.left ? `${e.arrived}–${e.left}` : '';
  const hours = e.hours === null ? '' : `${Math.round(e.hours * 100) / 100} h`;
  return [hours, times].filter(Boolean).join(', ');
}

function entryRow(content: ContentCatalog, e: LogEntry, monthFirst: boolean): DayRow {
  const helped = (h: boolean | null) => (h === true ? ` (${content.render('case-file.packet.helped')})` : h === false ? ` (${content.render('case-file.packet.not-helped')})` : '');
  return {
    date: readableDate(e.date, monthFirst),
    day: content.render(`chart.weekday.${weekdayOf(e.date)}`),
    attendance: content.render(isExcused(e) ? 'chart.status.excused' : `chart.status.${e.attendance}`),
    hours: hoursOf(content, e),
    morning: e.difficulty === null ? '' : String(e.difficulty),
    harder: e.triggers.map((t) => t.detail || triggerWords(content, t)).join(', '),
    tried: e.supports.map((s) => `${s.detail || supportWords(content, s)}${helped(s.helped)}`).join(', '),
    note: e.note ?? '',
    logged: true,
  };
}

/** Every school day in the packet's range up to the last logged day, plus weekend days that were logged. */
export function dayRows(content: ContentCatalog, log: ChildLog, range: { from: string; to: string }, monthFirst = false): DayRow[] {
  const byDate = new Map(log.inRange.map((e) => [e.date, e]));
  const last = log.inRange.reduce((m, e) => (e.date > m ? e.date : m), range.from);
  const first = log.inRange.reduce((m, e) => (e.date < m ? e.date : m), last);
  const rows: DayRow[] = [];
  const n = daysBetween(first, last);
  for (let i = 0; i < n; i++) {
    const d = addDays(first, i);
    const e = byDate.get(d);
    if (e) rows.push(entryRow(content, e, monthFirst));
    else if (SCHOOL_DAYS.includes(weekdayOf(d)))
      rows.push({ date: readableDate(d, monthFirst), day: content.render(`chart.weekday.${weekdayOf(d)}`), attendance: content.render('chart.status.not-logged'), hours: '', morning: '', harder: '', tried: '', note: '', logged: false });
  }
  return rows;
}
