/**
 * The fifth walk: a father said "I've sent it" after his letter, and again a few minutes later
 * (unsure it had been taken). The notes then held two "Request sent" lines, and two follow-ups
 * waited: one for the letter and one for "your written request", two reminders for one letter.
 * A second "sent" the same day, with no new letter and no words of what was sent, is the same
 * request: said so, nothing doubled.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { cmd, keysOf, pick, tellTriage, type CaseApp } from './support.js';

const app = caseAppsAfterEach();

async function draftAndSend(a: CaseApp): Promise<void> {
  await tellTriage(a, { nickname: 'Osian', request: 'A later start at 10', statement: 'We need more data before we change anything for Osian.', who: 'Mrs Watkins' });
  for (let i = 0; i < 4; i++) await a.send(pick('not-said'));
  await a.send(pick('sent'));
}

describe('"I\'ve sent it" twice', () => {
  it('the second, the same day, says it is noted already: one note, one follow-up', async () => {
    const a = app();
    await draftAndSend(a);
    const r = await a.send("I've sent it");
    expect(keysOf(r)[0]).toBe('case-file.sent.already');
    expect(a.store.listNotes('parent-a').filter((n) => n.kind === 'request_sent')).toHaveLength(1);
    expect(a.store.requests.listFollowups('parent-a', { status: 'open' })).toHaveLength(1);
  });

  it('with words of what was sent, it is another request', async () => {
    const a = app();
    await draftAndSend(a);
    const r = await a.send(cmd('sent', 'the GP letter to the SENCO'));
    expect(keysOf(r)[0]).toBe('case-file.sent.recorded');
    expect(a.store.requests.listFollowups('parent-a', { status: 'open' })).toHaveLength(2);
  });
});
