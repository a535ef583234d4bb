/**
 * The crisis patterns rule by rule, over the training writers' files (content/safety/training/):
 * which near-misses each rule fires on (and how many of those end as the crisis reply itself),
 * which risk messages it catches, and which only it catches (no other rule fires and the learned
 * layer, judging hand to hand, would miss them). The model's opinions are hand to hand, as in
 * scripts/tune-crisis-model.ts: each group of writers judged by a model trained on the others.
 * Prints counts and the rules' own pattern sources, never a message's words.
 *
 *   npx tsx scripts/audit-crisis-rules.ts [--threshold T] [--all] [--rule N]
 */
import { refuse, scriptArgs } from './script-args.js';
import { THRESHOLDS } from '../src/safety/crisis-model.js';
import { outOfHand, patternsKept, trainingHands } from '../src/safety/crisis-model-cv.js';
import { normalise } from '../src/safety/crisis-normalise.js';
import { rulesMatching } from '../src/safety/crisis-pattern-screen.js';
import { RULES } from '../src/safety/crisis-rules.js';
import { GAP, KID, OBJ3, QUOTED_I, REPORT, SELF3, SELF_ANY, THIRD } from '../src/safety/crisis-words.js';

const USAGE = `usage: npx tsx scripts/audit-crisis-rules.ts [--threshold T] [--all] [--rule N]

Lists each crisis pattern rule over the training writers' files, pooled (five trainings of the
learned layer, hand to hand; about a minute). Prints counts and pattern sources, never words.
Columns:
  nm fires    near-misses the rule matches (hands: how many writers wrote them)
  nm decides  near-misses it is the first rule to match (the one that answers)
  alarms      of those, false alarms hand to hand (the model did not set the match aside)
  crisis      of those alarms, the crisis reply itself (a clear-tier rule)
  clear/poss  clear / possible risk messages it matches
  only        risk messages no other rule matches and the model (hand to hand) would miss
  reply only  clear risk that gets the crisis reply from this rule and from nothing else
              (no other clear-tier rule matches, the model would not give it)
Options:
  --threshold T   the model's threshold (default: the one in use)
  --all           every rule that matched anything (default: rules with a near-miss alarm)
  --rule N        the counts for rule N, hand by hand
  -h, --help      this text`;

function options(): { threshold: number; all: boolean; rule?: number } {
  const v = scriptArgs({ threshold: { type: 'string' }, all: { type: 'boolean' }, rule: { type: 'string' } }, USAGE);
  const threshold = v['threshold'] === undefined ? THRESHOLDS.possible : Number(v['threshold']);
  const rule = v['rule'] === undefined ? undefined : Number(v['rule']);
  if (!(threshold >= 0 && threshold <= 1) || (rule !== undefined && !(Number.isInteger(rule) && rule >= 0 && rule < RULES.length))) {
    refuse(`--threshold takes a number from 0 to 1, --rule a rule number from 0 to ${RULES.length - 1}`, USAGE);
  }
  return { threshold, all: v['all'] === true, ...(rule !== undefined ? { rule } : {}) };
}
const opts = options();

/** A rule's source, shortened: the shared building blocks by name, word boundaries dropped. */
const BLOCKS: [string, string][] = (
  [
    [`(?:${THIRD} ${GAP}|${REPORT} (?:that )?${GAP}${QUOTED_I})`, '<CHILD>'],
    [REPORT, '<REPORT>'],
    [THIRD, '<THIRD>'],
    [GAP, '<GAP>'],
    [QUOTED_I, '<QUOTED_I>'],
    [KID, '<KID>'],
    [SELF_ANY, '<SELF>'],
    [SELF3, '<SELF3>'],
    [OBJ3, '<OBJ3>'],
  ] as [string, string][]
).sort((a, b) => b[0].length - a[0].length);
function label(i: number): string {
  let s = (RULES[i] as (typeof RULES)[number]).re.source;
  for (const [block, name] of BLOCKS) s = s.split(block).join(name);
  s = s.replace(/\\b/g, '');
  return s.length > 90 ? `${s.slice(0, 87)}...` : s;
}

const hands = trainingHands();
const oof = outOfHand(hands).flat();
const kept = patternsKept(oof);
const rows = hands.flatMap((h, n) => h.rows.map((r) => ({ ...r, hand: n })));
const matching = rows.map((r) => rulesMatching(normalise(r.text)));
const t = opts.threshold;

