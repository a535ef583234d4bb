/**
 * A legal question asked outright (the sixth walk): "can I sue them?" at the menu had the menu's
 * nudge; "is this illegal? can I take them to court?" at "Which sounds closest?" was kept as the
 * parent's words about the no and answered "This doesn't sound like one of the usual kinds";
 * "do I need a solicitor" and "what are my legal rights" were taken as answers to buttons. Now
 * each gets information, not legal advice: who can answer it for where the family is, and what
 * the notes are for. The not-legal-advice note itself is said once per case, not at every
 * question; the question the parent was on is asked again and nothing of the message is kept.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, command, fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';
import { answerProfile, throughTriage } from '../../core/through-triage.js';

let app: TestApp;
afterEach(() => app?.cleanup());

describe('a legal question', () => {
  it('at the menu, before any case: the not-legal-advice note once, the answer, the menu again', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    const menu = lastQuestion(await app.send(command('resume')));
    const r = await app.send('can I sue them?');
    expect(keys(r)).toEqual(['common.disclaimer', 'advice.legal-question', menu.key]);
    const again = await app.send('Can I take the school to court?');
    expect(keys(again)).toEqual(['advice.legal-question', menu.key]);
    expect(app.store.listNotes('parent-a')).toEqual([]);
  });

  it('said before any case, the note counts for the first case opened after it; a second child is a case of its own (S-L3)', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data', false) });
    await app.send(command('resume'));
    expect(keys(await app.send('can I sue them?'))).toContain('common.disclaimer');
    const saidInCase = [];
    for (const r of [await app.send(choice('new-no')), await app.send('Bean'), await app.send('We need more data before we can change anything.')]) saidInCase.push(...keys(r));
    expect(saidInCase).not.toContain('common.disclaimer');
    await app.send(command('restart'));
    await app.send(choice('new-no'));
    await app.send(choice('new-child'));
    expect(keys(await app.send('Pip'))).toContain('common.disclaimer');
  });

  it('in a case whose note was said: the answer alone, the question again, nothing kept', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data', false) });
    const at = await throughTriage(app, 'We need more data before we can change anything.');
    const asked = lastQuestion(at);
    const before = app.store.listNotes('parent-a').length;
    const r = await app.send('is this illegal? can I take them to court?');
    expect(keys(r)).toEqual(['advice.legal-question', asked.key]);
    expect(lastQuestion(r).promptId).toBe(asked.promptId);
    expect(app.store.listNotes('parent-a')).toHaveLength(before);
  });

  it.each(['do I need a solicitor', 'what are my legal rights', 'Are they allowed to do that?', 'I need legal advice', 'should we get a lawyer?', 'Is that even legal'])(
    '"%s" at a buttons question',
    async (words) => {
      app = makeTestApp({ classifier: fixedClassifier('data') });
      const confirm = await throughTriage(app, 'We need more data before we can change anything.');
      const r0 = await answerProfile(app, await app.send(choice('yes', lastQuestion(confirm).promptId)));
      const asked = lastQuestion(r0);
      const r = await app.send(words);
      expect(keys(r)).toEqual(['advice.legal-question', asked.key]);
    },
  );

  it('names who can answer it for where the family is, once the profile says', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    const confirm = await throughTriage(app, 'We need more data before we can change anything.');
    await answerProfile(app, await app.send(choice('yes', lastQuestion(confirm).promptId)));
    const r = await app.send('can I sue them?');
    const said = r.find((x) => x.key === 'advice.legal-question');
    expect(said && 'text' in said ? said.text : '').toContain(app.content.render('terms.england.advocate'));
  });

  it('a request about a lawyer, given as an answer, is still an answer', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await app.send(command('resume'));
    await app.send(choice('new-no'));
    await app.send('Bean');
    const r = await app.send('For our solicitor to be at the review meeting');
    expect(keys(r)).not.toContain('advice.legal-question');
    expect(lastQuestion(r).key).toBe('triage.ask-statement');
  });
});
