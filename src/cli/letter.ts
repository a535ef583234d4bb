/**
 * `letter --user ID --kind KIND [--child NICKNAME] [--reword NAME=TEXT]… [--leave-out NAME]… [--save] [--out FILE [--force]] [--json]`: a
 * letter drafted from the parent's notes (and daily log), anything missing marked `[ADD: …]`.
 * The lines still in the parent's chat words, unchecked, are named on standard error before it,
 * and so is the line quoting the school's words as theirs (a chat letter shows both first);
 * `--reword NAME=TEXT` makes a line read as the parent writes it, `--leave-out NAME` drops a line
 * the letter can do without (this draft only).
 * Shown only, by default: with --save it is kept in the case notes like a letter kept in chat, so
 * the evidence packet lists it and "I've sent it" refers to it. A write that fails keeps nothing.
 * `--kind list` names the kinds.
 */
import * as z from 'zod';
import { letterFromNotes } from '../features/case-file/letter-from-notes.js';
import { isLetterKind, LETTER_KINDS } from '../features/case-file/letter-kinds.js';
import { localToday, schoolWeekFor } from '../features/case-file/follow-ups.js';
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
  reword: z.array(z.string()).optional(),
  leaveOut: z.array(z.string()).optional(),
});

/** `--reword NAME=TEXT`, each: the line NAME of the letter reads TEXT. */
function rewordsOf(given: readonly string[] | undefined, kind: string, vars: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of given ?? []) {
    const m = /^([a-z_]+)=([\s\S]*)$/.exec(r.trim());
    const name = m?.[1];
    const text = m?.[2]?.trim();
    if (!name || !text) throw new UsageError(`--reword takes NAME=TEXT (got "${r.slice(0, 40)}")`);
    if (!(name in vars)) throw new UsageError(`--reword: the ${kind} letter has no line "${name}"; its lines: ${Object.keys(vars).join(', ')}`);
    out[name] = text;
  }
  return out;
}

/** `--leave-out NAME`, each: a line of the letter it can do without (the template leaves it out when empty). */
function leftOutOf(given: readonly string[] | undefined, kind: string, vars: Readonly<Record<string, string>>, optional: readonly string[]): string[] {
  return (given ?? []).map((raw) => {
    const name = raw.trim();
    if (!(name in vars)) throw new UsageError(`--leave-out: the ${kind} letter has no line "${name.slice(0, 40)}"; its lines: ${Object.keys(vars).join(', ')}`);
    if (!optional.includes(name)) throw new UsageError(`--leave-out: the ${kind} letter cannot do without its "${name}" line; change it with --reword ${name}="your words"`);
    return name;
  });
}

/**
 * Said before the letter: the line quoting the school's words as theirs, which nobody showed the
 * parent (a chat letter shows it at the check of their words), and how to change or drop it.
 */
function warnQuoted(io: CliIo, lines: readonly { name: string; line: string }[]): void {
  const [q] = lines;
  if (!q) return;
  io.stderr.write(
    `This line quotes what the school said, as the notes keep it; the command line has not shown it to you before:\n  ${q.name}: ${q.line}\n` +
      `Check it is their words before sending. To leave it out: --leave-out ${q.name}; to change it: --reword ${q.name}="your words".\n`,
  );
}

/**
 * Said before the letter: the lines still in the parent's chat words as typed, which nobody
 * checked for the school to read (a chat letter shows them first), and how to change them.
 */
function warnOwnWords(io: CliIo, lines: readonly { name: string; line: string }[]): void {
  if (lines.length === 0) return;
  const listed = lines.map((l) => `  ${l.name}: ${l.line}`).join('\n');
  const first = lines[0]?.name ?? 'NAME';
  io.stderr.write(
    `${lines.length === 1 ? 'This line is' : 'These lines are'} in your own words from the chat, as the notes keep them; the command line has not checked ${lines.length === 1 ? 'it' : 'them'} with you:\n${listed}\n` +
      `Read ${lines.length === 1 ? 'it' : 'them'} before sending. To change one: --reword ${first}="your words" (as many times as needed).\n`,
  );
}

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
    const template = content.letter(kind);
    const reword = rewordsOf(o.reword, kind, template?.vars ?? {});
    const leaveOut = leftOutOf(o.leaveOut, kind, template?.vars ?? {}, template?.optional ?? []);
    const letter = letterFromNotes(store, content, { userId: user, kind, now, reword, leaveOut, ...(child ? { caseId: child.id } : {}) });
    if (out) writeUserFile(out, letter.body);
    // Once the letter is there to read (a write that fails says so in one line, and nothing else).
    warnOwnWords(io, letter.ownWords);
    warnQuoted(io, letter.quoted);
    // Kept only when asked, and only once the file (if any) is written.
    if (o.save) await opened.write(user, () => store.addNote({ userId: user, caseId: letter.caseId, kind: 'draft', topic: `letter.${kind}`, text: letter.body, at: now.toISOString(), day: localToday(now, schoolWeekFor(store, user)) }));
    const blanks = letter.blanks.length ? ` (${letter.blanks.length} [ADD] blank${letter.blanks.length === 1 ? '' : 's'} to fill)` : '';
    if (out) io.stderr.write(`Wrote "${letter.title}" to ${out}${blanks}.\n`);
    io.stderr.write(o.save ? 'Kept in the notes.\n' : 'Not kept in the notes (add --save to keep it).\n');
    reportUnreadable(io, store, user, content);
    if (o.json) {
      const unchecked = letter.ownWords.map((l) => l.name);
      const quoted = letter.quoted.map((l) => l.name);
      io.stdout.write(`${JSON.stringify({ kind, title: letter.title, child: letter.nickname || null, saved: o.save === true, out: out ?? null, blanks: letter.blanks, unchecked, quoted, body: letter.body }, null, 2)}\n`);
    } else if (!out) io.stdout.write(letter.body);
    return 0;
  } finally {
    await opened.close();
  }
}
