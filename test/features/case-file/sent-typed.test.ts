/**
 * The fifth walk: "I've sent it" typed (not tapped) straight after a letter was recorded, and
 * then "Keep this draft? … 1. Keep this draft 2. I've sent it" was asked again, as if the parent
 * had not just said so. Once the draft is sent (or kept), the menu that follows is the plain one.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { cmd, keysOf, pick, tellTriage, type CaseApp } from './support.js';

const app = caseAppsAfterEach();

async function draft(a: CaseApp): Promise<string[]> {
  await tellTriage(a, { nickname: 'Osian', request: 'A later start at 10', statement: 'We need more data before we change anything for Osian.', who: 'Mrs Watkins' });
  let keys: string[] = [];
  for (let i = 0; i < 4; i++) keys = keysOf(await a.send(pick('not-said')));
  return keys;
}

describe('after a letter: sent or kept, typed or by command', () => {
  it('the letter ends at "Keep this draft?"', async () => {
    const a = app();
    expect((await draft(a)).at(-1)).toBe('home.menu-after-letter');
  });

  it.each([["I've sent it"], ['I have sent the letter.']])('%j: recorded, then the plain menu, not "Keep this draft?" again', async (typed) => {
    const a = app();
    await draft(a);
    expect(keysOf(await a.send(typed))).toEqual(['case-file.sent.recorded', 'home.menu']);
  });

  it('the keep command: kept, then the plain menu', async () => {
    const a = app();
    await draft(a);
    expect(keysOf(await a.send(cmd('keep')))).toEqual(['case-file.keep.kept', 'home.menu']);
  });

  it('a question elsewhere is still taken up again after "sent"', async () => {
    const a = app();
    await draft(a);
    await a.send(pick('log'));
    const keys = keysOf(await a.send("I've sent it"));
    expect(keys[0]).toBe('case-file.sent.recorded');
    expect(keys.at(-1)).toMatch(/^daily-log\./);
  });
});
