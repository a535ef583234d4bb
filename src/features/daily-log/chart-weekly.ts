/**
 * The attendance chart's week-by-week panel, used past about three months (WEEKLY_AFTER_DAYS in
 * chart.ts), when one bar a day would be too thin to read: each week's school days stacked by
 * kind, with the months named under the axis.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ContentCatalog } from '../../content/catalog.js';
import { daysBetween, weekdayOf } from './dates.js';
import type { LogEntry } from './model.js';

/** One panel of the chart's vertical stack. */
export type ChartPanel = NonNullable<Extract<TopLevelSpec, { vconcat: unknown }>['vconcat']>[number];
/** The colour encoding the panels share (one legend). */
export type ChartColour = NonNullable<NonNullable<Extract<ChartPanel, { encoding?: unknown }>['encoding']>['color']>;

/** How a logged day is drawn: full, part (hours known), part with hours not known, didn't go in, off ill (or another authorised absence). */
export type DayKind = 'full' | 'partial' | 'unknown' | 'absent' | 'excused';
export const DAY_KINDS: readonly DayKind[] = ['full', 'partial', 'unknown', 'absent', 'excused'];

export interface WeeklyPanelInput {
  content: ContentCatalog;
  /** The school days shown (and any weekend day logged), in order. */
  days: readonly string[];
  entries: readonly LogEntry[];
  kindOf(e: LogEntry): DayKind;
  names: Record<DayKind, string>;
  notLogged: string;
  colour: ChartColour;
  ink: string;
  softInk: string;
}

interface WeekRow {
  /** The week's first shown day (ISO), the bar's place on the axis. */
  week: string;
  status: string;
  order: number;
  count: number;
}

/** Each week's shown days, counted by kind: full, part, part with hours not known, didn't go in, not logged (stacked in that order). */
function weekRows(days: readonly string[], byDate: ReadonlyMap<string, DayKind>, names: Record<DayKind, string>, notLogged: string): { weeks: string[]; rows: WeekRow[] } {
  const weeks: string[] = [];
  const counts = new Map<string, number[]>();
  let current = '';
  for (const d of days) {
    if (!current || weekdayOf(d) === 'mon' || daysBetween(current, d) > 7) {
      current = d;
      weeks.push(d);
      counts.set(d, DAY_KINDS.map(() => 0).concat(0));
    }
    const kind = byDate.get(d);
    const c = counts.get(current) as number[];
    const i = kind ? DAY_KINDS.indexOf(kind) : DAY_KINDS.length;
    c[i] = (c[i] ?? 0) + 1;
  }
  const labels = [...DAY_KINDS.map((k) => names[k]), notLogged];
  const rows = weeks.flatMap((week) => (counts.get(week) ?? []).flatMap((count, order) => (count > 0 ? [{ week, status: labels[order] ?? notLogged, order, count }] : [])));
  return { weeks, rows };
}

/** The week-by-week panel: stacked days per week, months named under the first week of each. */
export function weeklyPanel(p: WeeklyPanelInput): ChartPanel {
  const { content, days, entries, names, notLogged, colour, ink: INK, softInk: SOFT_INK } = p;
  const { weeks, rows } = weekRows(days, new Map(entries.map((e) => [e.date, p.kindOf(e)])), names, notLogged);
  const monthStarts = weeks.filter((w, i) => i === 0 || w.slice(0, 7) !== (weeks[i - 1] ?? '').slice(0, 7));
  const first = weeks[0] ?? '';
  const width = Math.max(600, Math.min(1100, weeks.length * 22));
  const most = Math.max(5, ...weeks.map((w) => rows.filter((r) => r.week === w).reduce((n, r) => n + r.count, 0)));
  return {
    title: { text: content.render('chart.weekly-title'), subtitle: content.render('chart.weekly-subtitle'), anchor: 'start' as const, fontSize: 15, fontWeight: 'bold' as const, color: INK, subtitleFontSize: 12, subtitleColor: SOFT_INK, offset: 10 },
    width,
    height: 230,
    data: { values: rows },
    mark: { type: 'bar' as const, cornerRadius: 1 },
    encoding: {
      x: {
        field: 'week',
        type: 'ordinal' as const,
        scale: { domain: weeks, paddingInner: 0.18, paddingOuter: 0.1 },
        axis: {
          title: null,
          values: monthStarts,
          labelAngle: 0,
          labelAlign: 'left' as const,
          // The month, and its year on the first label and in January.
          labelExpr: `datum.value === '${first}' || utcmonth(toDate(datum.value)) === 0 ? utcFormat(toDate(datum.value), '%b %Y') : utcFormat(toDate(datum.value), '%b')`,
          labelPadding: 6,
          ticks: true,
          tickColor: '#C8D0D2',
        },
      },
      y: { field: 'count', type: 'quantitative' as const, stack: 'zero' as const, scale: { domain: [0, most] }, axis: { title: content.render('chart.axis.school-days'), tickCount: most, format: 'd', grid: true, domain: false, ticks: false, labelPadding: 6 } },
      color: colour,
      order: { field: 'order', type: 'quantitative' as const },
    },
  };
}

