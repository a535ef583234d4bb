/**
 * Letters are built from facts, never from chat: fed chat-style answers (fillers, "no idea",
 * relative dates, a name inside a sentence, pronouns from the profile), the letter greets the
 * person by name, carries real dates, uses the child's pronoun, and has no filler and no blank
 * for a fact the parent gave. The words helpers are tested on their own below.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/types.js';
import { clipQuote, factOf, greetingName, letterDay, pastDate, schoolAnswerOf } from '../../../src/features/advice/letter-facts.js';
import { placeFromWords, planFromWords, pronounFromWords } from '../../../flows/advice/profile-words.js';
import { choice, command, fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';
import { answerBeforeLetter, BEFORE_LETTER } from '../../support/letter-questions.js';

let app: TestApp;
afterEach(() => app?.cleanup());

const FILLERS = [/as i said/i, /i just said/i, /i told you/i, /no idea/i, /like i said/i];

/** The name the parent signs with: asked once, before their first letter, then the letter comes. */
async function signAs(a: TestApp, r: Reply[], name = 'Jo Bloggs'): Promise<Reply[]> {
  expect(BEFORE_LETTER).toContain(lastQuestion(r).key);
  return answerBeforeLetter((input) => a.send(input), r, { signOff: name });
}

function letterOf(r: Reply[]): string {
  const d = r.find((x) => x.type === 'document');
  if (!d || d.type !== 'document') throw new Error(`no letter in: ${keys(r).join(', ')}`);
  return d.body;
}

async function start(a: TestApp, o: { statement: string; who: string; when: string }): Promise<Reply[]> {
  const menu = await a.send(command('resume'));
  await a.send(choice('new-no', lastQuestion(menu).promptId));
  await a.send('Bean');
  await a.send('I told you, counselling twice a week like the plan says');
  await a.send(o.statement);
  await a.send(o.who);
  await a.send(o.when);
  return a.send(choice('yes'));
}

async function profile(a: TestApp, place: string, pronouns: string): Promise<Reply[]> {
  let r = await a.send(choice(place));
  if (lastQuestion(r).key === 'profile.ask-region') r = await a.send(choice('skip'));
  await a.send(choice('none'));
  await a.send('she is 12');
  return a.send(choice(pronouns));
}

