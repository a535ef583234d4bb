/**
 * An assessment request in England goes to the local authority, which decides it (eng-s36,
 * eng-reg5): its recipient is asked with a question of its own, never taken from who said the no
 * or a school recipient kept earlier; a name typed is kept under a topic of its own for later
 * local-authority letters; the next steps say where to send it. Elsewhere, and for every other
 * letter, the school as before. Pure replays (state ids, content keys, the letter's vars).
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, DraftParams, FlowInput, NoteParams } from '../../../src/core/flow-kit.js';
import { FLOWS } from '../../support/flows.js';
import { choice, HANDOVER, ofType, replay, spoken, text } from '../flow-paths.js';
import { goesToLocalAuthority, LA_RECIPIENT_TOPIC, LA_TEAM } from '../../../flows/advice/letter-body.js';

const flowOf = (id: string) => {
  const f = FLOWS.find((x) => x.id === id);
  if (!f) throw new Error(id);
  return f.machine;
};
const noAssessment = flowOf('situation.no-assessment');
const profile = (place: string, plan = 'none') => JSON.stringify({ place, plan, pronouns: 'he', schoolName: 'Sam Shaw' });
/** The deputy head said it (a name and a role): the school's person, never the local authority's. */
const england: FlowInput = { ...HANDOVER, who: 'Mrs Patel, the deputy head', statement: "They can't do that without evidence from CAMHS first", profile: profile('england') };
const answers = [text('he freezes at the gate every morning'), choice('not-yet')];
const asked = (r: ReturnType<typeof replay>) => ofType<AskParams>(r.effects, 'ask').at(-1);
const draft = (r: ReturnType<typeof replay>) => ofType<DraftParams>(r.effects, 'draft')[0];
const topics = (r: ReturnType<typeof replay>) => ofType<NoteParams>(r.effects, 'note').map((n) => n.topic);

describe('which body a letter goes to', () => {
  it('the assessment request in England goes to the local authority; other letters and places to the school', () => {
    expect(goesToLocalAuthority('assessment-request', 'england')).toBe(true);
    for (const place of ['wales', 'scotland', 'northern-ireland', 'ireland', 'us', 'elsewhere']) expect(goesToLocalAuthority('assessment-request', place), place).toBe(false);
    for (const letter of ['need-request', 'data-request', 'need-evidence', 'provision-not-delivered']) expect(goesToLocalAuthority(letter, 'england'), letter).toBe(false);
  });
});

describe('the assessment request in England', () => {
  it('asks who at the local authority, with a button for the SEN team, never greeting who said the no', () => {
    const r = replay(noAssessment, england, answers);
    expect(r.final.value).toBe('laRecipient');
    expect(asked(r)?.key).toBe('facts.ask-la-recipient');
    expect(asked(r)?.choices?.map((c) => c.id)).toEqual(['team']);
    expect(spoken(r.effects)).not.toContain('facts.ask-recipient');
  });

  it('the team button greets the SEN team; nothing is kept as a name', () => {
    const r = replay(noAssessment, england, [...answers, choice('team')]);
    expect(r.done).toBe(true);
    expect(draft(r)?.template).toBe('assessment-request');
    expect(draft(r)?.vars.who).toBe(LA_TEAM);
    expect(topics(r)).not.toContain(LA_RECIPIENT_TOPIC);
    expect(topics(r)).not.toContain('facts.recipient');
  });

  it('"not sure" or "the SEN team" typed greets the team too', () => {
    for (const typed of ['not sure', 'the SEN team', 'just the send team please']) {
      const r = replay(noAssessment, england, [...answers, text(typed)]);
      expect(r.done, typed).toBe(true);
      expect(draft(r)?.vars.who, typed).toBe(LA_TEAM);
      expect(topics(r), typed).not.toContain(LA_RECIPIENT_TOPIC);
    }
  });

  it('a name typed greets that person, kept under its own topic (not the school recipient)', () => {
    const r = replay(noAssessment, england, [...answers, text('Miss Hughes at the SEND team')]);
    expect(r.done).toBe(true);
    expect(draft(r)?.vars.who).toBe('Miss Hughes');
    expect(ofType<NoteParams>(r.effects, 'note')).toContainEqual({ kind: 'answer', topic: LA_RECIPIENT_TOPIC, text: 'Miss Hughes' });
    expect(topics(r)).not.toContain('facts.recipient');
  });

  it('words with no name in them are asked again kindly, nothing kept', () => {
    const r = replay(noAssessment, england, [...answers, text('they said they would look into it')]);
    expect(r.final.value).toBe('laRecipient');
    expect(spoken(r.effects).slice(-2)).toEqual(['facts.la-recipient-unclear', 'facts.ask-la-recipient']);
    expect(topics(r)).not.toContain(LA_RECIPIENT_TOPIC);
  });

  it('a name kept from an earlier local-authority letter is used, not asked again', () => {
    const r = replay(noAssessment, { ...england, laRecipient: 'Miss Hughes' }, answers);
    expect(r.done).toBe(true);
    expect(spoken(r.effects)).not.toContain('facts.ask-la-recipient');
    expect(draft(r)?.vars.who).toBe('Miss Hughes');
  });

  it('a role alone from triage ("the deputy head") is not asked about as the school\'s person either', () => {
    const r = replay(noAssessment, { ...england, who: 'the deputy head' }, answers);
    expect(asked(r)?.key).toBe('facts.ask-la-recipient');
    expect(spoken(r.effects)).not.toContain('facts.ask-recipient');
  });

  it('the next steps say where to send it', () => {
    const r = replay(noAssessment, england, [...answers, choice('team')]);
    expect(spoken(r.effects)).toContain('no-assessment.next-steps.local-authority');
    expect(spoken(r.effects)).not.toContain('no-assessment.next-steps');
  });
});

describe('elsewhere, and other letters in England', () => {
  it('Wales and the US: the school, greeted as before, with the usual next steps', () => {
    for (const place of ['wales', 'us']) {
      const r = replay(noAssessment, { ...england, profile: profile(place) }, answers);
      expect(r.done, place).toBe(true);
      expect(spoken(r.effects), place).not.toContain('facts.ask-la-recipient');
      expect(spoken(r.effects), place).toContain('no-assessment.next-steps');
      expect(spoken(r.effects), place).not.toContain('no-assessment.next-steps.local-authority');
      expect(draft(r)?.vars.who, place).toBe('Mrs Patel');
    }
  });

  it('a kept local-authority name never greets a letter to the school', () => {
    const m = flowOf('no.data');
    const r = replay(m, { ...england, statement: 'We need more data first', laRecipient: 'Miss Hughes' }, [text('a later start'), choice('skip'), choice('skip'), choice('skip')]);
    expect(spoken(r.effects)).not.toContain('facts.ask-la-recipient');
    if (r.done) expect(draft(r)?.vars.who).toBe('Mrs Patel');
    expect(JSON.stringify(r.effects.map((e) => e.params))).not.toContain('Miss Hughes');
  });
});
