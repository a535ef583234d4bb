/**
 * The evidence packet is something a parent can hand to a school: checked through the PDF's own
 * text (third person, written-out dates, each section once, only letters kept or sent), and the
 * chart switches to weeks over long ranges. Set PACKET_SAMPLE_OUT=<dir> to also write the sample
 * packets there, to look at them as images (pdftoppm -png).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gatherCaseFile, isBlankDraft, packetLetters } from '../../../src/features/case-file/evidence.js';
import { markdownText, renderPacketMarkdown } from '../../../src/features/case-file/packet-markdown.js';
import { renderPacketPdf } from '../../../src/features/case-file/packet-pdf.js';
import { attendanceChartSpec } from '../../../src/features/daily-log/chart.js';
import { readableDate, readableRange, schoolYearStart } from '../../../src/features/daily-log/dates.js';
import { SAMPLE_STATEMENT, sampleCase } from './sample-case.js';
import { appsPerTest, cli, pdfText, pick } from './support.js';

const app = appsPerTest();

function keep(name: string, pdf: Uint8Array): void {
  const dir = process.env.PACKET_SAMPLE_OUT;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), pdf);
}

const pageCount = (pdf: Uint8Array) => (Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
const count = (text: string, s: string) => text.split(s).length - 1;

describe('readable dates', () => {
  it('one format: day, month in words, year', () => {
    expect(readableDate('2026-11-05')).toBe('5 November 2026');
    expect(readableDate('at the review meeting')).toBe('at the review meeting');
    expect(readableRange('2026-09-01', '2026-11-25')).toBe('1 September – 25 November 2026');
    expect(readableRange('2025-12-28', '2026-01-08')).toBe('28 December 2025 – 8 January 2026');
    expect(schoolYearStart('2026-11-25')).toBe('2026-09-01');
    expect(schoolYearStart('2026-03-02')).toBe('2025-09-01');
  });
});

describe('the school-ready packet (PDF)', () => {
  it('speaks about the parent, dates every entry in words, and shows each part once', async () => {
    const a = app();
    await sampleCase(a, { logFrom: '2025-09-03' });
    const cf = gatherCaseFile(a.store, a.content, 'parent-a', a.clock.now());
    const pdf = renderPacketPdf(a.content, cf, { compress: false });
    keep('packet.pdf', pdf);
    const text = pdfText(pdf);

    expect(pageCount(pdf)).toBeGreaterThanOrEqual(4);
    expect(pageCount(pdf)).toBeLessThanOrEqual(8);
    for (const h of ['Case file: Zoë', 'Waiting for a reply', 'Timeline', 'Daily log: Zoë', 'Summary', 'Attendance chart', 'Day by day', 'Letters']) expect(text).toContain(h);
    // Third person, never the chat's voice; no advice from the bot to the parent.
    expect(text).not.toMatch(/You told me|what you asked for|Suggested replies/);
    expect(text).toContain('The parent reported (what the parent asked for): A later start and the quiet room');
    expect(text).toContain(SAMPLE_STATEMENT);
    // Dates written out everywhere: timeline, requests, letters, chart range, table.
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(text).toContain('a follow-up is due on 9 December 2026');
    expect(text).toContain('Date: 25 November 2026');
    // The summary once (not in the timeline as well), and no per-day "Daily log:" notes.
    expect(count(text, 'School days logged:')).toBe(1);
    expect(text).not.toMatch(/Daily log: (?:part of the day|full day|didn't go in|not logged)/i);
    expect(text).not.toContain('From my daily log');
    // One chart, on the page with its heading.
    expect(count(Buffer.from(pdf).toString('latin1'), '/Subtype /Image')).toBe(1);
    // The table: the current school year by default, day by day.
    expect(cf.range).toEqual({ from: '2026-09-01', to: '2026-11-25' });
    expect(text).toContain('1 September 2026 Tue Didn\'t go in');
    expect(text).toContain('Not logged');
    expect(text).not.toContain('3 September 2025');
    // Letters: the one sent (with when), the finished one kept; never the blank draft.
    expect(text).toContain('Sent to the school on 25 November 2026.');
    expect(text).toContain("What I've been told so far");
    expect(count(text, 'Kept by the parent; not recorded as sent.')).toBe(1);
    expect(text).not.toContain('[ADD: what was decided');
    expect(text).not.toContain(a.content.letter('decision-in-writing')?.title ?? '?');
  });

  it('a range given by the parent: weeks on the chart past three months, days in the table', async () => {
    const a = app();
    await sampleCase(a, { logFrom: '2025-09-03' });
    const cf = gatherCaseFile(a.store, a.content, 'parent-a', a.clock.now(), { from: '2025-09-01' });
    const pdf = renderPacketPdf(a.content, cf, { compress: false });
    keep('packet-long.pdf', pdf);
    const text = pdfText(pdf);
    expect(text).toContain('Covers 1 September 2025 – 25 November 2026');
    expect(text).toContain('3 September 2025');
    expect(count(text, 'School days logged:')).toBe(1);

    const entries = cf.logs[0]?.inRange ?? [];
    const week = JSON.stringify(attendanceChartSpec({ entries, nickname: 'Zoë', from: '2025-09-01', to: '2026-11-25', content: a.content }));
    expect(week).toContain('Week by week');
    expect(week).not.toContain('Day by day');
    const day = JSON.stringify(attendanceChartSpec({ entries, nickname: 'Zoë', from: '2026-09-01', to: '2026-11-25', content: a.content }));
    expect(day).toContain('Day by day');
  });

  it('letters: each one sent, the newest finished draft of each kind, no blank or superseded drafts', async () => {
    const a = app();
    const { blankDraftId } = await sampleCase(a);
    const notes = a.store.listNotes('parent-a');
    const blank = notes.find((n) => n.id === blankDraftId);
    expect(blank && isBlankDraft(a.content, 'decision-in-writing', blank.text)).toBe(true);
    // Drafting the same kind again supersedes the earlier (unsent) one.
    await a.send({ kind: 'command', name: 'letter', args: 'restate-nos' });
    await a.send(pick('keep'));
    const letters = packetLetters(a.content, a.store.listNotes('parent-a'));
    expect(letters.map((l) => [l.template, l.sentOn])).toEqual([
      ['data-request', '2026-11-25'],
      ['restate-nos', null],
    ]);
  });

  it('Markdown carries the same packet', async () => {
    const a = app();
    await sampleCase(a);
    const md = renderPacketMarkdown(a.content, gatherCaseFile(a.store, a.content, 'parent-a', a.clock.now(), { charts: false }));
    expect(md).toContain('## Daily log: Zoë');
    expect(md).toContain('| 2 September 2026 | Wed |');
    expect(md).not.toMatch(/You told me|\b\d{4}-\d{2}-\d{2}\b/);
    expect(count(md, 'School days logged:')).toBe(1);
  });

  it("Markdown escapes only a '<' that could open HTML or an autolink: '(<3 hours)' reads as typed", () => {
    expect(markdownText('Came home at lunch (<3 hours), 2 < 3')).toBe('Came home at lunch (<3 hours), 2 < 3');
    for (const risky of ['<script>', '</b>', '<!-- x -->', '<?php', '<https://x.example>', '<javascript:alert(1)>']) {
      expect(markdownText(risky), risky).toMatch(/^&lt;/);
    }
    expect(markdownText('[click](javascript:x)')).not.toContain('](');
  });

  it('Markdown: no timeline heading over nothing (as the PDF leaves the section out)', async () => {
    const a = app();
    const empty = renderPacketMarkdown(a.content, gatherCaseFile(a.store, a.content, 'parent-a', a.clock.now(), { charts: false }));
    expect(empty).not.toContain(`## ${a.content.render('case-file.packet.timeline')}`);
    await sampleCase(a);
    const full = renderPacketMarkdown(a.content, gatherCaseFile(a.store, a.content, 'parent-a', a.clock.now(), { charts: false }));
    expect(full).toContain(`## ${a.content.render('case-file.packet.timeline')}`);
  });

  it('every topic the chat words in the second person has a third-person twin', () => {
    const a = app();
    const topics = [...readFileSync(join(import.meta.dirname, '../../../content/prompts/notes.yaml'), 'utf8').matchAll(/^notes\.topic\.(\S+):/gm)].map((m) => m[1]);
    expect(topics.length).toBeGreaterThan(10);
    expect(topics.filter((t) => !a.content.has(`case-file.packet.topic.${t}`))).toEqual([]);
  });

  it('CLI: export takes the range as --from and --to, and refuses a reversed one', async () => {
    const a = app();
    await sampleCase(a);
    a.close();
    const out = join(a.dir, 'out');
    const ok = await cli(['export', '--user', 'parent-a', '--format', 'md', '--from', '2026-10-01', '--to', '2026-10-31', '--out', out, '--db', a.dbPath]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(readFileSync(ok.stdout.trim().split('\n')[0] ?? '', 'utf8')).toContain('Covers 1 October – 31 October 2026');
    expect((await cli(['export', '--user', 'parent-a', '--format', 'pdf', '--from', '2026-11-01', '--to', '2026-10-01', '--out', out, '--db', a.dbPath])).code).toBe(2);
  });
});
