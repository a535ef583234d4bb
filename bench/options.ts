/**
 * The bench's command line: its options, `--help`, and a one-line error (with the usage) for an
 * option it does not know, instead of a stack trace.
 */
import { parseArgs } from 'node:util';

const USAGE = `usage: npm run -s bench -- [options]

Measures speed and memory (never part of npm test). Progress goes to stderr.

  --json                   one JSON object on stdout instead of a table
  --conversations N        conversations in the mix (default 10000)
  --concurrency N          parents served at once in the mix (default 64)
  --skip-peer              leave out the Bot Framework peers, in memory and durable (installed on first use)
  --skip-pg                leave out the PostgreSQL figures (4 instances, one local server)
  --pg-instances N         instances for the PostgreSQL figures (default 4)
  --pg-conversations N     conversations for the PostgreSQL figures (default 2000)
  --skip-burst             leave out the morning burst (10,000 check-ins, Slack and Discord, two instances)
  --burst-parents N        parents in the morning burst (default 10000)
  --only PART              run one part alone: two, peer, durable-peer, mix, startup, pg or burst
  --debug                  more detail on stderr
  -h, --help               this text`;

const OPTIONS = {
  json: { type: 'boolean', default: false },
  conversations: { type: 'string', default: '10000' },
  concurrency: { type: 'string', default: '64' },
  'skip-peer': { type: 'boolean', default: false },
  debug: { type: 'boolean', default: false },
  only: { type: 'string' },
  'pg-instances': { type: 'string', default: '4' },
  'pg-conversations': { type: 'string', default: '2000' },
  'skip-pg': { type: 'boolean', default: false },
  'burst-parents': { type: 'string', default: '10000' },
  'skip-burst': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const PARTS = ['two', 'peer', 'durable-peer', 'mix', 'startup', 'pg', 'burst'];

function parse(argv: string[]) {
  try {
    const v = parseArgs({ args: argv, options: OPTIONS }).values;
    // An unknown part would otherwise run the whole bench.
    if (v.only !== undefined && !PARTS.includes(v.only)) throw new Error(`--only: no part "${v.only}" (${PARTS.join(', ')})`);
    return v;
  } catch (err) {
    process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n\n${USAGE}\n`);
    process.exit(2);
  }
}

export const values = parse(process.argv.slice(2));
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
