/**
 * The thirteenth walk (W13-7): a Head of Year's "I suggest we meet on Thursday 14th January at
 * 3.30pm" gave no date to watch, and "what is due?" showed only the reply due after the meeting;
 * a reply's "there will be meeting on Tuesday 16 March" (typed with "they replied: …") was not
 * offered either. Now a meeting the school proposes ("we meet on…") is read like the others; a
 * reply that names one offers it once kept; and a letter sent before a kept meeting says the
 * reply day falls after it. By state ids, content keys and notes.
 */
import { describe, expect, it } from 'vitest';
import { meetingToCome } from '../../../flows/advice/meeting-day.js';
import { followUpFlow } from '../../../flows/case-file/follow-up.flow.js';
import type { AskParams, FlowEvent, NoteParams } from '../../../src/core/flow-kit.js';
import { MEETING_TOPIC } from '../../../flows/advice/meeting-states.js';
import { ofType, replay } from '../flow-paths.js';
import { cleanupsAfterEach } from '../../support/cleanups.js';
import { cmd, keysOf, makeCaseApp, pick, question, tellTriage } from './support.js';

const EMAIL =
  "I'm afraid we can't put Jayden on a part-time timetable at this stage. I suggest we meet on Thursday 14th January at 3.30pm with Mrs Fenwick (SENCo) to talk it through.";
const REPLY = 'Mrs Gallacher phone me today. She say GP letter is not enough, they need letter from CAMHS. She say there will be meeting on Tuesday 16 March with educational psychologist.';

describe('a meeting the school proposes, in its words', () => {
  it.each([
    [EMAIL, '2027-01-04', '2027-01-14'],
    ['Could we meet on 20 January to discuss it?', '2027-01-04', '2027-01-20'],
    ['I would like to meet with you on Monday 18th January.', '2027-01-04', '2027-01-18'],
    [REPLY, '2027-03-12', '2027-03-16'],
  ])('%j (on %s): %s', (words, day, due) => {
    expect(meetingToCome(words, day, false)).toBe(due);
  });

  it.each([
    ['We cannot meet his needs in mainstream before 14 January.', '2027-01-04'],
    ['We met on 2 January and agreed nothing.', '2027-01-04'],
  ])('%j: no date to watch', (words, day) => {
    expect(meetingToCome(words, day, false)).toBeUndefined();
  });
});

const DAY = '2027-03-12';
const text = (t: string): FlowEvent => ({ type: 'TEXT', text: t, at: `${DAY}T16:30:00.000Z`, day: DAY });
const choice = (id: string): FlowEvent => ({ type: 'CHOICE', id, at: `${DAY}T16:30:00.000Z`, day: DAY });
const SCOTLAND = JSON.stringify({ place: 'scotland', plan: 'none', pronouns: 'he' });
const m = followUpFlow.machine;

describe('a reply that names a meeting still to come', () => {
  it('"they replied: …" (a reply already kept): the meeting offered as a date to watch, and kept with a tap', () => {
    const r = replay(m, { mode: 'review', reply: REPLY, profile: SCOTLAND, today: DAY }, []);
    expect(r.final.value).toBe('meeting');
    expect(ofType<AskParams>(r.effects, 'ask').at(-1)?.key).toBe('situation.meeting');
    const kept = replay(m, { mode: 'review', reply: REPLY, profile: SCOTLAND, today: DAY }, [choice('yes')]);
    expect(kept.done).toBe(true);
    expect(ofType<NoteParams>(kept.effects, 'note')).toContainEqual(expect.objectContaining({ kind: 'next_step', topic: MEETING_TOPIC, due: '2027-03-16' }));
  });

  it('a reply typed after "they replied": kept, then the meeting offered', () => {
    const r = replay(m, { mode: 'replied', profile: SCOTLAND }, [text(REPLY), choice('keep')]);
    expect(r.final.value).toBe('meeting');
  });

  it('a meeting already kept is not offered again', () => {
    const r = replay(m, { mode: 'review', reply: REPLY, profile: SCOTLAND, today: DAY, keptMeetings: ['2027-03-16'] }, []);
    expect(r.done).toBe(true);
    expect(ofType<AskParams>(r.effects, 'ask')).toEqual([]);
  });
});

const cleanups = cleanupsAfterEach();
describe('the conversation', () => {
  async function told() {
    const a = makeCaseApp();
    cleanups.add(() => a.close());
    // Wednesday 25 November 2026; the meeting on Thursday 3 December, before the reply's day.
    await tellTriage(a, { nickname: 'JJ', request: 'A part time timetable', statement: 'We cannot do a part time timetable. I suggest we meet on Thursday 3rd December at 3.30pm to talk it through.', who: 'Mr Okafor' });
    return a;
  }

  it('the meeting in the email is offered after the situation, and "what is due?" shows it', async () => {
    const a = await told();
    const r = await a.send(pick('none'));
    expect(question(r).key).toBe('situation.meeting');
    await a.send(pick('yes'));
    const notes = a.store.listNotes('parent-a').filter((n) => n.topic === MEETING_TOPIC);
    expect(notes.map((n) => n.due)).toEqual(['2026-12-03']);
    await a.send(cmd('restart'));
    expect(keysOf(await a.send(cmd('due')))).toContain('notes.due.header');
  });

  it('a letter sent before the meeting: the reply day is said to fall after it', async () => {
    const a = await told();
    await a.send(pick('none'));
    await a.send(pick('yes'));
    for (let i = 0; i < 4; i++) await a.send(pick('not-said'));
    const r = await a.send(pick('sent'));
    expect(keysOf(r)).toContain('case-file.sent.recorded');
    expect(keysOf(r)).toContain('case-file.sent.meeting-first');
  });

  it('"they replied: …" naming a meeting still to come: kept, then the meeting offered', async () => {
    const a = await told();
    await a.send(pick('none'));
    await a.send(pick('no'));
    for (let i = 0; i < 4; i++) await a.send(pick('not-said'));
    await a.send(pick('sent'));
    await a.send(cmd('restart'));
    const r = await a.send('they replied: Mr Okafor phoned. There will be a meeting on Tuesday 8 December with the educational psychologist.');
    expect(keysOf(r)).toEqual(['case-file.replied.saved', 'situation.meeting']);
    await a.send(pick('yes'));
    expect(a.store.listNotes('parent-a').filter((n) => n.topic === MEETING_TOPIC).map((n) => n.due)).toEqual(['2026-12-08']);
  });
});
