/**
 * Importing a daily log kept elsewhere (a spreadsheet, a notes app) from CSV:
 *
 *   date,attendance,hours,difficulty,triggers,supports,helped,note
 *   2026-11-02,partial,3.5,7,morning transition;sensory,quiet space,yes,Came home at lunch
 *
 * Every row is checked first; a bad row is reported with its line number (the header is line 1)
 * and the reason, and the good rows are written together in one transaction, so a file is never
 * half-imported. A date already logged is replaced, as in chat. Reasons and supports not in the
 * lists are kept as "other" in the parent's own words.
 */
import { parse } from 'csv-parse/sync';
import { readSpreadsheetCell } from '../../security/spreadsheet-cells.js';
import { z } from 'zod';
import type { Store } from '../../core/ports.js';
import { isIsoDate } from './dates.js';
import { isAttendance, type LogSupport, type LogTrigger, type NewLogEntry } from './model.js';
import { parseHours, parseSupportName, parseTriggerName } from './parse.js';

export const CSV_COLUMNS = ['date', 'attendance', 'hours', 'difficulty', 'triggers', 'supports', 'helped', 'note'] as const;
const REQUIRED = ['date', 'attendance'] as const;
const MAX_NOTE = 2000;

const recordsSchema = z.array(z.object({ record: z.array(z.string()), info: z.object({ lines: z.number() }), raw: z.string() }));

export interface CsvProblem {
  line: number;
  reason: string;
}

export interface CsvRow {
  line: number;
  entry: Omit<NewLogEntry, 'caseId'>;
}

export interface ParsedCsv {
  rows: CsvRow[];
  errors: CsvProblem[];
}

/** Lines a record's raw text spans beyond its first (quoted newlines), ignoring blank lines before it. */
function extraLines(raw: string): number {
  const body = raw.replace(/^(\r?\n)+/, '').replace(/\r?\n$/, '');
  return (body.match(/\n/g) ?? []).length;
}

/** Parts trimmed of spaces only: a tab or CR is kept, never trimmed into a leading `=`. */
const split = (v: string): string[] =>
  v
    .split(';')
    .map((s) => s.replace(/^ +| +$/g, ''))
    .filter(Boolean);

function parseHelped(v: string): boolean | null | undefined {
  const t = v.trim().toLowerCase();
  if (t === '') return null;
  if (['yes', 'y', 'true', '1', 'helped'].includes(t)) return true;
  if (['no', 'n', 'false', '0'].includes(t)) return false;
  if (['unsure', 'not sure', 'maybe', '?', 'hard to say'].includes(t)) return null;
  return undefined;
}

/**
 * Checks a CSV text. `latest` is the last date that may be logged (today where the parent is):
 * a later date is refused as a likely typo.
 */
