/**
 * The twelfth walk (W12-7): Reuben's school agreed a 9.30 start for two weeks, kept with a review
 * date, and the parent logged the trial days as part days. The packet said "about 88% of school
 * time" and the letter's log line "about 88% of a school day", with nothing saying the shorter
 * day was agreed: at the review, a trial kept in full read as missed school. Days logged inside an
 * agreed trial (a review date in the notes, from the day it was noted to the review) are said to
 * be so, in the packet's summary and in a letter's log line; a shorter day is said to be counted
 * against a full school day, never given hours the parent did not give. Keys here; words in content.
 */
import { describe, expect, it } from 'vitest';
import { REVIEW_TOPIC } from '../../../flows/advice/review-states.js';
import { summaryFacts } from '../../../src/features/case-file/packet-daily-log.js';
import type { ChildLog } from '../../../src/features/case-file/evidence.js';
import { logEvidence } from '../../../src/features/case-file/log-evidence.js';
import { summarize } from '../../../src/features/daily-log/summary.js';
import { makeTestApp } from '../../support/builders.js';

const AT = '2026-11-25T18:00:00Z';
const DAYS = ['2026-11-03', '2026-11-04', '2026-11-09', '2026-11-10', '2026-11-11', '2026-11-24'];

function setUp(words: string, saidOn?: string) {
  const a = makeTestApp();
  a.store.ensureUser('u', AT);
  const c = a.store.openCase('u', 'Reuben', AT);
  a.store.addNote({ userId: 'u', caseId: c.id, kind: 'next_step', topic: REVIEW_TOPIC, text: words, due: '2026-11-23', at: '2026-11-05T13:00:00Z', day: '2026-11-05', ...(saidOn ? { saidOn } : {}) });
  for (const date of DAYS) a.store.logs.putEntry('u', { caseId: c.id, date, attendance: date >= '2026-11-09' ? 'partial' : 'absent', hours: date >= '2026-11-09' ? 5 : null, triggers: [], supports: [] }, AT);
  const entries = a.store.logs.listEntries('u', { caseId: c.id });
  const log: ChildLog = { caseId: c.id, nickname: 'Reuben', name: 'Reuben', range: { from: '2026-11-03', to: '2026-11-24' }, entries, inRange: entries, summary: summarize(entries), evidence: '', chartPng: null };
  return { a, c, log, notes: a.store.listNotes('u') };
}

const TRIAL = 'She said they will try him on a 9.30 start from Monday for two weeks';

describe('days logged inside a trial agreed with the school (W12-7)', () => {
  it('the packet says how many fell in it, and that a shorter day was agreed', () => {
    const { a, log, notes } = setUp(TRIAL);
    try {
      const facts = summaryFacts(a.content, log, notes);
      const vars = { from: '5 November 2026', to: '23 November 2026', count: '3' };
      expect(facts).toContain(`${a.content.render('case-file.packet.log.trial-shorter', vars)} ${a.content.render('case-file.packet.log.trial-words', { words: TRIAL })}`);
    } finally {
      a.cleanup();
    }
  });

  it("a letter's log line says it too, with no date when the school's day is not known (review10 4)", () => {
    const { a, c } = setUp(TRIAL);
    try {
      const said = logEvidence(a.store, a.content, 'u', c.id, 'Reuben') ?? '';
      const vars = { to: '23 November 2026', count: '3' };
      expect(said).toContain(`${a.content.render('case-file.log-evidence.trial-shorter-undated', vars)} ${a.content.render('case-file.log-evidence.trial-words', { words: TRIAL })}`);
      // The day the parent told us is not the day the school agreed it.
      expect(said).not.toContain('5 November 2026');
    } finally {
      a.cleanup();
    }
  });

  it("the letter dates the trial by the day the school said it, when the note knows it (review10 4)", () => {
    const { a, c } = setUp(TRIAL, '2026-11-04');
    try {
      const said = logEvidence(a.store, a.content, 'u', c.id, 'Reuben') ?? '';
      expect(said).toContain(a.content.render('case-file.log-evidence.trial-shorter', { from: '4 November 2026', to: '23 November 2026', count: '3' }));
    } finally {
      a.cleanup();
    }
  });

  it("only the agreed part is quoted, never the parent's sentence round it (review10 4)", () => {
    const private_ = "Since his dad went to prison he isn't sleeping, so the head said they'll try a 9.30 start for two weeks and review it.";
    const agreed = "the head said they'll try a 9.30 start for two weeks and review it";
    const { a, c, log, notes } = setUp(private_);
    try {
      const said = logEvidence(a.store, a.content, 'u', c.id, 'Reuben') ?? '';
      const facts = summaryFacts(a.content, log, notes).join('\n');
      for (const out of [said, facts]) {
        expect(out).toContain(agreed);
        expect(out).not.toContain('prison');
        expect(out).not.toContain('sleeping');
      }
    } finally {
      a.cleanup();
    }
  });

  it('a trial that is not a shorter day is named without saying one was agreed', () => {
    const { a, c, log, notes } = setUp('They will try a quiet space to arrive in, and look again in two weeks');
    try {
      const vars = { from: '5 November 2026', to: '23 November 2026', count: '3' };
      const facts = summaryFacts(a.content, log, notes).join('\n');
      expect(facts).toContain(a.content.render('case-file.packet.log.trial', vars));
      expect(facts).not.toContain(a.content.render('case-file.packet.log.trial-shorter', vars));
      expect(logEvidence(a.store, a.content, 'u', c.id, 'Reuben')).toContain(a.content.render('case-file.log-evidence.trial-undated', vars));
    } finally {
      a.cleanup();
    }
  });

  it('no line when no day logged falls in the trial, nor for another child', () => {
    const { a, log, notes } = setUp(TRIAL);
    try {
      const before = { ...log, inRange: log.inRange.filter((e) => e.date < '2026-11-05') };
      expect(summaryFacts(a.content, { ...before, summary: summarize(before.inRange) }, notes).join('\n')).not.toContain(TRIAL);
      expect(summaryFacts(a.content, { ...log, caseId: log.caseId + 1 }, notes).join('\n')).not.toContain(TRIAL);
    } finally {
      a.cleanup();
    }
  });
});

describe('which trials read as a shorter day', () => {
  it('a later start, a sign-out time, periods 1-3; not a quiet space', async () => {
    const { agreedTrials } = await import('../../../src/features/case-file/agreed-trial.js');
    const a = makeTestApp();
    try {
      const note = (text: string) => ({ id: 1, nickname: null, userId: 'u', caseId: 1, kind: 'next_step' as const, topic: REVIEW_TOPIC, text, due: '2026-11-23', at: AT, day: '2026-11-05' });
      const shorter = (text: string) => agreedTrials(a.content, [note(text)], 1)[0]?.shorterDay;
      expect(shorter("She said they'll try him on a 9.30 start from Monday for two weeks")).toBe(true);
      expect(shorter('Mr Delgado says he can sign out at 12:15 daily starting Tuesday 1/19')).toBe(true);
      expect(shorter("He'll do periods 1-3 for a fortnight")).toBe(true);
      expect(shorter('mornings only for a few weeks')).toBe(true);
      expect(shorter('They will try a quiet space to arrive in')).toBe(false);
      // Kept in the bot's own words: counted, never quoted as the parent's.
      expect(agreedTrials(a.content, [note('review.note')], 1)[0]?.words).toBe('');
    } finally {
      a.cleanup();
    }
  });
});
