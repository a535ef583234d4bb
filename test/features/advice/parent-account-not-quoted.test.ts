/**
 * The eleventh walk (W11-1): a mother typed her own account at the menu, in the first person
 * ("Hi, I'm Leo's mum. On Monday the head Mrs Cole phoned me and said Leo is choosing not to come
 * in…"), confirmed Mrs Cole as who said it, and the letter to Mrs Cole quoted the whole message
 * as Mrs Cole's words; restate-nos said "you said: …", and the packet "The school said …" over a
 * grandmother's account of her kinship care order. Only the school's words are quoted; an account
 * in the parent's voice is their report: the part after "phoned me and said" set down as what they
 * were told (checked with their other words first), never a quotation. Notes already stored so read
 * the same way: the rule is applied when the words are read, not when they were kept.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { shippedContent } from '../../../src/content/catalog.js';
import type { NoteRow } from '../../../src/core/ports.js';
import { isSchoolsOwnWords, quotableWordsOf, reportedAccountOf, schoolAnswerOf } from '../../../src/features/advice/letter-facts.js';
import { restateNos } from '../../../src/features/case-file/letter-from-notes.js';
import { choice, command, fixedClassifier, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';

const LEO = "Hi, I'm Leo's mum. On Monday the head Mrs Cole phoned me and said Leo is choosing not to come in and she will refer him to the attendance officer.";
const ISLA =
  "Good evening. I am Isla's gran, she has lived with me since she was four and I have a kinship care order for her. On Monday the depute head Mrs Baird phoned me and said Isla is choosing not to come in, and if it goes on she will have to refer her to the attendance officer. Isla has not managed a full week since the October holidays.";

describe("an account in the parent's own voice is never the school's words", () => {
  it.each([
    LEO,
    ISLA,
    'I rang the school and was told there is nobody to meet him at the gate this term.',
    'I rang the school this morning. No later start until the new year.',
    'Spoke to the head today, she said a later start is not possible.',
    "my son's teacher told me he has to stay for the whole day.",
    'We had a meeting and they said no to the quiet room.',
    "I'm his dad. The SENCO called me yesterday and said the pass has been taken away.",
    "I am Maya's foster mum. Her teacher rang us on Friday and said she can't use the calm room any more.",
    'We were told at the meeting that a reduced timetable is not an option.',
  ])('%j', (said) => {
    expect(quotableWordsOf(said)).toBe('');
    expect(isSchoolsOwnWords(said)).toBe(false);
    expect(schoolAnswerOf(said, true).quote).toBe('');
  });

  it('what they were told is the part after "phoned me and said", in a later sentence too', () => {
    expect(reportedAccountOf(LEO)).toBe('Leo is choosing not to come in and she will refer him to the attendance officer');
    expect(reportedAccountOf(ISLA)).toBe('Isla is choosing not to come in, and if it goes on she will have to refer her to the attendance officer');
    expect(schoolAnswerOf(LEO, true)).toEqual({ quote: '', account: 'Leo is choosing not to come in and she will refer him to the attendance officer' });
  });

  it.each([
    "I'm afraid we are not able to offer a reduced timetable at this point.",
    'Thank you for your email. I have spoken to the pastoral team and we cannot agree to a later start.',
    'Following our call when you rang me on Monday, we are unable to offer home tuition.',
  ])("the school's own words are still quoted: %j", (said) => {
    expect(quotableWordsOf(said)).not.toBe('');
    expect(isSchoolsOwnWords(said)).toBe(true);
  });
});

describe('notes already kept with the account as "what the school said"', () => {
  const note = (text: string): NoteRow =>
    ({ id: 1, userId: 'u', caseId: 1, kind: 'statement', topic: 'triage.statement', text, who: 'Mrs Baird', saidOn: '2026-12-07', day: '2026-12-09', at: '2026-12-09T18:00:00.000Z' }) as NoteRow;

  it('restate-nos sets it down as what the parent was told, never "you said: …"', () => {
    const content = shippedContent();
    const line = restateNos(content, [note(ISLA)], undefined, 'Mrs Baird') ?? '';
    const told = content.render('case-file.letter.no-line.reported', {
      n: '1',
      date: '7 December 2026',
      who: content.render('case-file.letter.who.you'),
      account: 'Isla is choosing not to come in, and if it goes on she will have to refer her to the attendance officer',
      kind: content.render('case-file.letter.no-kind.other'),
    });
    expect(line).toBe(told);
  });
});

let app: TestApp;
afterEach(() => app?.cleanup());

describe('the letter from a first-person account (the walk, replayed)', () => {
  it("asks the parent to check what they were told, with their other words, before drafting", async () => {
    app = makeTestApp({ classifier: fixedClassifier('other'), clock: undefined });
    app.clock.current = new Date('2026-12-09T18:00:00Z');
    await app.send(command('resume'));
    let r = await app.send(LEO);
    for (const say of ['Leo', 'a later start', 'yes', 'Yes, Monday', 'yes', 'England', 'No plan', 'Year 6', 'he', '1', 'Nothing written yet', 'As unauthorised', '"Leo" is right', 'Sam Cole']) {
      r = await app.send(say);
    }
    expect(keys(r)).toContain('facts.wording-preview');
    expect(lastQuestion(r).key).toBe('facts.check-wording');
    const preview = r.find((x) => x.key === 'facts.wording-preview');
    expect(preview?.type === 'text' ? preview.text : '').toContain('Leo is choosing not to come in and she will refer him to the attendance officer');
    r = await app.send(choice('ok', lastQuestion(r).promptId));
    const letter = r.find((x) => x.type === 'document');
    const body = letter?.type === 'document' ? (letter.body ?? '') : '';
    expect(body).toContain('Leo is choosing not to come in');
    expect(body).not.toContain("Leo's mum");
    expect(body).not.toContain('"');
  });
});
