/**
 * Reading single CSV cells of a daily log: dates as spreadsheets write them, times of day, and
 * where an unclosed quote opened (formula-protected cells: src/security/spreadsheet-cells.ts).
 * Each reader returns the value or a reason (said to the parent with the line number).
 */
import { isIsoDate } from './dates.js';

/** How a spreadsheet writes a date: day first (UK, most of the world) or month first (US). */
export type DateOrder = 'dmy' | 'mdy';
export const DATE_ORDERS: readonly DateOrder[] = ['dmy', 'mdy'];
export const isDateOrder = (s: string): s is DateOrder => (DATE_ORDERS as readonly string[]).includes(s);

/** US time zones (the common IANA names): where a spreadsheet writes the month first. */
const MONTH_FIRST_ZONES = new Set(['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'America/Detroit', 'America/Indiana/Indianapolis', 'America/Boise', 'Pacific/Honolulu']);

/** The parent's likely date order: month first in a US zone, else day first. */
export function dateOrderFor(zone: string | null | undefined): DateOrder {
  return zone && (zone.startsWith('US/') || MONTH_FIRST_ZONES.has(zone)) ? 'mdy' : 'dmy';
}

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };
const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const no = <T>(reason: string): Read<T> => ({ ok: false, reason });
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `2026-11-05` always; `05/11/2026` (also `5.11.2026`, `5-11-2026`) in the given order, as a
 * spreadsheet re-saves the dates it shows. Two-digit years are refused: 26 could be 1926.
 */
export function readCsvDate(text: string, order: DateOrder): Read<string> {
  const t = text.trim();
  if (!t) return no('date is missing');
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return isIsoDate(t) ? ok(t) : no(`date "${t}" is not a real date`);
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!m) return no(`date "${t}" is not a date like 2026-11-05 or ${order === 'dmy' ? '05/11/2026 (day/month/year)' : '11/05/2026 (month/day/year)'}`);
  const [a, b, year] = [Number(m[1]), Number(m[2]), m[3] as string];
  const [day, month] = order === 'dmy' ? [a, b] : [b, a];
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  if (isIsoDate(iso)) return ok(iso);
  // 13/05/2026 read month first has no 13th month: say which order would read it.
  const other = `${year}-${pad(order === 'dmy' ? a : b)}-${pad(order === 'dmy' ? b : a)}`;
  const hint = isIsoDate(other) ? ` as ${order === 'dmy' ? 'day/month/year' : 'month/day/year'} (for ${order === 'dmy' ? 'month/day/year' : 'day/month/year'} dates, use --date-order ${order === 'dmy' ? 'mdy' : 'dmy'})` : '';
  return no(`date "${t}" is not a real date${hint}`);
}

/** "9:30", "09:30", "13.15" → minutes after midnight (24-hour clock). */
function clock(text: string): number | null {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [h, min] = [Number(m[1]), Number(m[2])];
  return h < 24 && min < 60 ? h * 60 + min : null;
}

export function readClock(text: string, name: string): Read<string> {
  const c = clock(text);
  return c === null ? no(`${name} "${text}" is not a time like 9:30 or 13:15`) : ok(`${pad(Math.floor(c / 60))}:${pad(c % 60)}`);
}

/** Arrival and leaving times, 24-hour: `9:30-12:15`. Null when the text is not two clock times. */
export function readTimes(text: string): Read<{ hours: number; arrived: string; left: string }> | null {
  const m = /^(\d{1,2}[:.]\d{2})\s*[-–]\s*(\d{1,2}[:.]\d{2})$/.exec(text.trim());
  if (!m) return null;
  const a = clock(m[1] as string);
  const b = clock(m[2] as string);
  if (a === null || b === null) return no(`hours "${text}" are not times like 9:30-12:15`);
  if (b <= a) return no(`hours "${text}" end before they start (use 24-hour times, like 9:30-13:15)`);
  const fmt = (x: number) => `${pad(Math.floor(x / 60))}:${pad(x % 60)}`;
  return ok({ hours: Math.round(((b - a) / 60) * 100) / 100, arrived: fmt(a), left: fmt(b) });
}

/**
 * The line where a quoted field opens and never closes (1-based), or null. A quote opens a field
 * only at its start; inside one, `""` is a quote character.
 */
export function unclosedQuoteLine(text: string): number | null {
  let line = 1;
  let opened = 0;
  let inQuote = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuote) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else inQuote = false;
      } else if (ch === '\n') line++;
      continue;
    }
    if (ch === '"' && fieldStart) {
      inQuote = true;
      opened = line;
    }
    if (ch === '\n') line++;
    fieldStart = ch === ',' || ch === '\n' || (ch === '\r' && text[i + 1] === '\n') || (fieldStart && (ch === ' ' || ch === '\uFEFF'));
  }
  return inQuote ? opened : null;
}
