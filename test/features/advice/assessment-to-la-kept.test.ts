/**
 * The lead's walk (console, England, no plan, "they can't do that without evidence from CAMHS
 * first", "They won't assess"), through the engine: the request is addressed at the local
 * authority, the name typed for it is kept for the next local-authority letter (not asked again),
 * and a letter to the school drafted from the notes still greets the school's person.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';
import { caseFacts, letterVarsFromNotes } from '../../../src/features/case-file/letter-from-notes.js';
import { letterOf, notes, profile, signAs, situation, triage } from './situation-steps.js';

let app: TestApp;
afterEach(() => app?.cleanup());

async function toRecipient(a: TestApp, first: boolean) {
  let r = first
    ? await triage(a, { statement: "They can't do that without evidence from CAMHS first", who: 'Mrs Patel', when: { choice: 'today' } })
    : await triage(a, { statement: "We won't be putting in a request for assessment", who: 'Mrs Patel', when: { choice: 'today' } });
  if (first) r = await profile(a, r, 'england', 'none', 'he');
  r = await situation(a, r, 'no-assessment');
  expect(lastQuestion(r).key).toBe('no-assessment.ask-concerns');
  r = await a.send('he freezes at the gate every morning and has missed 20 days since September');
  return a.send(choice('not-yet'));
}

describe('the assessment request in England, through the engine', () => {
  it('asks who at the local authority, keeps the name for the next request, and leaves the school letters to the school', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    let r = await toRecipient(app, true);
    expect(lastQuestion(r).key).toBe('facts.ask-la-recipient');
    r = await signAs(app, await app.send('Miss Hughes'));
    expect(letterOf(r).body).toMatch(/^Dear Miss Hughes,$/m);
    expect(keys(r)).toContain('no-assessment.next-steps.local-authority');
    expect(notes(app).filter((n) => n.topic === 'facts.la-recipient').map((n) => n.text)).toEqual(['Miss Hughes']);
    expect(notes(app).filter((n) => n.topic === 'facts.recipient').map((n) => n.text)).not.toContain('Miss Hughes');

    // A letter to the school, from the notes: the school's person.
    const facts = caseFacts(app.store, 'parent-a');
    expect(letterVarsFromNotes(app.store, app.content, 'data-request', facts, app.clock.now()).who).toBe('Mrs Patel');

    // Weeks later, a second request: the name kept is used, not asked for again.
    app.clock.advance(21 * 24 * 3600_000);
    r = await toRecipient(app, false);
    expect(keys(r)).not.toContain('facts.ask-la-recipient');
    r = await signAs(app, r);
    expect(letterOf(r).body).toMatch(/^Dear Miss Hughes,$/m);
  });

  it('a letter from the notes answering a no the local authority said greets the name given there; a no the school said, never', () => {
    app = makeTestApp();
    app.store.ensureUser('parent-a', '2026-11-20T09:00:00.000Z');
    const caseId = app.store.openCase('parent-a', 'Alfie', '2026-11-20T09:00:00.000Z').id;
    const add = (topic: string, kind: 'statement' | 'answer', text: string, who?: string) =>
      app.store.addNote({ userId: 'parent-a', caseId, kind, topic, text, ...(who ? { who, category: 'data' as const } : {}), at: '2026-11-20T09:00:00.000Z', day: '2026-11-20' });
    const greeted = () => letterVarsFromNotes(app.store, app.content, 'restate-nos', caseFacts(app.store, 'parent-a'), app.clock.now()).who;
    add('facts.la-recipient', 'answer', 'Miss Hughes');
    add('triage.statement', 'statement', 'The panel has decided he does not meet the threshold.', 'District or local authority');
    expect(greeted()).toBe('Miss Hughes');
    add('triage.statement', 'statement', 'We need more data first.', 'the council');
    expect(greeted()).toBe('Miss Hughes');
    add('triage.statement', 'statement', 'We need more data first.', 'the head');
    expect(greeted()).not.toBe('Miss Hughes');
  });
});
