/**
 * `chart --user ID --out FILE.png [--from DATE] [--to DATE] [--child NICKNAME] [--force] [--json]`:
 * the attendance chart as a PNG. With nothing logged in the range, no file is written and a kind
 * message is printed instead (exit status 0). The folder must exist; an existing file is kept
 * unless --force.
 */
import * as z from 'zod';
import { checkOutFile, writeUserFile, opt, parseOptions, userPath, type CliIo } from './io.js';
import { dateRange, pickCase, requireChild } from './log-common.js';
import { cliContent, openExisting } from './open-store.js';

const Options = z.object({
  user: opt.str,
  out: opt.str,
  from: z.string().optional(),
  to: z.string().optional(),
  child: z.string().optional(),
  force: opt.flag,
  db: opt.db,
  json: opt.flag,
});

export async function chartCommand(raw: unknown, io: CliIo): Promise<number> {
  const o = parseOptions(Options, raw);
  const out = userPath(o.out, io.env);
  const { from, to } = dateRange(o);
  checkOutFile(out, o.force === true);
  const opened = await openExisting(o, io, o.user);
  const { store } = opened;
  try {
    const content = cliContent();
    const child = pickCase(store, o.user, o.child, new Date().toISOString(), false);
    requireChild(store, o.user, o.child, child);
    const entries = child ? store.logs.listEntries(o.user, { caseId: child.id, from, to }) : [];
    // The renderer (vega, resvg) is loaded only when there is something to draw.
    const png =
      child && entries.length
        ? (await import('../features/daily-log/chart.js')).renderAttendanceChart({ entries, nickname: child.nickname, from, to, schoolDayHours: store.logs.schoolDayHours(o.user), content })
        : null;
    if (!png) {
      const message = child ? content.render('chart.empty', { nickname: child.nickname }) : content.render('summary.no-child');
      if (o.json) io.stdout.write(`${JSON.stringify({ written: false, days_logged: 0, message })}\n`);
      else io.stdout.write(`${message}\n`);
      return 0;
    }
    writeUserFile(out, png);
    if (o.json) io.stdout.write(`${JSON.stringify({ written: true, out, bytes: png.length, days_logged: entries.length })}\n`);
    else io.stdout.write(`Chart for ${child?.nickname ?? ''} written to ${out} (${entries.length} days logged).\n`);
    return 0;
  } finally {
    await opened.close();
  }
}
