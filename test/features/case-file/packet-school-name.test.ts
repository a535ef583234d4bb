/**
 * The packet is written for the school, so it names the child as the school does (the eleventh
 * walk, W11-6): "Isla McLeod", never the chat's nickname ("Bug"), in its title, every page's
 * footer, the timeline's heading and the daily log's. The chat and the parent's notes keep the
 * nickname; with no school name given, the packet uses the nickname as before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { profileFromNotes, profileText, PROFILE_TOPIC } from '../../../src/features/advice/profile.js';
import { gatherCaseFile } from '../../../src/features/case-file/evidence.js';
import { renderPacketMarkdown } from '../../../src/features/case-file/packet-markdown.js';
import { renderPacketPdf } from '../../../src/features/case-file/packet-pdf.js';
import { formatTimeline } from '../../../src/features/case-file/timeline.js';
import { makeCaseApp, pdfText, pick, tellTriage, type CaseApp } from './support.js';

let a: CaseApp;
afterEach(() => a?.cleanup());

async function bugsCase(schoolName?: string): Promise<void> {
  a = makeCaseApp();
  await tellTriage(a, { nickname: 'Bug', request: 'A later start', statement: 'We need six more weeks of attendance data first.', who: 'Mrs Baird' });
  for (let i = 0; i < 4; i++) await a.send(pick('not-said'));
  await a.send(pick('sent'));
  const c = a.store.listCases('parent-a')[0];
  const caseId = c?.id as number;
  a.store.logs.putEntry('parent-a', { caseId, date: '2026-11-17', attendance: 'partial', hours: 2, difficulty: 7, triggers: [] }, '2026-11-18T09:00:00Z');
  const profile = profileFromNotes(a.store.listNotes('parent-a'), caseId);
  if (schoolName && profile) {
    const at = a.clock.now().toISOString();
    a.store.addNote({ userId: 'parent-a', caseId, kind: 'answer', topic: PROFILE_TOPIC, text: profileText({ ...profile, schoolName }), at, day: at.slice(0, 10) });
  }
}

describe('the packet names the child as the school does', () => {
  it('in Markdown: the title, the timeline\'s heading and the daily log\'s', async () => {
    await bugsCase('Isla McLeod');
    const md = renderPacketMarkdown(a.content, gatherCaseFile(a.store, a.content, 'parent-a', a.clock.now(), { charts: false }));
    expect(md).toContain(`# ${a.content.render('case-file.packet.title-child', { nickname: 'Isla McLeod' })}`);
    expect(md).toContain(a.content.render('notes.header', { nickname: 'Isla McLeod' }));
    expect(md).toContain(a.content.render('case-file.packet.daily-log-child', { nickname: 'Isla McLeod' }));
    // The letter sent before the school name was given stays as it was sent; no heading says "Bug".
    expect(md.split('\n').filter((l) => l.startsWith('#') && /\bBug\b/.test(l))).toEqual([]);
  });

  it('in the PDF: the title and every page\'s footer', async () => {
    await bugsCase('Isla McLeod');
    const text = pdfText(renderPacketPdf(a.content, gatherCaseFile(a.store, a.content, 'parent-a', a.clock.now()), { compress: false }));
    expect(text).toContain(a.content.render('case-file.packet.title-child', { nickname: 'Isla McLeod' }));
    expect(text).not.toContain(a.content.render('case-file.packet.title-child', { nickname: 'Bug' }));
    expect(text).not.toContain(a.content.render('notes.header', { nickname: 'Bug' }));
  });

  it('keeps the nickname in the parent\'s own notes, and in the packet when no school name was given', async () => {
    await bugsCase('Isla McLeod');
    expect(formatTimeline(a.content, a.store.listNotes('parent-a'))).toContain(a.content.render('notes.header', { nickname: 'Bug' }));
    a.cleanup();
    await bugsCase();
    const md = renderPacketMarkdown(a.content, gatherCaseFile(a.store, a.content, 'parent-a', a.clock.now(), { charts: false }));
    expect(md).toContain(`# ${a.content.render('case-file.packet.title-child', { nickname: 'Bug' })}`);
  });
});
