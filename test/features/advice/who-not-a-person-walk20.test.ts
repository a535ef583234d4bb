/**
 * Twentieth walk, W20-2: at "Who said it?", "honestly I'm at the end of my tether with them, the
 * camhs waiting list is 18 months" was taken as who said it, and the case notes (and so the
 * packet) read "You told me the school said (…) · honestly I'm at the end of my tether…". A
 * sentence that names no one (no role, no name, no person) is not who said it: kept as the
 * parent's words with the case, and the question asked again. Answers that do name someone,
 * however they are put, are still taken.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, NoteParams, SayParams } from '../../../src/core/flow-kit.js';
import { triageFlow } from '../../../flows/advice/triage.flow.js';
import { classified, ofType, replay, text } from '../flow-paths.js';

const m = triageFlow.machine;
const INPUT = { statement: 'i asked for a reduced timetable and they said they cant do that without evidence from camhs first' };
const toWho = [text('Mia'), text('a reduced timetable'), classified('data', true)];

describe('W20-2: a sentence naming no one at "Who said it?"', () => {
  it.each([
    "honestly I'm at the end of my tether with them, the camhs waiting list is 18 months",
    'we have been waiting for over a year for anything to happen and nothing has',
    'i just want her to be happy again and go to school like she used to',
    // An acronym that is no one: the service, the plan, the condition.
    'honestly the CAMHS waiting list is 18 months and the EHCP is nowhere',
    'I was told NO again and again, nothing will ever change',
    'WE HAVE BEEN WAITING FOR OVER A YEAR FOR ANYTHING TO HAPPEN',
  ])('is not who said it: kept as the parent\'s words, who left blank, the question again: %s', (typed) => {
    const r = replay(m, INPUT, [...toWho, text(typed)]);
    expect(String(r.final.value)).toBe('who');
    expect(r.final.context).toMatchObject({ who: '' });
    expect(ofType<SayParams>(r.effects, 'say').map((s) => s.key)).toContain('triage.who-not-a-person');
    expect(ofType<NoteParams>(r.effects, 'note').filter((n) => n.text === typed)).toEqual([expect.objectContaining({ kind: 'parent_words' })]);
    expect(ofType<AskParams>(r.effects, 'ask').map((a) => a.key).filter((k) => k.endsWith('-who'))).toHaveLength(2);
  });

  it.each([
    'Mrs Patel',
    'the deputy head',
    'her form tutor',
    'the woman in the office, I do not know her name',
    'the new head of year, Mr Thompson, at parents evening',
    'someone from the local authority SEN team on the phone',
    'they all said it at the meeting',
    // review21 R6: roles once missing from the lists, and an all-capitals word (an acronym) as a person.
    'it was in an email from the deputy, ms k',
    'the EWO who came round to the house on Monday',
    'the education welfare officer who came round on monday',
    'the family support worker who is on her case',
    'her learning mentor told me at the end of the day',
    'the head of house rang me this morning about it',
    'the dsl rang me this morning about the referral',
    'the inclusion manager rang me this morning about it',
    'the receptionist told me when I dropped her off',
    'the TA told me at the gate this morning',
    'it came in an email from JB last night',
  ])('an answer naming someone is still who said it: %s', (typed) => {
    const r = replay(m, INPUT, [...toWho, text(typed)]);
    expect(String(r.final.value)).toBe('when');
    expect(ofType<SayParams>(r.effects, 'say').map((s) => s.key)).not.toContain('triage.who-not-a-person');
  });
});