interface Count {
  nmFires: number;
  nmHands: Set<number>;
  nmDecides: number;
  alarms: number;
  crisis: number;
  clear: number;
  possible: number;
  only: number;
  replyOnly: number;
}
const blank = (): Count => ({ nmFires: 0, nmHands: new Set(), nmDecides: 0, alarms: 0, crisis: 0, clear: 0, possible: 0, only: 0, replyOnly: 0 });
const perHand = (opts.rule === undefined ? [] : hands).map(blank);
const counts = RULES.map(blank);

rows.forEach((r, m) => {
  const found = matching[m] as number[];
  const o = oof[m];
  if (o === undefined) return;
  const modelCatches = o.risk >= t;
  const modelReplies = o.risk >= Math.max(t, THRESHOLDS.reply) && o.clear >= THRESHOLDS.clear;
  found.forEach((i, k) => {
    const tally = (c: Count) => {
      if (r.expect === 'none') {
        c.nmFires += 1;
        c.nmHands.add(r.hand);
        if (k === 0) {
          c.nmDecides += 1;
          if (kept[m]) {
            c.alarms += 1;
            if (RULES[i]?.tier === 'clear') c.crisis += 1;
          }
        }
        return;
      }
      c[r.expect] += 1;
      if (found.length === 1 && !modelCatches) c.only += 1;
      const otherClear = found.some((j) => j !== i && RULES[j]?.tier === 'clear');
      if (r.expect === 'clear' && k === 0 && kept[m] && RULES[i]?.tier === 'clear' && !otherClear && !modelReplies) c.replyOnly += 1;
    };
    tally(counts[i] as Count);
    if (i === opts.rule) tally(perHand[r.hand] as Count);
  });
});

const head = `${'rule'.padStart(4)} ${'tier'.padEnd(8)} ${'family'.padEnd(12)} nm fires (hands) decides alarms crisis | clear poss only replyonly`;
const line = (name: string, c: Count, tier: string, family: string, src: string) =>
  `${name.padStart(4)} ${tier.padEnd(8)} ${family.padEnd(12)} ${String(c.nmFires).padStart(8)} ${`(${c.nmHands.size})`.padStart(7)} ${String(c.nmDecides).padStart(7)} ${String(c.alarms).padStart(6)} ${String(c.crisis).padStart(6)} | ${String(c.clear).padStart(5)} ${String(c.possible).padStart(4)} ${String(c.only).padStart(4)} ${String(c.replyOnly).padStart(9)}  ${src}`;

// The whole screen hand to hand, as the screen answers: a kept match gives its rule's tier; else
// the model asks the question, or gives the crisis reply when it and the tier model are sure.
const ruleTier = (m: number) => RULES[(matching[m] as number[])[0] ?? -1]?.tier;
const fires = (m: number) => kept[m] === true || (oof[m]?.risk ?? 0) >= t;
const replies = (m: number) =>
  kept[m] === true ? ruleTier(m) === 'clear' : (oof[m]?.risk ?? 0) >= Math.max(t, THRESHOLDS.reply) && (oof[m]?.clear ?? 0) >= THRESHOLDS.clear;
const share = (expect: string, f: (m: number) => boolean) => {
  const of = rows.flatMap((r, m) => (r.expect === expect ? [m] : []));
  const n = of.filter(f).length;
  return `${n}/${of.length} = ${((100 * n) / of.length).toFixed(1)}%`;
};
const patternAlarm = (m: number) => kept[m] === true;
console.log(`${rows.length} messages by ${hands.length} writers; ${RULES.length} rules; model threshold ${t}`);
console.log(`whole screen, hand to hand: clear caught ${share('clear', fires)}, crisis reply ${share('clear', replies)}; possible caught ${share('possible', fires)}`);
console.log(`  near-misses: false alarms ${share('none', fires)}, crisis replies ${share('none', replies)}; the patterns' own alarms ${share('none', patternAlarm)}, crisis replies ${share('none', (m) => patternAlarm(m) && ruleTier(m) === 'clear')}`);
console.log(head);
RULES.forEach((rule, i) => {
  const c = counts[i] as Count;
  const shown = opts.all ? c.nmFires + c.clear + c.possible > 0 : c.alarms > 0;
  if (shown) console.log(line(String(i), c, rule.tier, rule.family, label(i)));
});
if (opts.rule !== undefined) {
  console.log(`rule ${opts.rule}, hand by hand: ${label(opts.rule)}`);
  hands.forEach((h, n) => {
    const c = perHand[n] as Count;
    if (c.nmFires + c.clear + c.possible > 0) console.log(line('', c, '', h.name, ''));
  });
}