describe('a letter from chat-style answers', () => {
  it('greets by name, dates by the calendar, says "she", and carries no filler or blank for a given fact', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') }); // 24 Nov 2026
    await start(app, { statement: 'We need more data before we change anything.', who: 'it was mr dunn, the head of year', when: 'two weeks ago' });
    await profile(app, 'england', 'she');
    await app.send(choice('none'));
    let r = await app.send('I just said, her attendance data');
    r = await app.send('As I said, the class teacher will keep a log');
    r = await app.send('no idea');
    r = await app.send('like I said, by next Friday');
    // The parent's name, asked once before the first letter: it signs this one and every one after.
    r = await signAs(app, r, 'sarah jones');
    const letter = letterOf(r);
    expect(letter.trimEnd()).toMatch(/Kind regards,\n\nSarah Jones$/);

    expect(letter).toMatch(/^Dear Mr Dunn,$/m);
    expect(letter).toContain('Date: 24 November 2026');
    expect(letter).toContain('(10 November 2026)'); // "two weeks ago", counted from the day answered
    for (const f of FILLERS) expect(letter).not.toMatch(f);
    expect(letter).toContain('Her attendance data');
    expect(letter).toContain('The class teacher will keep a log');
    // Given facts leave no blank; only the one the parent had no answer for does.
    expect(letter).not.toContain('[ADD: name of the person');
    expect(letter).not.toContain('[ADD: when they told you');
    expect(letter).not.toContain('[ADD: which data');
    // "No idea" is no fact, and the line is optional: left out, not a blank to delete.
    expect(letter).not.toContain('[ADD: any support offered meanwhile');
    expect(letter).toMatch(/while the data is gathered\?\n4\./);
  });

  it('uses the profile\'s pronoun and plan words in the letter ("her", EHC plan duty)', async () => {
    app = makeTestApp({ classifier: fixedClassifier('resources') });
    await start(app, { statement: "The counselling in the plan hasn't started, we have no staff", who: 'Mrs Patel', when: 'yesterday' });
    let r = await app.send(choice('england'));
    r = await app.send(choice('ehcp'));
    r = await app.send(choice('skip'));
    r = await app.send(choice('she'));
    // "The counselling in the plan hasn't started": confirmed, not asked from the list.
    expect(lastQuestion(r).key).toBe('situation.confirm.not-delivered');
    r = await app.send(choice('yes'));
    r = await app.send('I told you, 30 minutes with the counsellor twice a week');
    r = await app.send('since 3 November, 6 sessions');
    r = await signAs(app, await app.send(choice('not-said')));
    const letter = letterOf(r);
    expect(letter).toMatch(/^Dear Mrs Patel,$/m);
    expect(letter).toContain("Bean's EHC plan says: 30 minutes with the counsellor twice a week.");
    expect(letter).toContain('section 42');
    expect(letter).toContain('help with her support');
    expect(letter).not.toMatch(/\bthem\b|\btheir\b/);
    for (const f of FILLERS) expect(letter).not.toMatch(f);
  });

  it('asks for a name and a date the notes lack before drafting, and checks a date over a year old', async () => {
    app = makeTestApp({ classifier: fixedClassifier('data') });
    await start(app, { statement: 'We need more data first.', who: 'the senco', when: 'at the review meeting' });
    await profile(app, 'us', 'he');
    app.clock.advance(30_000); // a parent's pace (the engine's flood control allows 20 at once)
    await app.send(choice('none'));
    await app.send('attendance');
    await app.send(choice('skip'));
    await app.send(choice('nothing-yet'));
    let r = await app.send(choice('skip'));
    expect(lastQuestion(r).key).toBe('facts.ask-recipient');
    // An answer to another question, with no name in it, is not taken as the recipient.
    r = await app.send('Yes, a letter from his therapist from October');
    expect(keys(r)).toEqual(['facts.recipient-unclear', 'facts.ask-recipient']);
    r = await app.send('Ms Ortiz');
    expect(lastQuestion(r).key).toBe('facts.ask-said-on');
    // A day still to come is no day they told you: asked again, not offered to confirm.
    r = await app.send('They could let him do a shorter day for a few weeks');
    expect(keys(r)).toEqual(['facts.date-to-come', 'facts.ask-said-on']);
    r = await app.send('in two weeks');
    expect(keys(r)).toEqual(['facts.date-to-come', 'facts.ask-said-on']);
    r = await app.send('3/2/2025'); // US order: 2 March 2025, over a year before 24 Nov 2026
    expect(lastQuestion(r).key).toBe('facts.confirm-said-on');
    expect(lastQuestion(r).text).toContain('March 2, 2025');
    r = await app.send(choice('wrong'));
    expect(lastQuestion(r).key).toBe('facts.ask-said-on');
    r = await signAs(app, await app.send('11/17')); // 17 November
    const letter = letterOf(r);
    expect(letter).toMatch(/^Dear Ms Ortiz,$/m);
    expect(letter).toContain('(November 17, 2026)');
    expect(letter).toContain('Date: November 24, 2026');
  });
});

