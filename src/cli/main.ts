/** Process entry for `npm run -s cli -- …`. */
import { runCli } from './index.js';

runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`unexpected error: ${String((err as Error).message).split("\n")[0]}\n`);
    process.exitCode = 1;
  },
);
