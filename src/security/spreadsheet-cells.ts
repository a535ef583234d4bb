/**
 * CSV cells meant for spreadsheets. A cell that begins with `=`, `+`, `-`, `@`, a tab or a
 * carriage return can be run as a formula when the file is opened (`=HYPERLINK(…)` from a note
 * or a nickname). On the way out such a cell gets a leading `'`, which spreadsheets show as
 * text; a cell that already starts with `'` before one of those gets one more, so reading it back
 * (one `'` removed) gives exactly what was written.
 */

const FORMULA_LEAD = /^'*[=+\-@\t\r]/;

/** The cell as written to a CSV export. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_LEAD.test(cell) ? `'${cell}` : cell;
}

/**
 * A cell read from a CSV file: surrounding spaces trimmed (never a tab or CR, which would turn
 * `\t=1+1` into a formula), and the `'` of `neutraliseFormula` removed.
 */
export function readSpreadsheetCell(raw: string): string {
  const cell = raw.replace(/^ +| +$/g, '');
  return cell.startsWith("'") && FORMULA_LEAD.test(cell.slice(1)) ? cell.slice(1) : cell;
}