describe('a chosen button in a letter', () => {
  it('is a neutral first-person sentence, and the written-decision route follows the place (Scotland)', async () => {
    app = makeTestApp({ classifier: fixedClassifier('predetermination') });
    await start(app, { statement: 'The team had already decided a part-time timetable is not possible', who: 'Mrs Reid', when: 'today' });
    await profile(app, 'scotland', 'they');
    await app.send(choice('none'));
    await app.send('I just said, no part-time timetable');
    await app.send(choice('before-meeting'));
    await app.send(choice('no-chance'));
    const letter = letterOf(await signAs(app, await app.send(choice('none-yet'))));
    expect(letter).toContain('How I heard about it: I understand it was decided before the meeting, before my views were heard.');
    expect(letter).toContain("I wasn't given the chance to give my views before the decision was made.");
    expect(letter).toContain('mediation and dispute resolution');
    expect(letter).not.toMatch(/IEP|EHCP|prior written notice|\[ADD: who decided/);
    for (const f of FILLERS) expect(letter).not.toMatch(f);
  });
});

describe('the words helpers', () => {
  it('drops fillers and no-fact answers, keeps real words ("no change to the timetable")', () => {
    expect(factOf('I just said, the new BCBA.')).toBe('the new BCBA.');
    expect(factOf('As I said, home tuition first')).toBe('home tuition first');
    expect(factOf('I told you that already, a later start')).toBe('a later start');
    expect(factOf('no idea')).toBe('');
    expect(factOf("I don't know")).toBe('');
    expect(factOf('no change to the timetable')).toBe('no change to the timetable');
    // Chat hedges and "they didn't say" are said as a letter says them.
    expect(factOf("they didn't say what evidence. her grades are fine")).toBe("you didn't say what evidence. her grades are fine");
    expect(factOf('the district special ed director I think')).toBe('the district special ed director');
    expect(factOf('maybe the counselor could do the first 20 minutes')).toBe('the counselor could do the first 20 minutes');
    expect(factOf('Section F says 15 hours a week of 1:1 support')).toBe('in Section F, 15 hours a week of 1:1 support');
    // A section not named ("section says …", eleventh walk W11-15): the plan's own words, not "Section says".
    expect(factOf('section says "Nia will be met at the gate by her TA"')).toBe('"Nia will be met at the gate by her TA"');
    expect(factOf('the section states she gets a quiet space')).toBe('she gets a quiet space');
    expect(factOf('no-data.letter.not-said')).toBe('no-data.letter.not-said');
  });

  it('reads dates by the parent\'s place and questions old or future ones', () => {
    const at = '2026-12-06T10:00:00Z';
    expect(pastDate('05/11', at, false)?.date).toBe('2026-11-05');
    expect(pastDate('05/11', at, true)?.date).toBe('2026-05-11');
    expect(pastDate('two weeks ago', at, false)).toEqual({ date: '2026-11-22', doubtful: false });
    expect(pastDate('3 March 2024', at, false)?.doubtful).toBe(true);
    expect(pastDate('next Friday', at, false)?.doubtful).toBe(true);
    expect(pastDate('at the meeting', at, false)).toBeUndefined();
    expect(letterDay('2026-11-20', false)).toBe('20 November 2026');
    expect(letterDay('2026-11-20', true)).toBe('November 20, 2026');
  });

  it('finds the name to greet, never a bare role', () => {
    expect(greetingName('it was mr dunn at the meeting')).toBe('Mr Dunn');
    expect(greetingName('Mrs Patel (SENCO)')).toBe('Mrs Patel');
    expect(greetingName('the district')).toBe('');
    expect(greetingName('senco')).toBe('');
  });

  it('quotes a pasted email without its greeting and signature', () => {
    const email = "Mr Osei\n\nI'm sorry but this is not something we do here. We have a whole-school policy.\n\nMrs K Whitlock\nHead of Year 9";
    expect(schoolAnswerOf(email, true).quote).toBe(`"I'm sorry but this is not something we do here. We have a whole-school policy."`);
    const signed = 'Dear Ms Hughes,\n\nWith our current staffing levels this simply isn\'t possible.\n\nBest wishes,\nMrs A. Fenwick\nSENCo, Hillside Primary';
    expect(schoolAnswerOf(signed, true).quote).toBe(`"With our current staffing levels this simply isn't possible."`);
    const office = 'Good afternoon,\n\nThe unit is currently full.\n\nRegards\n\nAttendance and Welfare Office\nMoorfield Academy';
    expect(schoolAnswerOf(office, true).quote).toBe('"The unit is currently full."');
    // One line typed or pasted as it is: nothing taken off.
    expect(schoolAnswerOf("We don't have the staff for that", true).quote).toBe(`"We don't have the staff for that"`);
  });

  it('quotes words the parent put in single quotation marks, apostrophes inside them kept', () => {
    const story = "We had the IEP meeting today and the draft was already printed with 'no change to placement' and the AP said 'the team has already determined that's not appropriate'. She hasn't been in since September.";
    // The printed draft's words are not the AP's: only what the AP said is quoted (the eleventh walk, W11-8).
    expect(schoolAnswerOf(story, true).quote).toBe(`"The team has already determined that's not appropriate"`);
    // Apostrophes alone are no quotation.
    expect(schoolAnswerOf("they said they can't and it's the kids' fault", true).quote).toBe('');
  });

  it("never quotes the parent's own account of a meeting as the school's words", () => {
    const account = 'went to the review meeting yesterday about a part time timetable and the deputy head had already printed the plan saying full time from january, she said the decision was made by SLT last week so there wasnt really anything to discuss. i didnt even get to speak';
    expect(schoolAnswerOf(account, true).quote).toBe('');
    expect(schoolAnswerOf('He told me there is no budget for it', true).quote).toBe('');
  });

  it('clips a long quotation inside its quotation marks', () => {
    const long = `"${'We have considered your request carefully. '.repeat(20).trim()}"`;
    const clipped = clipQuote(long);
    expect(clipped.length).toBeLessThanOrEqual(400);
    expect(clipped.endsWith('…"')).toBe(true);
    expect(clipQuote('"Short."')).toBe('"Short."');
  });

  it('greets a signed name by title and surname, past initials and a first name', () => {
    // As pasted emails sign off: "Mrs A. Fenwick", "Dr. Raymond Cole", "Mr J Patel".
    expect(greetingName('Mrs A. Fenwick')).toBe('Mrs Fenwick');
    expect(greetingName('Dr. Raymond Cole')).toBe('Dr Cole');
    expect(greetingName('Mr J Patel')).toBe('Mr Patel');
    expect(greetingName('Mrs K Whitlock')).toBe('Mrs Whitlock');
    expect(greetingName('Ms Sarah Jane Fox-Hall')).toBe('Ms Fox-Hall');
    expect(greetingName('it was Dr. Khan at the meeting')).toBe('Dr Khan');
    expect(greetingName('Mr Dunn')).toBe('Mr Dunn');
    expect(greetingName('Mr Hill Headteacher')).toBe('Mr Hill');
    expect(greetingName('Dr. Raymond Headley')).toBe('Dr Headley');
    expect(greetingName('Mrs Patel Head of Year 9')).toBe('Mrs Patel');
  });

  it('reads the profile from typed words', () => {
    expect(placeFromWords('we live in Cardiff')).toEqual({ place: 'wales' });
    expect(placeFromWords('Texas')).toEqual({ place: 'us', region: 'Texas' });
    expect(placeFromWords('Belfast')).toEqual({ place: 'northern-ireland' });
    expect(placeFromWords('Leeds')).toBeUndefined();
    expect(planFromWords('she has an EHC plan')).toBe('ehcp');
    expect(planFromWords('being assessed for an EHCP')).toBe('assessing');
    expect(planFromWords('nope')).toBe('none');
    // A plan named only to say there is none is not that plan.
    expect(planFromWords('she has a PEP but no EHCP')).toBe('other');
    expect(planFromWords('no EHCP')).toBe('none');
    expect(planFromWords("he doesn't have an IEP yet")).toBe('none');
    expect(planFromWords('not a 504, an IEP')).toBe('iep');
    expect(planFromWords('no statement')).toBe('none');
    expect(pronounFromWords('my son')).toBe('he');
    expect(pronounFromWords('she/her')).toBe('she');
    expect(pronounFromWords('they')).toBe('they');
  });
});
