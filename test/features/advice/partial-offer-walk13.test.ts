/**
 * The thirteenth walk (W13-5): at "Was it part of what you asked for?" a mother typed "they
 * offered a meeting thats all, not the part time timetable", and the letter thanked the school
 * for it as "a real start", in her chat words. A typed answer that says no in any words (the
 * request itself refused, only a meeting, not what was asked) is a no: nothing kept as offered,
 * no thanks in the letter. Keys and context only; the words are checked elsewhere.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, DraftParams, FlowEvent, FlowInput, NoteParams } from '../../../src/core/flow-kit.js';
import { noOtherFlow } from '../../../flows/advice/no-other.flow.js';
import { choice, HANDOVER, ofType, replay, text } from '../flow-paths.js';

const EMAIL =
  "I'm afraid we can't put Jayden on a part-time timetable at this stage. We would rather look at what support we can put in place within the normal school day. I suggest we meet on Thursday 14th January at 3.30pm.";
const INPUT: FlowInput = { ...HANDOVER, nickname: 'JJ', children: ['JJ'], request: 'part time timetable, just mornings for a few weeks so he can build back up', statement: EMAIL };
const m = noOtherFlow.machine;
const run = (events: FlowEvent[]) => replay(m, INPUT, events);
const ANSWERS = [text('for him to be back in school, a few hours at a time'), text('mornings in the corridors'), text('a part time timetable')];

const offeredOf = (events: FlowEvent[]) => {
  const r = run(events);
  return {
    offered: ofType<DraftParams>(r.effects, 'draft')[0]?.vars['offered'] ?? '',
    noted: ofType<NoteParams>(r.effects, 'note').some((n) => n.topic === 'school.offered'),
    asked: ofType<AskParams>(run(events.slice(0, 1)).effects, 'ask').map((a) => a.key),
  };
};

describe('a no typed at "was it part of what you asked for?", in any words', () => {
  it('the walk opens at the offer question', () => {
    expect(run([]).final.value).toBe('offer');
  });

  it.each([
    'they offered a meeting thats all, not the part time timetable',
    'just a meeting',
    'only a meeting with the SENCo',
    "a meeting, that's all",
    'not what I asked for, they want to talk',
    'none of it really',
    'not the part time timetable',
  ])('%j is a no: nothing kept as offered, nothing thanked for', (said) => {
    const got = offeredOf([text(said), ...ANSWERS]);
    expect(got.offered).toBe('');
    expect(got.noted).toBe(false);
    expect(got.asked).not.toContain('offer.ask-what');
  });

  it('typed at "what did they offer?" too', () => {
    const got = offeredOf([choice('yes'), text('only a meeting really, not the timetable'), ...ANSWERS]);
    expect(got.offered).toBe('');
    expect(got.noted).toBe(false);
  });

  it.each(['mornings only for two weeks, not every day', '9:30 on Mondays and Wednesdays', 'a part time timetable for mornings but not the few weeks'])(
    '%j is still what they offered',
    (said) => {
      expect(offeredOf([text(said), ...ANSWERS]).offered).toBe(said);
    },
  );
});
