/**
 * Who at the local authority (review21 R7): a team or a council typed with capitals ("Send Team",
 * "Hampshire County Council") is the team, never a person's name kept for every later letter; a
 * name before "in/at the SEN team" ("Karen in SEN") is that person; a team kept as a name by an
 * older release is asked about again. Pure replays (state ids, content keys, the letter's vars).
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, DraftParams, FlowInput, NoteParams } from '../../../src/core/flow-kit.js';
import { FLOWS } from '../../support/flows.js';
import { choice, HANDOVER, ofType, replay, text } from '../flow-paths.js';
import { LA_RECIPIENT_TOPIC, LA_TEAM } from '../../../flows/advice/letter-body.js';

const noAssessment = FLOWS.find((x) => x.id === 'situation.no-assessment')?.machine;
if (!noAssessment) throw new Error('situation.no-assessment');
const england: FlowInput = {
  ...HANDOVER,
  who: 'Mrs Patel, the deputy head',
  statement: "They can't do that without evidence from CAMHS first",
  profile: JSON.stringify({ place: 'england', plan: 'none', pronouns: 'he', schoolName: 'Sam Shaw' }),
};
const answers = [text('he freezes at the gate every morning'), choice('not-yet')];
const draft = (r: ReturnType<typeof replay>) => ofType<DraftParams>(r.effects, 'draft')[0];
const kept = (r: ReturnType<typeof replay>) => ofType<NoteParams>(r.effects, 'note').filter((n) => n.topic === LA_RECIPIENT_TOPIC).map((n) => n.text);

describe('who at the local authority (review21 R7)', () => {
  it.each(['Send Team', 'Hampshire County Council', 'SEN Department', 'The Council', 'Kent SEN team', 'no idea who', 'whoever deals with it', 'Dear Sir or Madam'])('a team or council, or no one known, is the team, nothing kept: %s', (typed) => {
    const r = replay(noAssessment, england, [...answers, text(typed)]);
    expect(r.done).toBe(true);
    expect(draft(r)?.vars.who).toBe(LA_TEAM);
    expect(kept(r)).toEqual([]);
  });

  it.each([
    ['Karen in SEN', 'Karen'],
    ['Karen at the council', 'Karen'],
    ['Miss Hughes in the SEN team', 'Miss Hughes'],
    ['Karen', 'Karen'],
  ])('a name before the team is the person, kept: %s', (typed, name) => {
    const r = replay(noAssessment, england, [...answers, text(typed)]);
    expect(r.done).toBe(true);
    expect(draft(r)?.vars.who).toBe(name);
    expect(kept(r)).toEqual([name]);
  });

  it('a team kept as a name by an older release is not used: the question is asked', () => {
    const r = replay(noAssessment, { ...england, laRecipient: 'Send Team' }, answers);
    expect(ofType<AskParams>(r.effects, 'ask').at(-1)?.key).toBe('facts.ask-la-recipient');
  });
});
