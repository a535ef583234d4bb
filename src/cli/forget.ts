/**
 * `forget --user ID [--child NAME] --yes [--db PATH] [--json]`: with --child, erases that one
 * child (forget-child.ts); without, erases every row about the parent in every
 * table, their files under `<data dir>/files/`, and their words from the database files (see
 * src/store/sqlite/forget-user.ts). Without --yes it refuses: there is no undo. A parent the
 * database does not know is nothing to erase (exit 0), so a run that stopped part-way can
 * always be repeated.
 */
import * as z from 'zod';
import { forgetUser } from '../store/sqlite/forget-user.js';
import { keysPathFor, shredParentKey } from '../store/sqlite/keys-file.js';
import { filesRootFor } from '../core/user-files.js';
import { openDatabase } from '../store/sqlite/open-database.js';
import type { ForgetReport } from '../features/case-file/requests-port.js';
import { sealerFromEnv } from '../security/sealer-from-env.js';
import { sharedDatabaseUrl } from './open-store.js';
import { CliError, UsageError, dbPathFrom, opt, parseOptions, progress, requireDatabase, type CliIo } from './io.js';

const Options = z.object({ user: opt.str, child: z.string().min(1).optional(), yes: opt.flag, db: opt.db, json: opt.flag });

export async function forgetCommand(raw: unknown, io: CliIo): Promise<number> {
  const o = parseOptions(Options, raw);
  const user = o.user;
  if (o.child !== undefined) {
    if (!o.yes) throw new UsageError(`this permanently erases everything held about ${user}'s child "${o.child}" (notes, letters, follow-ups, daily log; the other children stay); export a copy first if it may be needed (export --user ${user} --child ${o.child} --out DIR), then run again with --yes`);
    const { forgetChildCommand } = await import('./forget-child.js');
    report(io, o.json === true, `${user}'s child "${o.child}"`, await forgetChildCommand({ ...o, child: o.child }, io));
    return 0;
  }
  if (!o.yes) {
    throw new UsageError(
      `this permanently erases everything held about "${user}" (notes, letters, follow-ups, daily log, files); ` +
        `export a copy first if it may be needed (export --user ${user} --format json --out DIR), then run again with --yes`,
    );
  }
  const say = progress(io, 'forget');
  const url = sharedDatabaseUrl(o, io.env);
  if (url) {
    // PostgreSQL: under the parent's lock, every row in every table (src/store/postgres/pg-forget.ts).
    const { PgStore } = await import('../store/postgres/pg-store.js');
    const store = await PgStore.open({ url, sealer: sealerFromEnv(io.env), poolSize: 1, filesRoot: filesRootFor(dbPathFrom(o, io.env)) });
    try {
      say(`erasing everything about "${user}"`);
      report(io, o.json === true, `"${user}"`, await store.requests.erase(user));
      return 0;
    } finally {
      await store.end();
    }
  }
  const path = requireDatabase(dbPathFrom(o, io.env));
  // No data key needed: rows are found by user id, which is never sealed, and deleted unread;
  // so is the parent's own data key, in the keys file beside the database.
  const db = openDatabase(path);
  try {
    say(`erasing everything about "${user}" and compacting the database`);
    const r = forgetUser(db, user, { filesRoot: filesRootFor(path), shred: (u) => shredParentKey(keysPathFor(path), u) });
    report(io, o.json === true, `"${user}"`, r);
    if (!r.walTruncated) {
      throw new CliError('the rows are gone, but another program (the bot?) is reading the database, so its write-ahead log could not be emptied yet; run forget again when it is idle or stopped');
    }
    return 0;
  } finally {
    db.close();
  }
}

/** `who`: as said in the sentence (`"parent-a"`, `parent-a's child "Noah"`). */
function report(io: CliIo, json: boolean, who: string, r: ForgetReport): void {
  if (json) io.stdout.write(`${JSON.stringify({ ok: r.walTruncated, ...r })}\n`);
  else {
    const tables = Object.entries(r.removed).map(([t, n]) => `${t}: ${n}`).join(', ');
    io.stdout.write(r.total || r.filesRemoved ? `Erased ${r.total} rows about ${who}${tables ? ` (${tables})` : ''}${r.filesRemoved ? ' and their files' : ''}.\n` : `Nothing was held about ${who}.\n`);
  }
}
