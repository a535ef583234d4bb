/**
 * The daily log's summary in words, in the packet and in chat, as the walkthrough of 6 December
 * 2026 read them: one day is "1 day", and a support the parent was not sure about is not
 * counted against it.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/catalog.js';
import { summaryFacts } from '../../../src/features/case-file/packet-daily-log.js';
import type { ChildLog } from '../../../src/features/case-file/evidence.js';
import { describeSummary } from '../../../src/features/daily-log/describe.js';
import type { LogEntry } from '../../../src/features/daily-log/model.js';
import { summarize } from '../../../src/features/daily-log/summary.js';

const content = loadContent();
const entry = (date: string, over: Partial<LogEntry>): LogEntry => ({
  id: 0, userId: 'u', caseId: 1, date, attendance: 'partial', hours: 2, arrived: null, left: null, difficulty: 7,
  triggers: [], supports: [], note: null, source: 'chat', createdAt: '', updatedAt: '', ...over,
});
const entries = [
  entry('2026-12-01', { triggers: [{ id: 'sensory', detail: null }], supports: [{ id: 'quiet-space', detail: null, helped: null }] }),
  entry('2026-12-02', { triggers: [{ id: 'sensory', detail: null }, { id: 'morning-transition', detail: null }], supports: [{ id: 'later-start', detail: null, helped: true }] }),
];
const summary = summarize(entries);
const log: ChildLog = { caseId: 1, nickname: 'Pip', name: 'Pip', range: { from: '2026-12-01', to: '2026-12-02' }, entries, inRange: entries, summary, evidence: '', chartPng: null };

describe('the log summary in words', () => {
  it('the packet says "1 day", never "1 days"', () => {
    const facts = summaryFacts(content, log).join('\n');
    expect(facts).not.toMatch(/\b1 days\b/);
    expect(facts).toMatch(/morning transition \(1 day\)/);
    expect(facts).toMatch(/sensory things \(2 days\)/); // the words tapped (log-words.test.ts)
    expect(facts).toMatch(/later start \(1 day, helped on 1\)/);
  });

  it('the packet counts a support the parent was not sure about as not sure, not as "helped on 0"', () => {
    const facts = summaryFacts(content, log).join('\n');
    expect(facts).not.toMatch(/quiet space \(1 day, helped on 0\)/);
    expect(facts).toContain(content.render('case-file.packet.log.support-one-day-unsure', { name: content.render('daily-log.support.quiet-space').toLowerCase() }));
  });

  it('in chat, a support the parent was not sure about is counted as not sure, not as "helped 0 of 1"', () => {
    const text = describeSummary(content, summary, 'Pip');
    expect(text).not.toMatch(/quiet space to arrive in \(helped 0 of 1\)/);
    expect(text).toMatch(/quiet space to arrive in \(not sure yet whether it helped\)/);
    expect(text).toMatch(/later start \(helped 1 of 1\)/);
  });
});
