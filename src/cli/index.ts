/**
 * `npm run -s cli -- <command>`. Commands are registered here, in one index.
 * With --json, stdout carries only JSON; logs and progress go to stderr.
 */
import { ConfigError } from '../config.js';
import { ContentError } from '../content/catalog.js';
import { chatCommand } from './chat.js';
import { classifyCommand } from './classify.js';
import { discordCommand } from './discord.js';
import { UsageError, type CliIo } from './io.js';
import { notesCommand } from './notes.js';
import { rotateKeyCommand } from './rotate-key.js';

type CommandFn = (argv: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { run: CommandFn; usage: string }> = {
  chat: { run: chatCommand, usage: 'chat [--db PATH] [--user ID]            the console chat' },
  classify: { run: classifyCommand, usage: 'classify [--examples|--evaluate]        classify JSON lines {"id","text"} from stdin' },
  discord: { run: discordCommand, usage: 'discord register [--guild ID] | invite  register /nextstep; print the invite link' },
  notes: { run: notesCommand, usage: 'notes --user ID [--json] [--db PATH]    case notes, oldest first' },
  'rotate-key': { run: rotateKeyCommand, usage: 'rotate-key --new-key KEY [--db PATH]    re-encrypt stored data (current key from NEXTSTEP_DATA_KEY)' },
};

function usage(): string {
  return `Usage: npm run -s cli -- <command> [options]\n\nCommands:\n${Object.values(COMMANDS).map((c) => `  ${c.usage}`).join('\n')}\n`;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help') {
    io.stdout.write(usage());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    io.stderr.write(`Unknown command "${name}".\n${usage()}`);
    return 2;
  }
  try {
    return await cmd.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`${name}: ${e.message}\n${usage()}`);
      return 2;
    }
    if (e instanceof ConfigError || e instanceof ContentError) {
      io.stderr.write(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
