/** The attendance chart: a valid PNG of sensible size, with real text, drawn the same way vega would. */
import { mkdirSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/catalog.js';
import { addDays, weekdayOf } from '../../../src/features/daily-log/dates.js';
import { attendanceChartSpec, attendanceChartSvg, CHART_FONT_FAMILY, CHART_FONT_FILES, renderAttendanceChart } from '../../../src/features/daily-log/chart.js';
import type { Attendance, LogEntry } from '../../../src/features/daily-log/model.js';
import { cleanupsAfterEach } from '../../support/cleanups.js';
import { cli } from './cli-io.js';
import { FORTNIGHT_CSV } from './fixtures/fortnight.js';

const content = loadContent();
const cleanups = cleanupsAfterEach();

function entry(date: string, attendance: Attendance, hours: number | null = null): LogEntry {
  return { id: 0, userId: 'u', caseId: 1, date, attendance, hours, arrived: null, left: null, difficulty: 5, triggers: [], supports: [], note: null, source: 'chat', createdAt: '', updatedAt: '' };
}

const FORTNIGHT: LogEntry[] = [
  entry('2026-11-02', 'absent'),
  entry('2026-11-03', 'partial', 3),
  entry('2026-11-04', 'full'),
  entry('2026-11-05', 'partial'),
  entry('2026-11-06', 'full'),
  entry('2026-11-09', 'partial', 1.5),
  entry('2026-11-10', 'full'),
  entry('2026-11-12', 'full'),
  entry('2026-11-13', 'absent'),
];

function pngInfo(png: Uint8Array): { width: number; height: number } {
  const b = Buffer.from(png);
  expect([...b.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Non-white pixels in a box, rendering the SVG at scale 1 with or without the font. */
function inkIn(svg: string, withFont: boolean, box: { x: number; y: number; w: number; h: number }): number {
  const r = new Resvg(svg, {
    background: '#FFFFFF',
    font: withFont ? { fontFiles: [...CHART_FONT_FILES], loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY } : { fontFiles: [], loadSystemFonts: false },
  }).render();
  const px = r.pixels; // a getter that copies: read it once
  let ink = 0;
  for (let y = box.y; y < box.y + box.h; y++) {
    for (let x = box.x; x < box.x + box.w; x++) {
      const i = (y * r.width + x) * 4;
      if ((px[i] ?? 255) < 200 || (px[i + 1] ?? 255) < 200 || (px[i + 2] ?? 255) < 200) ink += 1;
    }
  }
  return ink;
}

describe('attendance chart', () => {
  it('is a valid PNG of reasonable size', () => {
    const png = renderAttendanceChart({ entries: FORTNIGHT, nickname: 'Bean', from: '2026-11-02', to: '2026-11-13', content });
    if (!png) throw new Error('no chart');
    const { width, height } = pngInfo(png);
    expect(width).toBeGreaterThanOrEqual(1200);
    expect(width).toBeLessThanOrEqual(2600);
    expect(height).toBeGreaterThanOrEqual(900);
    expect(height).toBeLessThanOrEqual(2000);
    expect(png.length).toBeGreaterThan(20_000);
    expect(png.length).toBeLessThan(600_000);
    writeFileSync('/tmp/nextstep-chart-fortnight.png', png); // for a human look
  });

  it('has visible text: the title is drawn from the DejaVu font, and nothing is drawn without it', () => {
    const svg = attendanceChartSvg({ entries: FORTNIGHT, nickname: 'Bean', content });
    if (!svg) throw new Error('no chart');
    expect(svg).toContain("Bean's school days");
    expect(svg).toContain(`font-family="${CHART_FONT_FAMILY}"`);
    const titleArea = { x: 20, y: 16, w: 300, h: 40 };
    expect(inkIn(svg, true, titleArea)).toBeGreaterThan(400);
    expect(inkIn(svg, false, titleArea)).toBe(0);
    const withFont = renderAttendanceChart({ entries: FORTNIGHT, nickname: 'Bean', content });
    const without = renderAttendanceChart({ entries: FORTNIGHT, nickname: 'Bean', content, withoutFont: true });
    expect(Buffer.from(withFont ?? []).equals(Buffer.from(without ?? []))).toBe(false);
  });

  it('draws synchronously exactly what vega’s own toSVG() draws', async () => {
    const spec = attendanceChartSpec({ entries: FORTNIGHT, nickname: 'Bean', content });
    if (!spec) throw new Error('no spec');
    const require = createRequire(import.meta.url);
    const vega: typeof import('vega') = require('vega');
    const vegaLite: typeof import('vega-lite') = require('vega-lite');
    const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
    const viaVega = await view.toSVG();
    view.finalize();
    // Clip-path ids come from a process-wide counter, so they differ between any two renders.
    const ids = (svg: string | null) => (svg ?? '').replace(/clip\d+/g, 'clip#');
    expect(ids(attendanceChartSvg({ entries: FORTNIGHT, nickname: 'Bean', content }))).toBe(ids(viaVega));
  });

  it('keeps vega-lite’s Set patch from leaking into the rest of the process', () => {
    renderAttendanceChart({ entries: FORTNIGHT, nickname: 'Bean', content });
    expect(Object.prototype.hasOwnProperty.call(Set.prototype, 'toJSON')).toBe(false);
  });

  it('shows every school day in the range (gaps included), weekends only when logged, and labels Mondays on long ranges', () => {
    const spec = attendanceChartSpec({ entries: [...FORTNIGHT, entry('2026-11-14', 'full')], nickname: 'Bean', from: '2026-11-02', to: '2026-11-15', content });
    const json = JSON.stringify(spec);
    expect(json).toContain('"2026-11-11"'); // a school day nobody logged
    expect(json).toContain('"2026-11-14"'); // a logged Saturday
    expect(json).not.toContain('"2026-11-15"'); // an unlogged Sunday
    const long: LogEntry[] = [];
    for (let i = 0; i < 90; i++) {
      const d = addDays('2026-09-01', i);
      if (weekdayOf(d) !== 'sat' && weekdayOf(d) !== 'sun') long.push(entry(d, i % 3 === 0 ? 'partial' : 'full', 3));
    }
    const longSpec = attendanceChartSpec({ entries: long, nickname: 'Bean', content });
    const values = /"axis":\{"title":null,"values":(\[[^\]]*\])/.exec(JSON.stringify(longSpec))?.[1];
    const labelled = JSON.parse(values ?? 'null') as string[];
    expect(labelled.length).toBeGreaterThan(10);
    expect(labelled.length).toBeLessThan(16);
    expect(labelled.slice(1).every((d) => weekdayOf(d) === 'mon')).toBe(true);
    const png = renderAttendanceChart({ entries: long, nickname: 'Bean', content });
    expect(pngInfo(png ?? new Uint8Array()).width).toBeLessThanOrEqual(2600);
  });

  it('has nothing to draw when nothing is logged in the range', () => {
    expect(renderAttendanceChart({ entries: [], nickname: 'Bean', content })).toBeNull();
    expect(renderAttendanceChart({ entries: FORTNIGHT, nickname: 'Bean', from: '2026-12-01', to: '2026-12-31', content })).toBeNull();
  });

  it('CLI: writes the PNG, or says kindly that there is nothing yet', async () => {
    const dir = cleanups.dir('nextstep-chart-');
    const db = join(dir, 'c.db');
    const csv = join(dir, 'log.csv');
    const out = join(dir, 'out', 'chart.png');
    writeFileSync(csv, FORTNIGHT_CSV);
    expect((await cli(['import', '--db', db, '--user', 'u1', '--csv', csv, '--child', 'Bean'])).code).toBe(0);
    const args = ['chart', '--db', db, '--user', 'u1', '--out', out, '--from', '2026-11-02', '--to', '2026-11-13', '--json'];
    // A missing folder is refused, as `letter --out` refuses it: nothing is created behind your back.
    const noFolder = await cli(args);
    expect(noFolder.code).toBe(1);
    expect(noFolder.stderr).toMatch(/^chart: folder .*out does not exist/);
    mkdirSync(join(dir, 'out'));
    const r = await cli(args);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ written: true, out, days_logged: 10 });
    pngInfo(readFileSync(out));
    // An existing file is kept unless --force.
    const again = await cli(args);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists \(add --force to overwrite it\)/);
    expect((await cli([...args, '--force'])).code).toBe(0);
    const empty = join(dir, 'empty.png');
    const none = await cli(['chart', '--db', db, '--user', 'u1', '--out', empty, '--from', '2026-12-01']);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain("There's nothing logged for Bean in that time yet");
    expect(existsSync(empty)).toBe(false);
  });
});
