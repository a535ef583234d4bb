/**
 * A member of staff named with their title ("Mr Okafor") typed where the child was asked for
 * (triage's "Which child is this about?", the daily log's child and nickname questions) is never
 * made a child: the thirteenth walk's replay opened a case called "Mr Okafor", and every later
 * "Which child?" offered him. Tested by state ids and content keys.
 */
import { describe, expect, it } from 'vitest';
import { isStaffName } from '../../../flows/advice/school-words.js';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { keysOf, pick, question, sendLetterFor } from '../case-file/support.js';

const app = caseAppsAfterEach();

describe('a member of staff is not a child', () => {
  it.each(['Mr Okafor', 'Mrs. Fenwick', 'Dr Kessler', 'ms tran', 'Miss Hughes'])('"%s" reads as staff', (name) => {
    expect(isStaffName(name)).toBe(true);
  });
  it.each(['Mia', 'JJ', 'Mrinal', 'Drew', 'Missy', 'Sasha'])('"%s" is a name a child may have', (name) => {
    expect(isStaffName(name)).toBe(false);
  });

  it('at triage\'s "Which child is this about?", no case is opened for "Mr Okafor"', async () => {
    const a = app();
    await sendLetterFor(a, 'Sasha');
    let r = await a.send('Mr Hill emailed again: no part time timetable because of his attendance, they will look at it next term');
    expect(question(r).key).toBe('triage.ask-which-child');
    const cases = a.store.listCases('parent-a').length;
    r = await a.send('Mr Okafor');
    expect(keysOf(r)).toContain('triage.nickname.staff');
    expect(question(r).key).toBe('triage.ask-which-child');
    expect(a.store.listCases('parent-a').length).toBe(cases);
  });

  it('at the daily log\'s nickname question, "Mrs Fenwick" is not added as a child', async () => {
    const a = app();
    // No child yet: the log asks what to call them.
    let r = await a.send('log today');
    if (question(r).key === 'daily-log.ask-which-child') r = await a.send(pick(question(r).choices.at(-1)?.id ?? ''));
    expect(question(r).key).toBe('daily-log.ask-nickname');
    r = await a.send('Mrs Fenwick');
    expect(keysOf(r)).toContain('daily-log.staff-not-child');
    expect(question(r).key).toBe('daily-log.ask-nickname');
    expect(a.store.listCases('parent-a').map((c) => c.nickname)).not.toContain('Mrs Fenwick');
    r = await a.send('nothing today');
    expect(keysOf(r)).toContain('daily-log.not-a-name');
  });
});
