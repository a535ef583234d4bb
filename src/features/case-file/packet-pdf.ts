/**
 * The evidence packet as a printable PDF (A4, 2 cm margins, headings, page numbers), with
 * pdfkit. DejaVu Sans is embedded so names, accents, curly quotes and most scripts a parent
 * might type render as typed (CJK is outside DejaVu's coverage).
 *
 * Built synchronously: pdfkit writes into a stream buffer that we read back after `end()`.
 * That holds because nothing here is asynchronous in pdfkit: fonts are read with readFileSync,
 * and the chart is flattened to an opaque PNG first (see png-flatten.ts).
 */
import { createRequire } from 'node:module';
import type PDFDocumentClass from 'pdfkit';
import type { ContentCatalog } from '../../content/catalog.js';
import { readableDate, readableDatesIn, readableRange } from '../daily-log/dates.js';
import { openRequestLine, packetTitle, type CaseFile, type ChildLog, type PacketLetter } from './evidence.js';
import { dayRows, summaryFacts } from './packet-daily-log.js';
import { drawTable, type Cell, type Column, type Doc } from './packet-pdf-table.js';
import { flattenPng, pngSize } from './png-flatten.js';

const require = createRequire(import.meta.url);
const FONT_REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

/** 2 cm. */
const MARGIN = 57;
const INK = '#1f2933';
const MUTED = '#52606d';
const CHART_MAX_HEIGHT = 320;

export interface PdfOptions {
  /** Deflate page contents (default true). Tests turn it off to read the text back. */
  compress?: boolean;
}


/**
 * pdfkit (and the font engine under it) takes about a second to load: required on first use,
 * so the bot and every CLI command start as fast as before and only an export pays for it.
 */
let pdfkit: typeof PDFDocumentClass | undefined;
function loadPdfkit(): typeof PDFDocumentClass {
  pdfkit ??= require('pdfkit') as typeof PDFDocumentClass;
  return pdfkit;
}

/** `room`: how much of the page the heading needs below it to stay with what follows. */
function heading(doc: Doc, text: string, size = 15, room = 80): void {
  if (doc.y > doc.page.height - MARGIN - room) doc.addPage();
  doc.moveDown(0.6).font('bold').fontSize(size).fillColor(INK).text(text);
  doc.moveDown(0.3).font('body').fontSize(10.5).fillColor(INK);
}

function para(doc: Doc, text: string, opts: { color?: string; size?: number; indent?: number } = {}): void {
  doc.font('body').fontSize(opts.size ?? 10.5).fillColor(opts.color ?? INK).text(text, { indent: opts.indent ?? 0, paragraphGap: 3 });
}

