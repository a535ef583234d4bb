/**
 * `npm run -s cli -- <command>`. Commands are registered here, in one index.
 * With --json, stdout carries only JSON; logs and progress go to stderr.
 */
import { ConfigError } from '../config.js';
import { ContentError } from '../content/catalog.js';
import { chatCommand } from './chat.js';
import { classifyCommand } from './classify.js';
import { discordCommand } from './discord.js';
import { FileWriteError, UsageError, type CliIo } from './io.js';
import { notesCommand } from './notes.js';
import { rotateKeyCommand } from './rotate-key.js';
import { checkinCommand } from './checkin.js';
import { dueCommand } from './due.js';
import { importCommand } from './import-logs.js';
import { summaryCommand } from './summary.js';
import { chartCommand } from './chart.js';
import { letterCommand } from './letter.js';
import { exportCommand } from './export.js';
import { forgetCommand } from './forget.js';

type CommandFn = (argv: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { run: CommandFn; usage: string }> = {
  chat: { run: chatCommand, usage: 'chat [--db PATH] [--user ID]            the console chat' },
  classify: { run: classifyCommand, usage: 'classify [TEXT] [--examples|--evaluate [--set FILE]] [--help]  the kind of "no" of TEXT (or of JSON lines {"id","text"} on stdin)' },
  discord: { run: discordCommand, usage: 'discord register [--guild ID] | invite  register /nextstep; print the invite link' },
  notes: { run: notesCommand, usage: 'notes --user ID [--json] [--db PATH]    case notes, oldest first' },
  'rotate-key': { run: rotateKeyCommand, usage: 'rotate-key --new-key KEY [--db PATH]    re-encrypt stored data (current key from NEXTSTEP_DATA_KEY)' },
  checkin: { run: checkinCommand, usage: 'checkin --user ID --time HH:MM --tz ZONE [--days mon,…] [--pause-until DATE] [--school-day H] [--stop]  daily check-in' },
  due: { run: dueCommand, usage: 'due --now ISO-INSTANT [--dry-run] [--json]  check-ins due then (recorded as sent unless --dry-run)' },
  import: { run: importCommand, usage: 'import --user ID --csv FILE [--child NAME] [--json]  daily logs from CSV' },
  summary: { run: summaryCommand, usage: 'summary --user ID [--from DATE] [--to DATE] [--child NAME] [--json]  daily-log patterns' },
  letter: { run: letterCommand, usage: 'letter --user ID --kind KIND|list [--child NAME] [--out FILE] [--json]  a letter drafted from the notes' },
  export: { run: exportCommand, usage: 'export --user ID --format pdf|md|csv|json --out DIR [--json]  the case file / evidence packet' },
  forget: { run: forgetCommand, usage: 'forget --user ID --yes [--json]  erase everything about a parent (no undo)' },
  chart: { run: chartCommand, usage: 'chart --user ID --out FILE.png [--from DATE] [--to DATE] [--child NAME]  attendance chart' },
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
    if (e instanceof FileWriteError) {
      io.stderr.write(`${name}: ${e.message}\n`);
      return 1;
    }
    if (e instanceof ConfigError || e instanceof ContentError) {
      io.stderr.write(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
