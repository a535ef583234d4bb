/**
 * T-L5 through the engine with the real classifier: the walk's own words at "Which sounds
 * closest?" no longer meet "pick one of the options"; a typed label, its number and "not sure"
 * still work.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';
import { throughTriage } from '../../core/through-triage.js';

let app: TestApp;
afterEach(() => app?.cleanup());

// Mixed, so the real classifier is unsure (test/classify/confident-triage.test.ts).
const SCHOOL = "We don't have the staff for that, and anyway it would set a precedent.";
const TYPED = 'they didnt really give a reason just said it wasnt possible';

async function atWhichKind() {
  app?.cleanup();
  app = makeTestApp();
  const r = await throughTriage(app, SCHOOL);
  expect(lastQuestion(r).key).toBe('triage.ask-which-kind');
  return r;
}

describe('engine: words typed at "which sounds closest?"', () => {
  it('keeps the walk\'s words as the parent\'s and asks the same buttons again', async () => {
    const before = lastQuestion(await atWhichKind());
    const r = await app.send(TYPED);
    expect(keys(r)).not.toContain('engine.pick-one');
    expect(keys(r)).toContain('triage.which-kind.kept');
    expect(lastQuestion(r).key).toBe('triage.ask-which-kind');
    expect(lastQuestion(r).choices.map((c) => c.id)).toEqual(before.choices.map((c) => c.id));
    const notes = app.store.listNotes('parent-a');
    expect(notes.filter((n) => n.text === TYPED).map((n) => n.kind)).toEqual(['parent_words']);
    expect(notes.some((n) => n.kind === 'statement')).toBe(false);
  });

  it('a typed label or its number still picks it; "not sure" is asked again kindly', async () => {
    let r = await atWhichKind();
    r = await app.send('not sure');
    expect(keys(r)).toContain('triage.which-kind.again');
    expect(lastQuestion(r).key).toBe('triage.ask-which-kind');
    r = await app.send('3');
    expect(keys(r)).toContain('triage.saved');
    expect(app.store.listNotes('parent-a').find((n) => n.kind === 'statement')).toMatchObject({ text: SCHOOL, category: 'other' });

    r = await atWhichKind();
    r = await app.send('something else');
    expect(keys(r)).toContain('triage.saved');
  });
});
