/**
 * `import --user ID --csv FILE [--child NICKNAME] [--date-order dmy|mdy] [--json]`: daily logs
 * from a CSV file (columns date,attendance,hours,difficulty,triggers,supports,helped,note, and
 * child,arrived,left as `export` writes them). Every bad row is reported with its line number
 * (the header is line 1) and reason; the good rows are imported together in one transaction.
 * Exit status 1 when nothing was imported, else 0 (refused rows are listed in `errors`).
 */
import { readFileSync } from 'node:fs';
import { localDate } from '../features/daily-log/dates.js';
import { importLogRows, parseLogCsv } from '../features/daily-log/csv-import.js';
import { DATE_ORDERS, dateOrderFor, isDateOrder } from '../features/daily-log/csv-values.js';
import * as z from 'zod';
import { CliError, describeSystemError, opt, parseOptions, progress, userPath, type CliIo } from './io.js';
import { pickCase } from './log-common.js';
import { openForWriting } from './open-store.js';

const Options = z.object({
  user: opt.str,
  csv: opt.str,
  child: z.string().optional(),
  dateOrder: z.string().trim().toLowerCase().refine(isDateOrder, `must be ${DATE_ORDERS.join(' or ')} (day/month/year or month/day/year)`).optional(),
  db: opt.db,
  json: opt.flag,
});

export async function importCommand(raw: unknown, io: CliIo): Promise<number> {
  const values = parseOptions(Options, raw);
  const user = values.user;
  const file = userPath(values.csv, io.env);
  const order = values.dateOrder;
  const say = progress(io, 'import');
  let text: string;
  try {
    say(`reading ${file}`);
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read the CSV: ${describeSystemError(e) ?? (e as Error).message}`);
  }
  const opened = await openForWriting(values, io);
  const { store } = opened;
  try {
    const now = new Date();
    const at = now.toISOString();
    // Read and written in one transaction (on PostgreSQL, one of the parent's turns).
    const { parsed, result, child } = await opened.write(user, () => {
      // The latest day that can have happened: today where the parent is, or anywhere on Earth (UTC+14).
      const zone = store.logs.getCheckin(user)?.zone;
      const latest = localDate(now, zone ?? 'Pacific/Kiritimati');
      const parsed = parseLogCsv(text, latest, { dateOrder: order ?? dateOrderFor(zone) });
      store.ensureUser(user, at);
      const named = typeof values.child === 'string' ? values.child : undefined;
      // A `child` column (as export writes it) says whose day each row is, unless --child names one.
      const byColumn = !named && parsed.rows.length > 0 && parsed.rows.every((r) => r.child);
      const children = new Set<string>();
      const caseOf = (rowChild: string): number => {
        const c = pickCase(store, user, byColumn ? rowChild : named, at, true);
        if (!c) throw new Error('no case to import into');
        children.add(c.nickname);
        return c.id;
      };
      say(`saving ${parsed.rows.length} day${parsed.rows.length === 1 ? '' : 's'}`);
      const result = parsed.rows.length ? importLogRows(store, user, caseOf, parsed.rows, at) : { imported: 0, replaced: 0 };
      const child = [...children].join(', ') || named || store.listCases(user)[0]?.nickname || 'my child';
      return { parsed, result, child };
    });
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ user, child, imported: result.imported, replaced: result.replaced, rejected: parsed.errors.length, errors: parsed.errors })}\n`);
    } else {
      io.stdout.write(`Imported ${result.imported} day${result.imported === 1 ? '' : 's'} for ${child}${result.replaced ? ` (${result.replaced} replaced an earlier entry)` : ''}.\n`);
      if (parsed.errors.length) io.stdout.write(`${parsed.errors.length} row${parsed.errors.length === 1 ? '' : 's'} not imported:\n`);
    }
    for (const e of parsed.errors) io.stderr.write(`${file}:${e.line}: ${e.reason}\n`);
    if (result.imported === 0 && parsed.errors.length === 0) io.stderr.write(`${file}: no rows to import (only a header?)\n`);
    return result.imported === 0 ? 1 : 0;
  } finally {
    await opened.close();
  }
}
