/**
 * Chooses the crisis model's threshold hand to hand and prints the figures: each writer's
 * messages (one training file each, and the development set) judged by a model trained on the
 * other writers' files only. Per hand and pooled, per tier and per family, for the patterns
 * alone, the model alone and both together. Prints figures, never words.
 *
 *   npx tsx scripts/tune-crisis-model.ts [--max-false-alarms 0.025] [--threshold T]
 *
 * The threshold chosen is the lowest at which the whole screen raises at most
 * --max-false-alarms on all the near-misses pooled (hand to hand). --threshold scores another.
 */
import { readFileSync } from 'node:fs';
import { THRESHOLDS } from '../src/safety/crisis-model.js';
import { chooseRiskThreshold, MAX_POOLED_FALSE_ALARMS, outOfHand, patternsKept, rates, trainingHands, type Hand, type Rates } from '../src/safety/crisis-model-cv.js';
import { screenPatterns } from '../src/safety/crisis-screen.js';
import { parseCrisisSet } from '../src/safety/crisis-set.js';
import { fromRoot } from '../src/paths.js';
import { refuse, scriptArgs } from './script-args.js';

const USAGE = `usage: npx tsx scripts/tune-crisis-model.ts [--max-false-alarms F] [--threshold T]

Chooses the crisis model's threshold hand to hand: each writer's training file judged by a model
trained on the other writers' files only (five trainings; about a minute). Prints figures, never words.
  --max-false-alarms F   the false-alarm rate the threshold may reach, pooled (default 0.025)
  --threshold T          score this threshold instead of the one in use
  -h, --help             this text`;

function options(): { maxFalseAlarms: number; threshold?: number } {
  const v = scriptArgs({ 'max-false-alarms': { type: 'string' }, threshold: { type: 'string' } }, USAGE);
  const fraction = (name: string, raw: string | boolean | undefined): number | undefined => {
    if (raw === undefined) return undefined;
    const n = Number(raw);
    return n >= 0 && n <= 1 ? n : refuse(`--${name}: "${String(raw)}" is not a number from 0 to 1`, USAGE);
  };
  const threshold = fraction('threshold', v['threshold']);
  return { maxFalseAlarms: fraction('max-false-alarms', v['max-false-alarms']) ?? MAX_POOLED_FALSE_ALARMS, ...(threshold !== undefined ? { threshold } : {}) };
}
const opts = options();
const MAX_FALSE_ALARMS = opts.maxFalseAlarms;

const hands: Hand[] = [
  ...trainingHands(),
  { name: 'crisis-dev (held out only)', rows: parseCrisisSet(readFileSync(fromRoot('test', 'safety', 'sets', 'crisis-dev.jsonl'), 'utf8')), heldOutOnly: true },
];
const started = Date.now();
const oof = outOfHand(hands);
const all = hands.flatMap((h) => h.rows);
const allPat = all.map((r) => screenPatterns(r.text).tier !== 'none');
// The patterns once the model has set aside the matches it reads as everyday talk.
const allKept = patternsKept(oof.flat());
// Pooled figures and the threshold: the training hands only. The patterns were tuned on the
// development set, so its near-misses would lend the model a false-alarm budget it never had.
const pooled = hands.filter((h) => h.heldOutOnly !== true).length;
const rows = hands.slice(0, pooled).flatMap((h) => h.rows);
const risk = oof.slice(0, pooled).flat().map((o) => o.risk);
const pat = allPat.slice(0, rows.length);
const kept = allKept.slice(0, rows.length);
const chosen = chooseRiskThreshold(
  rows,
  risk.map((r) => ({ risk: r })),
  kept,
  MAX_FALSE_ALARMS,
);
const setAside = (expect: 'risk' | 'none') => rows.filter((r, i) => (r.expect === 'none') === (expect === 'none') && pat[i] && !kept[i]).length;
const t = opts.threshold ?? THRESHOLDS.possible;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);
const show = (label: string, r: Rates) => console.log(`  ${label.padEnd(40)} clear ${pct(r.clear)}  possible ${pct(r.possible)}  false alarms ${pct(r.falseAlarms)}`);

console.log(`${rows.length} messages, ${hands.length} hands (${hands.map((h) => `${h.name} ${h.rows.length}`).join(', ')}), ${Date.now() - started} ms`);
console.log(`pattern matches set aside as everyday talk (context risk < ${THRESHOLDS.quiet}): ${setAside('none')} near-misses, ${setAside('risk')} risk messages`);
console.log(`threshold chosen (whole screen ≤ ${pct(MAX_FALSE_ALARMS).trim()} false alarms, pooled): ${chosen.toFixed(4)}; scored below: ${t} (in use: ${THRESHOLDS.possible})`);
let at = 0;
for (const [h, hand] of hands.entries()) {
  const off = at;
  at += hand.rows.length;
  const p = (i: number) => allPat[off + i] as boolean;
  const k = (i: number) => allKept[off + i] as boolean;
  const m = (i: number) => (oof[h]?.[i]?.risk ?? 0) >= t;
  console.log(`held out: ${hand.name}`);
  show('patterns alone', rates(hand.rows, p));
  show('model alone', rates(hand.rows, m));
  show('patterns + model', rates(hand.rows, (i) => k(i) || m(i)));
}
console.log('pooled over the training hands, each held out in turn');
show('patterns alone', rates(rows, (i) => pat[i] as boolean));
show('model alone', rates(rows, (i) => (risk[i] as number) >= t));
show('patterns + model', rates(rows, (i) => (kept[i] as boolean) || (risk[i] as number) >= t));

const fams = new Map<string, [number, number, number, number]>();
rows.forEach((r, i) => {
  const f = fams.get(`${r.expect}/${r.family}`) ?? [0, 0, 0, 0];
  const m = (risk[i] as number) >= t;
  f[0] += 1;
  if (pat[i]) f[1] += 1;
  if (m) f[2] += 1;
  if (kept[i] || m) f[3] += 1;
  fams.set(`${r.expect}/${r.family}`, f);
});
console.log('per family, training hands pooled (fired/total: patterns alone | model alone | both)');
for (const [k, [n, a, b, c]] of [...fams].sort(([x], [y]) => x.localeCompare(y)))
  console.log(`  ${k.padEnd(28)} ${`${a}/${n}`.padStart(8)} | ${`${b}/${n}`.padStart(8)} | ${`${c}/${n}`.padStart(8)}`);

// Which reply: the crisis reply at once (a kept clear-tier pattern, or a model catch the tier
// model reads as clear) or the question first.
const flat = oof.slice(0, pooled).flat();
const tiers = rows.map((r) => screenPatterns(r.text).tier);
const crisisReply = (i: number) =>
  kept[i] ? tiers[i] === 'clear' : (risk[i] as number) >= Math.max(t, THRESHOLDS.reply) && (flat[i]?.clear ?? 0) >= THRESHOLDS.clear;
const replied = rates(rows, crisisReply);
console.log(`given the crisis reply itself (risk at ${THRESHOLDS.reply}, tier model at ${THRESHOLDS.clear}):`);
show('  share of each tier', replied);
