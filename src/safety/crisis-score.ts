/**
 * Scores the crisis screen on a labelled set (JSON lines `{"text","expect","family"}`): recall
 * per tier (a message counts as caught when it gets either tier: the crisis reply or the safety
 * question), false alarms on messages that expect nothing, and both per family. Used by
 * scripts/score-crisis.ts and by the test that holds the screen to its figures.
 */
import { screenForCrisis, type CrisisScreen } from './crisis-screen.js';
import type { CrisisExample } from './crisis-set.js';

export { parseCrisisSet, type CrisisExample } from './crisis-set.js';

export interface Tally {
  total: number;
  /** Got the crisis reply or the question (for `none`: a false alarm). */
  fired: number;
  /** Got the crisis reply itself. */
  clear: number;
}

export interface CrisisScore {
  byExpect: Record<CrisisExample['expect'], Tally>;
  byFamily: Record<string, Tally & { expect: CrisisExample['expect'] }>;
  /** Messages the screen answered wrongly, by line (1-based), without their words. */
  misses: { line: number; expect: CrisisExample['expect']; got: string; family: string }[];
}

const empty = (): Tally => ({ total: 0, fired: 0, clear: 0 });

/** Scores `screen` (the whole screen unless told: patterns and learned layer) on `rows`. */
export function scoreCrisis(rows: readonly CrisisExample[], screen: (text: string) => CrisisScreen = screenForCrisis): CrisisScore {
  const score: CrisisScore = { byExpect: { clear: empty(), possible: empty(), none: empty() }, byFamily: {}, misses: [] };
  rows.forEach((row, i) => {
    const got = screen(row.text);
    const fired = got.tier !== 'none';
    const fam = (score.byFamily[`${row.expect}/${row.family}`] ??= { ...empty(), expect: row.expect });
    for (const t of [score.byExpect[row.expect], fam]) {
      t.total += 1;
      if (fired) t.fired += 1;
      if (got.tier === 'clear') t.clear += 1;
    }
    if (fired !== (row.expect !== 'none')) score.misses.push({ line: i + 1, expect: row.expect, got: got.tier, family: row.family });
  });
  return score;
}

const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);

/** The score as a plain-text report. */
export function formatCrisisScore(s: CrisisScore): string {
  const { clear, possible, none } = s.byExpect;
  const lines = [
    `clear-risk recall (crisis reply or question): ${clear.fired}/${clear.total} = ${pct(clear.fired, clear.total)}` +
      `  (crisis reply itself: ${clear.clear}/${clear.total} = ${pct(clear.clear, clear.total)})`,
    `possible-risk recall (question or crisis reply): ${possible.fired}/${possible.total} = ${pct(possible.fired, possible.total)}`,
    `false alarms on near-misses: ${none.fired}/${none.total} = ${pct(none.fired, none.total)}` +
      `  (crisis reply: ${none.clear}, question: ${none.fired - none.clear})`,
    '',
    'per family (expected tier/family: fired/total):',
    ...Object.entries(s.byFamily)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, t]) => `  ${key.padEnd(34)} ${String(t.fired).padStart(3)}/${String(t.total).padEnd(3)} ${pct(t.fired, t.total).padStart(7)}`),
  ];
  return lines.join('\n');
}
