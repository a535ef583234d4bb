/**
 * `npm run -s cli -- <command>`: every command, registered here in one index (commander).
 * Each command's code is imported only when it runs, so `notes` never loads discord.js or the
 * chart renderer. With --json, stdout carries only JSON; logs and progress go to stderr.
 *
 * Exit status: 0 done; 1 the work failed (one line saying why and what to do); 2 the command
 * was asked for wrongly (one line naming the option, and where its help is).
 */
import { Command, CommanderError, Option } from 'commander';
import { ConfigError } from '../config-error.js';
import { ContentError } from '../content/catalog.js';
import { DataKeyError } from '../security/aes-sealer.js';
import { CliError, describeSystemError, UsageError, type CliIo } from './io.js';

/** A command's code: its options (checked inside with zod), the streams, and its operands. */
export type CommandRun = (options: unknown, io: CliIo, operands: string[]) => Promise<number>;

const INVOKE = 'npm run -s cli --';

/** The commands: name, what it does, its options, and the module that runs it. */
function defineCommands(program: Command, run: (load: () => Promise<CommandRun>) => (opts: unknown) => Promise<void>): void {
  const db = () => new Option('--db <path>', 'the SQLite file (default: NEXTSTEP_DB, then ./data/nextstep.db)');
  const json = () => new Option('--json', 'print JSON on stdout (logs and progress go to stderr)');
  const user = () => new Option('--user <id>', "the parent's id (the console chat's is \"local\")").makeOptionMandatory();
  const force = () => new Option('--force', 'overwrite the file if it exists');
  const child = () => new Option('--child <nickname>', "which child (default: the parent's only or first)");
  const range = (c: Command) => c.option('--from <date>', 'first day, YYYY-MM-DD').option('--to <date>', 'last day, YYYY-MM-DD');

  program
    .command('chat')
    .description('the console chat (what `npm start` runs with no channel configured)')
    .option('--user <id>', 'the console parent', 'local')
    .addOption(db())
    .action(run(async () => (await import('./chat.js')).chatCommand));

  program
    .command('notes')
    .description("a parent's case notes, oldest first")
    .addOption(user())
    .addOption(db())
    .addOption(json())
    .action(run(async () => (await import('./notes.js')).notesCommand));

  program
    .command('classify')
    .description('the kind of "no" of TEXT (or of JSON lines {"id","text"} on stdin); or list the examples, or evaluate')
    .argument('[text...]', 'the words to classify')
    .option('--examples', "the classifier's labelled examples as JSON lines")
    .option('--evaluate', 'cross-validation, the old held-out set, and --set FILE if given')
    .option('--set <file>', 'with --evaluate: another labelled set, JSON lines {"id","text","label"}')
    .option('--folds <n>', 'with --evaluate: cross-validation folds, 2 to 10 (default 5)')
    .addOption(json())
    .action(
      run(async () => {
        const { classifyCommand } = await import('./classify.js');
        // classify reads its own arguments (it is also called directly): hand them back as typed.
        return (raw, io, operands) => {
          const o = (raw ?? {}) as { examples?: boolean; evaluate?: boolean; set?: string; folds?: string; json?: boolean };
          const argv = [
            ...operands,
            ...(o.examples ? ['--examples'] : []),
            ...(o.evaluate ? ['--evaluate'] : []),
            ...(o.set ? ['--set', o.set] : []),
            ...(o.folds !== undefined ? ['--folds', o.folds] : []),
            ...(o.json ? ['--json'] : []),
          ];
          return classifyCommand(argv, io);
        };
      }),
    );

  program
    .command('checkin')
    .description("turn a parent's daily check-in on, change it, pause it or stop it")
    .addOption(user())
    .option('--time <HH:MM>', 'local time of the prompt, 24-hour')
    .option('--tz <zone>', 'time zone: IANA (Europe/London), a city (London) or a common name (UK)')
    .option('--days <list>', 'mon,tue,wed,thu,fri (the default)')
    .option('--pause-until <date>', 'no prompts until this day (YYYY-MM-DD, today or later)')
    .option('--school-day <hours>', 'hours in a full school day (default 6.5)')
    .option('--stop', 'turn check-ins off (logs are kept)')
    .addOption(db())
    .addOption(json())
    .action(run(async () => (await import('./checkin.js')).checkinCommand));

  program
    .command('due')
    .description('the check-in prompts due at an instant (recorded as sent unless --dry-run)')
    .requiredOption('--now <instant>', 'an ISO instant with an offset, like 2026-11-24T07:30:00Z')
    .option('--dry-run', 'do not record them as sent')
    .addOption(db())
    .addOption(json())
    .action(run(async () => (await import('./due.js')).dueCommand));

  program
    .command('import')
    .description('daily logs from a CSV file')
    .addOption(user())
    .requiredOption('--csv <file>', 'the CSV file (columns: see README)')
    .addOption(child())
    .option('--date-order <order>', 'how the CSV writes dates like 05/11/2026: dmy (day first) or mdy (month first); default from the check-in time zone')
    .addOption(db())
    .addOption(json())
    .action(run(async () => (await import('./import-logs.js')).importCommand));

  range(program.command('summary').description('patterns in the daily log').addOption(user()))
    .addOption(child())
    .addOption(db())
    .addOption(json())
    .action(run(async () => (await import('./summary.js')).summaryCommand));

  range(program.command('chart').description('the attendance chart as a PNG').addOption(user()).requiredOption('--out <file.png>', 'where to write it'))
    .addOption(child())
    .addOption(force())
    .addOption(db())
    .addOption(json())
    .action(run(async () => (await import('./chart.js')).chartCommand));

  program
    .command('letter')
    .description('a letter drafted from the notes: shown, and kept in the notes only with --save')
    .requiredOption('--kind <kind>', 'which letter; "list" names them')
    .option('--user <id>', "the parent's id (not needed for --kind list)")
    .addOption(child())
    .option('--save', 'keep the draft in the notes (and so in the evidence packet)')
    .option('--reword <name=text>', 'a line in your chat words, or the school\'s words it quotes, as you want the school to read it (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--leave-out <name>', 'leave that line out of this draft, e.g. the school\'s words it quotes (statement); only a line the letter can do without (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--out <file>', 'also write it to this file')
    .addOption(force())
    .addOption(db())
    .addOption(json())
    .action(run(async () => (await import('./letter.js')).letterCommand));

  program
    .command('export')
    .description('the evidence packet (pdf, md), the notes as csv, or everything held (json), written into a folder')
    .addOption(user())
    .addOption(new Option('--format <format>', 'what to write').choices(['pdf', 'md', 'csv', 'json']).default('pdf'))
    .requiredOption('--out <dir>', 'the folder to write into (created if missing; its parent must exist)')
    .addOption(new Option('--child <nickname>', "the packet (pdf, md) for this child only; with several children and no --child, one packet per child, named by child (csv and json stay whole)"))
    .option('--from <date>', "the packet's daily log from this day, YYYY-MM-DD (default: the first day logged this school year)")
    .option('--to <date>', "the packet's daily log up to this day, YYYY-MM-DD (default: today)")
    .addOption(force())
    .addOption(db())
    .addOption(json())
    .action(run(async () => (await import('./export.js')).exportCommand));

  program
    .command('forget')
    .description('erase every trace of one parent, or of one of their children (no undo)')
    .addOption(user())
    .option('--child <nickname>', "erase only this child (their notes, letters, follow-ups and daily log); the parent's other children stay")
    .option('--yes', 'yes, erase it')
    .addOption(db())
    .addOption(json())
    .action(run(async () => (await import('./forget.js')).forgetCommand));

  const discord = program.command('discord').description('Discord set-up: register /nextstep, print the invite link');
  discord
    .command('register')
    .description('register /nextstep with Discord (needs DISCORD_TOKEN and DISCORD_APPLICATION_ID)')
    .option('--guild <id>', 'in one server only, where it shows at once')
    .addOption(json())
    .action(run(async () => (await import('./discord.js')).discordRegisterCommand));
  discord
    .command('invite')
    .description('print the invite link (needs DISCORD_APPLICATION_ID only)')
    .action(run(async () => (await import('./discord.js')).discordInviteCommand));

  program
    .command('rotate-key')
    .description('re-encrypt everything with a new NEXTSTEP_DATA_KEY (or encrypt an unencrypted database)')
    .requiredOption('--new-key <key>', 'the new 32-byte key, base64 or hex (openssl rand -base64 32)')
    .option('--skip-damaged', 're-seal everything else and leave values that will not open as they are (still unreadable)')
    .addOption(db())
    .addOption(json())
    .action(run(async () => (await import('./rotate-key.js')).rotateKeyCommand));
}

