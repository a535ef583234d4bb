/**
 * The fourteenth walk's W14-2 (probe k): "they want me to take him off roll and home educate.
 * should I sign the form?" at the menu started a bare triage ("what shall I call your child?").
 * It is met first with what matters most (nothing to sign or decide today), and reaches the
 * off-roll situation, never the advice about signing a written change after a meeting.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, command, fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';
import { partialYesGuards } from '../../../flows/advice/partial-yes.js';

let app: TestApp;
afterEach(() => app?.cleanup());

const ASKED = 'they want me to take him off roll and home educate. should I sign the form?';

describe('pressure to take a child off the roll, at the menu', () => {
  it('is met first with "nothing to sign or decide today", then the questions, and reaches the off-roll situation', async () => {
    app = makeTestApp({ classifier: fixedClassifier('other') });
    let r = await app.send(command('resume'));
    r = await app.send(ASKED);
    expect(keys(r)).toContain('triage.off-roll-first');
    expect(lastQuestion(r).key).toBe('triage.ask-nickname');
    r = await app.send('Arjun');
    r = await app.send('nothing, they brought it up');
    r = await app.send('the head');
    r = await app.send(choice('today', lastQuestion(r).promptId));
    // The kind asked or confirmed; "something else" either way.
    if (lastQuestion(r).key === 'triage.confirm.other') r = await app.send(choice('yes', lastQuestion(r).promptId));
    else r = await app.send(choice('cat:other', lastQuestion(r).promptId));
    r = await app.send(choice('england', lastQuestion(r).promptId));
    r = await app.send(choice('none', lastQuestion(r).promptId));
    r = await app.send('Year 6');
    r = await app.send(choice('he', lastQuestion(r).promptId));
    expect(lastQuestion(r).key).toBe('situation.confirm.off-roll');
    r = await app.send(choice('yes', lastQuestion(r).promptId));
    expect(keys(r)).not.toContain('partial-yes.signing');
    expect(keys(r)).toContain('off-roll.intro');
    expect(lastQuestion(r).key).toBe('off-roll.ask-wanted');
  });

  it('"should I sign the form?" about the roll is not answered as a signed change to a plan', () => {
    expect(partialYesGuards.asksAboutSigning({ context: { statement: ASKED } })).toBe(false);
    expect(partialYesGuards.asksAboutSigning({ context: { statement: 'they want me to sign the new plan, should I sign it?' } })).toBe(true);
  });
});
