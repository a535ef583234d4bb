/**
 * The lead's walk (7 December): one day logged, "didn't go in", and the notes' line for a letter
 * read "one school day logged, on which Zara managed about 0% of a school day". A day missed is
 * said as a day missed, and every day missed as that ("did not get into school on any of them");
 * a whole day as a whole day. Keys are tested here; the words in test/content.
 */
import { describe, expect, it } from 'vitest';
import { logEvidence } from '../../../src/features/case-file/log-evidence.js';
import type { Attendance } from '../../../src/features/daily-log/model.js';
import { makeTestApp } from '../../support/builders.js';

const AT = '2026-12-07T08:00:00Z';

function evidenceFor(days: [string, Attendance][]): { said: string; render: (key: string, vars: Record<string, string>) => string } {
  const a = makeTestApp();
  try {
    a.store.ensureUser('u', AT);
    const c = a.store.openCase('u', 'Zara', AT);
    for (const [date, attendance] of days) {
      a.store.logs.putEntry('u', { caseId: c.id, date, attendance, hours: attendance === 'partial' ? 3 : null, triggers: [], supports: [] }, AT);
    }
    const render = (key: string, vars: Record<string, string>) => a.content.render(key, vars);
    return { said: logEvidence(a.store, a.content, 'u', c.id, 'Zara') ?? '', render };
  } finally {
    a.cleanup();
  }
}

describe('the daily log in a letter, when no day or every day was managed', () => {
  it('one day missed is a day missed, not "about 0% of a school day"', () => {
    const { said, render } = evidenceFor([['2026-12-07', 'absent']]);
    expect(said).not.toMatch(/\b0%/);
    expect(said.startsWith(render('case-file.log-evidence.one-day.absent', { range: '', nickname: 'Zara' }).split('(')[0] ?? '')).toBe(true);
    expect(said).toContain('Zara');
  });

  it('every day missed is said as that', () => {
    const { said } = evidenceFor([['2026-12-03', 'absent'], ['2026-12-04', 'absent'], ['2026-12-07', 'absent']]);
    expect(said).not.toMatch(/\b0%/);
    expect(said).toContain('3');
  });

  it('one whole day is a whole day, and a mixed log keeps its average', () => {
    expect(evidenceFor([['2026-12-07', 'full']]).said).not.toMatch(/100%/);
    expect(evidenceFor([['2026-12-04', 'full'], ['2026-12-07', 'absent']]).said).toMatch(/50%/);
  });
});
