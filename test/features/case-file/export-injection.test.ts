/**
 * Exports opened in other programs: a CSV cell that starts like a formula (=, +, -, @, tab, CR)
 * is prefixed with ' so a spreadsheet shows it as text; importing our own CSV strips that prefix
 * again (a lossless round trip) and never trims a leading tab into a formula. The Markdown
 * export carries no raw HTML and no javascript:/data: links from what the parent wrote.
 */
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { exportCaseFile } from '../../../src/features/case-file/export.js';
import { parseLogCsv } from '../../../src/features/daily-log/csv-import.js';
import { neutraliseFormula, readSpreadsheetCell } from '../../../src/security/spreadsheet-cells.js';
import { cmd, makeCaseApp, tellTriage, type CaseApp } from './support.js';

let apps: CaseApp[] = [];
afterEach(() => {
  for (const a of apps) a.cleanup();
  apps = [];
});

const HOSTILE = ['=HYPERLINK("http://evil.example","click")', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1', "'=already quoted"];

function fileText(files: { filename: string; data: Uint8Array | string }[] | null, name: RegExp): string {
  const f = files?.find((x) => name.test(x.filename));
  if (!f) throw new Error(`no ${String(name)} in export`);
  return typeof f.data === 'string' ? f.data : Buffer.from(f.data).toString('utf8');
}

describe('CSV export: formula injection', () => {
  it('prefixes every formula-leading cell with an apostrophe, in notes and daily log', async () => {
    const a = makeCaseApp();
    apps.push(a);
    await tellTriage(a, { nickname: '=Robin', request: '@request for a quiet room', statement: 'We need more data before a later start.', who: '+Mr Hill' });
    for (const h of HOSTILE) await a.send(cmd('say', `${h} is what they wrote, no data no change`));
    const caseId = a.store.listCases('parent-a')[0]?.id as number;
    a.store.logs.putEntry('parent-a', { caseId, date: '2026-11-20', attendance: 'absent', note: '=cmd|"/c calc"!A1', triggers: [{ id: 'other', detail: '-bad day' }] }, '2026-11-21T09:00:00Z');
    const files = exportCaseFile(a.store, a.content, 'parent-a', a.clock.now(), 'csv');
    for (const name of [/^case-notes/, /^daily-log/]) {
      const rows = parse(fileText(files, name), { relax_column_count: true }) as string[][];
      const cells = rows.flat();
      expect(cells.length).toBeGreaterThan(5);
      for (const c of cells) expect(c, `${String(name)}: ${JSON.stringify(c)}`).not.toMatch(/^[=+\-@\t\r]/);
    }
    const notes = fileText(files, /^case-notes/);
    expect(notes).toContain(`'=Robin`);
    expect(notes).toContain(`'=HYPERLINK`);
    expect(fileText(files, /^daily-log/)).toContain(`'=cmd`);
  });

  it('cell helpers: neutralise on the way out, and read back exactly what was written', () => {
    for (const h of [...HOSTILE, 'plain', '', "it's fine", "''=x", '- a list item']) {
      const out = neutraliseFormula(h);
      expect(out).not.toMatch(/^[=+\-@\t\r]/);
      expect(readSpreadsheetCell(out)).toBe(h);
    }
    // A foreign file's leading tab is kept, not trimmed into a live formula.
    expect(readSpreadsheetCell('\t=1+1')).toBe('\t=1+1');
    expect(readSpreadsheetCell('  padded  ')).toBe('padded');
  });

  it('import: a leading tab is not trimmed away, and our own prefix is removed', () => {
    const csv = ['date,attendance,note', '2026-11-03,absent,\t=1+1', `2026-11-04,absent,"'=HYPERLINK(""x"")"`, '2026-11-05,absent,  plain  '].join('\n');
    const parsed = parseLogCsv(csv, '2026-11-25');
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => r.entry.note)).toEqual(['\t=1+1', '=HYPERLINK("x")', 'plain']);
  });
});

describe('Markdown export: no raw HTML, no script links', () => {
  it('escapes HTML and neutralises javascript: and data: links from the parent', async () => {
    const a = makeCaseApp();
    apps.push(a);
    const nasty = '<img src=x onerror=alert(1)> [click](javascript:alert(1)) <a href="data:text/html,hi">x</a> [r]: javascript:alert(2) <javascript:alert(3)>';
    await tellTriage(a, { nickname: '<b>Robin</b>', request: nasty, statement: `We need more data first. ${nasty}`, who: 'Mrs <script>alert(1)</script> Hill' });
    const files = exportCaseFile(a.store, a.content, 'parent-a', a.clock.now(), 'md');
    const md = fileText(files, /\.md$/);
    expect(md).toContain('Robin');
    expect(md).not.toMatch(/<(img|a|b|script)\b/i);
    expect(md).not.toMatch(/\]\(\s*(javascript|data):/i);
    expect(md).not.toMatch(/^\s*\[[^\]]*\]:\s*(javascript|data):/im);
    expect(md).not.toMatch(/<(javascript|data):/i);
  });
});
