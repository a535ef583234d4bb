/**
 * Fourteenth walk, W14-9: the assistant principal's email, opening "Ms. Carter,", pasted at "what
 * shall I call your child?" was refused as a member of staff's name ("That sounds like someone at
 * the school…") and not kept: the mother had to paste it again. Long pasted words are kept first
 * (as the school's words when they read as theirs), then the name asked again. Keys and notes.
 */
import { describe, expect, it } from 'vitest';
import { isStaffName } from '../../../flows/advice/school-words.js';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { keysOf, question } from '../case-file/support.js';

const app = caseAppsAfterEach();

const EMAIL = `Ms. Carter,

I understand Tyler has had a difficult few weeks. From what we see at school, Tyler is a capable student who does well once he is here. In our experience, when students struggle to come in, consistent routines and firm expectations at home make the biggest difference. Before we look at any changes to his schedule, we would ask that you complete the district's Positive Parenting course (six sessions, starting February 2). We can revisit after that.

Thanks,
Greg Polanski
Assistant Principal`;

describe('W14-9: an email pasted where the child\'s name is asked', () => {
  it('opening with "Ms. Carter," is not a member of staff\'s name', () => {
    expect(isStaffName(EMAIL)).toBe(false);
    expect(isStaffName('Ms. Carter')).toBe(true);
  });

  it('is kept as what the school said, and the name asked again; it is not asked for later', async () => {
    const a = app();
    let r = await a.send('hi');
    r = await a.send('1');
    expect(question(r).key).toBe('triage.ask-nickname');
    r = await a.send(EMAIL);
    expect(keysOf(r)).not.toContain('triage.nickname.staff');
    expect(keysOf(r)).toContain('triage.nickname.kept-statement');
    expect(question(r).key).toBe('triage.ask-nickname');
    expect(a.store.listNotes('parent-a').filter((n) => n.text.includes('Positive Parenting'))).toHaveLength(1);
    r = await a.send('Ty');
    r = await a.send('a shortened day for 3 weeks');
    expect(keysOf(r)).not.toContain('triage.ask-statement');
  });
});
