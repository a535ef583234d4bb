/** Shared plumbing for CLI commands: streams, options, the database path rule. */
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

export class UsageError extends Error {}

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

export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options: { db: { type: 'string' }, json: { type: 'boolean' }, ...options }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export function requireString(v: unknown, name: string): string {
  if (typeof v !== 'string' || v.trim() === '') throw new UsageError(`--${name} is required`);
  return v;
}
