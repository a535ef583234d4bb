/**
 * Left by the seventh walk (D-L4): a US family's letters were dated month first ("December 3,
 * 2026") while their packet and export wrote dates day first ("3 December 2026"). One style per
 * family now: the case profile's (month first in the US), in the letters, the notes, the packet
 * (Markdown and PDF: timeline, requests waiting, the daily log's range, chart and table, the
 * letters' headings) and the log's sentence in a letter.
 */
import { describe, expect, it } from 'vitest';
import { gatherCaseFile } from '../../../src/features/case-file/evidence.js';
import { renderPacketMarkdown } from '../../../src/features/case-file/packet-markdown.js';
import { renderPacketPdf } from '../../../src/features/case-file/packet-pdf.js';
import { caseTimeline } from '../../../src/features/case-file/case-timeline.js';
import { logEvidence } from '../../../src/features/case-file/log-evidence.js';
import { attendanceChartSpec } from '../../../src/features/daily-log/chart.js';
import { readableDate, readableRange } from '../../../src/features/daily-log/dates.js';
import { PROFILE_TOPIC } from '../../../src/features/advice/profile.js';
import { sampleCase } from './sample-case.js';
import { appsPerTest, pdfText } from './support.js';

const app = appsPerTest();

/** The family's profile, as "change profile" leaves it: the latest one is the case's. */
function moveTo(a: ReturnType<typeof app>, caseId: number, place: 'us' | 'england'): void {
  const text = JSON.stringify(place === 'us' ? { place, region: 'Illinois', plan: 'none', pronouns: 'they' } : { place, plan: 'none', pronouns: 'they' });
  a.store.addNote({ userId: 'parent-a', caseId, kind: 'answer', topic: PROFILE_TOPIC, text, at: '2026-11-25T10:00:00Z', day: '2026-11-25' });
}

/** The packet up to its letters: a letter keeps the dates it was written with (these were drafted while the family was in England). */
const LETTERS = /(?:## )?Letters\s+(?:### )?November 25/;
const beforeLetters = (text: string) => text.slice(0, text.search(LETTERS));

const DAY_FIRST = /\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/;

describe('one date style per family', () => {
  it('month first for a US family: dates and ranges', () => {
    expect(readableDate('2026-11-05', true)).toBe('November 5, 2026');
    expect(readableRange('2026-09-01', '2026-11-25', true)).toBe('September 1 – November 25, 2026');
    expect(readableRange('2025-12-28', '2026-01-08', true)).toBe('December 28, 2025 – January 8, 2026');
    expect(readableDate('2026-11-05')).toBe('5 November 2026');
  });

  it('a US family\'s packet, Markdown and PDF, writes every date month first', async () => {
    const a = app();
    const { caseId } = await sampleCase(a);
    moveTo(a, caseId, 'us');
    const cf = gatherCaseFile(a.store, a.content, 'parent-a', a.clock.now());
    const md = renderPacketMarkdown(a.content, cf);
    const pdf = pdfText(renderPacketPdf(a.content, cf, { compress: false }));
    for (const text of [md, pdf]) {
      expect(text.search(LETTERS)).toBeGreaterThan(0);
      expect(beforeLetters(text)).not.toMatch(DAY_FIRST);
      expect(text).toContain('a follow-up is due on December 9, 2026');
      // Each letter's heading: the day it was written, in the family's style now.
      expect(text).toMatch(/November 25, 2026: /);
    }
    // The chart's range and its day labels too.
    const spec = JSON.stringify(attendanceChartSpec({ entries: cf.logs[0]?.inRange ?? [], nickname: 'Zoë', ...cf.range, monthFirst: cf.monthFirst }));
    expect(spec).toContain(readableRange(cf.range.from, cf.range.to, true));
    expect(spec).toContain("'%b %e'");
  });

  it('an English family\'s packet stays day first', async () => {
    const a = app();
    await sampleCase(a);
    const cf = gatherCaseFile(a.store, a.content, 'parent-a', a.clock.now());
    expect(cf.monthFirst).toBe(false);
    expect(renderPacketMarkdown(a.content, cf)).toContain('a follow-up is due on 9 December 2026');
  });

  it('the notes and a letter\'s log sentence follow the family too', async () => {
    const a = app();
    const { caseId } = await sampleCase(a);
    moveTo(a, caseId, 'us');
    // Letters shown by their titles: each one keeps the dates it was written with.
    const notes = caseTimeline(a.store, a.content, 'parent-a', { letterTitles: true });
    expect(notes).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(notes).not.toMatch(DAY_FIRST);
    expect(notes).toContain('November 25, 2026');
    expect(logEvidence(a.store, a.content, 'parent-a', caseId, 'Zoë')).toContain('September 2 – November 24, 2026');
  });
});

describe('the chat\'s short dates for a request sent follow the family too', () => {
  it('"Fri 18 Dec 2026" day first; "Fri, Dec 18, 2026" month first', async () => {
    const { shortDate } = await import('../../../src/features/case-file/school-days.js');
    expect(shortDate('2026-12-18')).toBe('Fri 18 Dec 2026');
    expect(shortDate('2026-12-18', true)).toBe('Fri, Dec 18, 2026');
  });
});
