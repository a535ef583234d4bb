/**
 * The notes, and the daily log, as CSV: one row per note, one row per logged day. Every cell that
 * could start a spreadsheet formula is neutralised (src/security/spreadsheet-cells.ts).
 */
import { createRequire } from 'node:module';
import type { ContentCatalog } from '../../content/catalog.js';
import { LOG_CSV_COLUMNS, logCsvRow } from '../daily-log/csv-export.js';
import { readableNoteText } from './timeline.js';
import type { CaseFile } from './evidence.js';
import { noteJson } from './case-file-json.js';
import { neutraliseFormula } from '../../security/spreadsheet-cells.js';

/** csv-stringify is loaded on the first CSV export, not at start-up (every chat can export). */
type CsvStringify = typeof import('csv-stringify/sync').stringify;
let csvStringify: CsvStringify | undefined;
const stringify = (...args: Parameters<CsvStringify>): string =>
  (csvStringify ??= (createRequire(import.meta.url)('csv-stringify/sync') as { stringify: CsvStringify }).stringify)(...args);

/** One row per note; a button answer or standard advice stored by its content key shows as its words. */
export function notesCsv(content: ContentCatalog, cf: CaseFile): string {
  const columns = ['id', 'at', 'day', 'child', 'case_id', 'kind', 'topic', 'category', 'who', 'said_on', 'due', 'text'];
  return stringify(
    cf.notes.map((n) => {
      const j = { ...noteJson(n), text: readableNoteText(content, n.text) };
      return columns.map((c) => {
        const v = j[c as keyof typeof j];
        return v === null || v === undefined ? '' : neutraliseFormula(String(v));
      });
    }),
    { header: true, columns, bom: true },
  );
}

/**
 * Null when nobody keeps a daily log. The columns are the import's (csv-export.ts), so the file
 * imports back as it is; a byte-order mark tells spreadsheets it is UTF-8.
 */
export function dailyLogCsv(cf: CaseFile): string | null {
  if (cf.logs.length === 0) return null;
  const rows = cf.logs
    .flatMap((log) => log.entries.map((e) => ({ e, nickname: log.nickname })))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.nickname.localeCompare(b.nickname)))
    .map(({ e, nickname }) => logCsvRow(e, nickname).map(neutraliseFormula));
  return stringify(rows, { header: true, columns: [...LOG_CSV_COLUMNS], bom: true });
}
