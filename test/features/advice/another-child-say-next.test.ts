/**
 * fix1's "Not done": an account ending "what do I say now?", "Another child" picked at "Which
 * child is this about?", then the new child named: the parent's request is carried through.
 * Once the new child's case exists, "what do I say next?" goes on with the words they gave, as it
 * would have for the child on file; triage does not start its own questions. By keys and state.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { keysOf, pick, question, sendLetterFor, type CaseApp } from '../case-file/support.js';

const app = caseAppsAfterEach();
const ACCOUNT = 'Mrs Patel phoned about Mia: no later start for her this term, she says they have no staff for it. what do i say to them now';
const caseOf = (a: CaseApp, nickname: string) => a.store.listCases('parent-a').find((c) => c.nickname === nickname)?.id;

describe('"Another child" at the closing "what do I say now?" (fix1, not done)', () => {
  it('once the new child is named, say-next goes on with the words given, for that child', async () => {
    const a = app();
    await sendLetterFor(a, 'Sasha');
    await a.send(ACCOUNT);
    expect(question(await a.send(pick('new-child'))).key).toBe('triage.ask-nickname');
    const m = await a.send('Mia');
    expect(keysOf(m)).not.toContain('triage.ask-request');
    expect(a.store.getSession('parent-a')?.flowId).toBe('say-next');
    expect(a.store.getSession('parent-a')?.caseId).toBe(caseOf(a, 'Mia'));

    // The same question say-next asks for the child on file, with the same words.
    const b = app();
    await sendLetterFor(b, 'Sasha');
    await b.send(ACCOUNT);
    const onFile = await b.send(pick('child:0'));
    expect(question(m).key).toBe(question(onFile).key);
  });

  it('what say-next keeps is filed under the new child, never the one on file', async () => {
    const a = app();
    await sendLetterFor(a, 'Sasha');
    await a.send(ACCOUNT);
    await a.send(pick('new-child'));
    await a.send('Mia');
    const sasha = caseOf(a, 'Sasha');
    const mia = caseOf(a, 'Mia');
    const kept = a.store.listNotes('parent-a').filter((n) => n.text.includes('Mrs Patel'));
    expect(kept.filter((n) => n.caseId === sasha)).toEqual([]);
    // And they are filed: what the school said, under Mia (review12: the test checked only the absence).
    expect(mia).toBeDefined();
    expect(kept.filter((n) => n.caseId === mia).map((n) => n.kind)).toEqual(['statement']);
  });

  it('a new "no" started at the menu still gets triage\'s own questions after the name', async () => {
    const a = app();
    await sendLetterFor(a, 'Sasha');
    await a.send(pick('new-no'));
    await a.send(pick('new-child'));
    expect(question(await a.send('Mia')).key).toBe('triage.ask-request');
  });
});
