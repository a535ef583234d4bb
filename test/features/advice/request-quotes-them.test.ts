/**
 * The school's words pasted at "what did you ask the school for?" when the first message already
 * said there was a no (the sixth walk): 'The head of year emailed: "We are unable to offer a
 * reduced timetable…"' was kept as the request, for every letter's "My request was: …". The
 * check triage makes when there is no statement yet ("is this what the school said to you?") is
 * now made here too, for an answer that quotes someone at school or is an email; an answer that
 * only mentions them ("a later start, like the head said") is still the request.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, command, fixedClassifier, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';

let app: TestApp;
afterEach(() => app?.cleanup());

const EMAIL = 'The head of year emailed: "We are unable to offer a reduced timetable as it would affect Maya\'s attendance figures and we need her in full time."';

async function atRequest(a: TestApp) {
  await a.send(command('resume'));
  await a.send('hi, the school said no to a reduced timetable for my daughter');
  return lastQuestion(await a.send('Maya'));
}

describe('their words at "what did you ask for?", after a first message', () => {
  it('asks whether it is what the school said, and takes it as that', async () => {
    app = makeTestApp({ classifier: fixedClassifier('precedent') });
    // "said no to a reduced timetable" is offered back as the request (S-L7); typed words there are the answer, as at the plain question.
    expect((await atRequest(app)).key).toBe('triage.confirm-request');
    const asked = lastQuestion(await app.send(EMAIL));
    expect(asked.key).toBe('triage.ask-request-or-answer');
    const again = lastQuestion(await app.send(choice('theirs', asked.promptId)));
    expect(again.key).toBe('triage.ask-request-again');
    await app.send('a reduced timetable');
    const requests = app.store.listNotes('parent-a').filter((n) => n.topic === 'triage.request');
    expect(requests.map((n) => n.text)).toEqual(['a reduced timetable']);
  });

  it('"that\'s what I asked for" keeps it as the request', async () => {
    app = makeTestApp({ classifier: fixedClassifier('precedent') });
    await atRequest(app);
    const asked = lastQuestion(await app.send(EMAIL));
    await app.send(choice('mine', asked.promptId));
    expect(app.store.listNotes('parent-a').filter((n) => n.topic === 'triage.request')).toHaveLength(1);
  });

  it('a request that only mentions them is the request', async () => {
    app = makeTestApp({ classifier: fixedClassifier('precedent') });
    await atRequest(app);
    const r = await app.send('a later start, like the head said might be possible');
    expect(lastQuestion(r).key).not.toBe('triage.ask-request-or-answer');
  });
});
