/**
 * Words for the thirteenth walk's mends (W13-4, W13-7, W13-11): a partial yes, a question about
 * signing, a meeting before a reply's day, predetermination after the meeting. The flows are
 * tested by state ids and content keys beside them.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';

const content = loadContent();
const KIND_LETTERS = ['data-request', 'resources-request', 'precedent-request', 'need-request', 'decision-in-writing'];

describe('W13-4: a partial yes', () => {
  it('no kind of no letter asks as if the whole answer were still no', () => {
    for (const id of KIND_LETTERS) {
      for (const vars of [{ offered: 'a later start at 9:40 on three days', nickname: 'Marisol' }, { nickname: 'Marisol' }]) {
        expect(content.renderLetter(id, vars).body, id).not.toMatch(/answer is still no/i);
      }
    }
  });

  it('the agreed part is said to stand, and the replies are about the no', () => {
    const said = content.render('partial-yes.agreed', { agreed: 'a later start but only 9:40' });
    expect(said).toContain('"a later start but only 9:40"');
    expect(said).toMatch(/stands/);
    expect(said).toMatch(/said no to/);
  });

  it('signing: information to check, no advice on whether to sign, and where to get help', () => {
    const said = content.render('partial-yes.signing');
    expect(said).toMatch(/your decision/);
    expect(said).toMatch(/can't advise/);
    expect(said).toMatch(/match what was agreed/);
    expect(said).toMatch(/what they said no to/);
    expect(said).toMatch(/keep a copy/);
    expect(said).toMatch(/advocate or an advice service/);
    // No legal statement: nothing about rights, law or deadlines.
    expect(said).not.toMatch(/\b(?:law|legal|right to|must|entitled|days to)\b/i);
  });
});

describe('W13-7: a meeting before the reply\'s day', () => {
  it('names the meeting and the reminder\'s day', () => {
    const said = content.render('case-file.sent.meeting-first', { date: 'Thu 14 Jan 2027', due_on: 'Mon 18 Jan 2027' });
    expect(said).toContain('Thu 14 Jan 2027');
    expect(said).toContain('Mon 18 Jan 2027');
    expect(said).toMatch(/they replied/);
  });
});

describe('W13-7: the next step, with a meeting first', () => {
  it('names the meeting, then the follow-up day', () => {
    const said = content.render('common.next-step-by-meeting', { meeting: '14 January 2027', date: '18 January 2027' });
    expect(said.indexOf('14 January 2027')).toBeLessThan(said.indexOf('18 January 2027'));
    expect(said).toMatch(/follow up/);
  });
});

describe('W13-11: predetermination after the meeting', () => {
  it('the advice is for after the meeting, not before it', () => {
    const said = content.render('no-predetermination.after-meeting');
    expect(said).toMatch(/has happened/);
    expect(said).toMatch(/in writing/);
    expect(said).not.toMatch(/beforehand|before (?:it|the meeting)/);
  });

  it('the letter names the meeting\'s day and who was there, and leaves both out when not known', () => {
    const named = content.renderLetter('decision-in-writing', { nickname: 'Jayden', meeting_on: '14 January 2027', met_with: 'Mr Okafor and Mrs Fenwick' }).body;
    expect(named).toContain('We met on 14 January 2027.');
    expect(named).toContain('From the school at the meeting: Mr Okafor and Mrs Fenwick.');
    const plain = content.renderLetter('decision-in-writing', { nickname: 'Jayden' }).body;
    expect(plain).not.toMatch(/We met on|at the meeting:/);
  });
});
