/** Runs a CLI command in-process, as `npm run -s cli -- …` would, capturing stdout and stderr. */
import { PassThrough } from 'node:stream';
import { runCli } from '../../src/cli/index.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `input`: what arrives on stdin, then its end (default: stdin stays open and empty). */
export async function cli(argv: string[], env: NodeJS.ProcessEnv = {}, input?: string): Promise<CliResult> {
  const stdin = new PassThrough();
  if (input !== undefined) stdin.end(input);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await runCli(argv, { stdin, stdout, stderr, env });
  return { code, stdout: out, stderr: err };
}
