/**
 * The daily log as CSV rows, in exactly the columns and spellings the import reads back
 * (csv-import.ts): a file exported, opened in a spreadsheet, saved and imported gives the same
 * days. Times of day go in `arrived`/`left`; a reason or support with the parent's own words is
 * `name: words` (just the words for "other", unless they would read back as a listed item).
 */
import { CSV_COLUMNS } from './csv-import.js';
import { isExcused, supportName, triggerName, type LogEntry, type SupportId, type TriggerId } from './model.js';
import { parseSupportName, parseTriggerName } from './parse.js';

export const LOG_CSV_COLUMNS: readonly string[] = CSV_COLUMNS;

/** `;` separates items in a cell: inside the parent's words it becomes a comma. */
const words = (s: string) => s.replace(/;/g, ',').trim();

function item<I extends TriggerId | SupportId>(id: I, detail: string | null, name: (id: I) => string, parse: (raw: string) => { id: string; detail: string | null }): string {
  if (!detail) return name(id);
  const d = words(detail);
  if (id !== 'other') return `${name(id)}: ${d}`;
  const back = parse(d);
  return back.id === 'other' && back.detail === d && !/^[^:]{2,40}:/.test(d) ? d : `other: ${d}`;
}

const yesNo = (h: boolean | null) => (h === true ? 'yes' : h === false ? 'no' : '');

/** One logged day as the CSV's cells, in LOG_CSV_COLUMNS order. */
export function logCsvRow(e: LogEntry, nickname: string): string[] {
  return [
    e.date,
    nickname,
    isExcused(e) ? 'excused' : e.attendance,
    e.attendance === 'partial' && e.hours !== null ? String(e.hours) : '',
    e.attendance === 'partial' ? (e.arrived ?? '') : '',
    e.attendance === 'partial' ? (e.left ?? '') : '',
    e.difficulty === null ? '' : String(e.difficulty),
    e.triggers.map((t) => item(t.id, t.detail, triggerName, parseTriggerName)).join(';'),
    e.supports.map((s) => item(s.id, s.detail, supportName, parseSupportName)).join(';'),
    e.supports.map((s) => yesNo(s.helped)).join(';'),
    e.note ?? '',
  ];
}
