/**
 * `forget --user ID --child NAME --yes`: erases one child of the parent's (the fifteenth walk,
 * W15-5) on either store, as "delete Noah's data" does in chat: the child's case and every row
 * about it, the conversation's state and recorded replies (they may name the child), the bot's
 * files, and the child's words from the database files (src/store/sqlite/forget-child.ts). The
 * other children are untouched. The child is found by the name the chat knows them by (any case).
 */
import { CliError, progress, type CliIo } from './io.js';
import { pickCase, theChild } from './log-common.js';
import { openExisting } from './open-store.js';
import type { ForgetReport } from '../features/case-file/requests-port.js';

export async function forgetChildCommand(o: { user: string; child: string; db?: string | undefined; json?: boolean | undefined }, io: CliIo): Promise<ForgetReport> {
  const say = progress(io, 'forget');
  const opened = await openExisting(o, io, o.user);
  try {
    const child = theChild(opened.store, o.user, o.child, pickCase(opened.store, o.user, o.child, new Date().toISOString(), false));
    say(`erasing everything about ${o.user}'s child "${o.child}" and compacting the database`);
    const r = await opened.store.requests.eraseChild(o.user, child.id);
    if (!r.walTruncated) {
      throw new CliError("the child's rows are gone, but another program (the bot?) is reading the database, so its write-ahead log could not be emptied yet; run forget again when it is idle or stopped");
    }
    return r;
  } finally {
    await opened.close();
  }
}
