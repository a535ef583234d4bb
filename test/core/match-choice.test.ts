/** Typed words matched to the pending question's buttons (src/core/render.ts). */
import { describe, expect, it } from 'vitest';
import { bootContent } from '../../src/app.js';
import type { PendingQuestion } from '../../src/core/ports.js';
import { matchChoice, questionReply } from '../../src/core/render.js';

const content = bootContent();
const q = (choices: [id: string, key: string, vars?: Record<string, string>][]): PendingQuestion => ({
  key: 'home.menu',
  vars: {},
  promptId: 'p1',
  choices: choices.map(([id, key, vars]) => ({ id, key, ...(vars ? { vars } : {}) })),
  freeText: true,
});

const decider = q([
  ['not-sure', 'no-resources.choice.not-sure'],
  ['skip', 'no-resources.choice.skip'],
]);
const letterOffer = q([
  ['yes', 'say-next.choice.yes'],
  ['no', 'say-next.choice.no'],
]);
const scale = q(Array.from({ length: 11 }, (_, n) => [`d:${n}`, 'daily-log.choice.difficulty', { n: String(n) }] as [string, string, Record<string, string>]));

describe('questionReply', () => {
  it('adds the "or type" hint only to a question that has buttons and takes typed words', () => {
    const hint = content.render('common.or-type');
    const hintOf = (p: PendingQuestion) => {
      const r = questionReply(content, p);
      return r.type === 'question' ? r.hint : 'not a question';
    };
    expect(hintOf(decider)).toBe(hint);
    expect(hintOf({ ...decider, freeText: false })).toBeUndefined();
    expect(hintOf({ ...decider, choices: [] })).toBeUndefined();
  });
});

