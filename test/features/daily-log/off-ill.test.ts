/**
 * A day off ill, or another authorised absence, is not a refusal day (thirteenth walk, W13-6): the
 * log records it as such (its own button; a "Didn't go in" whose note speaks of illness is asked
 * about once), and the summary, the chart (its own mark and legend) and the packet leave it out
 * of the refusal figures and say so. The CSV carries it both ways. By keys, ids and numbers.
 * Set CHART_SAMPLE_OUT=<dir> to write the chart there and look at it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { dailyLogFlow } from '../../../flows/daily-log/daily-log.flow.js';
import { loadContent } from '../../../src/content/catalog.js';
import type { FlowInput } from '../../../src/core/flow-kit.js';
import { summaryFacts, dayRows } from '../../../src/features/case-file/packet-daily-log.js';
import { attendanceChartSpec, renderAttendanceChart } from '../../../src/features/daily-log/chart.js';
import { logCsvRow } from '../../../src/features/daily-log/csv-export.js';
import { parseLogCsv } from '../../../src/features/daily-log/csv-import.js';
import { describeSummary } from '../../../src/features/daily-log/describe.js';
import type { Attendance, LogEntry, SaveLogParams } from '../../../src/features/daily-log/model.js';
import { summarize } from '../../../src/features/daily-log/summary.js';
import { choice, command, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';

const content = loadContent();
let app: TestApp;
afterEach(() => app?.cleanup());

function day(date: string, attendance: Attendance, difficulty: number, excused = false): LogEntry {
  const at = `${date}T18:00:00Z`;
  return { id: 0, userId: 'p', caseId: 1, date, attendance, hours: attendance === 'partial' ? 3.25 : null, arrived: null, left: null, difficulty, triggers: excused ? [{ id: 'physical', detail: null }] : [{ id: 'morning-transition', detail: null }], supports: [], note: null, excused, source: 'chat', createdAt: at, updatedAt: at };
}
// Monday off ill (a 2/10 morning), the rest refusal-days as the walk's: 3 of them counted.
const WEEK = [day('2027-01-11', 'absent', 2, true), day('2027-01-12', 'absent', 9), day('2027-01-13', 'full', 4), day('2027-01-14', 'partial', 6)];

describe('the day off ill in the flow', () => {
  const AT = '2027-01-11T18:20:00.000Z';
  const input: FlowInput = { children: ['JJ'], nickname: 'JJ', date: '2027-01-11', day: 'Mon 11 Jan', isToday: true, prompted: false, logged: [], tip: false };
  it('is a button at "Did … get into school?": saved absent and excused, then the note (no morning to rate)', () => {
    const [snap, first] = initialTransition(dailyLogFlow.machine, input) as [AnyMachineSnapshot, { type: string; params?: unknown }[]];
    const ask = first.filter((a) => a.type === 'ask').at(-1)?.params as { choices: { id: string }[] };
    expect(ask.choices.map((c) => c.id)).toContain('ill');
    const [next, actions] = transition(dailyLogFlow.machine, snap, { type: 'CHOICE', id: 'ill', at: AT, day: '2027-01-11' });
    expect(next.value).toBe('note');
    const saves = (actions as { type: string; params?: unknown }[]).filter((a) => a.type === 'saveLog').map((a) => a.params as SaveLogParams);
    expect(saves).toEqual([
      { child: 'JJ', date: '2027-01-11', op: 'start', attendance: 'absent' },
      { child: 'JJ', date: '2027-01-11', op: 'excused', value: true },
    ]);
  });
});

describe('"Didn\'t go in" with a note that speaks of illness', () => {
  async function toTheNote(): Promise<void> {
    app = makeTestApp();
    await app.send(command('resume'));
    await app.send('log today');
    await app.send('JJ');
    for (const id of ['absent', 'd:2', 't:physical', 'done', 'nothing-tried']) await app.send(choice(id));
  }
  const entry = () => app.store.logs.listEntries('parent-a')[0];

  it('is asked about once; a yes marks it off ill, the note kept', async () => {
    await toTheNote();
    const r = await app.send('temperature 38.4, proper poorly, nothing to do with school today');
    expect(lastQuestion(r).key).toBe('daily-log.ask-ill');
    expect(entry()?.note).toContain('38.4');
    const saved = await app.send(choice('ill'));
    expect(keys(saved)).toContain('daily-log.saved');
    expect(entry()).toMatchObject({ attendance: 'absent', excused: true });
  });

  it('a no leaves it a day not in school', async () => {
    await toTheNote();
    await app.send('temperature 38.4, proper poorly');
    await app.send(choice('not-ill'));
    expect(entry()).toMatchObject({ attendance: 'absent', excused: false });
  });

  it('sick with nerves is part of the refusal: not asked', async () => {
    await toTheNote();
    const r = await app.send('sick in the morning again, retching. i think its nerves');
    expect(keys(r)).toContain('daily-log.saved');
    expect(keys(r)).not.toContain('daily-log.ask-ill');
  });
});

describe('a day off ill in the figures', () => {
  it('the summary leaves it out of every refusal figure and counts it on its own', () => {
    const s = summarize(WEEK);
    expect(s).toMatchObject({ days_logged: 3, absent: 1, full: 1, partial: 1, off_ill: 1 });
    expect(s.avg_difficulty).toBe(6.3);
    expect(s.triggers).toEqual([{ name: 'morning transition', id: 'morning-transition', count: 3 }]);
    expect(s.by_weekday.mon.logged).toBe(0);
    expect(describeSummary(content, s, 'JJ')).toContain(content.render('summary.off-ill-one'));
  });

  it('the chart draws it with its own mark and legend, and says it is out of the share', () => {
    const spec = attendanceChartSpec({ entries: WEEK, nickname: 'JJ', content }) as unknown as Record<string, unknown>;
    const json = JSON.stringify(spec);
    expect(json).toContain(content.render('chart.status.excused'));
    expect(json).toContain("datum.kind === 'excused'");
    expect(json).toContain(content.render('chart.off-ill-one'));
    const png = renderAttendanceChart({ entries: WEEK, nickname: 'JJ', content });
    expect(png && Buffer.from(png.subarray(1, 4)).toString('ascii')).toBe('PNG');
    const out = process.env['CHART_SAMPLE_OUT'];
    if (out && png) {
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'off-ill.png'), png);
    }
  });

  it('the packet says so in its facts, and its day row names it', () => {
    const log = { caseId: 1, nickname: 'JJ', inRange: WEEK, summary: summarize(WEEK) } as unknown as Parameters<typeof summaryFacts>[1];
    const facts = summaryFacts(content, log);
    expect(facts).toContain(content.render('case-file.packet.log.off-ill-one', { count: '1' }));
    expect(facts[0]).toBe(content.render('case-file.packet.log.days', { days: '3', full: '1', partial: '1', absent: '1' }));
    const rows = dayRows(content, log, { from: '2027-01-11', to: '2027-01-14' });
    expect(rows[0]?.attendance).toBe(content.render('chart.status.excused'));
  });

  it('the CSV writes it as "excused", and reads it back as a day off ill ("ill", "authorised" too)', () => {
    expect(logCsvRow(WEEK[0] as LogEntry, 'JJ')[2]).toBe('excused');
    for (const said of ['excused', 'ill', 'Authorised']) {
      const parsed = parseLogCsv(`date,attendance,note\n2027-01-11,${said},poorly\n`, '2027-01-20');
      expect(parsed.rows[0]?.entry).toMatchObject({ attendance: 'absent', excused: true });
    }
  });
});
