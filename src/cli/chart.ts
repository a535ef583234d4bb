/**
 * `chart --user ID --out FILE.png [--from DATE] [--to DATE] [--child NICKNAME] [--json]`: the
 * attendance chart as a PNG. With nothing logged in the range, no file is written and a kind
 * message is printed instead (exit status 0).
 */
import { bootContent } from '../app.js';
import { renderAttendanceChart } from '../features/daily-log/chart.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { sealerFromEnv } from '../security/sealer-from-env.js';
import { dbPathFrom, parseOptions, requireString, UsageError, writeOutput, type CliIo } from './io.js';
import { optionalDate, pickCase } from './log-common.js';

export async function chartCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(argv, { user: { type: 'string' }, out: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, child: { type: 'string' } });
  const user = requireString(values.user, 'user');
  const out = requireString(values.out, 'out');
  const from = optionalDate(values.from, 'from');
  const to = optionalDate(values.to, 'to');
  if (from && to && from > to) throw new UsageError('--from is after --to');
  const content = bootContent();
  const store = new SqliteStore({ path: dbPathFrom(values, io.env), sealer: sealerFromEnv(io.env) });
  try {
    const nickname = typeof values.child === 'string' ? values.child : undefined;
    const child = pickCase(store, user, nickname, new Date().toISOString(), false);
    if (nickname && !child) throw new UsageError(`no child called "${nickname}" for ${user}`);
    const entries = child ? store.logs.listEntries(user, { caseId: child.id, from, to }) : [];
    const png = child
      ? renderAttendanceChart({ entries, nickname: child.nickname, from, to, schoolDayHours: store.logs.schoolDayHours(user), content })
      : null;
    if (!png) {
      const message = child ? content.render('chart.empty', { nickname: child.nickname }) : content.render('summary.no-child');
      if (values.json) io.stdout.write(`${JSON.stringify({ written: false, days_logged: 0, message })}\n`);
      else io.stdout.write(`${message}\n`);
      return 0;
    }
    writeOutput(out, png);
    if (values.json) io.stdout.write(`${JSON.stringify({ written: true, out, bytes: png.length, days_logged: entries.length })}\n`);
    else io.stdout.write(`Chart for ${child?.nickname ?? ''} written to ${out} (${entries.length} days logged).\n`);
    return 0;
  } finally {
    store.close();
  }
}
