/**
 * The fourteenth walk's W14-10: "fine in school, it's home" (Wales) and "the parenting course
 * first" (Ohio) got the advice for "choosing not to come". The need-disputed advice answers the
 * argument the school made, and points to the route that settles the need where the law gives
 * one we can source: Wales's duty to decide on ALN (wal-s11), a US evaluation (us-eval-request).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';
import { letterOf, profile, signAs, situation, triage } from './situation-steps.js';

let app: TestApp;
afterEach(() => app?.cleanup());

describe('the need disputed: the school\'s own argument answered', () => {
  it('Wales, "settled and polite in class… happening at home": masking, and the school\'s duty to decide on ALN', async () => {
    app = makeTestApp({ classifier: fixedClassifier('other') });
    let r = await triage(app, { statement: 'Owain is settled and polite in class. The difficulties you describe are happening at home.', who: 'Mrs Evans', when: { choice: 'today' } });
    r = await profile(app, r, 'wales', 'none', 'he');
    r = await situation(app, r, 'need-disputed');
    r = await app.send('a letter from the GP about his anxiety');
    r = await signAs(app, await app.send(choice('not-sure')));
    expect(keys(r)).toEqual(expect.arrayContaining(['need-disputed.name-it.home', 'terms.wales.assessment-right']));
    expect(keys(r)).not.toContain('need-disputed.name-it');
  });

  it('Ohio, no plan, "the parenting course first": not a condition, and an evaluation', async () => {
    app = makeTestApp({ classifier: fixedClassifier('other') });
    let r = await triage(app, { statement: "He just needs firm expectations at home. We'd like you to do the district parenting course first and then we can revisit.", who: 'Ms Carter', when: { choice: 'today' } });
    r = await profile(app, r, 'us', 'none', 'he');
    r = await situation(app, r, 'need-disputed');
    expect(lastQuestion(r).key).toBe('need-disputed.ask-evidence');
    r = await app.send('his GAD diagnosis from Dr Patel');
    r = await signAs(app, await app.send(choice('not-sure')));
    expect(keys(r)).toEqual(expect.arrayContaining(['need-disputed.name-it.course', 'terms.us.assessment-right']));
  });

  it('elsewhere, "choosing not to come": the plain answer, and what to ask (no law stated)', async () => {
    app = makeTestApp({ classifier: fixedClassifier('other') });
    let r = await triage(app, { statement: "She's choosing not to come in.", who: 'Mrs Reid', when: { choice: 'today' } });
    r = await profile(app, r, 'england', 'none', 'she');
    r = await situation(app, r, 'need-disputed');
    r = await app.send('my own notes');
    r = await signAs(app, await app.send(choice('not-sure')));
    expect(keys(r)).toEqual(expect.arrayContaining(['need-disputed.name-it', 'need-disputed.ask-what-they-see']));
  });
});

describe('the need-disputed introduction and letter follow the argument too', () => {
  it('"fine in school, it\'s home": its own introduction, and a letter line that answers it, not "not choosing"', async () => {
    app = makeTestApp({ classifier: fixedClassifier('other') });
    let r = await triage(app, { statement: 'He is settled and polite in class. The difficulties are happening at home.', who: 'Mrs Evans', when: { choice: 'today' } });
    r = await profile(app, r, 'wales', 'none', 'he');
    r = await situation(app, r, 'need-disputed');
    expect(keys(r)).toContain('need-disputed.intro.home');
    expect(keys(r)).not.toContain('need-disputed.intro');
    r = await app.send('a diary of his meltdowns after school');
    r = await signAs(app, await app.send(choice('not-sure')));
    const body = letterOf(r).body;
    expect(body).toContain(app.content.render('need-disputed.letter.answer-home'));
  });
});
