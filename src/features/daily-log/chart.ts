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
import { addDays, daysBetween, readableRange, weekdayOf } from './dates.js';
import { DEFAULT_SCHOOL_DAY_HOURS, SCHOOL_DAYS, isExcused, type Attendance, type LogEntry } from './model.js';
import { dayHours, hoursUnknown, summarize } from './summary.js';
import { DAY_KINDS, weeklyPanel, type ChartPanel, type DayKind } from './chart-weekly.js';
import { weekdayPanel } from './chart-weekday.js';

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
/** A part day whose hours were not given: a pale amber column with a dashed amber edge and a "?", never a measured height. */
const HOURS_UNKNOWN = '#F7E4BA';
const HOURS_UNKNOWN_EDGE = '#C48A1C';
/** A day off ill or another authorised absence (W13-6): a pale sage column with a "+", out of the share, apart from the refusal days' periwinkle. */
const EXCUSED = '#A9C4A0';
const EXCUSED_EDGE = '#5F8756';
const BACKGROUND = '#FFFFFF';

export interface AttendanceChartInput {
  /** One child's entries (others in the range are ignored by date, not by child). */
  entries: readonly LogEntry[];
  nickname: string;
  /** Inclusive local dates; default: the first and last logged day. */
  from?: string | undefined;
  to?: string | undefined;
  schoolDayHours?: number | undefined;
  /** The family's date style: month first ("November 3", "Nov 3") in the US; default day first. */
  monthFirst?: boolean | undefined;
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
  kind: DayKind;
  hours: number;
}

const kindOf = (e: LogEntry): DayKind => (hoursUnknown(e) ? 'unknown' : isExcused(e) ? 'excused' : e.attendance);

/** Past about three months, day-by-day bars are too thin to read: the chart shows weeks. */
export const WEEKLY_AFTER_DAYS = 92;

/** The days shown: every school day in the range, plus any weekend day that was logged. */
function shownDays(from: string, to: string, logged: ReadonlySet<string>): string[] {
  const days: string[] = [];
  const n = daysBetween(from, to);
  for (let i = 0; i < n; i++) {
    const d = addDays(from, i);
    if (SCHOOL_DAYS.includes(weekdayOf(d)) || logged.has(d)) days.push(d);
  }
  return days;
}

/** The title's second line, and a third when part days had no hours given (they count as half a day in the share, and it says so). */
function subtitle(content: ContentCatalog, summary: ReturnType<typeof summarize>, range: string): string | string[] {
  const main = content.render(summary.days_logged === 1 ? 'chart.subtitle-one' : 'chart.subtitle', { range, days: String(summary.days_logged), percent: String(Math.round(summary.attendance_rate * 100)) });
  const unknown = summary.partial_hours_unknown;
  // Lines of their own: the chart keeps its width.
  const more = [
    ...(unknown > 0 ? [content.render(unknown === 1 ? 'chart.hours-unknown-one' : 'chart.hours-unknown', { count: String(unknown) })] : []),
    ...(summary.off_ill > 0 ? [content.render(summary.off_ill === 1 ? 'chart.off-ill-one' : 'chart.off-ill', { count: String(summary.off_ill) })] : []),
  ];
  return more.length ? [main, ...more] : main;
}

