/**
 * review10, 3: "I've sent it" was read only for the child talked about last. With Rosie's letter
 * kept and unsent, a new "no" for Alfie, then `restart`, "I've sent it" got the "not understood"
 * nudge and no follow-up. With one unsent kept letter in the family it is that letter's, and the
 * parent is told whose; with several, they are asked which child; never read at a question that
 * waits for typed words.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { cmd, keysOf, pick, question, tellTriage, type CaseApp } from './support.js';

const app = caseAppsAfterEach();

/** A letter drafted for `nickname` and kept, not sent. */
async function keptLetter(a: CaseApp, nickname: string): Promise<void> {
  await tellTriage(a, { nickname, request: 'A later start at 10', statement: `We need more evidence before we change anything for ${nickname}.`, who: 'Mr Hill' });
  for (let i = 0; i < 4; i++) await a.send(pick('not-said'));
  await a.send(pick('keep'));
}

const caseOf = (a: CaseApp, nickname: string) => a.store.listCases('parent-a').find((c) => c.nickname === nickname)?.id;
const followupCases = (a: CaseApp) => a.store.requests.listFollowups('parent-a', { status: 'open' }).map((f) => f.caseId);

describe('"I\'ve sent it" for a brother\'s or sister\'s letter (review10 3)', () => {
  it("the family's only unsent letter, another child talked about: recorded for that child, said whose", async () => {
    const a = app();
    await keptLetter(a, 'Rosie');
    await tellTriage(a, { nickname: 'Alfie', request: 'The library at lunchtime', statement: 'We cannot staff the library.', who: 'Mrs Jones' });
    await a.send(cmd('restart'));
    const r = await a.send("I've sent it");
    expect(keysOf(r).slice(0, 2)).toEqual(['case-file.sent.whose', 'case-file.sent.recorded']);
    expect(r[0]).toMatchObject({ key: 'case-file.sent.whose', text: a.content.render('case-file.sent.whose', { nickname: 'Rosie' }) });
    expect(followupCases(a)).toEqual([caseOf(a, 'Rosie')]);
  });

  it('several children with unsent letters: asked which, then recorded for the one chosen', async () => {
    const a = app();
    await keptLetter(a, 'Rosie');
    await keptLetter(a, 'Alfie');
    await tellTriage(a, { nickname: 'Bea', request: 'A quiet room', statement: 'We have no room free.', who: 'Mrs Jones' });
    await a.send(cmd('restart'));
    const q = question(await a.send("I've sent it"));
    expect(q.key).toBe('which-child.ask');
    const labels = (q.choices ?? []).map((c) => c.label);
    expect(labels).toEqual(['Rosie', 'Alfie']);
    const keys = keysOf(await a.send(pick('child:1')));
    expect(keys).toContain('case-file.sent.recorded');
    expect(followupCases(a)).toEqual([caseOf(a, 'Alfie')]);
  });

  it("at a question that waits for typed words, a sibling's unsent letter: still the answer", async () => {
    const a = app();
    await keptLetter(a, 'Rosie');
    await a.send(cmd('resume'));
    await a.send(pick('new-no'));
    const r = await a.send('Alfie');
    if (question(r).key === 'triage.ask-which-child') await a.send('Alfie');
    const keys = keysOf(await a.send('I emailed the request to the head on Monday'));
    expect(keys).not.toContain('case-file.sent.recorded');
    expect(keys.at(-1)).toMatch(/^triage\./);
    expect(followupCases(a)).toEqual([]);
  });
});
