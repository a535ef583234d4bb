/**
 * Scores the crisis screen on a labelled set (JSON lines `{"text","expect","family"}`): recall
 * per tier (a message counts as caught when it gets either tier: the crisis reply or the safety
 * question), false alarms on messages that expect nothing, and both per family. Used by
 * scripts/score-crisis.ts and by the test that holds the screen to its figures.
 */
import { z } from 'zod';
import { screenForCrisis } from './crisis-screen.js';

export const crisisExampleSchema = z.object({
  text: z.string().min(1),
  expect: z.enum(['clear', 'possible', 'none']),
  family: z.string().min(1),
});
export type CrisisExample = z.infer<typeof crisisExampleSchema>;

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

/** Parses JSON lines; a malformed line is an error naming its number, never its text. */
export function parseCrisisSet(source: string): CrisisExample[] {
  const rows: CrisisExample[] = [];
  source.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`line ${i + 1}: not JSON`);
    }
    const parsed = crisisExampleSchema.safeParse(value);
    if (!parsed.success) throw new Error(`line ${i + 1}: ${parsed.error.issues.map((x) => x.path.join('.') || 'value').join(', ')} malformed`);
    rows.push(parsed.data);
  });
  return rows;
}

export function scoreCrisis(rows: readonly CrisisExample[]): CrisisScore {
  const score: CrisisScore = { byExpect: { clear: empty(), possible: empty(), none: empty() }, byFamily: {}, misses: [] };
  rows.forEach((row, i) => {
    const got = screenForCrisis(row.text);
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
