/**
 * `summary --user ID [--from DATE] [--to DATE] [--child NICKNAME] [--json]`: the daily log's
 * patterns (days logged, full/partial/absent, attendance rate, weekdays, reasons, supports,
 * trend). Without dates: every logged day. With --json, one JSON object on stdout, its numbers
 * rounded as a person would read them.
 */
import * as z from 'zod';
import { describeSummary } from '../features/daily-log/describe.js';
import { summarize, summarizeFor } from '../features/daily-log/summary.js';
import { opt, parseOptions, type CliIo } from './io.js';
import { dateRange, pickCase, requireChild, roundNumbers } from './log-common.js';
import { cliContent, openExisting } from './open-store.js';

const Options = z.object({ user: opt.str, from: z.string().optional(), to: z.string().optional(), child: z.string().optional(), db: opt.db, json: opt.flag });

export async function summaryCommand(raw: unknown, io: CliIo): Promise<number> {
  const o = parseOptions(Options, raw);
  const { from, to } = dateRange(o);
  const opened = await openExisting(o, io, o.user);
  const { store } = opened;
  try {
    const child = pickCase(store, o.user, o.child, new Date().toISOString(), false);
    requireChild(store, o.user, o.child, child);
    const s = child
      ? summarizeFor(store.logs, o.user, { caseId: child.id, from, to })
      : summarize([], { from, to, schoolDayHours: store.logs.schoolDayHours(o.user) });
    if (o.json) io.stdout.write(`${JSON.stringify(roundNumbers({ user: o.user, child: child?.nickname ?? null, ...s }))}\n`);
    else io.stdout.write(`${describeSummary(cliContent(), s, child?.nickname ?? '')}\n`);
    return 0;
  } finally {
    await opened.close();
  }
}
