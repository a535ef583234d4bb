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
import { openRequestLine, packetTitle, type CaseFile } from './evidence.js';
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

type Doc = InstanceType<typeof PDFDocumentClass>;

/**
 * pdfkit (and the font engine under it) takes about a second to load: required on first use,
 * so the bot and every CLI command start as fast as before and only an export pays for it.
 */
let pdfkit: typeof PDFDocumentClass | undefined;
function loadPdfkit(): typeof PDFDocumentClass {
  pdfkit ??= require('pdfkit') as typeof PDFDocumentClass;
  return pdfkit;
}

function heading(doc: Doc, text: string, size = 15): void {
  if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
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
  const left = `${packetTitle(content, cf)} · ${cf.today}`;
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
  para(doc, content.render('case-file.packet.prepared', { date: cf.today }), { color: MUTED, size: 9.5 });
  para(doc, content.render('case-file.packet.disclaimer'), { color: MUTED, size: 9.5 });

  heading(doc, content.render('case-file.packet.open-requests'));
  if (cf.openRequests.length === 0) para(doc, content.render('case-file.packet.no-open-requests'));
  for (const f of cf.openRequests) bullet(doc, openRequestLine(content, f));

  heading(doc, content.render('case-file.packet.timeline'));
  for (const line of cf.timeline.split('\n')) {
    if (!line.trim()) continue;
    if (line.startsWith('•')) bullet(doc, line);
    else {
      if (doc.y > doc.page.height - MARGIN - 60) doc.addPage();
      doc.moveDown(0.4).font('bold').fontSize(11.5).fillColor(INK).text(line).moveDown(0.2);
    }
  }

  if (cf.logs.length) {
    heading(doc, content.render('case-file.packet.daily-log'));
    for (const log of cf.logs) {
      doc.font('bold').fontSize(11.5).text(log.nickname).moveDown(0.2);
      para(doc, log.evidence);
      const png = log.chartPng ? flattenPng(log.chartPng) : null;
      const size = png ? pngSize(png) : null;
      if (png && size) {
        // Full width, but never taller than about a third of the page, so it sits with its summary.
        const fullWidth = doc.page.width - 2 * MARGIN;
        const height = Math.min(CHART_MAX_HEIGHT, (fullWidth * size.height) / size.width);
        const width = (height * size.width) / size.height;
        if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
        doc.image(Buffer.from(png), MARGIN, doc.y, { width });
        doc.y += height + 8;
        doc.x = MARGIN;
      }
    }
  }

  if (cf.letters.length) {
    // Each letter on its own page, so it can be printed and handed over as it is.
    for (const [i, l] of cf.letters.entries()) {
      doc.addPage();
      if (i === 0) {
        doc.font('bold').fontSize(15).fillColor(INK).text(content.render('case-file.packet.letters'));
        doc.moveDown(0.4);
      }
      doc.font('bold').fontSize(12).text(content.render('case-file.packet.letter-heading', { date: l.date, title: l.title }));
      doc.moveDown(0.5);
      para(doc, l.body.trimEnd());
    }
  }

  footers(doc, content, cf);
  doc.end();
  return readAll(doc);
}
