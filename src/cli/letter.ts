/**
 * `letter --user ID --kind KIND [--child NICKNAME] [--save] [--out FILE [--force]] [--json]`: a
 * letter drafted from the parent's notes (and daily log), anything missing marked `[ADD: …]`.
 * Shown only, by default: with --save it is kept in the case notes like a letter kept in chat, so
 * the evidence packet lists it and "I've sent it" refers to it. A write that fails keeps nothing.
 * `--kind list` names the kinds.
 */
import * as z from 'zod';
import { letterFromNotes } from '../features/case-file/letter-from-notes.js';
import { isLetterKind, LETTER_KINDS } from '../features/case-file/letter-kinds.js';
import { checkOutFile, writeUserFile, opt, parseOptions, reportUnreadable, UsageError, userPath, type CliIo } from './io.js';
import { pickCase, requireChild } from './log-common.js';
import { cliContent, openExisting } from './open-store.js';

const Options = z.object({
  user: z.string().optional(),
  kind: opt.str,
  child: z.string().optional(),
  save: opt.flag,
  out: z.string().optional(),
  force: opt.flag,
  db: opt.db,
  json: opt.flag,
});

export async function letterCommand(raw: unknown, io: CliIo): Promise<number> {
  const o = parseOptions(Options, raw);
  const kind = o.kind.toLowerCase();
  const content = cliContent();
  if (kind === 'list') {
    const kinds = LETTER_KINDS.map((k) => ({ kind: k, title: content.letter(k)?.title ?? k, description: content.letter(k)?.description ?? '' }));
    if (o.json) io.stdout.write(`${JSON.stringify(kinds, null, 2)}\n`);
    else io.stdout.write(`${kinds.map((k) => `${k.kind.padEnd(20)} ${k.title}\n${''.padEnd(21)}${k.description}`).join('\n')}\n`);
    return 0;
  }
  if (!isLetterKind(kind)) throw new UsageError(`unknown --kind "${kind}"; one of: ${LETTER_KINDS.join(', ')} (or list)`);
  if (!o.user?.trim()) throw new UsageError("required option '--user <id>' not specified");
  const user = o.user.trim();
  const out = o.out ? userPath(o.out, io.env) : undefined;
  if (out) checkOutFile(out, o.force === true);
  const opened = await openExisting(o, io, user);
  const { store } = opened;
  try {
    const child = o.child?.trim() ? pickCase(store, user, o.child, new Date().toISOString(), false) : undefined;
    requireChild(store, user, o.child?.trim() || undefined, child);
    const now = new Date();
    const letter = letterFromNotes(store, content, { userId: user, kind, now, ...(child ? { caseId: child.id } : {}) });
    if (out) writeUserFile(out, letter.body);
    // Kept only when asked, and only once the file (if any) is written.
    if (o.save) await opened.write(user, () => store.addNote({ userId: user, caseId: letter.caseId, kind: 'draft', topic: `letter.${kind}`, text: letter.body, at: now.toISOString() }));
    const blanks = letter.blanks.length ? ` (${letter.blanks.length} [ADD] blank${letter.blanks.length === 1 ? '' : 's'} to fill)` : '';
    if (out) io.stderr.write(`Wrote "${letter.title}" to ${out}${blanks}.\n`);
    io.stderr.write(o.save ? 'Kept in the notes.\n' : 'Not kept in the notes (add --save to keep it).\n');
    reportUnreadable(io, store, user, content);
    if (o.json) {
      io.stdout.write(`${JSON.stringify({ kind, title: letter.title, child: letter.nickname || null, saved: o.save === true, out: out ?? null, blanks: letter.blanks, body: letter.body }, null, 2)}\n`);
    } else if (!out) io.stdout.write(letter.body);
    return 0;
  } finally {
    await opened.close();
  }
}
