/**
 * A part day whose hours were "Not sure yet" (walkthrough L10): drawn as its own kind (a pale
 * column with a "?", "Part day, hours not known" in the legend), never as a measured half day,
 * and every place that gives the share of school time says how many such days it counted as half.
 * Set CHART_SAMPLE_OUT=<dir> to write the chart there and look at it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/catalog.js';
import { logEvidence } from '../../../src/features/case-file/log-evidence.js';
import { summaryFacts } from '../../../src/features/case-file/packet-daily-log.js';
import { attendanceChartSpec, renderAttendanceChart } from '../../../src/features/daily-log/chart.js';
import { describeSummary } from '../../../src/features/daily-log/describe.js';
import type { Attendance, LogEntry } from '../../../src/features/daily-log/model.js';
import { summarize } from '../../../src/features/daily-log/summary.js';
import { appsPerTest } from '../case-file/support.js';

const content = loadContent();
const app = appsPerTest();

function day(date: string, attendance: Attendance, hours: number | null = null): LogEntry {
  const at = `${date}T18:00:00Z`;
  return { id: 0, userId: 'p', caseId: 1, date, attendance, hours, arrived: null, left: null, difficulty: 5, triggers: [], supports: [], note: null, source: 'chat', createdAt: at, updatedAt: at };
}

const WEEK = [day('2026-11-30', 'absent'), day('2026-12-01', 'partial', 2.5), day('2026-12-02', 'partial'), day('2026-12-03', 'full'), day('2026-12-04', 'partial', 3)];

describe('a part day with its hours not known', () => {
  it('is counted, and the count is kept', () => {
    const s = summarize(WEEK);
    expect(s.partial).toBe(3);
    expect(s.partial_hours_unknown).toBe(1);
    expect(summarize(WEEK.filter((e) => e.date !== '2026-12-02')).partial_hours_unknown).toBe(0);
  });

  it('the chat summary says it counted as half a day', () => {
    const text = describeSummary(content, summarize(WEEK), 'Pip');
    expect(text).toContain('about 47% of school time');
    expect(text).toContain('One part day had no hours noted, so it counts as half a day in that share.');
    const two = describeSummary(content, summarize([...WEEK, day('2026-12-07', 'partial')]), 'Pip');
    expect(two).toContain('2 part days had no hours noted, so each counts as half a day in that share.');
    expect(describeSummary(content, summarize(WEEK.filter((e) => e.date !== '2026-12-02')), 'Pip')).not.toContain('no hours noted');
  });

  it('the packet summary says it too', () => {
    const log = { caseId: 1, nickname: 'Pip', name: 'Pip', range: { from: '2026-11-30', to: '2026-12-04' }, entries: WEEK, inRange: WEEK, summary: summarize(WEEK), evidence: '', chartPng: null };
    expect(summaryFacts(content, log)).toContain('Share of school time attended: about 47% (the hours of 1 part day were not noted; it counts as half a day)');
  });

  it("a letter's log evidence says it, in the parent's voice", () => {
    const a = app();
    a.store.ensureUser('parent-a', '2026-11-30T08:00:00Z');
    const caseId = a.store.openCase('parent-a', 'Pip', '2026-11-30T08:00:00Z').id;
    for (const e of WEEK) a.store.logs.putEntry('parent-a', { ...e, caseId }, e.createdAt);
    expect(logEvidence(a.store, content, 'parent-a', caseId, 'Pip')).toContain('about 47% of a school day (1 full, 3 partial and 1 absent days). I did not note the hours of one part day; it is counted as half a day.');
  });

  it('the chart draws it as its own kind, with a "?", and says so in the subtitle', () => {
    const spec = attendanceChartSpec({ entries: WEEK, nickname: 'Pip', content });
    const json = JSON.stringify(spec);
    expect(json).toContain('Part day, hours not known');
    expect(json).toContain("1 part day's hours not known, counted as half");
    // The day is not among the bars drawn at a measured height.
    const daily = JSON.parse(json).vconcat[0];
    const rows: { date: string; kind: string; status: string }[] = daily.data.values;
    expect(rows.find((r) => r.date === '2026-12-02')).toMatchObject({ kind: 'unknown', status: 'Part day, hours not known' });
    const measured = daily.layer[0].transform[0].filter as string;
    expect(measured).not.toContain("'unknown'");
    expect(json).toContain('"text":{"value":"?"}');
    const dir = process.env.CHART_SAMPLE_OUT;
    if (dir) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'hours-unknown.png'), renderAttendanceChart({ entries: WEEK, nickname: 'Pip', content }) ?? new Uint8Array());
    }
  });

  it('no such day: no legend entry for it', () => {
    const json = JSON.stringify(attendanceChartSpec({ entries: WEEK.filter((e) => e.date !== '2026-12-02'), nickname: 'Pip', content }));
    expect(json).not.toContain('hours not known');
  });
});
