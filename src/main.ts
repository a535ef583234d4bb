/**
 * `npm start`: runs every configured channel (Slack, Discord); with none configured, the
 * console chat with a local SQLite file.
 */
import { loadConfig, ConfigError } from './config.js';
import { chatCommand } from './cli/chat.js';
import { ContentError } from './content/catalog.js';

async function main(): Promise<number> {
  const config = loadConfig();
  return chatCommand([], { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: { ...process.env, NEXTSTEP_DB: config.NEXTSTEP_DB } });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const known = err instanceof ConfigError || err instanceof ContentError;
    process.stderr.write(known ? `${(err as Error).message}\n` : `Next Step could not start: ${(err as Error).message}\n`);
    process.exitCode = 1;
  },
);
