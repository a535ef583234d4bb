/**
 * The twelfth walk (W12-4): "they replied: Mr Delgado says he can sign out at 12:15 from Tuesday
 * for three weeks…" typed (longer than a command) began a new "no" and the letter stayed waiting.
 * "they replied:" opens a message of any length: the words after it are the school's answer.
 * W12-5 too: "checkin", as messages tell the parent to type it, reaches the check-in.
 */
import { describe, expect, it } from 'vitest';
import { cleanupsAfterEach } from '../../support/cleanups.js';
import { cmd, keysOf, makeCaseApp, pick, tellTriage } from './support.js';

const cleanups = cleanupsAfterEach();
const USER = 'parent-a';
const REPLY = 'Mr Hill says she can start at 10 from Tuesday for three weeks and they will review it on the 9th';

async function oneLetter() {
  const a = makeCaseApp();
  cleanups.add(() => a.close());
  await tellTriage(a, { nickname: 'Rosie', request: 'A later start at 10', statement: 'We need more evidence before we change anything.', who: 'Mr Hill' });
  for (let i = 0; i < 4; i++) await a.send(pick('not-said'));
  await a.send(pick('sent'));
  await a.send(cmd('restart'));
  return a;
}

describe('"they replied: …" typed, at any length', () => {
  it.each([`they replied: ${REPLY}`, `The school replied - ${REPLY}`, `they've replied:\n\n${REPLY}`])('"%s" keeps the answer and closes the letter', async (typed) => {
    const a = await oneLetter();
    const r = await a.send(typed);
    expect(keysOf(r)).toContain('case-file.replied.saved');
    expect(a.store.requests.listFollowups(USER, { status: 'open' })).toHaveLength(0);
    const replies = a.store.listNotes(USER).filter((n) => n.kind === 'response').map((n) => n.text);
    expect(replies).toEqual([REPLY]);
  });
});

describe('"checkin" typed', () => {
  it('reaches the check-in, not the menu\'s nudge', async () => {
    const a = await oneLetter();
    const r = await a.send('checkin');
    expect(keysOf(r)).not.toContain('home.nudge');
    expect(keysOf(r).some((k) => k.startsWith('checkin.'))).toBe(true);
  });
});
