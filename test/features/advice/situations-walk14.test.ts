/**
 * The fourteenth walk (W14-2, W14-7, W14-10, W14-11, W14-12, W14-14): the no's that are not one
 * of the five kinds. Pressure to take a child off the roll, a child sent home "to calm down",
 * silence and cancelled meetings, and "leave it with me" each have their own reading; words
 * typed at "Which sounds closest?" that name a situation reach it.
 */
import { describe, expect, it } from 'vitest';
import { cued } from '../../../flows/advice/situation-cues.js';
import { looseYes } from '../../../flows/advice/partial-yes.js';
import { situationFlow } from '../../../flows/advice/situation.flow.js';
import { needDisputedArgument } from '../../../flows/advice/situations.js';
import type { AskParams } from '../../../src/core/flow-kit.js';
import { choice, ofType, replay, text } from '../flow-paths.js';

describe('the situations the fourteenth walk found missing, cued from the words', () => {
  it.each([
    'honestly Mrs Shah some families find elective home education works better for children like Arjun. I can send you the form to take him off roll if you want to think about it',
    'they want me to take him off roll and home educate. should I sign the form?',
    'Have you considered home schooling? We can deregister her this week.',
  ])('off the roll: %j', (words) => {
    expect(cued(words)).toContain('off-roll');
  });

  it.each([
    "they rang at 11 and asked me to collect him, he needed to go home to calm down",
    'none, they send him home. is that even allowed?',
    'Kai has been sent home four times this month and it was never recorded as an exclusion',
  ])('sent home: %j', (words) => {
    expect(cued(words)).toContain('sent-home');
  });

  it.each([
    'I emailed the depute head on 30 November asking for a meeting. nothing. emailed again 11 Dec. they finally set a meeting for 12 Jan, cancelled it the morning of.',
    'none of these, they just dont answer',
    'No one from the school has phoned back and my emails are unanswered.',
  ])('silence: %j', (words) => {
    expect(cued(words)).toContain('silence');
  });

  it.each([
    'Owain is settled and polite in class. The difficulties you describe are happening at home.',
    "He's absolutely fine in school, it's at home that he struggles.",
  ])('the need disputed as "fine in school, it\'s home" (W14-10): %j', (words) => {
    expect(cued(words)).toContain('need-disputed');
  });

  it('"it was agreed, they just arent doing it" is support not delivered (W14-14)', () => {
    expect(cued('none of them really. it was agreed, they just arent doing it')).toEqual(['not-delivered']);
  });

  it.each([
    'We will send the homework home with him on Friday.',
    'Thank you for your email, I will reply properly on Monday.',
    'We are happy to meet on Tuesday.',
  ])('not cued by ordinary words: %j', (words) => {
    expect(cued(words).filter((s) => s === 'sent-home' || s === 'silence' || s === 'off-roll')).toEqual([]);
  });
});

describe('a yes without a date or anyone to do it (W14-12)', () => {
  it.each([
    'yep sounds reasonable, leave it with me and I\'ll look into it',
    // The walk's own words: "on friday" is when she asked, not when it starts.
    'asked the wellbeing coordinator mrs papadopoulos on friday if Zara could start at 10 and have a quiet spot at lunch. she said "yep sounds reasonable, leave it with me and I\'ll look into it". that was 3 weeks ago actually',
  ])('loose: %j', (words) => {
    expect(looseYes(words)).toBe(true);
  });
  // Looking into it agrees nothing (review13-1): test/features/advice/review13-cues.test.ts.
  it.each(['We agreed she can start at 10 from Monday 18 January; Mrs Papadopoulos will meet her.', 'No, that is not something we can do.', 'she keeps saying shes looking into it', "I'll see what I can do."])('not loose: %j', (words) => {
    expect(looseYes(words)).toBe(false);
  });
});

describe('the argument a school makes when it disputes the need (W14-10)', () => {
  it.each([
    ['Owain is settled and polite in class. The difficulties you describe are happening at home.', 'home'],
    ["He's absolutely fine in school, it's at home that he struggles.", 'home'],
    ['We would like you to complete the district parenting course first, then we can revisit.', 'course'],
    ['She is choosing not to come in.', ''],
  ])('%j', (words, argument) => {
    expect(needDisputedArgument(words)).toBe(argument);
  });
});

describe('the situation question, answered in words', () => {
  const input = { statement: 'We will look at it', category: 'other', profile: JSON.stringify({ place: 'scotland', plan: 'none', pronouns: 'he' }) };
  it('"none of these, they just dont answer" is the silence (W14-11)', () => {
    const r = replay(situationFlow.machine, input, [text('none of these, they just dont answer')]);
    expect(r.final.status).toBe('done');
    expect(r.final.output).toMatchObject({ next: 'situation.silence' });
  });
  it('each new situation is a button', () => {
    const r = replay(situationFlow.machine, input, []);
    const ids = (ofType<AskParams>(r.effects, 'ask')[0]?.choices ?? []).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['off-roll', 'sent-home', 'silence', 'none']));
    const picked = replay(situationFlow.machine, input, [choice('off-roll')]);
    expect(picked.final.output).toMatchObject({ next: 'situation.off-roll' });
  });
});
