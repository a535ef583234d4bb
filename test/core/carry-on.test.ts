/**
 * "Can we carry on?" (the sixth walk): a parent coming back to the conversation, often straight
 * after the crisis reply ("ok. she's calmer now, she's with her dad. can we carry on"), is asked
 * the question they were on again. The message is not an answer: it is never kept in the notes
 * (it would go into the evidence packet) and never classified as what the school said.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, command, fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../support/builders.js';

let app: TestApp;
afterEach(() => app?.cleanup());

async function atRequest(a: TestApp) {
  await a.send(command('resume'));
  await a.send(choice('new-no'));
  return lastQuestion(await a.send('Maya'));
}

describe('a parent asking to carry on', () => {
  it('after the crisis reply: the question again, and nothing of the message kept', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    const asked = await atRequest(app);
    expect(asked.key).toBe('triage.ask-request');
    const crisis = await app.send('she locked herself in the bathroom last night and said she wants to kill herself');
    expect(keys(crisis)[0]).toBe('safety.crisis.child_self_harm');
    await app.send(choice('continue', lastQuestion(crisis).promptId));
    const before = app.store.listNotes('parent-a').length;
    const r = await app.send("ok. she's calmer now, she's with her dad. can we carry on");
    expect(keys(r)).toEqual(['engine.carry-on', 'triage.ask-request']);
    expect(app.store.listNotes('parent-a')).toHaveLength(before);
  });

  it('typed straight after the crisis reply, without tapping the button: the safety check itself takes it back', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await atRequest(app);
    await app.send('she said last night she wants to kill herself');
    const r = await app.send("thank you. she's asleep now. where were we?");
    expect(keys(r)).toEqual(['engine.back-to', 'triage.ask-request']);
    expect(app.store.listNotes('parent-a').some((n) => /asleep/.test(n.text))).toBe(false);
  });

  it.each(['sorry about that, where were we', "let's carry on", 'ok can we continue please', 'Carry on'])('"%s" at a buttons question asks it again', async (words) => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await atRequest(app);
    await app.send('A later start');
    await app.send('"We cannot offer a later start, it would not be fair on the others."');
    const who = lastQuestion(await app.send(choice('senco')));
    expect(who.key).toBe('triage.ask-when');
    const r = await app.send(words);
    expect(keys(r)).toEqual(['engine.carry-on', 'triage.ask-when']);
  });

  it('the school\'s words that mention carrying on are still what the school said', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await atRequest(app);
    await app.send('A later start');
    const r = await app.send('They said he can carry on with the timetable he has now and they will review it at Easter');
    expect(keys(r)).not.toContain('engine.carry-on');
    expect(lastQuestion(r).key).toBe('triage.ask-who');
  });

  it('with nothing in progress: the menu', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await app.send(command('resume'));
    const r = await app.send('where were we?');
    expect(keys(r)[0]).toBe('engine.carry-on');
    expect(lastQuestion(r).key).toMatch(/^home\.menu/);
  });
});
