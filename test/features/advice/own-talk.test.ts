/**
 * W15-1 / W15-6: the parent's own talk (a correction, news about the family, a question to me)
 * is told from the school's words by what it is, and the school's words are never taken for it.
 * Sentences of our own, not the walk's.
 */
import { describe, expect, it } from 'vitest';
import { ownTalkOf } from '../../../flows/advice/own-talk.js';

describe('the parent\'s own talk', () => {
  it.each([
    ['oh and i got her name wrong earlier, she\'s Rosie with an ie', 'correction'],
    ['Apologies, I think I typed the date of the meeting wrong. Should have been the 4th.', 'correction'],
    ['I just realised the day I gave you was a mistake', 'correction'],
    ['his name is Callum not Calum', 'correction'],
    ['I clicked the wrong button when you asked what kind of no it was', 'correction'],
    ['my typo, it was Tuesday', 'correction'],
    ['We have moved to Wales since I last wrote, new address and everything', 'family'],
    ["we're living in Cardiff now", 'family'],
    ['heads up, we are moving to my sister\'s in March', 'family'],
    ['Can you remind me how I print all of this for the meeting?', 'question'],
    ['how do i change where we live on here', 'question'],
  ])('%s → %s', (typed, kind) => {
    expect(ownTalkOf(typed)).toBe(kind);
  });

  it.each([
    'The head of year phoned this afternoon. She said they cannot give Noor a later start because they would have to offer it to every child who asks.',
    'We are looking into a part time timetable and will be in touch after the staffing meeting on the 10th. Mrs Hughes',
    'Dear Mrs Okafor, We are unable to offer a reduced timetable at this time as we do not have the staff. Kind regards, Mr Doyle',
    'no reduced timetable, not enough staff for the afternoons',
    'they said he has to be in full time or it goes down as unauthorised',
    'Ms Lee said they will look at the attendance data by 14 March.',
    'we cannot put a 1:1 in place because it would not be fair on the others',
    'she told me it was "not a priority" and that we should wait',
    'the senco wrote that she is doing fine in class so nothing is needed',
    // review19 R1: a question to me that carries the school's no is asking for help with it.
    'can you help, the school wont give my son a reduced timetable and hes been off for a month',
    "How can I get the school to help my daughter? She hasn't been in for 3 weeks and they won't do anything",
    'Do I have to accept this? No 1:1 because of funding',
    "Should I be worried? They're threatening a fine for his attendance",
  ])('the school\'s words are not: %s', (typed) => {
    expect(ownTalkOf(typed)).toBeUndefined();
  });

  it('odd input is nothing, never a crash', () => {
    for (const t of ['', '   ', '😭😭', 'x'.repeat(30_000)]) expect(ownTalkOf(t)).toBeUndefined();
  });
});
