/**
 * The attendance chart's "by day of the week" panel: each weekday's logged days stacked by kind,
 * with that weekday's share of school time beside it. Drawn under the daily or weekly panel.
 */
import type { ContentCatalog } from '../../content/catalog.js';
import { DAY_KINDS, type ChartColour, type ChartPanel, type DayKind } from './chart-weekly.js';
import { weekdayOf } from './dates.js';
import { SCHOOL_DAYS, type LogEntry, type Weekday } from './model.js';
import type { LogSummary } from './summary.js';

export interface WeekdayPanelInput {
  content: ContentCatalog;
  summary: LogSummary;
  entries: readonly LogEntry[];
  kindOf(e: LogEntry): DayKind;
  names: Record<DayKind, string>;
  colour: ChartColour;
  width: number;
  ink: string;
  softInk: string;
}

/** The weekdays shown: Monday to Friday, and a weekend day only when something was logged on it. */
function chartWeekdays(summary: LogSummary): Weekday[] {
  return [...SCHOOL_DAYS, ...(['sat', 'sun'] as const).filter((d) => summary.by_weekday[d])];
}

export function weekdayPanel(p: WeekdayPanelInput): ChartPanel {
  const { content, summary } = p;
  const weekdays = chartWeekdays(summary);
  const weekdayLabel = (d: Weekday) => content.render(`chart.weekday.${d}`);
  const weekdayRows = weekdays.flatMap((d) => {
    const days = p.entries.filter((e) => weekdayOf(e.date) === d);
    return DAY_KINDS.map((kind, order) => ({ weekday: weekdayLabel(d), status: p.names[kind], order, count: days.filter((e) => p.kindOf(e) === kind).length })).filter((r) => r.count > 0);
  });
  const weekdayTotals = weekdays.map((d) => {
    const w = summary.by_weekday[d];
    const logged = w?.logged ?? 0;
    // The bar also stacks days off ill (out of the share): the label goes after all of it.
    const shown = p.entries.filter((e) => weekdayOf(e.date) === d).length;
    const pct = w?.attendance_rate === null || w?.attendance_rate === undefined ? '' : `${Math.round(w.attendance_rate * 100)}%`;
    // A share that counts a part day of unknown hours as half is marked, as its bar is.
    const guessed = p.entries.some((e) => weekdayOf(e.date) === d && p.kindOf(e) === 'unknown');
    return { weekday: weekdayLabel(d), logged: shown, label: logged ? (guessed ? content.render('chart.share-with-unknown', { percent: pct }) : pct) : '–' };
  });
  const maxPerWeekday = Math.max(1, ...weekdayTotals.map((t) => t.logged));
  const sort = weekdays.map(weekdayLabel);
  return {
    title: {
      text: content.render('chart.weekday-title'),
      subtitle: content.render('chart.weekday-subtitle'),
      anchor: 'start',
      fontSize: 15,
      fontWeight: 'bold',
      color: p.ink,
      subtitleFontSize: 12,
      subtitleColor: p.softInk,
      offset: 10,
    },
    width: p.width,
    height: 26 * weekdays.length,
    layer: [
      {
        data: { values: weekdayRows },
        mark: { type: 'bar', cornerRadius: 2, height: { band: 0.7 } },
        encoding: {
          y: { field: 'weekday', type: 'nominal', sort, axis: { title: null, domain: false, ticks: false, labelPadding: 8, labelFontSize: 13, labelColor: p.ink } },
          x: {
            field: 'count',
            type: 'quantitative',
            stack: 'zero',
            scale: { domain: [0, maxPerWeekday * 1.12] },
            axis: { title: content.render('chart.axis.days'), tickMinStep: 1, format: 'd', grid: true, domain: false, ticks: false, tickCount: Math.min(maxPerWeekday, 6) },
          },
          color: p.colour,
          order: { field: 'order', type: 'quantitative' },
        },
      },
      {
        data: { values: weekdayTotals },
        mark: { type: 'text', align: 'left', dx: 6, fontSize: 12, fontWeight: 'bold', color: p.softInk },
        encoding: {
          y: { field: 'weekday', type: 'nominal', sort },
          x: { field: 'logged', type: 'quantitative' },
          text: { field: 'label' },
        },
      },
    ],
  };
}
