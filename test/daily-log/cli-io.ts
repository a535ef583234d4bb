/** Runs a CLI command in-process, capturing stdout and stderr. */
import { PassThrough, Writable } from 'node:stream';
import { runCli } from '../../src/cli/index.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(): { stream: Writable; text(): string } {
  let out = '';
  const stream = new Writable({
    write(chunk, _enc, cb) {
      out += String(chunk);
      cb();
    },
  });
  return { stream, text: () => out };
}

export async function cli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const stdout = sink();
  const stderr = sink();
  const code = await runCli(argv, { stdin: new PassThrough(), stdout: stdout.stream, stderr: stderr.stream, env: { LOG_LEVEL: 'silent', ...env } });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
