/**
 * `import --user ID --csv FILE [--child NICKNAME] [--json]`: daily logs from a CSV file
 * (columns date,attendance,hours,difficulty,triggers,supports,helped,note). Bad rows are reported
 * with their line number (the header is line 1) and reason; the good rows are imported together
 * in one transaction. Exit status 0 when the file was read (even with bad rows: see `errors`).
 */
import { readFileSync } from 'node:fs';
import { localDate } from '../features/daily-log/dates.js';
import { importLogRows, parseLogCsv } from '../features/daily-log/csv-import.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { sealerFromEnv } from '../security/sealer-from-env.js';
import { z } from 'zod';
import { CliError, dbPathFrom, describeSystemError, opt, parseOptions, progress, userPath, type CliIo } from './io.js';
import { pickCase } from './log-common.js';

const Options = z.object({ user: opt.str, csv: opt.str, child: z.string().optional(), db: opt.db, json: opt.flag });

export async function importCommand(raw: unknown, io: CliIo): Promise<number> {
  const values = parseOptions(Options, raw);
  const user = values.user;
  const file = userPath(values.csv, io.env);
  const say = progress(io, 'import');
  let text: string;
  try {
    say(`reading ${file}`);
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read the CSV: ${describeSystemError(e) ?? (e as Error).message}`);
  }
  const store = new SqliteStore({ path: dbPathFrom(values, io.env), sealer: sealerFromEnv(io.env) });
  try {
    const now = new Date();
    const at = now.toISOString();
    // The latest day that can have happened: today where the parent is, or anywhere on Earth (UTC+14).
    const latest = localDate(now, store.logs.getCheckin(user)?.zone ?? 'Pacific/Kiritimati');
    const parsed = parseLogCsv(text, latest);
    store.ensureUser(user, at);
    const child = pickCase(store, user, typeof values.child === 'string' ? values.child : undefined, at, true);
    if (!child) throw new Error('no case to import into');
    say(`saving ${parsed.rows.length} day${parsed.rows.length === 1 ? '' : 's'}`);
    const result = parsed.rows.length ? importLogRows(store, user, child.id, parsed.rows, at) : { imported: 0, replaced: 0 };
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ user, child: child.nickname, imported: result.imported, replaced: result.replaced, rejected: parsed.errors.length, errors: parsed.errors })}\n`);
    } else {
      io.stdout.write(`Imported ${result.imported} day${result.imported === 1 ? '' : 's'} for ${child.nickname}${result.replaced ? ` (${result.replaced} replaced an earlier entry)` : ''}.\n`);
      if (parsed.errors.length) io.stdout.write(`${parsed.errors.length} row${parsed.errors.length === 1 ? '' : 's'} not imported:\n`);
    }
    for (const e of parsed.errors) io.stderr.write(`${file}:${e.line}: ${e.reason}\n`);
    return 0;
  } finally {
    store.close();
  }
}