/** Every command as typed ("notes", "discord invite"), for tests and docs. */
export function commandNames(): string[] {
  const program = new Command();
  defineCommands(program, () => async () => {});
  const names: string[] = [];
  const walk = (c: Command, prefix: string) => {
    for (const sub of c.commands) {
      if (sub.commands.length) walk(sub, `${prefix}${sub.name()} `);
      else names.push(`${prefix}${sub.name()}`);
    }
  };
  walk(program, '');
  return names;
}

/** The command a failure belongs to ("notes", "discord register"), for its one line. */
function nameOf(cmd: Command | undefined): string {
  const names: string[] = [];
  for (let c = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let code = 0;
  let current: Command | undefined;
  const program = new Command('npm run -s cli --')
    .usage('<command> [options]')
    .description('Next Step from the command line. Every command has --help.')
    .showSuggestionAfterError(true)
    .helpCommand(true);
  const run = (load: () => Promise<CommandRun>) =>
    async function (this: Command) {
      current = this;
      code = await (await load())(this.opts(), io, this.args);
    };
  defineCommands(program, run);

  // Commander's own errors (an unknown option, a missing one): one line, naming the command and
  // where its help is.
  const configure = (c: Command) => {
    const name = nameOf(c);
    c.exitOverride().configureOutput({
      writeOut: (t: string) => void io.stdout.write(t),
      writeErr: (t: string) => void io.stderr.write(t),
      outputError: (t: string, write: (t: string) => void) =>
        write(`${name ? `${name}: ` : ''}${t.replace(/^error: /, '').split('\n').map((l) => l.trim()).filter(Boolean).join(' ')} (${INVOKE} ${name ? `${name} ` : ''}--help for help)\n`),
    });
    c.hook('preAction', (_, action) => {
      current = action;
    });
    c.commands.forEach(configure);
  };
  configure(program);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    return failure(e, current, io);
  }
}

function failure(e: unknown, cmd: Command | undefined, io: CliIo): number {
  const name = nameOf(cmd);
  const prefix = name ? `${name}: ` : '';
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
    // Already written by outputError (or help shown for a bare `cli`).
    return 2;
  }
  if (e instanceof UsageError) {
    io.stderr.write(`${prefix}${e.message} (${INVOKE} ${name ? `${name} ` : ''}--help for help)\n`);
    return 2;
  }
  if (e instanceof CliError) {
    io.stderr.write(`${prefix}${e.message}\n`);
    return 1;
  }
  if (e instanceof ConfigError || e instanceof ContentError || e instanceof DataKeyError) {
    // These say which variable or file is wrong and how to fix it; on one line here.
    io.stderr.write(`${prefix}${e.message.split('\n').map((l) => l.trim()).filter(Boolean).join(' ')}\n`);
    return 1;
  }
  const system = describeSystemError(e);
  io.stderr.write(`${prefix}${system ?? `unexpected error: ${oneLine(e)}`}\n`);
  return 1;
}

const oneLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]?.slice(0, 300) ?? '';
