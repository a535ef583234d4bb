/**
 * After the ninth walk's reviews: a next step noted before the case's latest reply dropped off
 * "what is due?" and the Home tab, even when the reply answered a different letter. Two letters
 * sent for Rosie (a later start; then, a week on, the data they want) and the reminder for the
 * first answered: the second letter's next steps must stay, and so must its reminder. A step
 * belongs to the letter sent after it in its case; it drops off once that letter is answered,
 * and stays wherever the notes cannot say (the safe side).
 */
import { describe, expect, it } from 'vitest';
import { cleanupsAfterEach } from '../../support/cleanups.js';
import { cmd, makeCaseApp, pick, question, tellTriage, type CaseApp } from './support.js';
import { currentSteps } from '../../../src/features/case-file/overtaken-steps.js';
import { summarizeCase } from '../../../src/features/case-file/case-at-a-glance.js';
import type { NoteRow } from '../../../src/core/ports.js';
import type { FollowupRow } from '../../../src/features/case-file/requests-port.js';
import { MEETING_TOPIC } from '../../../flows/advice/meeting-states.js';
import { followUpFlow } from '../../../flows/case-file/follow-up.flow.js';
import { choice, ofType, replay, text } from '../flow-paths.js';

const cleanups = cleanupsAfterEach();
const USER = 'parent-a';

async function sendFor(a: CaseApp, request: string, statement: string): Promise<void> {
  await tellTriage(a, { nickname: 'Rosie', request, statement, who: 'Mr Hill' });
  for (let i = 0; i < 4; i++) await a.send(pick('not-said'));
  await a.send(pick('sent'));
}

