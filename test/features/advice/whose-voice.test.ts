/**
 * Review 9 (findings 1 and 2): whose voice a statement is in. A parent or carer introducing
 * themselves in any register is never quoted to the school as the school's words; a school's email
 * (greeting or none, UK or US, one line or pasted with its lines) is quoted as the school's words,
 * and a lead-in inside it ("Leo has said…", "The LA has told us that…") is the school's words too,
 * never the start of the parent's report.
 */
import { describe, expect, it } from 'vitest';
import { shippedContent } from '../../../src/content/catalog.js';
import type { NoteRow } from '../../../src/core/ports.js';
import { isSchoolsOwnWords, quotableWordsOf, reportedAccountOf, schoolAnswerOf, schoolWordsOf } from '../../../src/features/advice/letter-facts.js';
import { restateNos } from '../../../src/features/case-file/letter-from-notes.js';

const TAIL = " The head won't allow a later start, there's no staff in the mornings.";

describe("a parent or carer speaking for themselves is never quoted as the school's words", () => {
  it.each([
    "Hi, it's Leo's mum.",
    'This is Leo\'s mum.',
    'Im leos mum.',
    "I'm Leos mum.",
    "I'm Leo's mummy.",
    "Hi, I'm the mum of Leo.",
    "As Leo's mum, I'm worried.",
    'Mum here.',
    "Leo's nan here.",
    "I'm Leo's kinship carer.",
    "I'm Leo's special guardian.",
    "I'm Leo's adoptive mum.",
    "I'm Leo's grandmother and I have a special guardianship order.",
    "We're Leo's parents.",
    "Me and my husband are Leo's foster carers.",
    "Hello, Leo's mum writing.",
    "Hi, I'm the parent of Leo in Year 6.",
    'Good evening, I am Leo\'s great-grandmother.',
    "hiya its jaydens dad.",
    "Evening, Amara's stepdad here.",
    "We are Priya's foster parents.",
    'Me and his dad went in on Monday.',
    'My husband and I went in to see the head.',
  ])('%j, then what the school said', (intro) => {
    const said = intro + TAIL;
    expect(isSchoolsOwnWords(said)).toBe(false);
    expect(quotableWordsOf(said)).toBe('');
    expect(schoolAnswerOf(said, true).quote).toBe('');
  });

  it.each([
    'Good evening, Isla\'s kinship carer here. She has lived with me since she was four and social work are involved. The depute head Mrs Baird phoned today: Isla is choosing not to come in and it will go to the attendance officer.',
    "Leo's nan here. He lives with us. Mrs Cole rang yesterday: Leo is choosing not to come in and she will refer him.",
    'Hi im leos mum, the head rang yesterday: Leo is choosing not to come in and she will refer him.',
  ])('an introduction with private details gives only what they were told: %j', (said) => {
    expect(quotableWordsOf(said)).toBe('');
    const account = reportedAccountOf(said);
    expect(account).toMatch(/^(?:Isla|Leo) is choosing not to come in/);
    expect(account).not.toMatch(/kinship|social work|lives with|nan|mum/i);
  });

  it('the school writing of the parent as a third person is not the parent speaking', () => {
    const said = 'Dear Mrs Hughes,\n\nI am the parent support adviser at Oakfield. We are unable to agree to a later start for Leo at present.\n\nKind regards,\nMs Patel';
    expect(isSchoolsOwnWords(said)).toBe(true);
  });
});

const LEO_HAS_SAID = 'Dear Mrs Smith,\n\nThank you for your email. Leo has said he is anxious about mornings. However we are unable to agree to a later start as we do not have the staff to supervise late arrivals.\n\nKind regards,\nMr Brown';
const LA = 'Dear Mrs Smith,\n\nWe have been told by the local authority that home tuition is not available for anxiety. We cannot refer Leo.\n\nRegards,\nMr Brown';

