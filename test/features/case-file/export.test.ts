/**
 * The evidence packet and exports: a valid, printable PDF holding the timeline (read back
 * through the embedded font's own ToUnicode map), the chart and summary when there is a daily
 * log; Markdown; CSV of notes and of the daily log; and JSON of everything held about the
 * parent, unsealed, that round-trips every note.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { caseFileJson, noteJson } from '../../../src/features/case-file/case-file-json.js';
import { gatherCaseFile } from '../../../src/features/case-file/evidence.js';
import { exportCaseFile } from '../../../src/features/case-file/export.js';
import { renderPacketPdf } from '../../../src/features/case-file/packet-pdf.js';
import { createAesSealer, parseDataKey } from '../../../src/security/aes-sealer.js';
import { cli, cmd, documents, keysOf, makeCaseApp, pdfText, pick, tellTriage, type CaseApp } from './support.js';

let apps: CaseApp[] = [];
afterEach(() => {
  for (const a of apps) a.cleanup();
  apps = [];
});
function app(opts: Parameters<typeof makeCaseApp>[0] = {}): CaseApp {
  const a = makeCaseApp(opts);
  apps.push(a);
  return a;
}

const STATEMENT = 'We need six more weeks of attendance data before we can consider a later start for Zoë.';

async function caseWithLetterAndLog(a: CaseApp): Promise<void> {
  await tellTriage(a, { nickname: 'Zoë', request: 'A later start and the quiet room', statement: STATEMENT, who: 'Mr Brennan' });
  for (let i = 0; i < 4; i++) await a.send(pick('not-said'));
  await a.send(pick('sent'));
  const caseId = a.store.listCases('parent-a')[0]?.id as number;
  const days: [string, 'full' | 'partial' | 'absent'][] = [
    ['2026-11-16', 'absent'],
    ['2026-11-17', 'partial'],
    ['2026-11-18', 'full'],
    ['2026-11-19', 'absent'],
    ['2026-11-20', 'partial'],
  ];
  for (const [date, attendance] of days) {
    a.store.logs.putEntry('parent-a', { caseId, date, attendance, hours: attendance === 'partial' ? 2 : null, difficulty: 7, triggers: [{ id: 'sensory', detail: null }] }, '2026-11-21T09:00:00Z');
  }
}

describe('the evidence packet (PDF)', () => {
  it('is a valid A4 PDF with headings, page numbers and the whole timeline', async () => {
    const a = app();
    await caseWithLetterAndLog(a);
    const cf = gatherCaseFile(a.store, a.content, 'parent-a', a.clock.now());
    const pdf = renderPacketPdf(a.content, cf, { compress: false });
    const raw = Buffer.from(pdf).toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(raw).toContain('/MediaBox [0 0 595.28 841.89]'); // A4
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/); // the font travels with the file
    const pages = (raw.match(/\/Type \/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2); // the letter starts its own page

    const text = pdfText(pdf);
    expect(text).toContain('Case file: Zoë');
    for (const h of ['Waiting for a reply', 'Timeline', 'Daily log: Zoë', 'Letters']) expect(text).toContain(h);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    // Every entry of the timeline is there, word for word (wrapping only changes spaces).
    const entries = cf.timelineGroups.flatMap((g) => g.entries);
    expect(entries.length).toBeGreaterThan(5);
    for (const e of entries) expect(text).toContain(`${e.date} ${e.label}: ${e.text}`.replace(/\s+/g, ' ').trim());
    expect(text).toContain(STATEMENT);
    expect(text).toContain('a follow-up is due on 9 December 2026');
    // The daily log: summary words and the chart as an image.
    expect(text).toContain('School days logged: 5');
    expect(raw).toContain('/Subtype /Image');
  });

  it('chat `export` sends the PDF as a document with bytes, kept in the outbox until delivered', async () => {
    const a = app();
    await caseWithLetterAndLog(a);
    const r = await a.send(cmd('export'));
    expect(keysOf(r)).toEqual(['case-file.export.pdf', 'case-file.export.pdf', 'home.menu']);
    const [doc] = documents(r);
    expect(doc?.mime).toBe('application/pdf');
    expect(doc?.filename).toBe('case-file-2026-11-25.pdf');
    expect(doc?.data).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(doc?.data ?? []).subarray(0, 5).toString()).toBe('%PDF-');
    // The outbox round-trips the bytes (base64 in the sealed reply JSON).
    const pending = (await a.engine.undelivered()).flatMap((t) => t.replies).find((x) => x.type === 'document' && x.mime === 'application/pdf');
    expect(pending?.type === 'document' && Buffer.from(pending.data ?? []).equals(Buffer.from(doc?.data ?? []))).toBe(true);
  });

  it('says so kindly when there is nothing to export, and names the formats for a bad one', async () => {
    const a = app();
    expect(keysOf(await a.send(cmd('export')))[0]).toBe('case-file.export.empty');
    expect(keysOf(await a.send(cmd('export', 'docx')))[0]).toBe('case-file.export.unknown-format');
  });
});

describe('other formats', () => {
  it('Markdown: the packet as text, with the chart beside it from the CLI', async () => {
    const a = app();
    await caseWithLetterAndLog(a);
    const files = exportCaseFile(a.store, a.content, 'parent-a', a.clock.now(), 'md', { chartFiles: true }) ?? [];
    expect(files.map((f) => f.filename)).toEqual(['case-file-2026-11-25.md', expect.stringMatching(/^attendance-zo-\d+-2026-11-25\.png$/)]);
    const md = String(files[0]?.data);
    expect(md).toContain('# Case file: Zoë');
    expect(md).toContain(`![Attendance chart](${files[1]?.filename})`);
    expect(md).toContain(STATEMENT);
    expect(md).toContain('## Letters');
  });

  it('CSV: one row per note, and one row per logged day', async () => {
    const a = app();
    await caseWithLetterAndLog(a);
    const r = await a.send(cmd('export', 'csv'));
    const docs = documents(r);
    expect(docs.map((d) => d.filename)).toEqual(['case-notes-2026-11-25.csv', 'daily-log-2026-11-25.csv']);
    // Each file's title says what it holds (Slack shows it on the file; Discord above it): not "Case file" twice.
    expect(docs.map((d) => d.title)).toEqual([a.content.render('notes.document-title'), a.content.render('case-file.export.csv-log-title')]);
    const notes = parse(docs[0]?.body ?? '', { columns: true, bom: true }) as Record<string, string>[];
    expect(notes).toHaveLength(a.store.listNotes('parent-a').length);
    expect(notes.find((n) => n.kind === 'statement')).toMatchObject({ child: 'Zoë', who: 'Mr Brennan', text: STATEMENT });
    // Button answers read as words, not content keys.
    expect(notes.every((n) => !/^[a-z-]+\.[a-z.-]+$/.test(n.text ?? ''))).toBe(true);
    const log = parse(docs[1]?.body ?? '', { columns: true, bom: true }) as Record<string, string>[];
    expect(log.map((d) => d.date)).toEqual(['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20']);
    expect(log[1]).toMatchObject({ child: 'Zoë', attendance: 'partial', hours: '2', triggers: 'sensory' });
  });

  it('JSON: everything about the parent, unsealed, round-tripping every note; nobody else in it', async () => {
    const sealer = createAesSealer(parseDataKey(randomBytes(32).toString('hex')));
    const a = app({ sealer });
    await caseWithLetterAndLog(a);
    await tellTriage(a, { user: 'parent-b', nickname: 'Kit', request: 'Other parent request', statement: 'Other parent statement that is long enough.', who: 'Ms Other' });
    // A table added later (by another feature) with a user_id: exported without any change here.
    a.store.db.exec('CREATE TABLE later_feature (id INTEGER PRIMARY KEY, user_id TEXT, thing TEXT)');
    a.store.db.prepare('INSERT INTO later_feature (user_id, thing) VALUES (?, ?), (?, ?)').run('parent-a', 'mine', 'parent-b', 'theirs');

    const cf = gatherCaseFile(a.store, a.content, 'parent-a', a.clock.now(), { charts: false });
    const json = caseFileJson(a.store, cf);
    expect(json).not.toContain('enc1:'); // nothing left sealed
    expect(json).not.toContain('parent-b');
    expect(json).not.toContain('Other parent');
    const doc = JSON.parse(json) as Record<string, unknown> & { notes: unknown[]; tables: Record<string, Record<string, unknown>[]> };
    expect(doc).toMatchObject({ format: 'next-step-case-file', version: 1, user_id: 'parent-a' });
    // Every note, field for field.
    expect(doc.notes).toEqual(a.store.listNotes('parent-a').map(noteJson));
    // Raw rows of every table about the parent, with sealed columns opened and JSON parsed.
    for (const t of ['users', 'cases', 'notes', 'sessions', 'turns', 'followups', 'daily_log_entries', 'daily_log_triggers', 'later_feature']) {
      expect(doc.tables[t]?.length, t).toBeGreaterThan(0);
    }
    expect(doc.tables.cases?.[0]).toMatchObject({ nickname: 'Zoë' });
    expect(doc.tables.later_feature).toEqual([{ id: 1, user_id: 'parent-a', thing: 'mine' }]);
    const statementRow = doc.tables.notes?.find((n) => (n.body as { text?: string }).text === STATEMENT);
    expect(statementRow).toMatchObject({ kind: 'statement', body: { who: 'Mr Brennan' } });
  });

  it('CLI: export writes the files into the folder', async () => {
    const a = app();
    await caseWithLetterAndLog(a);
    a.close();
    const out = join(a.dir, 'out');
    for (const format of ['pdf', 'md', 'csv', 'json']) {
      const r = await cli(['export', '--user', 'parent-a', '--format', format, '--out', out, '--db', a.dbPath]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(join(out, 'case-'));
    }
    expect(readFileSync(join(out, 'case-file-' + new Date().toISOString().slice(0, 10) + '.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await cli(['export', '--user', 'nobody', '--format', 'pdf', '--out', out, '--db', a.dbPath])).code).toBe(1);
    expect((await cli(['export', '--user', 'parent-a', '--format', 'docx', '--out', out, '--db', a.dbPath])).code).toBe(2);
  });
});
