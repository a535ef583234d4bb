/**
 * Importing a daily log kept elsewhere (a spreadsheet, a notes app) from CSV:
 *
 *   date,attendance,hours,difficulty,triggers,supports,helped,note
 *   2026-11-02,partial,3.5,7,morning transition;sensory,quiet space,yes,Came home at lunch
 *
 * It reads exactly what `export --format csv` writes for the daily log (csv-export.ts: the same
 * columns plus child, arrived and left, a BOM, formula-protected cells), and dates the way a
 * spreadsheet re-saves them (05/11/2026, day or month first by `dateOrder`).
 *
 * Every row is checked first; each bad row is reported with its line number (the header is line
 * 1) and the reason, and the good rows are written together in one transaction, so a file is
 * never half-imported. A date already logged is replaced, as in chat. Reasons and supports not in
 * the lists are kept as "other" in the parent's own words.
 */
import { createRequire } from 'node:module';
import { readSpreadsheetCell } from '../../security/spreadsheet-cells.js';
import * as z from 'zod';
import type { Store } from '../../core/ports.js';
import { readClock, readCsvDate, readTimes, unclosedQuoteLine, type DateOrder } from './csv-values.js';
import { isAttendance, isSupportId, isTriggerId, type LogSupport, type LogTrigger, type NewLogEntry } from './model.js';
import { parseHours, parseSupportName, parseTriggerName } from './parse.js';

export const CSV_COLUMNS = ['date', 'child', 'attendance', 'hours', 'arrived', 'left', 'difficulty', 'triggers', 'supports', 'helped', 'note'] as const;
const REQUIRED = ['date', 'attendance'] as const;
/** `attendance` for a day off ill or another authorised absence (`export` writes `excused`). */
const EXCUSED_WORDS: ReadonlySet<string> = new Set(['excused', 'ill', 'sick', 'off ill', 'off sick', 'authorised', 'authorized', 'authorised absence', 'authorized absence']);
const MAX_NOTE = 2000;

/** csv-parse is loaded on the first import, not at start-up (this file's columns are read by every export). */
type CsvParse = typeof import('csv-parse/sync').parse;
let csvParse: CsvParse | undefined;
const parseCsv: CsvParse = ((...args: Parameters<CsvParse>) => (csvParse ??= (createRequire(import.meta.url)('csv-parse/sync') as { parse: CsvParse }).parse)(...args)) as CsvParse;

const recordsSchema = z.array(z.object({ record: z.array(z.string()), info: z.object({ lines: z.number() }), raw: z.string() }));

export interface CsvProblem {
  line: number;
  reason: string;
}

export interface CsvRow {
  line: number;
  /** The `child` column, when the file has one ('' when empty). */
  child: string;
  entry: Omit<NewLogEntry, 'caseId'>;
}

