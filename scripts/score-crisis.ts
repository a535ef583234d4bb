/**
 * Scores the crisis screen (patterns and learned layer, as the engine runs it; --patterns-only
 * for the patterns alone) on a labelled set of JSON lines {"text","expect","family"}, where
 * expect is clear | possible | none. Prints recall per tier, false alarms and figures per family;
 * with --misses, the line numbers the screen got wrong (never their words).
 *
 *   npx tsx scripts/score-crisis.ts test/safety/sets/crisis-dev.jsonl [--json] [--misses] [--patterns-only]
 */
import { readFileSync } from 'node:fs';
import { screenForCrisis, screenPatterns } from '../src/safety/crisis-screen.js';
import { formatCrisisScore, parseCrisisSet, scoreCrisis } from '../src/safety/crisis-score.js';

const HELP = `usage: npx tsx scripts/score-crisis.ts FILE.jsonl [--json] [--misses] [--patterns-only]

Scores the crisis screen (patterns and learned layer; --patterns-only: the patterns alone) on FILE: one JSON object per line with
  text    the message
  expect  clear | possible | none
  family  the warning-sign family (or the kind of near-miss)
A clear or possible message counts as caught when it gets either tier; a "none" message
that gets either tier is a false alarm. --json prints the figures as one JSON object;
--misses adds the line numbers answered wrongly (never their text).`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(HELP);
  process.exit(0);
}
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error(HELP);
  process.exit(2);
}
try {
  const score = scoreCrisis(parseCrisisSet(readFileSync(file, 'utf8')), args.includes('--patterns-only') ? screenPatterns : screenForCrisis);
  if (args.includes('--json')) console.log(JSON.stringify(args.includes('--misses') ? score : { ...score, misses: undefined }));
  else {
    console.log(formatCrisisScore(score));
    if (args.includes('--misses')) for (const m of score.misses) console.log(`  line ${m.line}: expected ${m.expect} (${m.family}), got ${m.got}`);
  }
} catch (err) {
  console.error(`score-crisis: ${(err as Error).message}`);
  process.exit(1);
}
