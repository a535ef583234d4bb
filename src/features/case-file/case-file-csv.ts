/**
 * The notes, and the daily log, as CSV: one row per note, one row per logged day. Every cell that
 * could start a spreadsheet formula is neutralised (src/security/spreadsheet-cells.ts).
 */
import { stringify } from 'csv-stringify/sync';
import type { ContentCatalog } from '../../content/catalog.js';
import { supportName, triggerName } from '../daily-log/model.js';
import { readableNoteText } from './timeline.js';
import type { CaseFile } from './evidence.js';
import { noteJson } from './case-file-json.js';
import { neutraliseFormula } from '../../security/spreadsheet-cells.js';

/** One row per note; a button answer or standard advice stored by its content key shows as its words. */
export function notesCsv(content: ContentCatalog, cf: CaseFile): string {
  const columns = ['id', 'at', 'child', 'case_id', 'kind', 'topic', 'category', 'who', 'said_on', 'due', 'text'];
  return stringify(
    cf.notes.map((n) => {
      const j = { ...noteJson(n), text: readableNoteText(content, n.text) };
      return columns.map((c) => {
        const v = j[c as keyof typeof j];
        return v === null || v === undefined ? '' : neutraliseFormula(String(v));
      });
    }),
    { header: true, columns, bom: false },
  );
}

/** Null when nobody keeps a daily log. */
export function dailyLogCsv(cf: CaseFile): string | null {
  if (cf.logs.length === 0) return null;
  const columns = ['date', 'child', 'attendance', 'hours', 'arrived', 'left', 'difficulty', 'triggers', 'supports', 'note'];
  const helped = (h: boolean | null) => (h === true ? 'helped' : h === false ? 'did not help' : 'not sure');
  const rows = cf.logs
    .flatMap((log) => log.entries.map((e) => ({ e, nickname: log.nickname })))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.nickname.localeCompare(b.nickname)))
    .map(({ e, nickname }) => [
      e.date,
      nickname,
      e.attendance,
      e.hours === null ? '' : String(e.hours),
      e.arrived ?? '',
      e.left ?? '',
      e.difficulty === null ? '' : String(e.difficulty),
      e.triggers.map((t) => (t.detail ? `${triggerName(t.id)}: ${t.detail}` : triggerName(t.id))).join('; '),
      e.supports.map((s) => `${s.detail ? `${supportName(s.id)}: ${s.detail}` : supportName(s.id)} (${helped(s.helped)})`).join('; '),
      e.note ?? '',
    ].map(neutraliseFormula));
  return stringify(rows, { header: true, columns });
}
