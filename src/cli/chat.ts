/** `chat [--db PATH] [--user ID]`: the console chat (what `npm start` runs with no channel configured). */
import { dirname, join, resolve } from 'node:path';
import { createApp, createSharedApp } from '../app.js';
import { createLogger } from '../logging.js';
import { runConsoleChat } from '../adapters/console/console-chat.js';
import { sealerFromEnv } from '../security/sealer-from-env.js';
import { startScheduler } from '../scheduler/start.js';
import { consoleDeliver } from '../adapters/console/console-deliver.js';
import * as z from 'zod';
import { dbPathFrom, opt, parseOptions, type CliIo } from './io.js';
import { sharedDatabaseUrl } from './open-store.js';
import { filesRootFor } from '../core/user-files.js';

export const DEFAULT_CONSOLE_USER = 'local';

const Options = z.object({ user: opt.str.default(DEFAULT_CONSOLE_USER), db: opt.db });

export async function chatCommand(raw: unknown, io: CliIo): Promise<number> {
  const o = parseOptions(Options, raw);
  const dbPath = dbPathFrom(o, io.env);
  const interactive = Boolean((io.stdin as NodeJS.ReadStream).isTTY);
  // In a terminal the parent reads the screen: say plainly what a log line would say.
  const logger = createLogger(io.env.LOG_LEVEL ?? (interactive ? 'error' : 'warn'), io.stderr);
  // Said plainly, not as a log line: on the screen in a terminal, on stderr for a scripted run
  // (whose stdout stays the transcript).
  const sealer = sealerFromEnv(io.env);
  if (!sealer.encrypted) (interactive ? io.stdout : io.stderr).write('Note: your notes are stored unencrypted (set NEXTSTEP_DATA_KEY to encrypt them; see README).\n');
  // With NEXTSTEP_DATABASE_URL (and no --db), the parent's case is the one the bot's instances share.
  const url = sharedDatabaseUrl(o, io.env);
  const app = url ? await createSharedApp({ databaseUrl: url, logger, sealer, filesRoot: filesRootFor(dbPath) }) : createApp({ dbPath, logger, sealer });
  const user = o.user;
  const filesDir = join(dirname(dbPath), 'files');
  // The parent's exports beside it, in a folder `forget` leaves: a copy they asked for is theirs.
  const copiesDir = join(dirname(dbPath), 'exports');
  // Daily check-in prompts and follow-up reminders appear in an interactive chat; a scripted
  // run (stdin not a terminal) stays a pure transcript of its input.
  const deliver = consoleDeliver({ user, output: io.stdout, filesDir, copiesDir, content: app.content });
  const scheduler = interactive ? startScheduler({ app, logger, deliver }) : null;
  // Notices (e.g. "erasing has finished") are printed as they come; never stored.
  app.engine.onNotice((userId, replies) => void deliver(userId, replies));
  try {
    if (interactive) io.stdout.write(`Next Step — console chat. Notes are kept in ${url ? 'the shared PostgreSQL database' : resolve(dbPath)}. Type /quit to leave.\n`);
    await runConsoleChat({ engine: app.engine, user, input: io.stdin, output: io.stdout, filesDir, copiesDir, interactive });
    return 0;
  } finally {
    scheduler?.stop();
    await app.close();
  }
}
