/**
 * The fourteenth walk's W14-14: "none of them really. it was agreed, they just arent doing it"
 * typed at "Which sounds closest?" was kept and the buttons asked again. Words there that name a
 * situation, and no clear kind, go on as "something else" with that situation: triage hands it
 * to the situation question, which confirms it; say-next gives its replies.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, FlowEvent, SayParams } from '../../../src/core/flow-kit.js';
import { sayNextFlow } from '../../../flows/advice/say-next.flow.js';
import { triageFlow } from '../../../flows/advice/triage.flow.js';
import { situationFlow } from '../../../flows/advice/situation.flow.js';
import { classified, ofType, replay, text } from '../flow-paths.js';

const SCHOOL = 'nobody said anything thats the point, they just dont do it';
const TYPED = 'none of them really. it was agreed, they just arent doing it';
const TO_CHOOSE: FlowEvent[] = [text('Reuben'), text('someone to meet him at the gate'), text(SCHOOL), classified('precedent', false), text('Mrs Okonjo'), text('14 october')];

describe('"Which sounds closest?", answered with words that name a situation', () => {
  it('triage: goes on as "something else", the situation handed to the situation question', () => {
    const r = replay(triageFlow.machine, { children: [], nickname: '' }, [...TO_CHOOSE, text(TYPED), classified('other', false)]);
    expect(r.final.value).toBe('done');
    expect(r.final.output).toMatchObject({ next: 'situation', input: { category: 'other', situationHint: 'not-delivered' } });
  });

  it('the situation question confirms the situation handed over, rather than the whole list', () => {
    const input = { statement: SCHOOL, category: 'other', situationHint: 'not-delivered', profile: JSON.stringify({ place: 'england', plan: 'none', pronouns: 'he' }) };
    const r = replay(situationFlow.machine, input, []);
    expect(ofType<AskParams>(r.effects, 'ask').at(-1)?.key).toBe('situation.confirm.not-delivered');
  });

  it('a clear kind in the words still wins', () => {
    const r = replay(triageFlow.machine, { children: [], nickname: '' }, [...TO_CHOOSE, text(TYPED), classified('resources', true)]);
    expect(r.final.value).toBe('confirm');
  });

  it('say-next: the situation\'s replies', () => {
    const r = replay(sayNextFlow.machine, { statement: SCHOOL }, [classified('precedent', false), text(TYPED), classified('other', false)]);
    expect(ofType<SayParams>(r.effects, 'say').map((s) => s.key)).toContain('say-next.replies.situation.not-delivered.collaborative');
  });
});