export interface CsvOptions {
  /** How dates like 05/11/2026 are read (default day first). ISO dates are read either way. */
  dateOrder?: DateOrder;
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

/**
 * A listed item, or "other" in the parent's words. `name: words` keeps words with a listed item
 * (and `other: tired` keeps "tired" as the parent's own word, not the listed "tiredness").
 */
function named<I extends string>(raw: string, isId: (s: string) => s is I, parse: (raw: string) => { id: I; detail: string | null }): { id: I; detail: string | null } {
  const m = /^([^:]{2,40}):\s*(.+)$/.exec(raw);
  if (m) {
    const head = parse(m[1] as string);
    const id = (m[1] as string).trim().toLowerCase() === 'other' ? 'other' : head.detail === null ? head.id : null;
    if (id !== null && isId(id)) return { id, detail: (m[2] as string).trim() };
  }
  return parse(raw);
}

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
export function parseLogCsv(text: string, latest: string, opts: CsvOptions = {}): ParsedCsv {
  const errors: CsvProblem[] = [];
  const rows: CsvRow[] = [];
  const dateOrder = opts.dateOrder ?? 'dmy';
  const quote = unclosedQuoteLine(text.replace(/^\uFEFF/, ''));
  if (quote !== null) return { rows, errors: [{ line: quote, reason: 'a quote (") opens here and is never closed, so the rest of the file cannot be read: close it or remove it' }] };
  let records: z.infer<typeof recordsSchema>;
  try {
    // With `info` and `raw`, csv-parse returns objects its typings do not describe: check them.
    const out: unknown = parseCsv(text, { info: true, raw: true, bom: true, skip_empty_lines: true, relax_column_count: true });
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
    const readDate = readCsvDate(col(r, 'date'), dateOrder);
    if (!readDate.ok) {
      bad(readDate.reason);
      continue;
    }
    const date = readDate.value;
    if (date > latest) {
      bad(`date ${date} is in the future`);
      continue;
    }
    const child = col(r, 'child');
    const earlier = seen.get(`${child.toLowerCase()}\n${date}`);
    if (earlier !== undefined) {
      bad(`date ${date} is already on line ${earlier} (one entry per day${child ? ` for ${child}` : ''})`);
      continue;
    }
    const said = col(r, 'attendance').toLowerCase();
    // A day off ill, or another authorised absence (W13-6): a day not in school, out of the refusal figures.
    const excused = EXCUSED_WORDS.has(said);
    const attendance = excused ? 'absent' : said;
    if (!isAttendance(attendance)) {
      bad(attendance ? `attendance "${attendance}" should be full, partial, absent or excused` : 'attendance is missing (full, partial, absent or excused)');
      continue;
    }
    let hours: number | null = null;
    let arrived: string | null = null;
    let left: string | null = null;
    const hoursText = col(r, 'hours');
    if (hoursText) {
      const times = readTimes(hoursText);
      if (times && !times.ok) {
        bad(times.reason);
        continue;
      }
      if (times?.ok) ({ hours, arrived, left } = times.value);
      else if (/^\d+(\.\d+)?$/.test(hoursText)) hours = Number(hoursText);
      else {
        const parsed = parseHours(hoursText);
        if (!parsed) {
          bad(`hours "${hoursText}" is not a number of hours (like 3.5) or times (like 9:30-12:15)`);
          continue;
        }
        ({ hours, arrived, left } = parsed);
      }
      if (hours < 0 || hours > 12) {
        bad(`hours ${hoursText} should be between 0 and 12`);
        continue;
      }
      if (attendance === 'absent' && hours > 0) {
        bad(`an absent day cannot have ${hoursText} hours in school`);
        continue;
      }
      if (attendance === 'full') {
        bad(`a full day takes no hours (for ${hoursText} hours in school, write partial)`);
        continue;
      }
      if (attendance === 'partial' && hours === 0) {
        bad('part of the day needs some time in school (for none, write absent)');
        continue;
      }
      if (attendance === 'absent') hours = null;
    }
    const clocks = { arrived: col(r, 'arrived'), left: col(r, 'left') };
    if ((clocks.arrived || clocks.left) && attendance !== 'partial') {
      bad(`arrived and left are for part of the day, not ${attendance}`);
      continue;
    }
    const readArrived = clocks.arrived ? readClock(clocks.arrived, 'arrived') : null;
    const readLeft = clocks.left ? readClock(clocks.left, 'left') : null;
    const clockProblem = [readArrived, readLeft].find((x) => x && !x.ok);
    if (clockProblem && !clockProblem.ok) {
      bad(clockProblem.reason);
      continue;
    }
    if (readArrived?.ok) arrived = readArrived.value;
    if (readLeft?.ok) left = readLeft.value;
    if (arrived && left && left <= arrived) {
      bad(`left ${left} is not after arrived ${arrived}`);
      continue;
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
    const triggers: LogTrigger[] = split(col(r, 'triggers')).map((t) => named(t, isTriggerId, parseTriggerName));
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
    const supports: LogSupport[] = supportNames.map((name, i) => ({ ...named(name, isSupportId, parseSupportName), helped: helpedEach ? (helpedEach[i] ?? null) : helpedAll }));
    const note = col(r, 'note');
    if (note.length > MAX_NOTE) {
      bad(`note is longer than ${MAX_NOTE} characters`);
      continue;
    }
    seen.set(`${child.toLowerCase()}\n${date}`, line);
    rows.push({ line, child, entry: { date, attendance, hours, arrived, left, difficulty, triggers, supports, note: note || null, excused, source: 'import' } });
  }
  return { rows, errors };
}

/**
 * Writes the good rows in one transaction (all or none of them). `caseId` is the child, or says
 * which child a row's `child` column means (creating it if needed, inside the same transaction).
 */
export function importLogRows(store: Pick<Store, 'transaction' | 'logs'>, userId: string, caseId: number | ((child: string) => number), rows: readonly CsvRow[], at: string): { imported: number; replaced: number } {
  return store.transaction(() => {
    let replaced = 0;
    for (const r of rows) {
      const id = typeof caseId === 'number' ? caseId : caseId(r.child);
      if (store.logs.putEntry(userId, { ...r.entry, caseId: id }, at).replaced) replaced += 1;
    }
    return { imported: rows.length, replaced };
  });
}
