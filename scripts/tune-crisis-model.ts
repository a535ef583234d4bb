/**
 * Chooses the crisis model's threshold hand to hand and prints the figures: each writer's
 * messages (one training file each, and the development set) judged by a model trained on the
 * other writers' files only. Per hand and pooled, per tier and per family, for the patterns
 * alone, the model alone and both together. Prints figures, never words.
 *
 *   npx tsx scripts/tune-crisis-model.ts [--max-false-alarms 0.02] [--threshold T]
 *
 * The threshold chosen is the lowest at which the whole screen raises at most
 * --max-false-alarms on all the near-misses pooled (hand to hand). --threshold scores another.
 */
import { readFileSync } from 'node:fs';
import { THRESHOLDS } from '../src/safety/crisis-model.js';
import { chooseRiskThreshold, outOfHand, rates, trainingHands, type Hand, type Rates } from '../src/safety/crisis-model-cv.js';
import { screenPatterns } from '../src/safety/crisis-screen.js';
import { parseCrisisSet } from '../src/safety/crisis-set.js';
import { fromRoot } from '../src/paths.js';

const arg = (name: string): number | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : undefined;
};
const MAX_FALSE_ALARMS = arg('--max-false-alarms') ?? 0.02;

const hands: Hand[] = [
  ...trainingHands(),
  { name: 'crisis-dev (held out only)', rows: parseCrisisSet(readFileSync(fromRoot('test', 'safety', 'sets', 'crisis-dev.jsonl'), 'utf8')), heldOutOnly: true },
];
const started = Date.now();
const oof = outOfHand(hands);
const all = hands.flatMap((h) => h.rows);
const allPat = all.map((r) => screenPatterns(r.text).tier !== 'none');
// Pooled figures and the threshold: the training hands only. The patterns were tuned on the
// development set, so its near-misses would lend the model a false-alarm budget it never had.
const pooled = hands.filter((h) => h.heldOutOnly !== true).length;
const rows = hands.slice(0, pooled).flatMap((h) => h.rows);
const risk = oof.slice(0, pooled).flat().map((o) => o.risk);
const pat = allPat.slice(0, rows.length);
const chosen = chooseRiskThreshold(
  rows,
  risk.map((r) => ({ risk: r })),
  pat,
  MAX_FALSE_ALARMS,
);
const t = arg('--threshold') ?? THRESHOLDS.possible;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);
const show = (label: string, r: Rates) => console.log(`  ${label.padEnd(40)} clear ${pct(r.clear)}  possible ${pct(r.possible)}  false alarms ${pct(r.falseAlarms)}`);

console.log(`${rows.length} messages, ${hands.length} hands (${hands.map((h) => `${h.name} ${h.rows.length}`).join(', ')}), ${Date.now() - started} ms`);
console.log(`threshold chosen (whole screen ≤ ${pct(MAX_FALSE_ALARMS).trim()} false alarms, pooled): ${chosen.toFixed(3)}; scored below: ${t} (in use: ${THRESHOLDS.possible})`);
let at = 0;
for (const [h, hand] of hands.entries()) {
  const off = at;
  at += hand.rows.length;
  const p = (i: number) => allPat[off + i] as boolean;
  const m = (i: number) => (oof[h]?.[i]?.risk ?? 0) >= t;
  console.log(`held out: ${hand.name}`);
  show('patterns alone', rates(hand.rows, p));
  show('model alone', rates(hand.rows, m));
  show('patterns + model', rates(hand.rows, (i) => p(i) || m(i)));
}
console.log('pooled over the training hands, each held out in turn');
show('patterns alone', rates(rows, (i) => pat[i] as boolean));
show('model alone', rates(rows, (i) => (risk[i] as number) >= t));
show('patterns + model', rates(rows, (i) => (pat[i] as boolean) || (risk[i] as number) >= t));

const fams = new Map<string, [number, number, number, number]>();
rows.forEach((r, i) => {
  const f = fams.get(`${r.expect}/${r.family}`) ?? [0, 0, 0, 0];
  const m = (risk[i] as number) >= t;
  f[0] += 1;
  if (pat[i]) f[1] += 1;
  if (m) f[2] += 1;
  if (pat[i] || m) f[3] += 1;
  fams.set(`${r.expect}/${r.family}`, f);
});
console.log('per family, training hands pooled (fired/total: patterns alone | model alone | both)');
for (const [k, [n, a, b, c]] of [...fams].sort(([x], [y]) => x.localeCompare(y)))
  console.log(`  ${k.padEnd(28)} ${`${a}/${n}`.padStart(8)} | ${`${b}/${n}`.padStart(8)} | ${`${c}/${n}`.padStart(8)}`);
