/**
 * notes16 item 2: words held before it was known which child they were about, then filed as that
 * child's: moved into the case (`Store.refileNote`), never left behind as a copy under "General
 * notes · In your words" beside the case's statement. A school's line pasted at "what shall I call
 * your child?"; an account given after "Another child"; a new message read after "Look at it now".
 * Export and forget take the moved note. By the notes and the store.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { cmd, documents, pick, sendLetterFor, type CaseApp } from '../case-file/support.js';
import { EMAIL, atToldOffer } from '../../core/told-offer.js';

const app = caseAppsAfterEach();
const LINE = 'Ms. Carter, we are unable to offer a reduced timetable for Sam at this time.';
const ACCOUNT = 'Mrs Patel phoned about Mia: no later start for her this term, she says they have no staff for it. what do i say to them now';

const holding = (a: CaseApp, words: string) => a.store.listNotes('parent-a').filter((n) => n.text.includes(words));
const caseOf = (a: CaseApp, nickname: string) => a.store.listCases('parent-a').find((c) => c.nickname === nickname)?.id;

async function lineAtTheName(a: CaseApp): Promise<void> {
  await a.send(cmd('resume'));
  await a.send(pick('new-no'));
  await a.send(LINE);
  await a.send('Sam');
  await a.send('A reduced timetable');
  await a.send('Ms Carter');
  await a.send(pick('today'));
  await a.send(pick('yes'));
}

describe('a school line pasted at "what shall I call your child?"', () => {
  it('is the case\'s statement once: the copy kept when it came is moved into the case', async () => {
    const a = app();
    await lineAtTheName(a);
    const kept = holding(a, 'unable to offer a reduced timetable');
    expect(kept.map((n) => [n.caseId, n.kind, n.who])).toEqual([[caseOf(a, 'Sam'), 'statement', 'Ms Carter']]);
  });

  it('export takes it with the case, and forget erases it', async () => {
    const a = app();
    await lineAtTheName(a);
    const [md] = documents(await a.send(cmd('export', 'md')));
    const packet = md?.body ?? '';
    expect(packet.split('unable to offer a reduced timetable').length - 1).toBe(1);
    await a.send(cmd('forget'));
    await a.send(pick('yes'));
    await a.store.requests.settleErase();
    expect(a.store.listNotes('parent-a')).toEqual([]);
  });
});

describe('"Another child" at the closing "what do I say now?"', () => {
  it('the words are filed under the new child only, not also in general notes', async () => {
    const a = app();
    await sendLetterFor(a, 'Sasha');
    await a.send(ACCOUNT);
    await a.send(pick('new-child'));
    await a.send('Mia');
    const kept = holding(a, 'Mrs Patel');
    expect(kept.map((n) => [n.caseId, n.kind])).toEqual([[caseOf(a, 'Mia'), 'statement']]);
  });
});

describe('a new message read after "Look at it now"', () => {
  it('is filed once, in the case, when triage saves it', async () => {
    const a = await atToldOffer(app);
    await a.send(EMAIL);
    await a.send(pick('new:now'));
    await a.send(pick('child:0'));
    await a.send('A quiet room at lunch');
    await a.send(pick('teacher'));
    await a.send(pick('today'));
    await a.send(pick('yes'));
    const kept = holding(a, 'unable to provide a quiet room');
    expect(kept.map((n) => [n.caseId, n.kind])).toEqual([[caseOf(a, 'Rosie'), 'statement']]);
  });
});
