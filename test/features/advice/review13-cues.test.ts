/**
 * review13's findings in what the school's words are read as (fix15): a promise to reply or to
 * look into it is no yes (item 1), and single words that picked the wrong situation (item 2).
 */
import { describe, expect, it } from 'vitest';
import { cued } from '../../../flows/advice/situation-cues.js';
import { looseYes } from '../../../flows/advice/partial-yes.js';
import { replyFor } from '../../../flows/advice/say-next-replies.js';

describe('a promise to reply or to look into it agrees nothing (review13-1)', () => {
  it.each([
    'I will get back to you next week',
    "Thanks, I'll get back to you.",
    "We're looking into it and will be in touch.",
    "Leave it with me, I'll look into it.",
    "I'll see what I can do.",
    'she keeps saying shes looking into it',
    'We will sort something out and let you know.',
  ])('no yes: %j', (words) => {
    expect(looseYes(words)).toBe(false);
  });

  it.each([
    'yep sounds reasonable, leave it with me',
    'That should be fine, leave it with me.',
    "That's fine, I'll look into the details.",
    "I don't see why not, I'll speak to his teachers.",
    'Sounds like a good idea, leave it with me.',
  ])('a yes: %j', (words) => {
    expect(looseYes(words)).toBe(true);
  });
});

describe('single words that picked the wrong situation (review13-2)', () => {
  it.each([
    'Please sign and return the home-school agreement.',
    'Our home-school link worker will call you.',
    'We never suggested home education.',
    'We would never ask you to take him off roll.',
    'Nobody is suggesting de-registration.',
  ])('not off-roll: %j', (words) => {
    expect(cued(words)).not.toContain('off-roll');
  });

  it.each(['Sorry I didn\'t reply sooner.', 'Apologies, we haven\'t responded before now, it has been busy.'])('not silence: %j', (words) => {
    expect(cued(words)).not.toContain('silence');
  });

  it.each(['We have sent work home.', 'We sent a letter home on Friday.', 'We will be sending home learning packs.'])('not sent-home: %j', (words) => {
    expect(cued(words)).not.toContain('sent-home');
  });

  it.each([
    ['they want me to take him off roll and home educate', 'off-roll'],
    ['They sent him home to calm down again.', 'sent-home'],
    'She was sent home at lunch.',
    ["I've had no reply to three emails.", 'silence'],
    ["We haven't heard back from the school.", 'silence'],
    ['they never replied', 'silence'],
  ].map((c) => (typeof c === 'string' ? [c, 'sent-home'] : c)))('still cued: %j is %s', (words, situation) => {
    expect(cued(words)).toContain(situation);
  });
});

describe('replies for silence hold the dates the parent wrote on (review13-5)', () => {
  const ctx = (statement: string) => ({ context: { statement, category: 'other' as const } });
  it('the days of the emails, not of the cancelled meeting, go in', () => {
    const words = 'I emailed the depute head on 30 November asking for a meeting. nothing. emailed again 11 Dec. they finally set a meeting for 12 Jan, cancelled it the morning of.';
    // The cancelled meeting's day goes in as that, never as a day written on (situations16).
    expect(replyFor('clear')(ctx(words))).toEqual({ key: 'say-next.replies.situation.silence.clear.dated-cancelled', vars: { dates: '30 November and 11 Dec', cancelled: '12 Jan' } });
    expect(replyFor('firm')(ctx(words)).vars).toEqual({ dates: '30 November and 11 Dec', cancelled: '12 Jan' });
  });
  it('no dates written: the replies that need none', () => {
    expect(replyFor('clear')(ctx('none of these, they just dont answer'))).toEqual({ key: 'say-next.replies.situation.silence.clear' });
  });
});