describe('matchChoice', () => {
  // mends2's walk: "Skip this one" typed at the need question (no Skip button there) was kept as the need.
  const needOnly = q([['not-sure', 'no-resources.choice.not-sure']]);
  const noButtonFor = q([['yes', 'say-next.choice.yes']]);
  it.each(['skip', 'Skip this one', 'skip it', 'pass', 'next question please', 'can we skip this'])('%j is the Skip button, else the "not sure" one', (typed) => {
    expect(matchChoice(content, decider, typed)).toBe('skip');
    expect(matchChoice(content, needOnly, typed)).toBe('not-sure');
    expect(matchChoice(content, noButtonFor, typed)).toBeNull();
  });
  it.each(['skip school', 'next week', 'pass the details to the head'])('%j is words, not a skip', (typed) => {
    expect(matchChoice(content, needOnly, typed)).toBeNull();
  });

  it.each(['not sure', 'Not sure.', "I don't know", 'dunno', 'no idea', 'I’m not sure', 'unsure'])('%j is the "I\'m not sure" button', (typed) => {
    expect(matchChoice(content, decider, typed)).toBe('not-sure');
  });

  it('matches a label whatever its case and punctuation, and a position by number', () => {
    const label = content.render('no-resources.choice.skip');
    expect(matchChoice(content, decider, label.toUpperCase())).toBe('skip');
    expect(matchChoice(content, decider, '2')).toBe('skip');
    expect(matchChoice(content, decider, '3')).toBeNull();
  });

  it('a bare yes or no picks the one button that starts with it', () => {
    expect(content.render('say-next.choice.yes').toLowerCase().startsWith('yes')).toBe(true);
    expect(matchChoice(content, letterOffer, 'yes')).toBe('yes');
    expect(matchChoice(content, letterOffer, 'yeah')).toBe('yes');
    expect(matchChoice(content, letterOffer, 'no')).toBe('no');
    // No button says yes or not sure here: the words stay the parent's.
    expect(matchChoice(content, decider, 'yes')).toBeNull();
    expect(matchChoice(content, letterOffer, 'not sure')).toBeNull();
  });

  it.each([
    [['no-data.choice.not-said', 'no-data.choice.skip'], "They didn't say"],
    [['no-data.choice.nothing-yet', 'no-data.choice.not-said'], null], // two ways to say no: the parent's words decide
    [['no-predetermination.choice.none-yet', 'no-predetermination.choice.not-sure', 'no-predetermination.choice.skip'], 'Nothing booked yet'],
    [['daily-log.choice.hours-unsure'], null], // "not sure yet" is not a no
  ])('a bare "no" at %j picks %j', (keys, want) => {
    const pending = q(keys.map((k) => [k.split('.').pop() as string, k]));
    const picked = matchChoice(content, pending, 'no');
    expect(picked === null ? null : content.render(keys.find((k) => k.endsWith(`.${picked}`)) as string)).toBe(want);
  });

  it.each(["I don't know, nobody said", 'nobody said', 'no one told us', 'they never said', "No idea they didn't say", 'the school hasnt mentioned it', 'she didn’t tell me'])(
    '%j is the one "They didn\'t say" button',
    (typed) => {
      const asked = q([['not-said', 'no-data.choice.not-said'], ['skip', 'no-data.choice.skip']]);
      expect(matchChoice(content, asked, typed)).toBe('not-said');
    },
  );

  it.each(['they said', 'nobody said anything useful but I think it is the register', "they didn't say, but I think it's the register", 'he told me no'])('%j is no "They didn\'t say"', (typed) => {
    const asked = q([['not-said', 'no-data.choice.not-said'], ['skip', 'no-data.choice.skip']]);
    expect(matchChoice(content, asked, typed)).toBeNull();
  });

  it.each([
    [['no-resources.choice.not-sure', 'no-resources.choice.skip'], 'Nothing yet, they just said no', "I'm not sure"],
    [['no-resources.choice.not-sure', 'no-resources.choice.skip'], 'no ideas', "I'm not sure"],
    [['no-resources.choice.not-sure', 'no-resources.choice.skip'], 'they just said no', "I'm not sure"],
    [['no-data.choice.nothing-yet', 'no-data.choice.not-said'], 'nothing so far, school just refused', 'Nothing yet'],
    [['no-data.choice.not-said', 'no-data.choice.skip'], 'none yet', "They didn't say"],
    [['no-resources.choice.not-sure', 'no-resources.choice.skip'], 'nothing', null], // a bare "nothing" can be the answer
    [['common.choice.yes-fits', 'triage.choice.pick-another'], 'Nothing yet, they just said no', null], // not a "Not quite" to "Does that fit?"
    [['no-resources.choice.not-sure', 'no-resources.choice.skip'], 'nothing yet, maybe a TA for the first hour', null],
  ])('nothing offered: at %j, %j picks %j', (keys, typed, want) => {
    const pending = q(keys.map((k) => [k.split('.').pop() as string, k]));
    const picked = matchChoice(content, pending, typed);
    expect(picked === null ? null : content.render(keys.find((k) => k.endsWith(`.${picked}`)) as string)).toBe(want);
  });

  it('takes only a plain yes as yes: "ok" or "y" does not confirm erasing everything', () => {
    const erase = q([
      ['yes', 'case-file.forget.choice.yes'],
      ['no', 'case-file.forget.choice.no'],
    ]);
    expect(content.render('case-file.forget.choice.yes').toLowerCase().startsWith('yes')).toBe(true);
    for (const slight of ['ok', 'y', 'sure', 'k']) expect(matchChoice(content, erase, slight), slight).toBeNull();
    expect(matchChoice(content, erase, 'no thanks')).toBe('no');
  });

  it('on a 0-10 scale, a typed number is the score, not a position', () => {
    expect(matchChoice(content, scale, '7')).toBe('d:7');
    expect(matchChoice(content, scale, '0')).toBe('d:0');
  });

  it('leaves sentences alone', () => {
    expect(matchChoice(content, decider, 'not sure who decides, maybe the head')).toBeNull();
  });

  describe('other ways to say a button (content key + ".also")', () => {
    const menu = q([
      ['new-no', 'home.choice.new-no'],
      ['say-next', 'home.choice.say-next'],
      ['notes', 'home.choice.notes'],
    ]);
    it.each(content.variants('home.choice.new-no.also'))('%j at the menu is "the school said no"', (typed) => {
      expect(matchChoice(content, menu, typed)).toBe('new-no');
    });
    it.each(['they said no!', 'THE SCHOOL REFUSED.', 'The school’s said no'])('%j too, case and punctuation aside', (typed) => {
      expect(matchChoice(content, menu, typed)).toBe('new-no');
    });
    it('matches whole phrases only, and only where that button is offered', () => {
      expect(matchChoice(content, menu, 'they said no to the part-time timetable')).toBeNull();
      expect(matchChoice(content, decider, 'They said no')).toBeNull();
    });
  });

  it('takes a label typed without its apostrophes, or the start of one label (two words or more)', () => {
    const said = q([
      ['not-said', 'no-data.choice.not-said'],
      ['skip', 'no-data.choice.skip'],
    ]);
    expect(matchChoice(content, said, 'they didnt say')).toBe('not-said');
    const meeting = q([
      ['none-yet', 'no-predetermination.choice.none-yet'],
      ['not-sure', 'no-predetermination.choice.not-sure'],
    ]);
    expect(matchChoice(content, meeting, 'nothing booked')).toBe('none-yet');
    // One word is too little to stand for a longer label.
    expect(matchChoice(content, meeting, 'nothing')).not.toBe('none-yet');
  });

  // The walkthrough: "yes exactly" at "Does that fit?" was met with "I didn't quite catch that".
  const fits = q([
    ['yes', 'common.choice.yes-fits'],
    ['choose', 'triage.choice.pick-another'],
  ]);
  it.each(['yes exactly', 'Yes, exactly!', "yes that's right", 'yep spot on', 'yes definitely', 'yeah it does'])('%j is the one "Yes…" button', (typed) => {
    expect(matchChoice(content, fits, typed)).toBe('yes');
  });
  it.each(['yes but', 'yes and no', 'yes please erase nothing'])('%j is no plain yes', (typed) => {
    expect(matchChoice(content, fits, typed)).toBeNull();
  });

  // The walkthrough: "6" at "Roughly how long was Pip in school?" (1 h … 5 h, then "Not sure yet") picked "Not sure yet".
  const hours = q([
    ...[1, 2, 3, 4, 5].map((h) => [`h:${h}`, 'daily-log.choice.hours', { hours: String(h) }] as [string, string, Record<string, string>]),
    ['h:unsure', 'daily-log.choice.hours-unsure'],
  ]);
  it('on a list of amounts, a typed number is the amount, never another button by its place', () => {
    expect(matchChoice(content, hours, '3')).toBe('h:3');
    expect(matchChoice(content, hours, '6')).toBeNull(); // six hours, typed: the flow reads it
    expect(matchChoice(content, hours, '1')).toBe('h:1');
    // A list that is not amounts still takes a number as a place.
    expect(matchChoice(content, decider, '2')).toBe('skip');
  });
});