/** The vega-lite spec, or null when there is nothing logged in the range. */
export function attendanceChartSpec(input: AttendanceChartInput): TopLevelSpec | null {
  const content = contentOf(input);
  const hours = input.schoolDayHours && input.schoolDayHours > 0 ? input.schoolDayHours : DEFAULT_SCHOOL_DAY_HOURS;
  const summary = summarize(input.entries, { from: input.from, to: input.to, schoolDayHours: hours });
  if (summary.days_logged === 0 || summary.from === null || summary.to === null) return null;
  const { from, to } = summary;
  const entries = input.entries.filter((e) => e.date >= from && e.date <= to);
  const status: Record<DayKind, string> = {
    full: content.render('chart.status.full'),
    partial: content.render('chart.status.partial'),
    unknown: content.render('chart.status.partial-unknown'),
    absent: content.render('chart.status.absent'),
    excused: content.render('chart.status.excused'),
  };
  const notLogged = content.render('chart.status.not-logged');
  const colours: Record<DayKind, string> = { ...CHART_COLOURS, unknown: HOURS_UNKNOWN, excused: EXCUSED };
  // "Hours not known" and "Off ill" are in the legend only when such a day is drawn.
  const kinds = DAY_KINDS.filter((k) => (k !== 'unknown' || summary.partial_hours_unknown > 0) && (k !== 'excused' || summary.off_ill > 0));
  const statusDomain = [...kinds.map((k) => status[k]), notLogged];
  const colourRange = [...kinds.map((k) => colours[k]), NOT_LOGGED];

  const rows: DayRow[] = entries.map((e) => ({ date: e.date, status: status[kindOf(e)], kind: kindOf(e), hours: Math.min(dayHours(e, hours), hours * 1.25) }));
  const days = shownDays(from, to, new Set(rows.map((r) => r.date)));
  // Long ranges label Mondays only, so the labels stay readable.
  const labelled = days.length > 20 ? days.filter((d) => weekdayOf(d) === 'mon' || d === days[0]) : days;
  const width = Math.max(600, Math.min(1100, days.length * (days.length > 20 ? 26 : 54)));
  // A few days should still look like bars, not slabs: a fixed bar width, centred in its band.
  const barWidth = days.length <= 12 ? { width: 42 } : {};
  const loggedDates = new Set(rows.map((r) => r.date));
  const gaps = days.filter((d) => !loggedDates.has(d)).map((date) => ({ date, status: notLogged }));
  const yMax = Math.max(hours, ...rows.map((r) => r.hours));

  const axis = { labelFont: CHART_FONT_FAMILY, titleFont: CHART_FONT_FAMILY, labelColor: SOFT_INK, titleColor: SOFT_INK, labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal' as const };
  const colour = {
    field: 'status',
    type: 'nominal' as const,
    scale: { domain: statusDomain, range: colourRange },
    legend: { title: null, orient: 'top' as const, direction: 'horizontal' as const, symbolType: 'square', symbolOpacity: 1, symbolStrokeWidth: 0, labelFontSize: 13, labelLimit: 280, labelColor: INK, symbolSize: 200, columnPadding: 22, offset: 8 },
  };

  const weekly = daysBetween(from, to) > WEEKLY_AFTER_DAYS;
  const dailyPanel: ChartPanel = {
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
          // The weekday over the day, in the family's order ("3 Dec", or "Dec 3" in the US).
          labelExpr: `[utcFormat(toDate(datum.value), '%a'), utcFormat(toDate(datum.value), '${input.monthFirst ? '%b %e' : '%e %b'}')]`,
          labelLineHeight: 15,
          labelPadding: 6,
          ticks: false,
        },
      },
    },
    layer: [
      {
        transform: [{ filter: "datum.kind === 'full' || datum.kind === 'partial'" }],
        mark: { type: 'bar', cornerRadiusTopLeft: 3, cornerRadiusTopRight: 3, ...barWidth },
        encoding: {
          y: { field: 'hours', type: 'quantitative', scale: { domain: [0, yMax], nice: false }, axis: { title: content.render('chart.axis.hours'), tickCount: 4, grid: true, domain: false, ticks: false, labelPadding: 6 } },
          color: colour,
        },
      },
      {
        // A day not in school has no height to show: a pale full-height column says "a whole
        // day", and a solid mark on the baseline says "none of it in school".
        transform: [{ filter: "datum.kind === 'absent'" }],
        mark: { type: 'bar', opacity: 0.22, cornerRadiusTopLeft: 3, cornerRadiusTopRight: 3, ...barWidth },
        encoding: { y: { datum: hours, type: 'quantitative' }, y2: { datum: 0 }, color: colour },
      },
      {
        transform: [{ filter: "datum.kind === 'absent'" }],
        mark: { type: 'bar', cornerRadius: 2, ...barWidth },
        encoding: { y: { datum: hours * 0.05, type: 'quantitative' }, y2: { datum: 0 }, color: colour },
      },
      {
        // Part of the day, hours not known: no height is known, so none is drawn. A pale column
        // with a dashed edge and a "?" says "some of this day", never "half of it".
        transform: [{ filter: "datum.kind === 'unknown'" }],
        mark: { type: 'bar', stroke: HOURS_UNKNOWN_EDGE, strokeWidth: 1.5, strokeDash: [4, 3], cornerRadiusTopLeft: 3, cornerRadiusTopRight: 3, ...barWidth },
        encoding: { y: { datum: hours, type: 'quantitative' }, y2: { datum: 0 }, color: colour },
      },
      {
        transform: [{ filter: "datum.kind === 'unknown'" }],
        mark: { type: 'text', fontSize: 22, fontWeight: 'bold', color: HOURS_UNKNOWN_EDGE, baseline: 'middle' },
        encoding: { y: { datum: hours / 2, type: 'quantitative' }, text: { value: content.render('chart.hours-unknown-mark') } },
      },
      {
        // Off ill, or another authorised absence: a whole day not in school, but no refusal. A
        // pale sage column with a solid edge and a "+", unlike the refusal days' periwinkle.
        transform: [{ filter: "datum.kind === 'excused'" }],
        mark: { type: 'bar', opacity: 0.45, stroke: EXCUSED_EDGE, strokeWidth: 1.2, cornerRadiusTopLeft: 3, cornerRadiusTopRight: 3, ...barWidth },
        encoding: { y: { datum: hours, type: 'quantitative' }, y2: { datum: 0 }, color: colour },
      },
      {
        transform: [{ filter: "datum.kind === 'excused'" }],
        mark: { type: 'text', fontSize: 22, fontWeight: 'bold', color: EXCUSED_EDGE, baseline: 'middle' },
        encoding: { y: { datum: hours / 2, type: 'quantitative' }, text: { value: content.render('chart.excused-mark') } },
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
  };

  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    background: BACKGROUND,
    padding: { left: 28, right: 36, top: 24, bottom: 24 },
    title: {
      text: capitalise(content.render('chart.title', { nickname: input.nickname })),
      subtitle: subtitle(content, summary, readableRange(from, to, input.monthFirst)),
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
      weekly ? weeklyPanel({ content, days, entries, kindOf, names: status, notLogged, colour, ink: INK, softInk: SOFT_INK }) : dailyPanel,
      weekdayPanel({ content, summary, entries, kindOf, names: status, colour, width, ink: INK, softInk: SOFT_INK }),
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

