/**
 * A grandparent, aunt or foster carer who is not the child's legal parent (the sixth walk):
 * "Hello. I'm his grandmother, not his mum, but he lives with me most of the week. The school
 * won't talk to me about him because I'm not the parent. Can you still help?" was kept in her
 * notes and went straight to the nickname question: her question was never answered. Now she is
 * told yes, and what often helps when a school will only deal with someone with parental
 * responsibility; the conversation then goes on as before, her words kept.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { carerNotParent } from '../../../flows/advice/school-words.js';
import { command, fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';

describe('carerNotParent', () => {
  it.each([
    "Hello. I'm his grandmother, not his mum, but he lives with me most of the week.",
    'I am Alfie\'s nan and I look after him',
    "We're her foster carers and the school said no",
    "I'm not the parent, I'm his aunt",
    'im her grandad, can you help',
    "I'm his special guardian",
  ])('hears a carer: %s', (text) => {
    expect(carerNotParent(text)).toBe(true);
  });

  it.each([
    'The school said no to his grandmother picking him up at lunch',
    "I'm his mum and the school said no",
    'My mother looks after him on Fridays',
    'They said a parent has to sign it',
  ])('not a carer: %s', (text) => {
    expect(carerNotParent(text)).toBe(false);
  });
});

let app: TestApp;
afterEach(() => app?.cleanup());

describe('a carer at first contact', () => {
  it('is told yes, with what helps, then asked the nickname; her words kept', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await app.send(command('resume'));
    const r = await app.send("Hello. I'm his grandmother, not his mum, but he lives with me most of the week. The school won't talk to me about him because I'm not the parent. Can you still help?");
    expect(keys(r)).toEqual(['triage.nickname.kept-statement', 'triage.carer', 'triage.ask-nickname']);
    expect(lastQuestion(r).key).toBe('triage.ask-nickname');
    expect(app.store.listNotes('parent-a').map((n) => n.topic)).toEqual(['triage.first-message']);
  });

  it('a parent is not told it', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await app.send(command('resume'));
    const r = await app.send("I'm his mum. The school won't do a later start for him, they said it isn't fair on the others.");
    expect(keys(r)).not.toContain('triage.carer');
  });
});
