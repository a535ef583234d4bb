/**
 * review9, 3: "I emailed the request to the head on Monday", typed at triage's "what did you ask
 * for?", was read as "I've sent it": the answer lost and a follow-up set for a letter never
 * drafted. "I've sent it" is read only where there is a drafted letter not yet sent, and never
 * in place of the answer to a question that waits for typed words.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { cmd, keysOf, pick, question, tellTriage, type CaseApp } from './support.js';

const app = caseAppsAfterEach();

const TYPED = 'I emailed the request to the head on Monday';

async function toAskRequest(a: CaseApp, nickname: string): Promise<void> {
  await a.send(cmd('resume'));
  await a.send(pick('new-no'));
  const r = await a.send(nickname);
  if (question(r).key === 'triage.ask-which-child') await a.send(nickname);
}

async function draft(a: CaseApp): Promise<void> {
  await tellTriage(a, { nickname: 'Osian', request: 'A later start at 10', statement: 'We need more data before we change anything for Osian.', who: 'Mrs Watkins' });
  for (let i = 0; i < 4; i++) await a.send(pick('not-said'));
}

describe('"I\'ve sent it" only where a letter waits to be sent', () => {
  it('at "what did you ask for?" with no letter drafted: the answer, not a follow-up', async () => {
    const a = app();
    await toAskRequest(a, 'Bean');
    const keys = keysOf(await a.send(TYPED));
    expect(keys).not.toContain('case-file.sent.recorded');
    expect(keys.at(-1)).toMatch(/^triage\./);
    expect(a.store.requests.listFollowups('parent-a', { status: 'open' })).toEqual([]);
  });

  it('at "what did you ask for?" with a letter drafted and unsent: still the answer', async () => {
    const a = app();
    await draft(a);
    await a.send(pick('new-no'));
    const r = await a.send('Osian');
    if (question(r).key === 'triage.ask-which-child') await a.send('Osian');
    const keys = keysOf(await a.send(TYPED));
    expect(keys).not.toContain('case-file.sent.recorded');
    expect(keys.at(-1)).toMatch(/^triage\./);
  });

  it('at the plain menu with no letter ever drafted: not read as sent', async () => {
    const a = app();
    await a.send(cmd('resume'));
    expect(keysOf(await a.send("I've sent it"))).not.toContain('case-file.sent.recorded');
  });

  it.each([["I've sent it"], ["it's sent"], ['I have sent the letter.']])('%j straight after a draft, at the menu: recorded', async (typed) => {
    const a = app();
    await draft(a);
    expect(keysOf(await a.send(typed))).toEqual(['case-file.sent.recorded', 'home.menu']);
  });

  it('at a question with buttons (did they go in today?), after a draft: recorded, then that question', async () => {
    const a = app();
    await draft(a);
    await a.send(pick('log'));
    const keys = keysOf(await a.send("I've sent it"));
    expect(keys[0]).toBe('case-file.sent.recorded');
    expect(keys.at(-1)).toBe('daily-log.ask-attendance.today');
  });

  it('a kept draft not yet sent, later at the menu: recorded', async () => {
    const a = app();
    await draft(a);
    await a.send(cmd('keep'));
    expect(keysOf(await a.send('I sent the letter yesterday'))[0]).toBe('case-file.sent.recorded');
  });

  it('the /sent command works without a draft (a letter the parent wrote themselves)', async () => {
    const a = app();
    await a.send(cmd('resume'));
    expect(keysOf(await a.send(cmd('sent')))[0]).toBe('case-file.sent.recorded');
  });
});