describe('a reply answers its own letter, not every next step in the case', () => {
  it("the reminder for Rosie's first letter answered: the second letter's steps and reminder stay", async () => {
    const a = makeCaseApp();
    cleanups.add(() => a.close());
    await sendFor(a, 'A later start at 10', 'We need more evidence before we change anything.');
    a.clock.current = new Date('2026-12-02T10:00:00Z');
    await sendFor(a, 'A quiet room at lunch', 'We need more data before we can agree to that.');
    const [first, second] = a.store.requests.listFollowups(USER);
    expect(second?.caseId).toBe(first?.caseId);

    a.clock.current = new Date('2026-12-09T17:00:00Z');
    await a.send(cmd('followup-reminder', String(first?.id)));
    await a.send(pick('replied'));
    await a.send('They will try a 10 o\'clock start from Monday');
    await a.send(pick('keep'));

    const rows = a.store.requests.listFollowups(USER);
    expect(rows.map((f) => f.status)).toEqual(['answered', 'open']);
    const notes = a.store.listNotes(USER);
    const current = currentSteps(notes, rows);
    const steps = notes.filter((n) => n.kind === 'next_step' && n.due && n.topic !== MEETING_TOPIC);
    const requests = notes.filter((n) => n.kind === 'request_sent');
    const before = steps.filter((s) => s.id < (requests[0]?.id ?? 0));
    const after = steps.filter((s) => s.id > (requests[0]?.id ?? 0) && s.id < (requests[1]?.id ?? 0));
    expect(before.length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(0);
    expect(before.map(current)).toEqual(before.map(() => false));
    expect(after.map(current)).toEqual(after.map(() => true));
    // The Home tab reads the same.
    const glance = summarizeCase(a.store.listCases(USER), notes, '2026-12-09', undefined, rows);
    expect(glance.due.some((n) => after.some((s) => s.id === n.id))).toBe(true);
    // The answered letter's reply is no longer due there; the other letter's still is.
    expect(glance.due.filter((n) => n.kind === 'request_sent').map((n) => n.id)).toEqual([requests[1]?.id]);
  });
});

async function twoLettersForRosie(): Promise<CaseApp> {
  const a = makeCaseApp();
  cleanups.add(() => a.close());
  await sendFor(a, 'A later start at 10', 'We need more evidence before we change anything.');
  a.clock.current = new Date('2026-12-02T10:00:00Z');
  await sendFor(a, 'A quiet room at lunch', 'We need more data before we can agree to that.');
  a.clock.current = new Date('2026-12-07T17:00:00Z');
  return a;
}

describe('"they replied" with two letters waiting for one child', () => {
  it('asks which letter they answered, and closes that one alone', async () => {
    const a = await twoLettersForRosie();
    let r = await a.send(cmd('replied'));
    const q = question(r);
    expect(q.key).toBe('case-file.replied.ask-which-letter');
    expect(q.choices.map((c) => c.id)).toEqual(['letter:0', 'letter:1', 'letters-unsure']);
    r = await a.send(pick('letter:1'));
    expect(question(r).key).toBe('case-file.replied.ask');
    await a.send('They can use the library at lunch from Monday');
    await a.send(pick('keep'));
    expect(a.store.requests.listFollowups(USER).map((f) => f.status)).toEqual(['open', 'answered']);
  });

  it('"they replied: …" with the words, then the letter: kept without asking for them again', async () => {
    const a = await twoLettersForRosie();
    const r = await a.send(cmd('replied', 'They will try a later start'));
    expect(question(r).key).toBe('case-file.replied.ask-which-letter');
    expect(question(await a.send(pick('letter:0'))).key).toBe('case-file.replied.another');
    await a.send(pick('keep'));
    expect(a.store.requests.listFollowups(USER).map((f) => f.status)).toEqual(['answered', 'open']);
    expect(a.store.listNotes(USER).filter((n) => n.kind === 'response').map((n) => n.text)).toEqual(['They will try a later start']);
  });

  it('"more than one, or not sure" closes both, as before', async () => {
    const a = await twoLettersForRosie();
    await a.send(cmd('replied'));
    await a.send(pick('letters-unsure'));
    await a.send('They answered both');
    await a.send(pick('keep'));
    expect(a.store.requests.listFollowups(USER).map((f) => f.status)).toEqual(['answered', 'answered']);
  });
});

describe('the follow-up flow closes what was answered', () => {
  it("a reminder answered closes that reminder's follow-up; \"they replied\" the child's", () => {
    const reminded = replay(followUpFlow.machine, { mode: 'reminder', followupId: 7 }, [choice('replied'), text('They agreed'), choice('keep')]);
    expect(ofType(reminded.effects, 'closeFollowups')).toEqual([{ status: 'answered', followupId: 7 }]);
    const typed = replay(followUpFlow.machine, { mode: 'replied' }, [text('They agreed'), choice('keep')]);
    expect(ofType(typed.effects, 'closeFollowups')).toEqual([{ status: 'answered' }]);
  });
});

const note = (id: number, kind: NoteRow['kind'], o: Partial<NoteRow> = {}): NoteRow => ({
  id,
  userId: USER,
  caseId: 1,
  kind,
  topic: kind === 'next_step' ? 'advice.step' : kind,
  text: 'x',
  at: `2026-12-0${Math.min(9, id)}T10:00:00.000Z`,
  day: '2026-12-01',
  nickname: 'Rosie',
  ...o,
});
const followup = (id: number, requestNoteId: number | null, o: Partial<FollowupRow> = {}): FollowupRow => ({
  id,
  userId: USER,
  caseId: 1,
  requestNoteId,
  letter: 'data-request',
  about: 'a letter',
  sentAt: `2026-12-0${id}T10:00:00.000Z`,
  sentOn: '2026-12-01',
  schoolDays: 10,
  dueOn: '2026-12-15',
  dueAt: '2026-12-15T16:00:00.000Z',
  timeZone: 'UTC',
  status: 'open',
  remindedAt: null,
  closedAt: null,
  ...o,
});

describe('currentSteps: a step belongs to the letter sent after it', () => {
  const stepA = note(1, 'next_step', { due: '2026-12-20' });
  const reqA = note(2, 'request_sent');
  const stepB = note(3, 'next_step', { due: '2026-12-21' });
  const reqB = note(4, 'request_sent');
  const reply = note(5, 'response');

  it("a reply to the first letter leaves the second letter's step", () => {
    const rows = [followup(1, 2, { status: 'answered', closedAt: reply.at }), followup(2, 4)];
    const current = currentSteps([stepA, reqA, stepB, reqB, reply], rows);
    expect([current(stepA), current(stepB)]).toEqual([false, true]);
  });

  it('a step with no letter sent after it yet stays, whatever reply came', () => {
    const rows = [followup(1, 2, { status: 'answered', closedAt: reply.at })];
    const current = currentSteps([stepA, reqA, stepB, reply], rows);
    expect([current(stepA), current(stepB)]).toEqual([false, true]);
  });

  it('old rows: one reply that closed both letters at once cannot say which it answered, so both steps stay', () => {
    const rows = [followup(1, 2, { status: 'answered', closedAt: reply.at }), followup(2, 4, { status: 'answered', closedAt: reply.at })];
    const current = currentSteps([stepA, reqA, stepB, reqB, reply], rows);
    expect([current(stepA), current(stepB)]).toEqual([true, true]);
  });

  it('old rows: a follow-up with no request note tied to it leaves the step', () => {
    const rows = [followup(1, null, { status: 'answered', closedAt: reply.at })];
    expect(currentSteps([stepA, reqA, reply], rows)(stepA)).toBe(true);
  });

  it('a letter chased by a follow-up letter is answered when the follow-up is', () => {
    const chase = note(4, 'request_sent', { topic: 'sent.letter.follow-up' });
    const rows = [
      followup(1, 2, { status: 'followed_up', closedAt: '2026-12-04T10:00:00.000Z' }),
      followup(4, 4, { letter: 'follow-up', sentAt: '2026-12-04T10:00:00.000Z', status: 'answered', closedAt: reply.at }),
    ];
    expect(currentSteps([stepA, reqA, chase, reply], rows)(stepA)).toBe(false);
    const unanswered = [rows[0] as FollowupRow, followup(4, 4, { letter: 'follow-up', sentAt: '2026-12-04T10:00:00.000Z' })];
    expect(currentSteps([stepA, reqA, chase], unanswered)(stepA)).toBe(true);
  });

  it('a meeting still to come stays, and other children are their own', () => {
    const meeting = note(1, 'next_step', { topic: MEETING_TOPIC, due: '2026-12-20' });
    const other = note(3, 'next_step', { caseId: 2, due: '2026-12-20' });
    const rows = [followup(1, 2, { status: 'answered', closedAt: reply.at })];
    const current = currentSteps([meeting, reqA, other, reply], rows);
    expect([current(meeting), current(other)]).toEqual([true, true]);
  });
});

// The review (finding 4): a follow-up letter sent for Rosie's first letter closed every open
// letter of hers as followed up, so the second letter's reminder stopped and its steps could drop.
describe('a follow-up letter follows up the letters overdue, not every letter', () => {
  it('the second letter, not yet due, keeps its reminder', async () => {
    const a = await twoLettersForRosie();
    const [first, second] = a.store.requests.listFollowups(USER);
    a.clock.current = new Date(`${first?.dueOn}T17:00:00Z`);
    a.clock.advance(86_400_000);
    expect((second?.dueOn ?? '') > a.clock.now().toISOString().slice(0, 10)).toBe(true);
    await a.send(cmd('letter', 'follow-up'));
    await a.send(cmd('sent'));
    const rows = a.store.requests.listFollowups(USER);
    expect(rows.find((f) => f.id === first?.id)?.status).toBe('followed_up');
    expect(rows.find((f) => f.id === second?.id)?.status).toBe('open');
  });
});
