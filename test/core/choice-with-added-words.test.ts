/**
 * notes16 item 1: a typed answer that begins with a button's words (choiceBegun) is that choice,
 * and the words after it that add something are kept, in the parent's words, in the notes of the
 * child the question was about, and said so. Words that only restate the choice or the question,
 * or say yes to it ("please add it to the log, that is exactly how it went"), are not noted. By
 * state keys, content keys and notes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../support/case-app.js';
import { keys, lastQuestion, type TestApp } from '../support/builders.js';
import { keysOf } from '../features/case-file/support.js';
import { atReasons, todaysEntry } from '../features/daily-log/at-reasons.js';
import { atToldOffer, notesWith } from './told-offer.js';
import { bootContent } from '../../src/app.js';
import type { PendingQuestion } from '../../src/core/ports.js';
import { choiceBegun } from '../../src/core/render.js';
import { wordsAdded } from '../../src/core/added-words.js';

let app: TestApp | undefined;
afterEach(() => app?.cleanup());
const caseApp = caseAppsAfterEach();

const parentWords = (a: TestApp, words: string) => a.store.listNotes('parent-a').filter((n) => n.kind === 'parent_words' && n.text.includes(words));

async function atChange(): Promise<TestApp> {
  const a = await atReasons('absent');
  app = a;
  expect(lastQuestion(await a.send('part of the day')).key).toBe('daily-log.ask-attendance-change.absent-partial');
  return a;
}

describe('words after a choice, at "Shall I change it to part of the day?" (buttons only, takes them: AskParams.takesAdded)', () => {
  it('"No, he didn\'t go in, he had a meltdown at the gate…": kept as the no, the meltdown on the day\'s note', async () => {
    const a = await atChange();
    const r = await a.send("No, he didn't go in, he had a meltdown at the gate when he saw the crowd");
    expect(keys(r)).toContain('daily-log.attendance-kept');
    expect(keys(r)).not.toContain('engine.added-kept');
    expect(todaysEntry(a)?.attendance).toBe('absent');
    expect(todaysEntry(a)?.note).toContain("he didn't go in, he had a meltdown at the gate when he saw the crowd");
    expect(parentWords(a, 'meltdown')).toEqual([]);
  });

  it('"Yes, change it, she went in at 11 after a lot of coaxing": changed, and the rest on the day\'s note', async () => {
    const a = await atChange();
    await a.send('Yes, change it, she went in at 11 after a lot of coaxing');
    expect(todaysEntry(a)?.attendance).toBe('partial');
    expect(todaysEntry(a)?.note).toContain('she went in at 11 after a lot of coaxing');
  });

  it('"No, keep what I picked please, thanks": nothing more on the note', async () => {
    const a = await atChange();
    const r = await a.send('No, keep what I picked please, thanks');
    expect(keys(r)).toContain('daily-log.attendance-kept');
    expect(todaysEntry(a)?.note ?? '').not.toContain('thanks');
  });
});

describe('words after a choice, at a question that does not take them', () => {
  it('kept apart, in the parent\'s words with the question\'s child, and said so', async () => {
    const a = await atChange();
    await a.send('No, keep what I picked');
    const jj = a.store.listCases('parent-a').find((c) => c.nickname === 'JJ')?.id;
    // "Yes, it helped" / "No" / "Not sure" at "Did that help?" (buttons only).
    expect(lastQuestion(await a.send('nothing')).key).toBe('daily-log.ask-supports');
    expect(lastQuestion(await a.send('a quiet space')).key).toMatch(/^daily-log\.ask-helped/);
    const r = await a.send('Yes, it helped, she stayed in the room until break for the first time');
    expect(keys(r)).toContain('engine.added-kept');
    expect(parentWords(a, 'until break').map((n) => n.caseId)).toEqual([jj]);
  });
});

describe('words that only restate the choice, at the told-day offer', () => {
  it('"Yes please add it to the log, that is exactly how it went": no note of them', async () => {
    const a = await atToldOffer(caseApp);
    const r = await a.send('Yes please add it to the log, that is exactly how it went');
    expect(keysOf(r)).not.toContain('engine.added-kept');
    expect(notesWith(a, 'exactly how it went')).toEqual([]);
  });

  it('"No, it\'s what the school said to me today": no note of them', async () => {
    const a = await atToldOffer(caseApp);
    const r = await a.send("No, it's what the school said to me today");
    expect(keysOf(r)).not.toContain('engine.added-kept');
    expect(notesWith(a, 'to me today')).toEqual([]);
  });
});

describe('wordsAdded: what adds something after a choice', () => {
  const content = bootContent();
  const ill: PendingQuestion = {
    key: 'daily-log.ask-ill',
    vars: { nickname: 'Sam' },
    promptId: 'q1',
    choices: [
      { id: 'ill', key: 'daily-log.choice.ill-yes' },
      { id: 'not-ill', key: 'daily-log.choice.ill-no' },
    ],
    freeText: false,
  };
  const added = (text: string) => {
    const begun = choiceBegun(content, ill, text);
    return begun ? wordsAdded(content, ill, text, begun) : 'no choice';
  };

  it.each([
    ['No, he was scared of the noise in the hall', 'he was scared of the noise in the hall'],
    ['Yes, temperature of 39 all night', 'temperature of 39 all night'],
    ['no, she wasn\'t, the hall is too loud for her', "she wasn't, the hall is too loud for her"],
    // The question's own words ("not a day Sam couldn't face school"): said back, nothing added.
    ['no, she wasn\'t ill, she just couldn\'t face it', null],
    ['Yes', null],
    ['Yes, that is right, thank you', null],
    ['no, not ill', null],
    ['nope, that\'s not what happened', null],
  ])('%s', (text, expected) => {
    expect(added(text)).toBe(expected);
  });
});
