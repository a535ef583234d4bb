/**
 * `summary --user ID [--from DATE] [--to DATE] [--child NICKNAME] [--json]`: the daily log's
 * patterns (days logged, full/partial/absent, attendance rate, weekdays, reasons, supports,
 * trend). Without dates: every logged day. With --json, one JSON object on stdout.
 */
import { bootContent } from '../app.js';
import { describeSummary } from '../features/daily-log/describe.js';
import { summarize, summarizeFor } from '../features/daily-log/summary.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { sealerFromEnv } from '../security/sealer-from-env.js';
import { dbPathFrom, parseOptions, requireString, UsageError, type CliIo } from './io.js';
import { optionalDate, pickCase } from './log-common.js';

export async function summaryCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(argv, { user: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, child: { type: 'string' } });
  const user = requireString(values.user, 'user');
  const from = optionalDate(values.from, 'from');
  const to = optionalDate(values.to, 'to');
  if (from && to && from > to) throw new UsageError('--from is after --to');
  const store = new SqliteStore({ path: dbPathFrom(values, io.env), sealer: sealerFromEnv(io.env) });
  try {
    const nickname = typeof values.child === 'string' ? values.child : undefined;
    const child = pickCase(store, user, nickname, new Date().toISOString(), false);
    if (nickname && !child) throw new UsageError(`no child called "${nickname}" for ${user}`);
    const s = child
      ? summarizeFor(store.logs, user, { caseId: child.id, from, to })
      : summarize([], { from, to, schoolDayHours: store.logs.schoolDayHours(user) });
    if (values.json) io.stdout.write(`${JSON.stringify({ user, child: child?.nickname ?? null, ...s })}\n`);
    else io.stdout.write(`${describeSummary(bootContent(), s, child?.nickname ?? '')}\n`);
    return 0;
  } finally {
    store.close();
  }
}