export function parseLogCsv(text: string, latest: string): ParsedCsv {
  const errors: CsvProblem[] = [];
  const rows: CsvRow[] = [];
  let records: z.infer<typeof recordsSchema>;
  try {
    // With `info` and `raw`, csv-parse returns objects its typings do not describe: check them.
    const out: unknown = parse(text, { info: true, raw: true, bom: true, skip_empty_lines: true, relax_column_count: true });
    records = recordsSchema.parse(out);
  } catch (e) {
    const line = typeof (e as { lines?: unknown }).lines === 'number' ? ((e as { lines: number }).lines) : 1;
    return { rows, errors: [{ line, reason: `the file is not valid CSV (${(e as Error).message.split('\n')[0]})` }] };
  }
  const [head, ...body] = records;
  if (!head) return { rows, errors: [{ line: 1, reason: 'the file is empty (expected a header line)' }] };
  const header = head.record.map((h) => h.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) return { rows, errors: [{ line: 1, reason: `the header needs the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (columns: ${CSV_COLUMNS.join(',')})` }] };
  const unknown = header.filter((h) => h && !(CSV_COLUMNS as readonly string[]).includes(h));
  if (unknown.length) return { rows, errors: [{ line: 1, reason: `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (columns: ${CSV_COLUMNS.join(',')})` }] };
  const col = (r: string[], name: (typeof CSV_COLUMNS)[number]) => {
    const i = header.indexOf(name);
    return i < 0 ? '' : readSpreadsheetCell(r[i] ?? '');
  };

  const seen = new Map<string, number>();
  for (const rec of body) {
    const line = rec.info.lines - extraLines(rec.raw);
    const r = rec.record;
    const bad = (reason: string) => errors.push({ line, reason });
    if (r.length > header.length && r.slice(header.length).some((v) => v.trim() !== '')) {
      bad(`${r.length} values but the header has ${header.length} columns`);
      continue;
    }
    const date = col(r, 'date');
    if (!isIsoDate(date)) {
      bad(date ? `date "${date}" is not a valid YYYY-MM-DD date` : 'date is missing');
      continue;
    }
    if (date > latest) {
      bad(`date ${date} is in the future`);
      continue;
    }
    const earlier = seen.get(date);
    if (earlier !== undefined) {
      bad(`date ${date} is already on line ${earlier} (one entry per day)`);
      continue;
    }
    const attendance = col(r, 'attendance').toLowerCase();
    if (!isAttendance(attendance)) {
      bad(attendance ? `attendance "${attendance}" should be full, partial or absent` : 'attendance is missing (full, partial or absent)');
      continue;
    }
    let hours: number | null = null;
    let arrived: string | null = null;
    let left: string | null = null;
    const hoursText = col(r, 'hours');
    if (hoursText) {
      if (/^\d+(\.\d+)?$/.test(hoursText)) hours = Number(hoursText);
      else {
        const parsed = parseHours(hoursText);
        if (!parsed) {
          bad(`hours "${hoursText}" is not a number of hours (like 3.5) or times (like 9:30-12:15)`);
          continue;
        }
        ({ hours, arrived, left } = parsed);
      }
      if (hours < 0 || hours > 24) {
        bad(`hours ${hoursText} should be between 0 and 24`);
        continue;
      }
      if (attendance === 'absent' && hours > 0) {
        bad(`an absent day cannot have ${hoursText} hours in school`);
        continue;
      }
      if (attendance === 'absent') hours = null;
    }
    const diffText = col(r, 'difficulty');
    let difficulty: number | null = null;
    if (diffText) {
      if (!/^\d{1,2}$/.test(diffText) || Number(diffText) > 10) {
        bad(`difficulty "${diffText}" should be a whole number from 0 to 10`);
        continue;
      }
      difficulty = Number(diffText);
    }
    const triggers: LogTrigger[] = split(col(r, 'triggers')).map(parseTriggerName);
    const supportNames = split(col(r, 'supports'));
    const helpedText = col(r, 'helped');
    const helpedParts = helpedText.includes(';') ? helpedText.split(';').map((s) => s.trim()) : null;
    const helpedAll = parseHelped(helpedParts ? '' : helpedText);
    if (helpedText && supportNames.length === 0) {
      bad('helped is given but no supports are listed');
      continue;
    }
    if (helpedParts && helpedParts.length !== supportNames.length) {
      bad(`helped has ${helpedParts.length} answers for ${supportNames.length} supports (give one for all, or one per support)`);
      continue;
    }
    const helpedEach = helpedParts?.map(parseHelped);
    if (helpedAll === undefined || helpedEach?.some((h) => h === undefined)) {
      bad(`helped "${helpedText}" should be yes, no or empty`);
      continue;
    }
    const supports: LogSupport[] = supportNames.map((name, i) => ({ ...parseSupportName(name), helped: helpedEach ? (helpedEach[i] ?? null) : helpedAll }));
    const note = col(r, 'note');
    if (note.length > MAX_NOTE) {
      bad(`note is longer than ${MAX_NOTE} characters`);
      continue;
    }
    seen.set(date, line);
    rows.push({ line, entry: { date, attendance, hours, arrived, left, difficulty, triggers, supports, note: note || null, source: 'import' } });
  }
  return { rows, errors };
}

/** Writes the good rows for one child in one transaction (all or none of them). */
export function importLogRows(store: Pick<Store, 'transaction' | 'logs'>, userId: string, caseId: number, rows: readonly CsvRow[], at: string): { imported: number; replaced: number } {
  return store.transaction(() => {
    let replaced = 0;
    for (const r of rows) if (store.logs.putEntry(userId, { ...r.entry, caseId }, at).replaced) replaced += 1;
    return { imported: rows.length, replaced };
  });
}
