/**
 * What made a day harder, and what was tried, as a letter, the packet and the chat say them: the
 * words the parent tapped ("Other children"), never the export's data names ("peers", "physical
 * complaints"), and the parent's own words as they typed them ("PE with Mr Jones", not lower-cased).
 * The fifth walk's W-L7 found "peers" in the letters and the packet.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/catalog.js';
import { logEvidence } from '../../../src/features/case-file/log-evidence.js';
import { dayRows, summaryFacts } from '../../../src/features/case-file/packet-daily-log.js';
import type { ChildLog } from '../../../src/features/case-file/evidence.js';
import { describeEntry, describeSummary } from '../../../src/features/daily-log/describe.js';
import type { LogEntry } from '../../../src/features/daily-log/model.js';
import { summarize } from '../../../src/features/daily-log/summary.js';
import { makeTestApp } from '../../support/builders.js';

const content = loadContent();
const entry = (date: string, over: Partial<LogEntry>): LogEntry => ({
  id: 0, userId: 'u', caseId: 1, date, attendance: 'partial', hours: 2, arrived: null, left: null, difficulty: 7,
  triggers: [], supports: [], note: null, source: 'chat', createdAt: '', updatedAt: '', ...over,
});
const OWN_TRIGGER = 'PE with Mr Jones';
const OWN_SUPPORT = 'Walking in with Nan';
const entries = [
  entry('2026-12-01', { triggers: [{ id: 'peers', detail: null }, { id: 'physical', detail: null }], supports: [{ id: 'trusted-adult', detail: null, helped: true }] }),
  entry('2026-12-02', { triggers: [{ id: 'peers', detail: null }, { id: 'other', detail: OWN_TRIGGER }], supports: [{ id: 'other', detail: OWN_SUPPORT, helped: false }] }),
];
const log: ChildLog = { caseId: 1, nickname: 'Pip', name: 'Pip', range: { from: '2026-12-01', to: '2026-12-02' }, entries, inRange: entries, summary: summarize(entries), evidence: '', chartPng: null };

const tapped = (kind: 'trigger' | 'support', id: string) => content.render(`daily-log.${kind}.${id}`).toLowerCase();
const DATA_NAMES = /\bpeers\b|physical complaints/;

function expectParentsWords(text: string): void {
  expect(text).not.toMatch(DATA_NAMES);
  expect(text).toContain(tapped('trigger', 'peers'));
  expect(text).toContain(OWN_TRIGGER);
}

describe('the log in words uses what the parent tapped, and their own words as typed', () => {
  it('the packet: the summary facts and the day rows', () => {
    expectParentsWords(summaryFacts(content, log).join('\n'));
    const rows = dayRows(content, log, { from: '2026-12-01', to: '2026-12-02' });
    const harder = rows.map((r) => r.harder).join('\n');
    expectParentsWords(harder);
    expect(harder).toContain(tapped('trigger', 'physical'));
    expect(rows.map((r) => r.tried).join('\n')).toContain(tapped('support', 'trusted-adult'));
    expect(rows.map((r) => r.tried).join('\n')).toContain(OWN_SUPPORT);
  });

  it('a letter: the log evidence line', () => {
    const a = makeTestApp();
    try {
      a.store.ensureUser('u', '2026-12-03T08:00:00Z');
      const c = a.store.openCase('u', 'Pip', '2026-12-03T08:00:00Z');
      for (const e of entries) a.store.logs.putEntry('u', { caseId: c.id, date: e.date, attendance: e.attendance, hours: e.hours, triggers: e.triggers, supports: e.supports }, '2026-12-03T08:00:00Z');
      expectParentsWords(logEvidence(a.store, a.content, 'u', c.id, 'Pip') ?? '');
    } finally {
      a.cleanup();
    }
  });

  it('the chat: a logged day and the summary', () => {
    expectParentsWords(describeEntry(content, entries[1] as LogEntry) + describeEntry(content, entries[0] as LogEntry));
    expect(describeEntry(content, entries[1] as LogEntry)).toContain(OWN_SUPPORT);
    expectParentsWords(describeSummary(content, log.summary, 'Pip'));
  });
});
