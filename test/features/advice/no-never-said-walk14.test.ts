/**
 * Fourteenth walk, W14-4 (and W14-6's letter line): letters stated a "no" nobody said and quoted
 * the parent's own account as the school's answer. A mother told how the school keeps sending Kai
 * home; her letter said "Your answer, as I noted it: The answer was no." and restate-nos "you told
 * me no". A father's account ("I emailed the depute head… nothing. emailed again 11 Dec. they
 * finally set a meeting…") was set down to the depute head as his answer, in the letter and the
 * packet. A letter states only what the school said; with nothing, the line is left out.
 * Flows by context and keys; the words are rendered only to look for what must not be there.
 */
import { describe, expect, it } from 'vitest';
import { shippedContent } from '../../../src/content/catalog.js';
import { bootContent } from '../../../src/app.js';
import type { NoteRow } from '../../../src/core/ports.js';
import type { DraftParams } from '../../../src/core/flow-kit.js';
import { reportedAccountOf, schoolAnswerOf, schoolWordsOf } from '../../../src/features/advice/letter-facts.js';
import { restateNos } from '../../../src/features/case-file/letter-from-notes.js';
import { timelineGroups, timelineText } from '../../../src/features/case-file/timeline.js';
import { noOtherFlow } from '../../../flows/advice/no-other.flow.js';
import { HANDOVER, ofType, replay, text } from '../flow-paths.js';

const KAI =
  'school rang AGAIN at 11 to come and get Kai because he was "dysregulated". thats the 4th time this month. they never write it down as an exclusion they just say its best for him to go home and calm down. I can\'t keep doing this, I\'ve had to give up my shifts';
const FIN =
  'I emailed the depute head on 30 November asking for a meeting about Finlay not managing school. nothing. emailed again 11 Dec. they finally set a meeting for 12 Jan, cancelled it the morning of. rebooked for 19th, cancelled again by text 20 mins before. no new date. he hasnt been in for 5 weeks and no one from the school has even phoned';
const MAISIE =
  'got a letter today from the council attendance team. says if Maisie doesnt improve in 15 school days they will issue a penalty notice £80 per parent and could go to court. im shaking. she WANTS to go she just cant. Are we going to get prosecuted??';

describe("the parent's own account is never the school's answer", () => {
  it('"emailed again", the parent\'s own act with its subject left off, reports no one', () => {
    expect(reportedAccountOf(FIN)).toBe('');
    expect(schoolAnswerOf(FIN, true)).toEqual({ quote: '', account: '' });
  });

  it('what a letter said is its first sentence, however the parent typed capitals: never her panic after it (W14-6)', () => {
    expect(reportedAccountOf(MAISIE)).toBe('if Maisie doesnt improve in 15 school days they will issue a penalty notice £80 per parent and could go to court');
    expect(schoolWordsOf(MAISIE)).not.toMatch(/shaking|prosecuted/i);
  });

  it('say-next reads no account from words where no one at school is reported', () => {
    expect(schoolWordsOf(FIN)).not.toMatch(/again 11 dec|finally set/i);
  });
});

describe('no "no" nobody said', () => {
  const note = (t: string, category = 'other'): NoteRow =>
    ({ id: 1, userId: 'u', caseId: 1, kind: 'statement', topic: 'triage.statement', text: t, category, who: 'the head of year, Mr Doyle', saidOn: '2027-01-27', day: '2027-01-27', at: '2027-01-27T16:00:00.000Z' }) as NoteRow;

  it('restate-nos does not claim one for a statement of another kind with no words of the school', () => {
    const content = shippedContent();
    const reason = content.render('case-file.letter.no-line.reason.other', { n: '1', date: '27 January 2027', who: content.render('case-file.letter.who.you') });
    expect(restateNos(content, [note(KAI)], undefined, 'Mr Doyle') ?? '').not.toContain(reason.slice(3));
  });

  it('a kind of no the school did give is still set down in neutral words', () => {
    const content = shippedContent();
    expect(restateNos(content, [note('they said no', 'resources')]) ?? '').toContain(content.render('case-file.letter.no-line.reason.resources', { n: '1', date: '27 January 2027', who: 'Mr Doyle' }).slice(3));
  });

  it("the something-else letter leaves the school's answer out rather than say the answer was no", () => {
    const r = replay(noOtherFlow.machine, { ...HANDOVER, statement: KAI, category: 'other' }, [text('that they keep him in with his support'), text('his 1:1 in class'), text('noise when his 1:1 isnt there')]);
    const draft = ofType<DraftParams>(r.effects, 'draft')[0];
    expect(draft?.vars['statement'] ?? '').toBe('');
  });

  it("the father's account is not his answer in that letter either", () => {
    const r = replay(noOtherFlow.machine, { ...HANDOVER, statement: FIN, category: 'other' }, [text('a date for a meeting'), text('a meeting that happens'), text('he is overwhelmed and not sleeping')]);
    expect(ofType<DraftParams>(r.effects, 'draft')[0]?.vars['statement'] ?? '').toBe('');
  });

  it('the packet does not say the school said no, nor give his account as what the school said', () => {
    const content = bootContent();
    const record = timelineText(content, timelineGroups(content, [{ ...note(FIN), who: 'the depute head, Mr Gillespie' }], { voice: 'record' }));
    expect(record).not.toContain(content.render('case-file.letter.answer-other'));
    expect(record).not.toMatch(/again 11 dec|finally set/i);
  });
});
