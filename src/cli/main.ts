/** Process entry for `npm run -s cli -- …`. */
import { runCli } from './index.js';

runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`Unexpected error: ${(err as Error).message}\n`);
    process.exitCode = 1;
  },
);
