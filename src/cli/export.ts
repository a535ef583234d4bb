/**
 * `export --user ID --format pdf|md|csv|json --out DIR [--child NAME] [--from DATE] [--to DATE] [--force] [--db PATH] [--json]`:
 * the parent's case file written into DIR. pdf: the printable evidence packet; md: the same as
 * Markdown with each attendance chart as a PNG beside it; csv: the notes, and the daily log when
 * there is one; json: everything the bot holds about the parent, unsealed. The packet's daily log
 * runs from the first day logged this school year to today unless --from/--to say otherwise.
 * With several children the packet (pdf, md) is one child's (--child), else one per child.
 *
 * DIR is created if missing, but not its parent (a mistyped path fails at once, before any
 * work); a file already there is kept unless --force. Progress goes to stderr.
 */
import { SETTING_TOPICS } from '../setting-topics.js';
import { existsSync, rmdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as z from 'zod';
import { CliError, makeUserDir, opt, parseOptions, progress, reportUnreadable, userPath, writeUserFile, type CliIo } from './io.js';
import { dateRange, pickCase, requireChild } from './log-common.js';
import { cliContent, openExisting, type OpenedStore } from './open-store.js';

const Options = z.object({ user: opt.str, format: z.enum(['pdf', 'md', 'csv', 'json']).default('pdf'), out: opt.str, child: z.string().optional(), from: z.string().optional(), to: z.string().optional(), force: opt.flag, db: opt.db, json: opt.flag });

/** The folder to write into, checked before anything is read or drawn: true when it must be made. */
function checkDir(out: string): boolean {
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) throw new CliError(`${out} is a file; --out names a folder to write into`);
    return false;
  }
  const parent = dirname(out);
  if (!existsSync(parent)) throw new CliError(`folder ${parent} does not exist (create it first, or choose another --out)`);
  if (!statSync(parent).isDirectory()) throw new CliError(`${parent} is a file, not a folder (choose another --out)`);
  return true;
}

/** Only ever the empty folder this run made (rmdir refuses anything else). */
function removeEmptyDir(path: string): void {
  try {
    rmdirSync(path);
  } catch {
    // not empty or already gone: leave it
  }
}

export async function exportCommand(raw: unknown, io: CliIo): Promise<number> {
  const o = parseOptions(Options, raw);
  const { from, to } = dateRange(o);
  const out = userPath(o.out, io.env);
  const say = progress(io, 'export');
  const made = checkDir(out);
  // Made now, so a folder that cannot be made fails before any work; removed again if nothing is written.
  if (made) makeUserDir(out);
  let written = false;
  let opened: OpenedStore | undefined;
  try {
    opened = await openExisting(o, io, o.user);
    const { store } = opened;
    say(`gathering the case file for "${o.user}"`);
    const content = cliContent();
    const { exportPerChild, isPacketFormat } = await import('../features/case-file/export.js');
    // The packet is one child's (--child), or one per child: never a sibling's details to a school.
    const child = o.child ? pickCase(store, o.user, o.child, new Date().toISOString(), false) : undefined;
    requireChild(store, o.user, o.child, child);
    const caseId = child && isPacketFormat(o.format) ? child.id : undefined;
    if (o.format === 'pdf' || o.format === 'md') say(`drawing the ${o.format === 'pdf' ? 'PDF packet' : 'packet and its charts'}`);
    const files = exportPerChild(store, content, o.user, new Date(), o.format, { chartFiles: true, from, to, settingTopics: SETTING_TOPICS, caseId });
    if (!files) throw new CliError(`"${o.user}" has no notes, requests or daily log to export yet`);
    const paths = files.map((f) => join(out, f.filename));
    const taken = paths.filter((p) => existsSync(p));
    if (taken.length && !o.force) throw new CliError(`${taken.join(', ')} already exist${taken.length === 1 ? 's' : ''} (add --force to overwrite)`);
    written = true;
    files.forEach((f, i) => writeUserFile(paths[i] as string, f.data));
    say(`wrote ${files.length} file${files.length === 1 ? '' : 's'}`);
    reportUnreadable(io, store, o.user, content);
    if (o.json) io.stdout.write(`${JSON.stringify({ format: o.format, files: paths })}\n`);
    else io.stdout.write(`${paths.join('\n')}\n`);
    return 0;
  } finally {
    await opened?.close();
    if (made && !written) removeEmptyDir(out);
  }
}
