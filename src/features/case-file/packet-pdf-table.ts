/**
 * Tables for the PDF packet, drawn with pdfkit's text primitives: each row as tall as its
 * tallest cell, a row never split across pages, and the header row repeated on every page the
 * table runs onto. Used for the timeline and the day-by-day attendance table.
 */
import type PDFDocumentClass from 'pdfkit';

export type Doc = InstanceType<typeof PDFDocumentClass>;

export interface Column {
  header: string;
  /** Points; the last column takes whatever width is left. */
  width: number;
}

export interface Cell {
  text: string;
  bold?: boolean;
  colour?: string;
}

export interface TableStyle {
  size: number;
  ink: string;
  muted: string;
  rule: string;
  /** Fill behind the header row. */
  headerFill: string;
  /** Fill behind every other row (null: none). */
  stripe: string | null;
  /** Bottom margin to keep clear (the footer lives there). */
  bottom: number;
}

const PAD_X = 4;
const PAD_Y = 3;

function widths(doc: Doc, columns: readonly Column[]): number[] {
  const total = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const fixed = columns.slice(0, -1).reduce((n, c) => n + c.width, 0);
  return columns.map((c, i) => (i === columns.length - 1 ? total - fixed : c.width));
}

function rowHeight(doc: Doc, cells: readonly Cell[], w: readonly number[], size: number): number {
  let h = 0;
  for (const [i, c] of cells.entries()) {
    doc.font(c.bold ? 'bold' : 'body').fontSize(size);
    h = Math.max(h, doc.heightOfString(c.text || ' ', { width: (w[i] ?? 0) - 2 * PAD_X }));
  }
  return h + 2 * PAD_Y;
}

function drawRow(doc: Doc, cells: readonly Cell[], w: readonly number[], y: number, h: number, style: TableStyle, fill: string | null): void {
  const x0 = doc.page.margins.left;
  const total = w.reduce((a, b) => a + b, 0);
  if (fill) doc.save().rect(x0, y, total, h).fill(fill).restore();
  let x = x0;
  for (const [i, c] of cells.entries()) {
    doc
      .font(c.bold ? 'bold' : 'body')
      .fontSize(style.size)
      .fillColor(c.colour ?? style.ink)
      .text(c.text, x + PAD_X, y + PAD_Y, { width: (w[i] ?? 0) - 2 * PAD_X, lineBreak: true });
    x += w[i] ?? 0;
  }
  doc.save().moveTo(x0, y + h).lineTo(x0 + total, y + h).lineWidth(0.4).strokeColor(style.rule).stroke().restore();
}

/** Draws a table from the current y; leaves doc.y under it and doc.x at the left margin. */
export function drawTable(doc: Doc, columns: readonly Column[], rows: readonly (readonly Cell[])[], style: TableStyle): void {
  const w = widths(doc, columns);
  const header: Cell[] = columns.map((c) => ({ text: c.header, bold: true }));
  const headerH = rowHeight(doc, header, w, style.size);
  const limit = () => doc.page.height - style.bottom;
  let y = doc.y;
  const newPage = () => {
    doc.addPage();
    y = doc.page.margins.top;
  };
  const putHeader = () => {
    drawRow(doc, header, w, y, headerH, style, style.headerFill);
    y += headerH;
  };
  const firstH = rows[0] ? rowHeight(doc, rows[0], w, style.size) : 0;
  if (y + headerH + firstH > limit()) newPage();
  putHeader();
  for (const [i, row] of rows.entries()) {
    const h = rowHeight(doc, row, w, style.size);
    if (y + h > limit()) {
      newPage();
      putHeader();
    }
    drawRow(doc, row, w, y, h, style, style.stripe && i % 2 === 1 ? style.stripe : null);
    y += h;
  }
  doc.x = doc.page.margins.left;
  doc.y = y + 6;
}
