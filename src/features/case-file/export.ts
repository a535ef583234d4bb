/**
 * `export` in every format: the files, their names and types, and the content key of the
 * message that goes with each. Shared by the chat command and the CLI.
 */
import type { ContentCatalog } from '../../content/catalog.js';
import type { Store } from '../../core/ports.js';
import { caseFileJson } from './case-file-json.js';
import { dailyLogCsv, notesCsv } from './case-file-csv.js';
import { gatherCaseFile, isEmptyCaseFile, type CaseFile } from './evidence.js';
import { renderPacketMarkdown } from './packet-markdown.js';
import { renderPacketPdf } from './packet-pdf.js';

export const EXPORT_FORMATS = ['pdf', 'md', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const isExportFormat = (s: string): s is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(s);

export interface ExportFile {
  filename: string;
  mime: string;
  data: string | Uint8Array;
  /** Content key of the line that introduces this file in chat. */
  key: string;
  /** Content key of the file's title in chat, when it is not the case file itself (the daily log beside the notes). */
  titleKey?: string;
}

export interface ExportOptions {
  /** PDF: deflate contents (default true). */
  compress?: boolean;
  /** Markdown: also write each attendance chart as a PNG beside it (the CLI; chat sends one file). */
  chartFiles?: boolean;
  /** The packet's daily-log range (default: from the first day logged this school year to today). */
  from?: string | undefined;
  to?: string | undefined;
  /** Topics of notes that are settings, not events (the features' `settingTopics`): not in the timeline. */
  settingTopics?: ReadonlySet<string> | undefined;
  /** One child's packet, its files named by child (exportPerChild). */
  caseId?: number | undefined;
}

/** The formats that are the packet for a school: one child's when the family has several. */
export const isPacketFormat = (f: ExportFormat): boolean => f === 'pdf' || f === 'md';

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 30) || 'child';

export function exportFiles(store: Store, content: ContentCatalog, cf: CaseFile, format: ExportFormat, opts: ExportOptions = {}): ExportFile[] {
  // One child's packet is named by child, so two children's files sit side by side.
  const only = opts.caseId === undefined ? undefined : cf.children[0];
  const day = only ? `${slug(only.nickname)}-${cf.today}` : cf.today;
  switch (format) {
    case 'pdf':
      return [{ filename: `case-file-${day}.pdf`, mime: 'application/pdf', data: renderPacketPdf(content, cf, { compress: opts.compress ?? true }), key: 'case-file.export.pdf' }];
    case 'md': {
      const charts = new Map<number, string>();
      const images: ExportFile[] = [];
      if (opts.chartFiles) {
        for (const log of cf.logs) {
          if (!log.chartPng) continue;
          const filename = `attendance-${slug(log.nickname)}-${log.caseId}-${cf.today}.png`;
          charts.set(log.caseId, filename);
          images.push({ filename, mime: 'image/png', data: log.chartPng, key: 'case-file.packet.chart-alt' });
        }
      }
      return [{ filename: `case-file-${day}.md`, mime: 'text/markdown', data: renderPacketMarkdown(content, cf, { chartFiles: charts }), key: 'case-file.export.md' }, ...images];
    }
    case 'csv': {
      const files: ExportFile[] = [{ filename: `case-notes-${day}.csv`, mime: 'text/csv', data: notesCsv(content, cf), key: 'case-file.export.csv', titleKey: 'notes.document-title' }];
      const log = dailyLogCsv(cf);
      if (log !== null) files.push({ filename: `daily-log-${day}.csv`, mime: 'text/csv', data: log, key: 'case-file.export.csv-log', titleKey: 'case-file.export.csv-log-title' });
      return files;
    }
    case 'json':
      return [{ filename: `case-file-${day}.json`, mime: 'application/json', data: caseFileJson(store, cf), key: 'case-file.export.json' }];
  }
}

/** Gathers and renders; null when there is nothing to export yet (JSON always has the raw rows). */
export function exportCaseFile(store: Store, content: ContentCatalog, userId: string, now: Date, format: ExportFormat, opts: ExportOptions = {}): ExportFile[] | null {
  // Only the PDF and the Markdown beside its pictures show charts: skip drawing them otherwise.
  const charts = format === 'pdf' || (format === 'md' && opts.chartFiles === true);
  const cf = gatherCaseFile(store, content, userId, now, { charts, from: opts.from, to: opts.to, settingTopics: opts.settingTopics, caseId: opts.caseId });
  if (format !== 'json' && isEmptyCaseFile(cf)) return null;
  return exportFiles(store, content, cf, format, opts);
}

/**
 * The export for the CLI (W12-9): in a family of several children the packet (PDF, Markdown) is
 * per child, `opts.caseId`'s or one set of files for each child; CSV and JSON stay whole.
 */
export function exportPerChild(store: Store, content: ContentCatalog, userId: string, now: Date, format: ExportFormat, opts: ExportOptions = {}): ExportFile[] | null {
  const cases = store.listCases(userId);
  if (!isPacketFormat(format) || cases.length < 2 || opts.caseId !== undefined) return exportCaseFile(store, content, userId, now, format, opts);
  const files = cases.flatMap((c) => exportCaseFile(store, content, userId, now, format, { ...opts, caseId: c.id }) ?? []);
  return files.length ? files : null;
}
