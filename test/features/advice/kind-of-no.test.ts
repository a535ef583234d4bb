/**
 * What every "kind of no" flow shares (flows/advice/kind-of-no.ts): a bare "yes" or "ok" typed at an
 * open question is not filed and never reaches the letter; the question is asked again.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, DraftParams, NoteParams } from '../../../src/core/flow-kit.js';
import { FLOWS } from '../../support/flows.js';
import { choice, HANDOVER, ofType, replay, spoken, text } from '../flow-paths.js';

const KIND_FLOWS = FLOWS.filter((f) => f.id.startsWith('no.'));

describe.each(KIND_FLOWS.map((f) => [f.id, f] as const))('%s', (_id, flow) => {
  const m = flow.machine;
  const first = replay(m, HANDOVER, []);
  const firstState = first.final.value;
  const firstAsk = ofType<AskParams>(first.effects, 'ask').at(-1)?.key;

  it.each(['yes', 'ok', ' Nope. ', 'thanks!'])('asks again for a few words when the answer is just %j', (bare) => {
    const r = replay(m, HANDOVER, [text(bare)]);
    expect(r.final.value).toBe(firstState);
    expect(spoken(r.effects).slice(-2)).toEqual(['common.need-words', firstAsk]);
    expect(ofType<NoteParams>(r.effects, 'note')).toEqual([]);
  });

  it('files the real answer that follows, and only that, for the letter', () => {
    const answer = 'they will not change anything until after Christmas';
    const r = replay(m, HANDOVER, [text('yes'), text(answer)]);
    expect(r.final.value).not.toBe(firstState);
    const notes = ofType<NoteParams>(r.effects, 'note');
    expect(notes.map((n) => n.text)).toEqual([answer]);
    expect(flow.keys).toContain('common.need-words');
  });

  it('keeps a bare "yes" out of the drafted letter however the rest is answered', () => {
    let events = [text('yes')];
    for (let i = 0; i < 8; i++) {
      const r = replay(m, HANDOVER, events);
      if (r.done) break;
      events = [...events, text('yes'), text(`answer number ${i}`)];
    }
    const r = replay(m, HANDOVER, events);
    expect(r.done).toBe(true);
    const vars = ofType<DraftParams>(r.effects, 'draft')[0]?.vars ?? {};
    expect(Object.values(vars)).not.toContain('yes');
  });
});

describe('the name the parent signs letters with', () => {
  const m = (KIND_FLOWS.find((f) => f.id === 'no.precedent') ?? KIND_FLOWS[0])?.machine;
  if (!m) throw new Error('no kind-of-no flow');
  const answers = [text('to start with one lesson'), choice('skip'), choice('skip')];
  const { signOff: _given, ...neverAsked } = HANDOVER;

  it('is asked once, before the first letter; typed in lower case it signs as a name', () => {
    const before = replay(m, neverAsked, answers);
    expect(before.done).toBe(false);
    expect(ofType<AskParams>(before.effects, 'ask').at(-1)?.key).toBe('facts.ask-sign-off');
    const r = replay(m, neverAsked, [...answers, text('sarah jones.')]);
    expect(r.done).toBe(true);
    expect(ofType<NoteParams>(r.effects, 'note')).toContainEqual(expect.objectContaining({ topic: 'facts.sign-off', text: 'Sarah Jones' }));
    expect(ofType<DraftParams>(r.effects, 'draft')[0]?.vars.your_name).toBe('Sarah Jones');
  });

  it('"leave it blank" is kept as an answer, so the next letter does not ask again', () => {
    const r = replay(m, neverAsked, [...answers, choice('skip')]);
    expect(ofType<NoteParams>(r.effects, 'note')).toContainEqual(expect.objectContaining({ topic: 'facts.sign-off', text: 'facts.choice.skip-sign-off' }));
    const next = replay(m, { ...neverAsked, signOff: 'facts.choice.skip-sign-off' }, answers);
    expect(next.done).toBe(true);
    expect(spoken(next.effects)).not.toContain('facts.ask-sign-off');
    expect(ofType<DraftParams>(next.effects, 'draft')[0]?.vars.your_name).toBe('');
  });

  it('"yes" or "not sure" typed there is not a name: it is asked again', () => {
    for (const typed of ['yes', 'not sure']) {
      const r = replay(m, neverAsked, [...answers, text(typed)]);
      expect(r.done).toBe(false);
      expect(spoken(r.effects).slice(-2)).toEqual(['facts.name-unclear', 'facts.ask-sign-off']);
      expect(ofType<NoteParams>(r.effects, 'note').map((n) => n.topic)).not.toContain('facts.sign-off');
    }
  });

  it('a name given before signs without asking', () => {
    const r = replay(m, HANDOVER, answers);
    expect(r.done).toBe(true);
    expect(ofType<DraftParams>(r.effects, 'draft')[0]?.vars.your_name).toBe('Alex Morgan');
  });
});

describe("the child's name as the school knows it", () => {
  const m = (KIND_FLOWS.find((f) => f.id === 'no.precedent') ?? KIND_FLOWS[0])?.machine;
  if (!m) throw new Error('no kind-of-no flow');
  const answers = [text('to start with one lesson'), choice('skip'), choice('skip')];
  const profile = { place: 'england', plan: 'none', pronouns: 'she' };
  const withProfile = { ...HANDOVER, profile };

  it('is asked once per case, before the letter, with the nickname offered; typed, it is kept in the case profile', () => {
    const before = replay(m, withProfile, answers);
    expect(before.done).toBe(false);
    const ask = ofType<AskParams>(before.effects, 'ask').at(-1);
    expect(ask?.key).toBe('facts.ask-school-name');
    expect(ask?.choices).toEqual([{ id: 'nickname', key: 'facts.choice.use-nickname', vars: { nickname: 'Sam' } }]);
    const r = replay(m, withProfile, [...answers, text('isabel barker.')]);
    expect(r.done).toBe(true);
    const note = ofType<NoteParams>(r.effects, 'note').find((n) => n.topic === 'case.profile');
    expect(JSON.parse(note?.text ?? '{}')).toEqual({ ...profile, schoolName: 'Isabel Barker' });
  });

  it('the nickname button keeps the nickname as the school name, so it is not asked again', () => {
    const r = replay(m, withProfile, [...answers, choice('nickname')]);
    const note = ofType<NoteParams>(r.effects, 'note').find((n) => n.topic === 'case.profile');
    expect(JSON.parse(note?.text ?? '{}')).toMatchObject({ schoolName: 'Sam' });
  });

  it.each(['Mrs Okafor', 'dr. patel', '"Mr Dunn"'])('a titled name (%j, the teacher\'s, typed a question early) is not kept as the child\'s: asked again', (typed) => {
    const r = replay(m, withProfile, [...answers, text(typed)]);
    expect(r.done).toBe(false);
    expect(spoken(r.effects).slice(-2)).toEqual(['facts.child-name-titled', 'facts.ask-school-name']);
    expect(ofType<NoteParams>(r.effects, 'note').find((n) => n.topic === 'case.profile')).toBeUndefined();
    const then = replay(m, withProfile, [...answers, text(typed), text('Alfie Jones')]);
    expect(JSON.parse(ofType<NoteParams>(then.effects, 'note').find((n) => n.topic === 'case.profile')?.text ?? '{}')).toMatchObject({ schoolName: 'Alfie Jones' });
  });

  it('"not sure" typed there keeps the nickname', () => {
    const r = replay(m, withProfile, [...answers, text('not sure')]);
    const note = ofType<NoteParams>(r.effects, 'note').find((n) => n.topic === 'case.profile');
    expect(JSON.parse(note?.text ?? '{}')).toMatchObject({ schoolName: 'Sam' });
  });

  it('a case whose profile has it (or that has no profile) is not asked', () => {
    for (const input of [{ ...HANDOVER, profile: { ...profile, schoolName: 'Samuel Reed' } }, HANDOVER]) {
      const r = replay(m, input, answers);
      expect(r.done).toBe(true);
      expect(spoken(r.effects)).not.toContain('facts.ask-school-name');
    }
  });
});

describe('a count typed alone is an answer, not a bare reply', () => {
  it('"12" at "Roughly how many school days has Sam missed this term?" is noted as the count', () => {
    const flow = FLOWS.find((f) => f.id === 'situation.attendance');
    if (!flow) throw new Error('no attendance situation flow');
    const atDays = replay(flow.machine, HANDOVER, [choice('skip')]);
    expect(ofType<AskParams>(atDays.effects, 'ask').at(-1)?.key).toBe('attendance.ask-days');
    const r = replay(flow.machine, HANDOVER, [choice('skip'), text('12')]);
    expect(spoken(r.effects)).not.toContain('common.need-words');
    expect(ofType<NoteParams>(r.effects, 'note')).toContainEqual(expect.objectContaining({ topic: 'attendance.days', text: '12' }));
  });
});
