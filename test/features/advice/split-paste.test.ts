/**
 * The tenth walk's C-L1: an email pasted in two halves (Discord's 2,000 characters, or Slack's
 * client splitting a long paste) - the first half was kept, the second arrived at "what shall I
 * call your child?" and was dropped ("That looks like more than a name"). A long message there,
 * moments after the first, is the rest of it: kept with it (in the parent's words, and in the
 * school's words triage goes on with), and the name asked again. Later, or short, it is not.
 */
import { describe, expect, it } from 'vitest';
import type { ClassifyParams, FlowEvent, NoteParams, SayParams } from '../../../src/core/flow-kit.js';
import { triageFlow } from '../../../flows/advice/triage.flow.js';
import { ofType, replay } from '../flow-paths.js';

const m = triageFlow.machine;
const FIRST =
  'Dear Ms Rowe, thank you for coming in on Tuesday to talk about Kit and his mornings. We have looked again at whether a member of staff could meet him at the gate each day. ' +
  'We know how hard the last few weeks have been for Kit and for you, and we have talked it through as a team, with his class teacher and with the pastoral lead who knows him well. ' +
  'We also looked at the rota for the start of the day, which covers the gates, the breakfast club and the two classes whose teachers arrive late on those mornings because of their own childcare. ' +
  'We wanted to be sure we had looked at every option before we wrote to you, so this has taken a little longer than we hoped.';
const REST = 'With the staff we have this term we cannot promise that anyone will be free at that time, so we are not able to agree to it at present. We will look at it again after Christmas. Kind regards, Mr P. Adeyemi, Deputy Head';
const START = '2030-03-01T10:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(START) + seconds * 1000).toISOString();
const typed = (t: string, seconds: number): FlowEvent => ({ type: 'TEXT', text: t, at: at(seconds), day: START.slice(0, 10) });
const INPUT = { children: [], nickname: '', statement: FIRST, startedAt: START };

describe('triage: the rest of a split paste at the name question', () => {
  it('a long message seconds after the first is kept with it, and the name asked again', () => {
    const r = replay(m, INPUT, [typed(REST, 3)]);
    expect(r.final.value).toBe('nickname');
    expect(ofType<SayParams>(r.effects, 'say').map((s) => s.key)).toContain('triage.nickname.added');
    expect(ofType<NoteParams>(r.effects, 'note')).toContainEqual({ kind: 'parent_words', topic: 'triage.first-message', text: REST, caseless: true });
    // Triage goes on with the whole: what it classifies is both halves.
    const on = replay(m, INPUT, [typed(REST, 3), typed('Kit', 20), typed('someone to meet him at the gate', 40)]);
    const asked = replay(m, INPUT, [typed(REST, 3), typed('Kit', 20), typed('someone to meet him at the gate', 40), { type: 'CHOICE', id: 'head', at: at(60), day: START.slice(0, 10) }, { type: 'CHOICE', id: 'today', at: at(70), day: START.slice(0, 10) }]);
    expect(on.final.value).not.toBe('nickname');
    const classify = ofType<ClassifyParams>(asked.effects, 'classify').at(-1);
    expect(classify?.text).toContain('not able to agree');
    expect(classify?.text).toContain('meet him at the gate each day');
  });

  it('minutes later it is not the rest of a paste: "just a short name", as before', () => {
    const r = replay(m, INPUT, [typed(REST, 600)]);
    expect(ofType<SayParams>(r.effects, 'say').map((s) => s.key)).not.toContain('triage.nickname.added');
  });

  // The review: a long answer about the child, a moment after a first message, was kept as what the school said.
  it('an answer about the child is not the rest of a paste, however long', () => {
    const r = replay(m, INPUT, [typed('Her name is Maya, she is twelve, autistic and has been struggling to get through the gate since October half term', 5)]);
    expect(ofType<SayParams>(r.effects, 'say').map((s) => s.key)).not.toContain('triage.nickname.added');
  });

  it('after a short first message (not a paste a chat would split), a long message is not its rest', () => {
    const short = { ...INPUT, statement: 'The head of year said they cannot offer a later start for Kit because of staffing.' };
    const r = replay(m, short, [typed(REST, 3)]);
    expect(ofType<SayParams>(r.effects, 'say').map((s) => s.key)).not.toContain('triage.nickname.added');
  });

  // Review7 (finding 2): an intro saying the email follows ("…this is the email they sent me
  // this afternoon:"), then the email a moment later: the email was dropped at the name question.
  it('after an intro that says the email follows, the email is its rest', () => {
    const intro = { ...INPUT, statement: 'The school said no to the reduced timetable for Kit, this is the email they sent me this afternoon:' };
    const r = replay(m, intro, [typed(REST, 5)]);
    expect(ofType<SayParams>(r.effects, 'say').map((s) => s.key)).toContain('triage.nickname.added');
  });

  it('an email going on "He has…" or naming who "called a meeting" is still the rest', () => {
    const r = replay(m, INPUT, [typed('He has been offered a place in the nurture group from January instead, and the head called a meeting for next week to talk it through.', 4)]);
    expect(ofType<SayParams>(r.effects, 'say').map((s) => s.key)).toContain('triage.nickname.added');
  });

  it('a short answer is not the rest of a paste', () => {
    const r = replay(m, INPUT, [typed('her name is Poppy Jones, she is 9', 3)]);
    expect(ofType<SayParams>(r.effects, 'say').map((s) => s.key)).not.toContain('triage.nickname.added');
  });
});

describe('"what do I say next?" after a split paste', () => {
  it('offers both parts, as one', async () => {
    const { makeCaseApp, question } = await import('../case-file/support.js');
    const a = makeCaseApp();
    try {
      await a.send({ kind: 'command', name: 'resume', args: '' });
      await a.send(FIRST);
      a.clock.advance(2_000);
      await a.send(REST);
      await a.send('Kit');
      const q = question(await a.send('what do I say next?'));
      expect(q.key).toMatch(/^say-next\.ask-recent(?:-told)?$/);
      expect(q.text).toContain('thank you for coming in');
      // Shown clipped; what "what do I say next?" goes on with is the whole of it.
      await a.send({ kind: 'choice', id: 'recent' });
      const held = JSON.stringify(a.store.getSession('parent-a')?.snapshot ?? {});
      expect(held).toContain('meet him at the gate each day');
      expect(held).toContain('not able to agree');
    } finally {
      a.close();
    }
  });
});
