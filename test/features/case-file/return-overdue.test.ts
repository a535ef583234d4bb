/**
 * Back after weeks with a letter's reply overdue (fifteenth walk, W15-13): the return says so, with
 * the way to a follow-up letter, before the question waiting; nothing overdue, nothing said. By keys.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { cmd, keysOf, sendLetterFor } from './support.js';

const app = caseAppsAfterEach();
const DAY = 864e5;

describe('the return after weeks, a reply overdue (W15-13)', () => {
  it('says the overdue reply before "welcome back" and the question', async () => {
    const a = app();
    await sendLetterFor(a, 'Bo');
    a.clock.advance(35 * DAY);
    const r = keysOf(await a.send(cmd('resume')));
    expect(r).toContain('notes.due.on-return');
    // review19 R12: before "welcome back" itself, not merely before the last reply.
    expect(r).toContain('engine.welcome-back');
    expect(r.indexOf('notes.due.on-return')).toBeLessThan(r.indexOf('engine.welcome-back'));
  });

  it('back the next day, nothing overdue: nothing said of it', async () => {
    const a = app();
    await sendLetterFor(a, 'Bo');
    a.clock.advance(DAY);
    expect(keysOf(await a.send(cmd('resume')))).not.toContain('notes.due.on-return');
  });
});
