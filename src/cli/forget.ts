/**
 * `forget --user ID --yes [--db PATH] [--json]`: erases every row about the parent in every
 * table, their files under `<data dir>/files/`, and their words from the database files (see
 * src/store/sqlite/forget-user.ts). Without --yes it refuses: there is no undo.
 */
import { existsSync } from 'node:fs';
import { forgetUser } from '../store/sqlite/forget-user.js';
import { filesRootFor } from '../features/case-file/user-files.js';
import { openDatabase } from '../store/sqlite/sqlite-store.js';
import { dbPathFrom, parseOptions, requireString, UsageError, type CliIo } from './io.js';

export async function forgetCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(argv, { user: { type: 'string' }, yes: { type: 'boolean' } });
  const user = requireString(values.user, 'user');
  if (!values.yes) {
    io.stderr.write(
      `forget: this permanently erases everything held about "${user}" (notes, letters, follow-ups, daily log, files) and cannot be undone.\n` +
        `Export a copy first if it may be needed (export --user ${user} --format json --out DIR), then run again with --yes.\n`,
    );
    return 2;
  }
  const path = dbPathFrom(values, io.env);
  if (!existsSync(path)) throw new UsageError(`no database at ${path}`);
  // No data key needed: rows are found by user id, which is never sealed, and deleted unread.
  const db = openDatabase(path);
  try {
    const r = forgetUser(db, user, { filesRoot: filesRootFor(path) });
    if (values.json) io.stdout.write(`${JSON.stringify({ ok: r.walTruncated, ...r })}\n`);
    else {
      const tables = Object.entries(r.removed).map(([t, n]) => `${t}: ${n}`).join(', ');
      io.stdout.write(r.total || r.filesRemoved ? `Erased ${r.total} rows about "${user}"${tables ? ` (${tables})` : ''}${r.filesRemoved ? ' and their files' : ''}.\n` : `Nothing was held about "${user}".\n`);
    }
    if (!r.walTruncated) {
      io.stderr.write('forget: the rows are gone, but another program (the bot?) is reading the database, so its write-ahead log could not be emptied yet. Run forget again when it is idle or stopped.\n');
      return 1;
    }
    return 0;
  } finally {
    db.close();
  }
}
