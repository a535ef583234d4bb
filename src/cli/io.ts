/** Shared plumbing for CLI commands: streams, options, the database path rule. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { writeFailureLine } from '../adapters/write-failure.js';

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

export class UsageError extends Error {}

/** A file the command was asked to write could not be written: one line by kind, exit 1, no stack. */
export class FileWriteError extends Error {}

/** Writes an output file (creating its folder); a disk-full, read-only or forbidden path is a FileWriteError. */
export function writeOutput(path: string, data: Uint8Array | string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  } catch (err) {
    throw new FileWriteError(writeFailureLine(err, path));
  }
}

/** `--db PATH`, else NEXTSTEP_DB, else ./data/nextstep.db. */
export function dbPathFrom(values: { db?: string | boolean | undefined }, env: NodeJS.ProcessEnv): string {
  if (typeof values.db === 'string' && values.db) return values.db;
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
