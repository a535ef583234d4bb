/**
 * Left by the sixth walk (S-L7): "hi, the school said no to a reduced timetable for my daughter"
 * at the menu still met "what did you ask the school for?". What "said no to" names is offered
 * back as the request, one tap to confirm (as "I asked for…" already was: T12); a refusal to
 * do something ("refused to assess her") names no request.
 */
import { describe, expect, it } from 'vitest';
import { requestNamedIn } from '../../../flows/advice/school-words.js';
import { requestParams, type TriageCtx } from '../../../flows/advice/triage-questions.js';

describe('what "said no to" names, offered as the request', () => {
  it.each([
    ['hi, the school said no to a reduced timetable for my daughter', 'a reduced timetable'],
    ['They said no to a later start.', 'a later start'],
    ['the head has turned down our request for a part-time timetable', 'a part-time timetable'],
    ['school refused a quiet room at lunch because of staffing', 'a quiet room at lunch'],
    ['I asked for homebound instruction and they said no', 'homebound instruction'],
    // The review of 7 December: the child named before the request is not part of it.
    ['Ms Cole refused my son a place in the nurture group', 'a place in the nurture group'],
    ['the head refused him a later start', 'a later start'],
    // The eleventh walk (W11-14): English as a second language, the present for the past.
    ['I ask the school for home tuition or some online classes, they say no', 'home tuition or some online classes'],
    ['we are asking the school for a quiet room', 'a quiet room'],
    // The twenty-first walk (W21-1): a no for want of staff or money names what it was for.
    ["At the IEP meeting Tuesday the case manager said they don't have the staff for a 1:1 aide or a shortened day and they can't just make up a program", 'a 1:1 aide or a shortened day'],
    ['the head says there is no funding for a TA to meet him at the gate', 'a TA to meet him at the gate'],
    ["they don't have the budget for an outreach teacher", 'an outreach teacher'],
    ["school says it can't offer a part-time timetable", 'a part-time timetable'],
  ])('%j: %j', (said, request) => {
    expect(requestNamedIn(said)).toBe(request);
  });

  it.each([
    'The school refused to assess her.',
    'they said no again',
    'they said no to it',
    'The SENCO said no to me on the phone',
    // The review of 7 December: how or how often they refused is no request.
    'The school refused again.',
    'They declined again today',
    'The head refused point blank',
    'the school has declined twice now',
    'They have refused repeatedly to meet',
    'The head teacher refused again this morning when I rang',
    'They flatly refused.',
    // A question is no request made.
    'What should I ask for at the meeting?',
    'can we ask for a later start?',
    // W21-1: a lack named without what it was for, or a "can't" that is no offer refused.
    "they don't have the staff",
    "they can't offer anything more",
    "she can't do it this term",
    "the school can't give me a date",
  ])('%j names none', (said) => {
    expect(requestNamedIn(said)).toBe('');
  });

  it('"What did you ask the school for?" confirms it with one tap', () => {
    const asked = requestParams({ context: { statement: 'hi, the school said no to a reduced timetable for my daughter' } as TriageCtx });
    expect(asked.key).toBe('triage.confirm-request');
    expect(asked.vars?.['request']).toBe('a reduced timetable');
    expect(asked.choices?.map((c) => c.id)).toEqual(['named']);
  });
});
