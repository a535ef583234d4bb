/**
 * The "decided before the meeting" flow (triage's no.predetermination) after an EHC plan's
 * annual review in England (twenty-first walk, review22): its wrap-up says the review and the
 * decision after it are the local authority's (`plan-review.england`, `plan-review.england.ask`,
 * instead of asking the school for its decision in writing), its next steps say where the letter
 * goes, and the letter asks the local authority's SEN team (`review-decision`, recipient asked as
 * letters20 built it). No EHC plan, Wales, or no review named: today's path. Pure replays.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, DraftParams, FlowEvent, FlowInput } from '../../../src/core/flow-kit.js';
import { noPredeterminationFlow } from '../../../flows/advice/no-predetermination.flow.js';
import { LA_TEAM } from '../../../flows/advice/letter-body.js';
import { PLAN_REVIEW_LETTER } from '../../../flows/advice/plan-review.js';
import { choice, HANDOVER, ofType, replay, spoken, text } from '../flow-paths.js';

const m = noPredeterminationFlow.machine;
const WALK = "went in for the annual review and the paperwork was already printed with 'no change to provision' on it before we even sat down. head just said the panel had already looked at it";
const profile = (place: string, plan: string) => JSON.stringify({ place, plan, pronouns: 'he', schoolName: 'Leo Hart' });
const england: FlowInput = { ...HANDOVER, nickname: 'Leo', statement: WALK, who: 'the head', profile: profile('england', 'ehcp') };
const answers = [text('no change to his plan'), choice('at-meeting'), text('his speech therapy stopped in May and nobody asked me'), choice('none-yet')];
const draftOf = (effects: { type: string; params?: unknown }[]) => ofType<DraftParams>(effects, 'draft')[0];

/** The letter's fact questions answered until it is drafted. */
function finish(input: FlowInput, events: FlowEvent[]) {
  let r = replay(m, input, events);
  for (let i = 0; i < 6 && !r.done; i++) {
    const key = ofType<AskParams>(r.effects, 'ask').at(-1)?.key;
    const answer = key === 'facts.ask-recipient' ? text('Mrs Okafor') : key === 'facts.ask-said-on' ? text('yesterday') : key?.startsWith('facts.ask-la-recipient') ? choice('team') : text('Leo Hart');
    r = replay(m, input, [...r.events, answer]);
  }
  return r;
}

describe('no.predetermination after an EHC plan\'s annual review in England', () => {
  it('asks who at the local authority, then says the local authority decides, and drafts the letter to its SEN team', () => {
    const at = replay(m, england, answers);
    expect(at.final.value).toBe('laRecipient');
    expect(spoken(at.effects).at(-1)).toBe('facts.ask-la-recipient.review');
    expect(spoken(at.effects)).not.toContain('facts.ask-recipient');

    const r = finish(england, [...answers, choice('team')]);
    expect(r.done).toBe(true);
    const said = spoken(r.effects);
    expect(said).toEqual(expect.arrayContaining(['plan-review.england', 'plan-review.england.ask', 'no-predetermination.next-steps.local-authority']));
    expect(said).not.toContain('no-predetermination.in-writing');
    expect(said).not.toContain('no-predetermination.next-steps');
    const draft = draftOf(r.effects);
    expect(draft?.template).toBe(PLAN_REVIEW_LETTER);
    expect(draft?.vars).toMatchObject({ who: LA_TEAM, decision: 'no change to his plan', concerns: 'his speech therapy stopped in May and nobody asked me' });
  });
});

describe("today's path where it does not apply", () => {
  const cases: [string, FlowInput][] = [
    ['England, no EHC plan', { ...england, profile: profile('england', 'none') }],
    ['Wales, an IDP', { ...england, profile: profile('wales', 'idp') }],
    ['England, an EHC plan, no review named', { ...england, statement: 'They had decided before the meeting.' }],
  ];
  for (const [name, input] of cases) {
    it(`${name}: the decision in writing from the school`, () => {
      const r = finish(input, answers);
      expect(r.done, name).toBe(true);
      const said = spoken(r.effects);
      expect(said.filter((k) => k.startsWith('plan-review.') || k.startsWith('facts.ask-la-recipient')), name).toEqual([]);
      expect(said, name).toContain('no-predetermination.in-writing');
      expect(draftOf(r.effects)?.template, name).toBe('decision-in-writing');
    });
  }
});
