/**
 * A packet for a parent who has logged one week (walkthrough L11): the log starts at the first
 * logged day, not 1 September (13 grey "not logged" weeks for one week logged), and it starts on
 * page 1 instead of leaving page 1 with "Nothing is waiting for a reply" alone.
 */
import { describe, expect, it } from 'vitest';
import { gatherCaseFile } from '../../../src/features/case-file/evidence.js';
import { renderPacketPdf } from '../../../src/features/case-file/packet-pdf.js';
import { attendanceChartSpec } from '../../../src/features/daily-log/chart.js';
import type { Attendance } from '../../../src/features/daily-log/model.js';
import { FixedClock } from '../../support/builders.js';
import { appsPerTest, pdfPageTexts, pdfText, type CaseApp } from './support.js';

const app = appsPerTest();
/** Sunday 6 December 2026, as on the walkthrough. */
const SUNDAY = new Date('2026-12-06T10:00:00Z');

function pip(a: CaseApp, at: string): number {
  a.store.ensureUser('parent-a', at);
  return a.store.openCase('parent-a', 'Pip', at).id;
}

function logWeek(a: CaseApp, caseId: number, days: [string, Attendance][]): void {
  for (const [date, attendance] of days) {
    a.store.logs.putEntry('parent-a', { caseId, date, attendance, hours: attendance === 'partial' ? 2.5 : null, difficulty: 6, triggers: [], supports: [], note: null }, `${date}T18:00:00Z`);
  }
}

const WEEK: [string, Attendance][] = [
  ['2026-11-30', 'absent'],
  ['2026-12-01', 'partial'],
  ['2026-12-02', 'partial'],
  ['2026-12-03', 'full'],
  ['2026-12-04', 'partial'],
];

describe('a packet with one week logged', () => {
  it('covers the days logged (to today), not the whole school year', () => {
    const a = app({ clock: new FixedClock(SUNDAY) });
    logWeek(a, pip(a, '2026-11-30T08:00:00Z'), WEEK);
    const cf = gatherCaseFile(a.store, a.content, 'parent-a', a.clock.now());
    expect(cf.range).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    const text = pdfText(renderPacketPdf(a.content, cf, { compress: false }));
    expect(text).toContain('Covers 30 November – 6 December 2026');
    expect(text).not.toContain('Not logged');
    // Day by day on the chart, not thirteen grey weeks.
    const spec = JSON.stringify(attendanceChartSpec({ entries: cf.logs[0]?.inRange ?? [], nickname: 'Pip', ...cf.range, content: a.content }));
    expect(spec).toContain('Day by day');
    expect(spec).not.toContain('Week by week');
  });

  it('starts the daily log on page 1 when there is room', () => {
    const a = app({ clock: new FixedClock(SUNDAY) });
    logWeek(a, pip(a, '2026-11-30T08:00:00Z'), WEEK);
    const pages = pdfPageTexts(renderPacketPdf(a.content, gatherCaseFile(a.store, a.content, 'parent-a', a.clock.now()), { compress: false }));
    expect(pages[0]).toContain('Nothing is waiting for a reply.');
    expect(pages[0]).toContain('Daily log: Pip');
    expect(pages[0]).toContain('School days logged: 5');
    expect(pages[0]).toContain('Page 1 of');
  });

  it('a range the parent asked for is kept', () => {
    const a = app({ clock: new FixedClock(SUNDAY) });
    logWeek(a, pip(a, '2026-11-30T08:00:00Z'), WEEK);
    const cf = gatherCaseFile(a.store, a.content, 'parent-a', a.clock.now(), { from: '2026-11-23' });
    expect(cf.range).toEqual({ from: '2026-11-23', to: '2026-12-06' });
    expect(pdfText(renderPacketPdf(a.content, cf, { compress: false }))).toContain('Covers 23 November – 6 December 2026');
  });

  it('logged only last school year: the range starts at the case\'s first note this year', () => {
    const a = app({ clock: new FixedClock(SUNDAY) });
    const caseId = pip(a, '2026-06-01T08:00:00Z');
    logWeek(a, caseId, [['2026-06-01', 'full']]);
    a.store.addNote({ userId: 'parent-a', caseId, kind: 'statement', topic: 'triage.statement', text: 'We need more data.', at: '2026-11-10T09:00:00Z', day: '2026-11-10' });
    const cf = gatherCaseFile(a.store, a.content, 'parent-a', a.clock.now());
    expect(cf.range).toEqual({ from: '2026-11-10', to: '2026-12-06' });
  });
});
