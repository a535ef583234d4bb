/**
 * The attendance chart: day by day (bars coloured full / part / didn't go in, part-day bars as
 * tall as the hours in school) over a weekday view, rendered on the server to PNG:
 * vega-lite → vega → SVG → resvg, with the DejaVu Sans TTF loaded explicitly (resvg draws no
 * text at all without a font file, and system fonts differ between machines).
 *
 * Synchronous on purpose: the engine runs a turn inside one SQLite transaction, so a chart asked
 * for in chat must be drawn without awaiting. `view.toSVG()` is async only because renderers may
 * load images; with inline data and no images, `view.run()` plus vega's SVG string renderer
 * produce the same SVG synchronously (a test checks it matches `toSVG()` byte for byte).
 */
import { createRequire } from 'node:module';
import type { Resvg as ResvgClass } from '@resvg/resvg-js';
import type { TopLevelSpec } from 'vega-lite';
import { loadContent, type ContentCatalog } from '../../content/catalog.js';
import { addDays, daysBetween, rangeLabel, weekdayOf } from './dates.js';
import { DEFAULT_SCHOOL_DAY_HOURS, SCHOOL_DAYS, type Attendance, type LogEntry, type Weekday } from './model.js';
import { dayHours, summarize } from './summary.js';

const require = createRequire(import.meta.url);

type Vega = typeof import('vega');
type VegaLite = typeof import('vega-lite');
let libs: { vega: Vega; vegaLite: VegaLite; setToJson: PropertyDescriptor | undefined } | undefined;

/**
 * vega and vega-lite, loaded on first use (they are large, and most processes never draw a
 * chart). vega-lite patches `Set.prototype.toJSON` when it loads, which breaks libraries loaded
 * after it (discord.js's inspector iterates that output): the patch is taken off again at once
 * and put back only while vega-lite compiles, synchronously.
 */
function chartLibs(): NonNullable<typeof libs> {
  if (!libs) {
    const before = Object.getOwnPropertyDescriptor(Set.prototype, 'toJSON');
    const vegaLite: VegaLite = require('vega-lite');
    const vega: Vega = require('vega');
    const setToJson = Object.getOwnPropertyDescriptor(Set.prototype, 'toJSON');
    if (before) Object.defineProperty(Set.prototype, 'toJSON', before);
    else Reflect.deleteProperty(Set.prototype, 'toJSON');
    libs = { vega, vegaLite, setToJson };
  }
  return libs;
}

function compileVegaLite(spec: TopLevelSpec): ReturnType<VegaLite['compile']>['spec'] {
  const { vegaLite, setToJson } = chartLibs();
  const before = Object.getOwnPropertyDescriptor(Set.prototype, 'toJSON');
  if (setToJson) Object.defineProperty(Set.prototype, 'toJSON', setToJson);
  try {
    return vegaLite.compile(spec).spec;
  } finally {
    if (before) Object.defineProperty(Set.prototype, 'toJSON', before);
    else Reflect.deleteProperty(Set.prototype, 'toJSON');
  }
}

/** The TTFs resvg is given; nothing else is loaded, so every machine draws the same picture. */
export const CHART_FONT_FILES: readonly string[] = [
  require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
];
export const CHART_FONT_FAMILY = 'DejaVu Sans';

/** Calm, distinguishable with common colour-vision differences, and readable in greyscale. */
export const CHART_COLOURS: Record<Attendance, string> = {
  full: '#4F9D8F', // sea green
  partial: '#E9B44C', // warm amber
  absent: '#8E9CC6', // soft periwinkle: noticeable, not alarming
};
const INK = '#2E3A3F';
const SOFT_INK = '#5E6B70';
const GRID = '#E8ECEC';
const NOT_LOGGED = '#D3D9DB';
const BACKGROUND = '#FFFFFF';

