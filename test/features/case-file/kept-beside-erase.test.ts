/**
 * review20 R3 (the engine's half): words the parent types about a child while that child's case is
 * open, kept beside the question (a return's words, words before a command, a comment on a pick),
 * are kept with that case, and the words triage held with no child (a first message) are moved into
 * the case once the child is chosen. So the child's erase takes them with the child's notes. By the
 * notes' rows and keys.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { cmd, keysOf, pick, question, tellTriage, type CaseApp } from './support.js';

const app = caseAppsAfterEach();

const caseOf = (a: CaseApp, nickname: string) => a.store.listCases('parent-a').find((c) => c.nickname === nickname)?.id;
const naming = (a: CaseApp, words: RegExp) => a.store.listNotes('parent-a').filter((n) => words.test(n.text)).map((n) => [n.caseId, n.kind, n.topic]);

describe('words kept beside a question go with the child (review20 R3)', () => {
  it('a return\'s words at Bo\'s question are kept in Bo\'s case, and go with his erase', async () => {
    const a = app();
    await a.send(cmd('resume'));
    await a.send(pick('new-no'));
    expect(question(await a.send('Bo')).key).toBe('triage.ask-request');
    const r = await a.send('hi, back again. sorry ive been away, Bo had his tonsils out and has been off school all week');
    expect(keysOf(r)).toContain('engine.returned-kept');
    expect(naming(a, /tonsils/)).toEqual([[caseOf(a, 'Bo'), 'parent_words', 'engine.returned']]);
    expect(question(await a.send("delete Bo's data")).key).toBe('case-file.forget-child.confirm-only');
    expect(keysOf(await a.send(pick('yes')))).toContain('case-file.forget-child.done-only');
    expect(a.store.listCases('parent-a')).toEqual([]);
    expect(naming(a, /tonsils/)).toEqual([]);
  });

  it('the first message triage held with no child is moved into the child\'s case when the child is chosen, and goes with the erase', async () => {
    const a = app();
    for (const nickname of ['Rosie', 'Alfie']) {
      await tellTriage(a, { nickname, request: 'A later start at 10', statement: `We need more evidence before we change anything for ${nickname}.`, who: 'Mr Hill' });
      await a.send(cmd('restart'));
    }
    const typed = 'The head said Alfie cannot have the quiet room any more, he has been seeing the GP about his panic attacks';
    expect(question(await a.send(typed)).key).toBe('triage.ask-which-child');
    expect(naming(a, /panic attacks/)).toEqual([[null, 'parent_words', 'triage.first-message']]);
    const children = question(await a.send(pick('child:1')));
    expect(children.key).toBe('triage.ask-request');
    expect(naming(a, /panic attacks/)).toEqual([[caseOf(a, 'Alfie'), 'parent_words', 'triage.first-message']]);
    await a.send(cmd('restart'));
    await a.send("delete Alfie's data");
    expect(keysOf(await a.send(pick('yes')))).toContain('case-file.forget-child.done');
    expect(naming(a, /panic attacks/)).toEqual([]);
    expect(a.store.listCases('parent-a').map((c) => c.nickname)).toEqual(['Rosie']);
  });

  it('the held first message still becomes the statement once, not twice, when triage goes on', async () => {
    const a = app();
    await a.send(cmd('resume'));
    const typed = 'The head said no to a later start because it would not be fair on the others';
    await a.send(typed);
    await a.send('Bo');
    await a.send('A later start');
    await a.send('the head');
    await a.send(pick('today'));
    await a.send(pick('yes'));
    expect(naming(a, /not be fair/)).toEqual([[caseOf(a, 'Bo'), 'statement', 'triage.statement']]);
  });
});
