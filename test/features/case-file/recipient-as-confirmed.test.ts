/**
 * The eleventh walk (W11-11): the school's email was signed "Kate Nguyen"; the first letter asked
 * who it goes to, the father said "Ms Nguyen", and it read "Dear Ms Nguyen"; the follow-up drafted
 * from the notes read "Dear Kate Nguyen": the statement's untitled name beat the recipient the
 * parent had confirmed. One precedence now: the recipient as the parent confirmed it for this
 * statement, else the name in who said it, else a recipient given for an earlier letter.
 */
import { describe, expect, it } from 'vitest';
import { caseFacts, letterVarsFromNotes } from '../../../src/features/case-file/letter-from-notes.js';
import { appsPerTest, type CaseApp } from './support.js';

const app = appsPerTest();

function openCase(a: CaseApp): number {
  a.store.ensureUser('parent-a', '2026-11-20T09:00:00.000Z');
  return a.store.openCase('parent-a', 'Tilly', '2026-11-20T09:00:00.000Z').id;
}
function statement(a: CaseApp, caseId: number, who: string, day: string): void {
  a.store.addNote({ userId: 'parent-a', caseId, kind: 'statement', topic: 'triage.statement', text: 'We would like six more weeks of data before we change anything.', category: 'data', who, saidOn: day, at: `${day}T09:00:00.000Z`, day });
}
function recipient(a: CaseApp, caseId: number, text: string, day: string): void {
  a.store.addNote({ userId: 'parent-a', caseId, kind: 'answer', topic: 'facts.recipient', text, at: `${day}T09:05:00.000Z`, day });
}
function greeted(a: CaseApp, kind: 'follow-up' | 'data-request'): string | undefined {
  return letterVarsFromNotes(a.store, a.content, kind, caseFacts(a.store, 'parent-a'), a.clock.now()).who;
}

describe('who a letter from the notes greets', () => {
  it('the recipient the parent confirmed for the statement, over its untitled name', () => {
    const a = app();
    const caseId = openCase(a);
    statement(a, caseId, 'Kate Nguyen', '2026-11-20');
    recipient(a, caseId, 'Ms Nguyen', '2026-11-20');
    expect(greeted(a, 'follow-up')).toBe('Ms Nguyen');
    expect(greeted(a, 'data-request')).toBe('Ms Nguyen');
  });

  it("a later statement's titled name, over a recipient given for an earlier letter", () => {
    const a = app();
    const caseId = openCase(a);
    statement(a, caseId, 'Kate Nguyen', '2026-11-20');
    recipient(a, caseId, 'Ms Nguyen', '2026-11-20');
    statement(a, caseId, 'Mr Dunn', '2026-11-23');
    expect(greeted(a, 'data-request')).toBe('Mr Dunn');
  });

  it('a recipient noted before who said it was corrected gives way to the corrected name', () => {
    const a = app();
    const caseId = openCase(a);
    statement(a, caseId, 'triage.who.head', '2026-11-20');
    recipient(a, caseId, 'Mr Dunn', '2026-11-20');
    a.store.correctNote('parent-a', a.store.listNotes('parent-a')[0]?.id ?? 0, { who: 'Mrs Khan' });
    a.store.addNote({ userId: 'parent-a', caseId, kind: 'correction', topic: 'case-file.correct.who', text: 'Mr Dunn → Mrs Khan', at: '2026-11-21T09:00:00.000Z', day: '2026-11-21' });
    expect(greeted(a, 'data-request')).toBe('Mrs Khan');
  });

  it('with no recipient confirmed, the name in who said it, as before', () => {
    const a = app();
    const caseId = openCase(a);
    statement(a, caseId, 'Kate Nguyen', '2026-11-20');
    expect(greeted(a, 'follow-up')).toBe('Kate Nguyen');
  });
});