export interface AttendanceChartInput {
  /** One child's entries (others in the range are ignored by date, not by child). */
  entries: readonly LogEntry[];
  nickname: string;
  /** Inclusive local dates; default: the first and last logged day. */
  from?: string | undefined;
  to?: string | undefined;
  schoolDayHours?: number | undefined;
  /** Where the words come from (default: the content folder). */
  content?: ContentCatalog | undefined;
  /** Pixel density of the PNG (default 2: crisp on phones). */
  scale?: number | undefined;
  /** Tests only: render without the font, to show the text really comes from it. */
  withoutFont?: boolean | undefined;
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('en-GB') + s.slice(1);

let defaultContent: ContentCatalog | undefined;
function contentOf(input: AttendanceChartInput): ContentCatalog {
  if (input.content) return input.content;
  defaultContent ??= loadContent();
  return defaultContent;
}

interface DayRow {
  date: string;
  status: string;
  attendance: Attendance;
  hours: number;
}

/** The days shown: every school day in the range, plus any weekend day that was logged. */
function shownDays(from: string, to: string, logged: ReadonlySet<string>): string[] {
  const days: string[] = [];
  const n = daysBetween(from, to);
  for (let i = 0; i < n && i < 400; i++) {
    const d = addDays(from, i);
    if (SCHOOL_DAYS.includes(weekdayOf(d)) || logged.has(d)) days.push(d);
  }
  return days;
}

/** The vega-lite spec, or null when there is nothing logged in the range. */
export function attendanceChartSpec(input: AttendanceChartInput): TopLevelSpec | null {
  const content = contentOf(input);
  const hours = input.schoolDayHours && input.schoolDayHours > 0 ? input.schoolDayHours : DEFAULT_SCHOOL_DAY_HOURS;
  const summary = summarize(input.entries, { from: input.from, to: input.to, schoolDayHours: hours });
  if (summary.days_logged === 0 || summary.from === null || summary.to === null) return null;
  const { from, to } = summary;
  const entries = input.entries.filter((e) => e.date >= from && e.date <= to);
  const status: Record<Attendance, string> = {
    full: content.render('chart.status.full'),
    partial: content.render('chart.status.partial'),
    absent: content.render('chart.status.absent'),
  };
  const notLogged = content.render('chart.status.not-logged');
  const statusDomain = [status.full, status.partial, status.absent, notLogged];
  const colourRange = [CHART_COLOURS.full, CHART_COLOURS.partial, CHART_COLOURS.absent, NOT_LOGGED];

  const rows: DayRow[] = entries.map((e) => ({ date: e.date, status: status[e.attendance], attendance: e.attendance, hours: Math.min(dayHours(e, hours), hours * 1.25) }));
  const days = shownDays(from, to, new Set(rows.map((r) => r.date)));
  // Long ranges label Mondays only, so the labels stay readable.
  const labelled = days.length > 20 ? days.filter((d) => weekdayOf(d) === 'mon' || d === days[0]) : days;
  const width = Math.max(600, Math.min(1100, days.length * (days.length > 20 ? 26 : 54)));
  // A few days should still look like bars, not slabs: a fixed bar width, centred in its band.
  const barWidth = days.length <= 12 ? { width: 42 } : {};
  const loggedDates = new Set(rows.map((r) => r.date));
  const gaps = days.filter((d) => !loggedDates.has(d)).map((date) => ({ date, status: notLogged }));
  const yMax = Math.max(hours, ...rows.map((r) => r.hours));

  const weekdays: Weekday[] = [...SCHOOL_DAYS, ...(['sat', 'sun'] as const).filter((d) => summary.by_weekday[d])];
  const weekdayLabel = (d: Weekday) => content.render(`chart.weekday.${d}`);
  const weekdayRows = weekdays.flatMap((d) => {
    const w = summary.by_weekday[d];
    if (!w) return [];
    return (['full', 'partial', 'absent'] as const).filter((a) => w[a] > 0).map((a) => ({ weekday: weekdayLabel(d), status: status[a], order: ['full', 'partial', 'absent'].indexOf(a), count: w[a] }));
  });
  const weekdayTotals = weekdays.map((d) => {
    const w = summary.by_weekday[d];
    const logged = w?.logged ?? 0;
    const pct = w?.attendance_rate === null || w?.attendance_rate === undefined ? '' : `${Math.round(w.attendance_rate * 100)}%`;
    return { weekday: weekdayLabel(d), logged, label: logged ? pct : '–' };
  });
  const maxPerWeekday = Math.max(1, ...weekdayTotals.map((t) => t.logged));

  const axis = { labelFont: CHART_FONT_FAMILY, titleFont: CHART_FONT_FAMILY, labelColor: SOFT_INK, titleColor: SOFT_INK, labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal' as const };
  const colour = {
    field: 'status',
    type: 'nominal' as const,
    scale: { domain: statusDomain, range: colourRange },
    legend: { title: null, orient: 'top' as const, direction: 'horizontal' as const, symbolType: 'square', symbolOpacity: 1, symbolStrokeWidth: 0, labelFontSize: 13, labelColor: INK, symbolSize: 200, columnPadding: 22, offset: 8 },
  };

  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    background: BACKGROUND,
    padding: { left: 28, right: 36, top: 24, bottom: 24 },
    title: {
      text: capitalise(content.render('chart.title', { nickname: input.nickname })),
      subtitle: content.render(summary.days_logged === 1 ? 'chart.subtitle-one' : 'chart.subtitle', {
        range: rangeLabel(from, to),
        days: String(summary.days_logged),
        percent: String(Math.round(summary.attendance_rate * 100)),
      }),
      anchor: 'start',
      font: CHART_FONT_FAMILY,
      fontSize: 24,
      fontWeight: 'bold',
      color: INK,
      subtitleFont: CHART_FONT_FAMILY,
      subtitleFontSize: 14,
      subtitleColor: SOFT_INK,
      subtitlePadding: 8,
      offset: 18,
    },
    config: {
      font: CHART_FONT_FAMILY,
      view: { stroke: null },
      axis: { ...axis, gridColor: GRID, domainColor: '#C8D0D2', tickColor: '#C8D0D2' },
      legend: { labelFont: CHART_FONT_FAMILY, titleFont: CHART_FONT_FAMILY },
      title: { font: CHART_FONT_FAMILY },
      concat: { spacing: 40 },
    },
    resolve: { scale: { color: 'shared' } },
    vconcat: [
      {
        title: { text: content.render('chart.daily-title'), anchor: 'start', fontSize: 15, fontWeight: 'bold', color: INK, offset: 10 },
        width,
        height: 230,
        data: { values: rows },
        encoding: {
          x: {
            field: 'date',
            type: 'ordinal',
            scale: { domain: days, paddingInner: 0.22, paddingOuter: 0.1 },
            axis: {
              title: null,
              values: labelled,
              labelAngle: 0,
              labelExpr: "[utcFormat(toDate(datum.value), '%a'), utcFormat(toDate(datum.value), '%e %b')]",
              labelLineHeight: 15,
              labelPadding: 6,
              ticks: false,
            },
          },
        },
        layer: [
          {
            transform: [{ filter: "datum.attendance !== 'absent'" }],
            mark: { type: 'bar', cornerRadiusTopLeft: 3, cornerRadiusTopRight: 3, ...barWidth },
            encoding: {
              y: { field: 'hours', type: 'quantitative', scale: { domain: [0, yMax], nice: false }, axis: { title: content.render('chart.axis.hours'), tickCount: 4, grid: true, domain: false, ticks: false, labelPadding: 6 } },
              color: colour,
            },
          },
          {
            // A day not in school has no height to show: a pale full-height column says "a whole
            // day", and a solid mark on the baseline says "none of it in school".
            transform: [{ filter: "datum.attendance === 'absent'" }],
            mark: { type: 'bar', opacity: 0.22, cornerRadiusTopLeft: 3, cornerRadiusTopRight: 3, ...barWidth },
            encoding: { y: { datum: hours, type: 'quantitative' }, y2: { datum: 0 }, color: colour },
          },
          {
            transform: [{ filter: "datum.attendance === 'absent'" }],
            mark: { type: 'bar', cornerRadius: 2, ...barWidth },
            encoding: { y: { datum: hours * 0.05, type: 'quantitative' }, y2: { datum: 0 }, color: colour },
          },
          {
            // School days nobody logged: a small grey mark, so a gap reads as "unknown", not "absent".
            data: { values: gaps },
            mark: { type: 'point', filled: true, size: 40, opacity: 1 },
            encoding: { y: { datum: hours * 0.03, type: 'quantitative' }, color: colour },
          },
          {
            data: { values: [{ hours }] },
            mark: { type: 'rule', strokeDash: [5, 4], color: '#9AA7AB', strokeWidth: 1.2 },
            encoding: { y: { field: 'hours', type: 'quantitative' }, x: { value: 0 }, x2: { value: width } },
          },
          {
            data: { values: [{ hours, label: content.render('chart.school-day', { hours: String(hours) }) }] },
            mark: { type: 'text', align: 'right', baseline: 'bottom', dy: -4, fontSize: 11, color: SOFT_INK },
            encoding: { y: { field: 'hours', type: 'quantitative' }, x: { value: width }, text: { field: 'label' } },
          },
        ],
      },
      {
        title: {
          text: content.render('chart.weekday-title'),
          subtitle: content.render('chart.weekday-subtitle'),
          anchor: 'start',
          fontSize: 15,
          fontWeight: 'bold',
          color: INK,
          subtitleFontSize: 12,
          subtitleColor: SOFT_INK,
          offset: 10,
        },
        width,
        height: 26 * weekdays.length,
        layer: [
          {
            data: { values: weekdayRows },
            mark: { type: 'bar', cornerRadius: 2, height: { band: 0.7 } },
            encoding: {
              y: { field: 'weekday', type: 'nominal', sort: weekdays.map(weekdayLabel), axis: { title: null, domain: false, ticks: false, labelPadding: 8, labelFontSize: 13, labelColor: INK } },
              x: {
                field: 'count',
                type: 'quantitative',
                stack: 'zero',
                scale: { domain: [0, maxPerWeekday * 1.12] },
                axis: { title: content.render('chart.axis.days'), tickMinStep: 1, format: 'd', grid: true, domain: false, ticks: false, tickCount: Math.min(maxPerWeekday, 6) },
              },
              color: colour,
              order: { field: 'order', type: 'quantitative' },
            },
          },
          {
            data: { values: weekdayTotals },
            mark: { type: 'text', align: 'left', dx: 6, fontSize: 12, fontWeight: 'bold', color: SOFT_INK },
            encoding: {
              y: { field: 'weekday', type: 'nominal', sort: weekdays.map(weekdayLabel) },
              x: { field: 'logged', type: 'quantitative' },
              text: { field: 'label' },
            },
          },
        ],
      },
    ],
  };
  return spec;
}

/**
 * vega's SVG, synchronously (see the file comment). `view.run()` evaluates the dataflow; the
 * renderer is sized exactly as vega's own headless renderer sizes it.
 */
export function specToSvg(spec: TopLevelSpec): string {
  const { vega } = chartLibs();
  const view = new vega.View(vega.parse(compileVegaLite(spec)), { renderer: 'none' });
  view.run();
  const p = view.padding();
  const pad = typeof p === 'number' ? { left: p, right: p, top: p, bottom: p } : { left: p.left ?? 0, right: p.right ?? 0, top: p.top ?? 0, bottom: p.bottom ?? 0 };
  const origin = view.origin();
  // `_viewWidth`/`_viewHeight` are the autosized plot size vega's headless renderer uses too.
  const w = '_viewWidth' in view && typeof view._viewWidth === 'number' ? view._viewWidth : view.width();
  const h = '_viewHeight' in view && typeof view._viewHeight === 'number' ? view._viewHeight : view.height();
  const Renderer: unknown = Reflect.get(vega, 'SVGStringRenderer');
  if (typeof Renderer !== 'function') throw new Error('vega no longer exports SVGStringRenderer');
  const renderer = Reflect.construct(Renderer, [view.loader()]) as SvgStringRenderer;
  renderer.initialize(null, Math.max(0, w + pad.left + pad.right), Math.max(0, h + pad.top + pad.bottom), [pad.left + origin[0], pad.top + origin[1]]);
  renderer.background(view.background());
  renderer.render(Reflect.get(view.scenegraph(), 'root'));
  const svg = renderer.svg();
  view.finalize();
  if (!svg) throw new Error('vega produced no SVG');
  return svg;
}

/** The parts of vega's SVGStringRenderer used here (vega-typings does not declare the class). */
interface SvgStringRenderer {
  initialize(el: null, width: number, height: number, origin: readonly number[]): SvgStringRenderer;
  background(colour: unknown): SvgStringRenderer;
  render(scene: unknown): SvgStringRenderer;
  svg(): string | null;
}

export function svgToPng(svg: string, opts: { scale?: number | undefined; withoutFont?: boolean | undefined } = {}): Uint8Array {
  // Loaded on first use, like vega: a native module most processes never need.
  const { Resvg } = require('@resvg/resvg-js') as { Resvg: typeof ResvgClass };
  const resvg = new Resvg(svg, {
    background: BACKGROUND,
    fitTo: { mode: 'zoom', value: opts.scale ?? 2 },
    font: opts.withoutFont
      ? { fontFiles: [], loadSystemFonts: false }
      : { fontFiles: [...CHART_FONT_FILES], loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY, sansSerifFamily: CHART_FONT_FAMILY },
  });
  return new Uint8Array(resvg.render().asPng());
}

/** The chart's SVG, or null when nothing is logged in the range. */
export function attendanceChartSvg(input: AttendanceChartInput): string | null {
  const spec = attendanceChartSpec(input);
  return spec ? specToSvg(spec) : null;
}

/**
 * The attendance chart as PNG bytes, or null when nothing is logged in the range (say so kindly
 * instead: content key `chart.empty`).
 */
export function renderAttendanceChart(input: AttendanceChartInput): Uint8Array | null {
  const svg = attendanceChartSvg(input);
  return svg ? svgToPng(svg, { scale: input.scale, withoutFont: input.withoutFont }) : null;
}