/** A timeline entry with a hanging indent after the bullet. */
function bullet(doc: Doc, text: string): void {
  const x = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.font('body').fontSize(10).fillColor(INK);
  // Keep the bullet and its first line together at the foot of a page.
  if (doc.y + 2 * doc.currentLineHeight(true) > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const y = doc.y;
  doc.text('•', x, y, { lineBreak: false }); // moves x only, not y
  doc.text(text.replace(/^•\s*/, ''), x + 12, y, { width: width - 12, paragraphGap: 3 });
  doc.x = x;
}

function footers(doc: Doc, content: ContentCatalog, cf: CaseFile): void {
  const range = doc.bufferedPageRange();
  const left = `${packetTitle(content, cf)} · ${readableDate(cf.today, cf.monthFirst)}`;
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would make pdfkit start a new page: lift the margin first.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN / 2 - 6;
    const width = doc.page.width - 2 * MARGIN;
    doc.font('body').fontSize(8.5).fillColor(MUTED);
    doc.text(left, MARGIN, y, { width, align: 'left', lineBreak: false });
    doc.text(content.render('case-file.packet.page', { page: String(i + 1), pages: String(range.count) }), MARGIN, y, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

/** Drains pdfkit's buffered output (all of it is there once `end()` returns: see the header). */
function readAll(doc: Doc): Uint8Array {
  const chunks: Buffer[] = [];
  for (let c = doc.read() as Buffer | null; c !== null; c = doc.read() as Buffer | null) chunks.push(c);
  const out = Buffer.concat(chunks);
  if (!out.subarray(-8).toString('latin1').includes('%%EOF')) throw new Error('PDF output was not complete');
  return new Uint8Array(out);
}

const TABLE = { ink: INK, muted: MUTED, rule: '#D9DEE2', headerFill: '#EEF1F3', bottom: MARGIN };

function timelineSection(doc: Doc, content: ContentCatalog, cf: CaseFile): void {
  heading(doc, content.render('case-file.packet.timeline'));
  const columns: Column[] = [
    { header: content.render('case-file.packet.col.date'), width: 104 },
    { header: content.render('case-file.packet.col.entry'), width: 0 },
  ];
  for (const g of cf.timelineGroups) {
    // One child: the title already names them.
    if (cf.timelineGroups.length > 1) {
      // The child's name stays with the first rows of their table.
      if (doc.y > doc.page.height - MARGIN - 90) doc.addPage();
      doc.moveDown(0.3).font('bold').fontSize(11.5).fillColor(INK).text(g.header).moveDown(0.2);
    }
    const rows = g.entries.map((e): Cell[] => [{ text: e.date }, { text: `${e.label}: ${e.text}` }]);
    drawTable(doc, columns, rows, { ...TABLE, size: 9.5, stripe: null });
  }
}

function chart(doc: Doc, content: ContentCatalog, png: Uint8Array): void {
  const size = pngSize(png);
  if (!size) return;
  const fullWidth = doc.page.width - 2 * MARGIN;
  const height = Math.min(CHART_MAX_HEIGHT, (fullWidth * size.height) / size.width);
  const width = (height * size.width) / size.height;
  // The heading stays with its chart.
  if (doc.y + height + 40 > doc.page.height - MARGIN) doc.addPage();
  heading(doc, content.render('case-file.packet.chart'), 12.5);
  doc.image(Buffer.from(png), MARGIN, doc.y, { width });
  doc.y += height + 8;
  doc.x = MARGIN;
}

/** Room a daily log needs below its heading to start on a page: its range, its summary and a few lines more. */
const LOG_START_ROOM = 240;

function dailyLogSection(doc: Doc, content: ContentCatalog, cf: CaseFile, log: ChildLog): void {
  // On the page so far when there is room (page 1 used to hold only the title and "Nothing is
  // waiting for a reply"); the chart and the table keep themselves together as they go.
  if (doc.y > doc.page.height - MARGIN - LOG_START_ROOM) doc.addPage();
  else doc.moveDown(0.8);
  heading(doc, content.render('case-file.packet.daily-log-child', { nickname: log.name }));
  const from = readableDate(log.range.from, cf.monthFirst);
  const to = readableDate(log.range.to, cf.monthFirst);
  if (log.inRange.length === 0) {
    para(doc, content.render('case-file.packet.log-empty', { from, to }));
    return;
  }
  para(doc, content.render('case-file.packet.log-range', { range: readableRange(log.range.from, log.range.to, cf.monthFirst) }), { color: MUTED, size: 9.5 });
  heading(doc, content.render('case-file.packet.summary'), 12.5);
  for (const f of summaryFacts(content, log, cf.notes, cf.monthFirst)) bullet(doc, f);
  const png = log.chartPng ? flattenPng(log.chartPng) : null;
  if (png) chart(doc, content, png);
  // The table's heading, its note, its header row and a few days together, not one row alone at a page's foot.
  heading(doc, content.render('case-file.packet.days'), 12.5, 150);
  para(doc, content.render('case-file.packet.days-note'), { color: MUTED, size: 9 });
  const col = (key: string, width: number): Column => ({ header: content.render(`case-file.packet.col.${key}`), width });
  const columns = [col('date', 84), col('day', 26), col('attendance', 64), col('hours', 34), col('morning', 44), col('harder', 78), col('tried', 78), col('note', 0)];
  const rows = dayRows(content, log, log.range, cf.monthFirst).map((d): Cell[] => {
    const colour = d.logged ? undefined : MUTED;
    return [d.date, d.day, d.attendance, d.hours, d.morning, d.harder, d.tried, d.note].map((text) => (colour ? { text, colour } : { text }));
  });
  drawTable(doc, columns, rows, { ...TABLE, size: 7.5, stripe: '#F7F9FA' });
}

function letterPage(doc: Doc, content: ContentCatalog, l: PacketLetter, first: boolean, monthFirst: boolean): void {
  doc.addPage();
  if (first) {
    doc.font('bold').fontSize(15).fillColor(INK).text(content.render('case-file.packet.letters-kept'));
    doc.moveDown(0.4);
  }
  doc.font('bold').fontSize(12).fillColor(INK).text(content.render('case-file.packet.letter-heading', { date: readableDate(l.date, monthFirst), title: l.title }));
  const status = l.sentOn ? content.render('case-file.packet.letter-sent', { date: readableDate(l.sentOn, monthFirst) }) : content.render('case-file.packet.letter-kept');
  para(doc, status, { color: MUTED, size: 9.5 });
  doc.moveDown(0.5);
  para(doc, readableDatesIn(l.body.trimEnd(), monthFirst));
}

export function renderPacketPdf(content: ContentCatalog, cf: CaseFile, opts: PdfOptions = {}): Uint8Array {
  const title = packetTitle(content, cf);
  const PDFDocument = loadPdfkit();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    compress: opts.compress ?? true,
    bufferPages: true,
    info: { Title: title, Author: 'Next Step', Creator: 'Next Step', CreationDate: new Date(cf.generatedAt) },
    lang: 'en',
  });
  doc.registerFont('body', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);

  doc.font('bold').fontSize(20).fillColor(INK).text(title);
  doc.moveDown(0.2);
  para(doc, content.render('case-file.packet.prepared', { date: readableDate(cf.today, cf.monthFirst) }), { color: MUTED, size: 9.5 });
  para(doc, content.render('case-file.packet.disclaimer'), { color: MUTED, size: 9.5 });

  heading(doc, content.render('case-file.packet.open-requests'));
  if (cf.openRequests.length === 0) para(doc, content.render('case-file.packet.no-open-requests'));
  for (const f of cf.openRequests) bullet(doc, openRequestLine(content, f, cf.monthFirst, cf.today));

  if (cf.timelineGroups.length) timelineSection(doc, content, cf);
  for (const log of cf.logs) dailyLogSection(doc, content, cf, log);
  // Each letter on its own page, so it can be printed and handed over as it is.
  for (const [i, l] of cf.letters.entries()) letterPage(doc, content, l, i === 0, cf.monthFirst);

  footers(doc, content, cf);
  doc.end();
  return readAll(doc);
}