describe("a school's email is the school's words, lead-ins and all", () => {
  it.each([
    LEO_HAS_SAID,
    LA,
    'Dear Mrs Smith, Thank you for your email. Leo has said he is anxious about mornings. However we are unable to agree to a later start. Kind regards, Mr Brown',
    'Dear Mrs Smith, We have been told by the local authority that home tuition is not available for anxiety. We cannot refer Leo. Regards, Mr Brown',
    'Hello Mrs Ahmed, the LA has told us that they do not fund tutors for anxiety, so we are not able to arrange home tuition for Leo.',
    'Leo has said he finds the mornings hard. We are not in a position to offer a reduced timetable this term.',
    'Hi Ms. Delgado,\n\nThanks for reaching out. Per district policy, we cannot approve a shortened day for Mateo. His counselor said he is doing fine in class.\n\nBest,\nMr. Carter\nAssistant Principal',
    'Good afternoon Mrs Okafor, thank you for your message. The SENCO has said the calm room is for timetabled use only. Best wishes, Mrs Fenwick',
    'Thank you for getting in touch. Our attendance officer told us that part-time timetables are only for medical cases, so we cannot agree to one for Amara.',
    'Thanks for your email. The district has advised us that homebound instruction needs a physician form. We are unable to start it without one.',
    "We don't have the staff to supervise a late arrival. Leo's form tutor said he settles well once he is in.",
    "Dear Parent/Carer,\n\nAs Leo's parents, you may ask for a review in the spring. We are not able to offer a part-time timetable now; this is Leo's parents' choice to appeal. Please contact me and I will arrange a call.\n\nYours sincerely,\nMrs J Okoro\nHeadteacher",
  ])('%j', (said) => {
    expect(isSchoolsOwnWords(said)).toBe(true);
    expect(quotableWordsOf(said)).not.toBe('');
    expect(reportedAccountOf(said)).toBe('');
    expect(schoolAnswerOf(said, true).account).toBe('');
  });

  it('keeps the refusal, not only the lead-in, and no greeting or signature', () => {
    const one = quotableWordsOf(LEO_HAS_SAID);
    expect(one).toContain('Leo has said he is anxious about mornings');
    expect(one).toContain('we are unable to agree to a later start');
    expect(one).not.toMatch(/Dear|Mr Brown|regards/);
    const typed = quotableWordsOf('Dear Mrs Smith, We have been told by the local authority that home tuition is not available for anxiety. We cannot refer Leo. Regards, Mr Brown');
    expect(typed).toBe('We have been told by the local authority that home tuition is not available for anxiety. We cannot refer Leo.');
    expect(schoolWordsOf(LA)).toContain('We cannot refer Leo');
    expect(schoolWordsOf(LA)).not.toMatch(/^by the local authority/);
  });

  it.each([
    'We were told at the meeting that a reduced timetable is not an option.',
    'The head said we are unable to have a later start.',
    'They told us we cannot have a later start because there is no staff.',
    'I rang the school and they said no.',
  ])("a parent's account that uses the school's phrases is still theirs: %j", (said) => {
    expect(isSchoolsOwnWords(said)).toBe(false);
    expect(quotableWordsOf(said)).toBe('');
  });
});

describe("restate-nos quotes the school's email, refusal and all", () => {
  const note = (text: string): NoteRow =>
    ({ id: 1, userId: 'u', caseId: 1, kind: 'statement', topic: 'triage.statement', text, who: 'Mr Brown', saidOn: '2026-12-07', day: '2026-12-09', at: '2026-12-09T18:00:00.000Z' }) as NoteRow;

  it.each([
    [LEO_HAS_SAID, 'However we are unable to agree to a later start'],
    [LA, 'We cannot refer Leo'],
  ])('%j', (email, refusal) => {
    const line = restateNos(shippedContent(), [note(email)], undefined, 'Mr Brown') ?? '';
    expect(line).toContain(refusal);
    expect(line).not.toMatch(/told me that/);
    expect(line).not.toContain('Dear Mrs Smith');
  });
});
