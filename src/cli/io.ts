/**
 * Shared plumbing for CLI commands: streams, the two kinds of failure, the database path rule,
 * the checks every command makes the same way (a database that exists, a parent it knows, a
 * file it may write) and progress lines.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as z from 'zod';
import { writeFailureLine } from '../adapters/write-failure.js';
import type { ContentCatalog } from '../content/catalog.js';
import { unreadableLine } from '../core/unreadable-line.js';

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

/** The command was asked for wrongly (a missing or malformed option): exit 2, with the fix. */
export class UsageError extends Error {}

/** The command could not do its work (no database, an unknown parent, a file in the way): exit 1, with the fix. */
export class CliError extends Error {}

/**
 * A path the user typed, from the folder they typed it in: `npm run` moves to the package's
 * folder and says where it came from in INIT_CWD, so `--out packet` lands where they are.
 */
export function userPath(path: string, env: NodeJS.ProcessEnv): string {
  return resolve(env.INIT_CWD || process.cwd(), path);
}

/** `--db PATH`, else NEXTSTEP_DB, else ./data/nextstep.db. */
export function dbPathFrom(values: { db?: string | boolean | undefined }, env: NodeJS.ProcessEnv): string {
  if (typeof values.db === 'string' && values.db) return userPath(values.db, env);
  return env.NEXTSTEP_DB || './data/nextstep.db';
}

/**
 * Commands that read (notes, summary, chart, letter, export, forget, rotate-key, due) never
 * create a database: a mistyped `--db` must not quietly open a new, empty one.
 */
export function requireDatabase(path: string): string {
  if (!existsSync(path)) throw new CliError(`no database at ${path} (check --db or NEXTSTEP_DB; the chat creates one when first used)`);
  if (statSync(path).isDirectory()) throw new CliError(`${path} is a folder, not a database file (check --db or NEXTSTEP_DB)`);
  return path;
}

/** Every command that reads a parent's case refuses one the database has never seen, in these words. */
export function requireKnownUser(known: boolean, user: string, dbPath: string): void {
  if (!known) throw new CliError(`no parent "${user}" in ${dbPath} (check --user; the console chat's parent is "local")`);
}

/**
 * Where a command may write a file: its folder must already exist (nothing is created behind the
 * parent's back, the same for every command), and an existing file is kept unless `--force`.
 */
export function checkOutFile(path: string, force: boolean): void {
  const dir = dirname(path);
  if (!existsSync(dir)) throw new CliError(`folder ${dir} does not exist (create it first, or choose another --out)`);
  if (!statSync(dir).isDirectory()) throw new CliError(`${dir} is a file, not a folder (choose another --out)`);
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) throw new CliError(`${path} is a folder (give a file name in --out)`);
    if (!force) throw new CliError(`${path} already exists (add --force to overwrite it)`);
  }
}

/**
 * Why a file or folder could not be made, by kind (full disk, read-only, forbidden: the same
 * words as everywhere a write fails); ENOENT where the folder exists means a place nothing can
 * be created in (/proc, a vanished mount).
 */
function cannotMake(e: unknown, path: string): string {
  if ((e as { code?: unknown }).code === 'ENOENT') return `could not write ${path}: nothing can be created there. Nothing else was changed.`;
  return writeFailureLine(e, path);
}

/** Writes a file the user named, failing in one line that says why. */
export function writeUserFile(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (e) {
    throw new CliError(cannotMake(e, path));
  }
}

/** Makes one folder the user named (never its parents: a recursive mkdir spins forever under /proc). */
export function makeUserDir(path: string): void {
  try {
    mkdirSync(path);
  } catch (e) {
    throw new CliError(cannotMake(e, path));
  }
}

/** Progress for long work, on stderr so stdout stays the command's output (and JSON with --json). */
export function progress(io: CliIo, command: string): (message: string) => void {
  return (message) => io.stderr.write(`${command}: ${message}\n`);
}

/** Options as commander hands them over, checked at the boundary. */
export function parseOptions<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const name = issue?.path[0];
  throw new UsageError(`${typeof name === 'string' ? `--${kebab(name)}: ` : ''}${issue?.message ?? 'invalid options'}`);
}

const kebab = (s: string): string => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Common option shapes. */
export const opt = {
  str: z.string().trim().min(1, 'must not be empty'),
  flag: z.boolean().optional(),
  db: z.string().optional(),
};

/** A one-line, human description of a system error (no stack, no raw "ENOENT:" prefix). */
export function describeSystemError(e: unknown): string | null {
  if (typeof e !== 'object' || e === null) return null;
  const { code, path } = e as { code?: unknown; path?: unknown };
  const where = typeof path === 'string' ? path : 'the file';
  switch (code) {
    case 'ENOENT':
      return `${where} does not exist`;
    case 'EACCES':
    case 'EPERM':
      return `no permission to use ${where}`;
    case 'EROFS':
      return `${where} is on a read-only file system`;
    case 'ENOSPC':
      return `the disk is full (writing ${where})`;
    case 'EISDIR':
      return `${where} is a folder, not a file`;
    case 'ENOTDIR':
      return `part of ${where} is not a folder`;
    case 'EEXIST':
      return `${where} already exists`;
    case 'SQLITE_CANTOPEN':
      return 'cannot open the database file (check --db or NEXTSTEP_DB, and its permissions)';
    case 'SQLITE_NOTADB':
      return 'the --db file is not a Next Step database';
    case 'SQLITE_READONLY':
      return 'the database is read-only (check its permissions)';
    case 'SQLITE_FULL':
      return 'the disk is full';
    default:
      return null;
  }
}

/** After a command's reads: "1 entry could not be read" on standard error when rows were skipped as damaged. */
export function reportUnreadable(io: CliIo, store: { takeUnreadable(userId: string): number }, userId: string, content: ContentCatalog): void {
  const n = store.takeUnreadable(userId);
  if (n > 0) io.stderr.write(`${unreadableLine(content, n)}\n`);
}
