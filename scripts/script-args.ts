/**
 * The scripts' command lines: node's own parseArgs, with -h/--help printing the usage and any
 * unknown option or bad value refused with the usage on standard error (status 2).
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** The parsed options, or the usage printed (and exit 0) for --help; exit 2 for an unknown option. */
export function scriptArgs(options: ParseArgsOptionsConfig, usage: string): Record<string, string | boolean | undefined> {
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  try {
    values = parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h' } } }).values;
  } catch (err) {
    return refuse((err as Error).message, usage);
  }
  if (values['help']) {
    console.log(usage);
    process.exit(0);
  }
  return values as Record<string, string | boolean | undefined>;
}

/** A bad value: one line saying why, the usage, status 2. */
export function refuse(message: string, usage: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}
