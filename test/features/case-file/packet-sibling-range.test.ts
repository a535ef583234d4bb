/**
 * The ninth walk: a packet for two children, Sam logged since 12 October and his sister Mia
 * since 1 December. Mia's part said "Covers 12 October – 7 December 2026", her chart drew seven
 * grey "not logged" weeks and her table listed them, as if she had been missed for weeks: the
 * range came from her brother's first day. Without --from, each child's log starts at their
 * own first logged day; a --from the parent gave is kept for both.
 */
import { describe, expect, it } from 'vitest';
import { gatherCaseFile } from '../../../src/features/case-file/evidence.js';
import { renderPacketMarkdown } from '../../../src/features/case-file/packet-markdown.js';
import { renderPacketPdf } from '../../../src/features/case-file/packet-pdf.js';
import type { Attendance } from '../../../src/features/daily-log/model.js';
import { FixedClock } from '../../support/builders.js';
import { appsPerTest, pdfText, type CaseApp } from './support.js';

const app = appsPerTest();
const MONDAY = new Date('2026-12-07T10:00:00Z');

function log(a: CaseApp, nickname: string, days: [string, Attendance][]): void {
  a.store.ensureUser('parent-a', '2026-10-01T08:00:00Z');
  const caseId = a.store.openCase('parent-a', nickname, '2026-10-01T08:00:00Z').id;
  for (const [date, attendance] of days) {
    a.store.logs.putEntry('parent-a', { caseId, date, attendance, hours: null, difficulty: 6, triggers: [], supports: [], note: null }, `${date}T18:00:00Z`);
  }
}

function family(a: CaseApp): void {
  log(a, 'Sam', [['2026-10-12', 'full'], ['2026-11-02', 'absent'], ['2026-12-03', 'full']]);
  log(a, 'Mia', [['2026-12-01', 'absent'], ['2026-12-02', 'full']]);
}

describe("each child's log covers their own days", () => {
  it('Mia from her first day, Sam from his', () => {
    const a = app({ clock: new FixedClock(MONDAY) });
    family(a);
    const cf = gatherCaseFile(a.store, a.content, 'parent-a', a.clock.now());
    expect(cf.logs.map((l) => [l.nickname, l.range])).toEqual([
      ['Sam', { from: '2026-10-12', to: '2026-12-07' }],
      ['Mia', { from: '2026-12-01', to: '2026-12-07' }],
    ]);
    const md = renderPacketMarkdown(a.content, cf);
    const mia = md.slice(md.indexOf('## Daily log: Mia'));
    expect(mia).toContain('Covers 1 December – 7 December 2026');
    expect(mia).not.toContain('12 October');
    expect(mia).not.toContain('Not logged');
    const pdf = pdfText(renderPacketPdf(a.content, cf, { compress: false }));
    expect(pdf).toContain('Covers 1 December – 7 December 2026');
    expect(pdf).toContain('Covers 12 October – 7 December 2026');
  });

  it('a from-date the parent gave holds for both', () => {
    const a = app({ clock: new FixedClock(MONDAY) });
    family(a);
    const cf = gatherCaseFile(a.store, a.content, 'parent-a', a.clock.now(), { from: '2026-11-01' });
    expect(cf.logs.map((l) => l.range.from)).toEqual(['2026-11-01', '2026-11-01']);
  });
});
