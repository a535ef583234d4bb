/**
 * The lead's look at a packet made on 7 December: a letter sent on 2 November with no reply read
 * "a follow-up is due on 16 November 2026", three weeks after that day. Past its day, it "was due".
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/catalog.js';
import { openRequestLine } from '../../../src/features/case-file/evidence.js';
import type { FollowupRow } from '../../../src/features/case-file/requests-port.js';

const content = loadContent();
const f = { about: 'the letter "Agreed support"', sentOn: '2026-11-02', dueOn: '2026-11-16', schoolDays: 10 } as FollowupRow;

describe('a letter waiting for a reply, in the packet', () => {
  it('past its follow-up day: "was due"', () => {
    expect(openRequestLine(content, f, false, '2026-12-07')).toBe(content.render('case-file.packet.open-request-line.overdue', { about: f.about, sent_on: '2 November 2026', due_on: '16 November 2026', days: '10' }));
    expect(openRequestLine(content, f, false, '2026-12-07')).toContain('was due');
  });
  it('before it, or on the day: "is due"', () => {
    expect(openRequestLine(content, f, false, '2026-11-10')).toContain('is due');
    expect(openRequestLine(content, f, false, '2026-11-16')).toContain('is due');
  });
});
