/**
 * After an EHC plan's annual review in England (twenty-first walk: "went in for the annual review
 * and the paperwork was already printed with 'no change to provision' on it… head just said the
 * panel had already looked at it"): the review is the local authority's, and so is the decision
 * after it (docs/legal-facts.md eng-reg20-review, eng-reg19-views, eng-reg22-amend). With the
 * profile England + EHC plan and a no about the review, "What do I say next?" says so
 * (`plan-review.england`) before it offers a letter, and the letter goes to the local authority's
 * SEN team (`review-decision`, its recipient asked as letters20 built it: `facts.ask-la-recipient`),
 * not the head teacher. The same words without an EHC plan, in Wales, or a no that names no
 * review keep today's path. Pure replays: state ids, content keys, the letter's template and vars.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, DraftParams, FlowEvent, FlowInput } from '../../../src/core/flow-kit.js';
import { sayNextFlow } from '../../../flows/advice/say-next.flow.js';
import { goesToLocalAuthority, LA_TEAM } from '../../../flows/advice/letter-body.js';
import { namesPlanReview, PLAN_REVIEW_LETTER, PLAN_REVIEW_SAY } from '../../../flows/advice/plan-review.js';
import { choice, classified, ofType, replay, spoken, text } from '../flow-paths.js';

const m = sayNextFlow.machine;
const WALK = "went in for the annual review and the paperwork was already printed with 'no change to provision' on it before we even sat down. head just said the panel had already looked at it";
const profile = (place: string, plan: string) => JSON.stringify({ place, plan, pronouns: 'he', schoolName: 'Leo Hart' });
const england: FlowInput = { statement: WALK, nickname: 'Leo', signOff: 'Jo Hart', profile: profile('england', 'ehcp') };
const advised: FlowEvent[] = [classified('predetermination', true)];
const lines: FlowEvent[] = [text('a full-time teaching assistant'), text('no change to his plan'), text('he is not coping with the afternoons and his speech therapy stopped in May')];
const asks = (effects: { type: string; params?: unknown }[]) => ofType<AskParams>(effects, 'ask').map((a) => a.key);
const draftOf = (effects: { type: string; params?: unknown }[]) => ofType<DraftParams>(effects, 'draft')[0];

/** The fact questions answered until the letter is drafted (who, when, each as typed). */
function finish(input: FlowInput, events: FlowEvent[]) {
  let r = replay(m, input, events);
  for (let i = 0; i < 6 && !r.done; i++) {
    const key = asks(r.effects).at(-1);
    const answer = key === 'facts.ask-recipient' ? text('Mrs Okafor') : key === 'facts.ask-said-on' ? text('yesterday') : key?.startsWith('facts.ask-la-recipient') ? choice('team') : text('Leo Hart');
    r = replay(m, input, [...r.events, answer]);
  }
  return r;
}

/** Yes to the letter, then whatever "who said it and when" asks, answered; then the letter's lines. */
function toLetter(input: FlowInput): FlowEvent[] {
  const at = replay(m, input, [...advised, choice('yes')]);
  const confirm = at.final.value === 'confirmKnown' ? [choice('right')] : [];
  return [...advised, choice('yes'), ...confirm, ...lines];
}

describe('the words that name an annual review', () => {
  it('reads the review in the parent\'s or the school\'s words', () => {
    for (const words of [WALK, 'at the AR they said no', 'the review meeting was a done deal', 'they put no change to the plan on the form', 'EHCP review last week, nothing changed', 'annual review tomorrow']) {
      expect(namesPlanReview(words), words).toBe(true);
    }
  });
  it('not a review named: a meeting, a timetable reviewed, "are" or "area"', () => {
    for (const words of ['they had decided before the meeting', 'we will review the timetable at half term', 'they are not changing it', 'the area SENCO said no', 'no change yet']) {
      expect(namesPlanReview(words), words).toBe(false);
    }
  });
});

describe('England, an EHC plan, a no about the annual review', () => {
  it('says the decision after the review is the local authority\'s before offering the letter', () => {
    const r = replay(m, england, advised);
    expect(r.final.value).toBe('offer');
    const said = spoken(r.effects);
    expect(said).toContain(PLAN_REVIEW_SAY);
    expect(said.indexOf(PLAN_REVIEW_SAY)).toBeGreaterThan(said.indexOf('say-next.write-down.predetermination'));
    expect(said.at(-1)).toBe('say-next.ask-draft');
  });

  it('the letter goes to the local authority: its recipient asked (SEN team button), never the head', () => {
    const r = replay(m, england, toLetter(england));
    expect(r.final.value).toBe('laRecipient');
    expect(asks(r.effects).at(-1)).toBe('facts.ask-la-recipient.review');
    expect(asks(r.effects)).not.toContain('facts.ask-recipient');

    const done = finish(england, [...toLetter(england), choice('team')]);
    expect(done.done).toBe(true);
    const draft = draftOf(done.effects);
    expect(draft?.template).toBe(PLAN_REVIEW_LETTER);
    expect(draft?.vars).toMatchObject({ who: LA_TEAM, nickname: 'Leo', decision: 'no change to his plan', request: 'a full-time teaching assistant' });
    expect(draft?.vars.concerns).toContain('speech therapy');
  });

  it('who said it and when is confirmed without saying the letter goes to them (it goes to the local authority)', () => {
    const noted = { ...england, statement: '', recent: { text: WALK, when: 'Thu 3 Dec', who: 'Mrs Okafor', saidOn: '2030-02-28', category: 'predetermination' } };
    const r = replay(m, noted, [choice('recent'), choice('yes')]);
    expect(r.final.value).toBe('confirmKnown');
    expect(asks(r.effects).at(-1)).toBe('say-next.confirm-known.who-when.told');
    const school = replay(m, { ...noted, profile: profile('england', 'none') }, [choice('recent'), choice('yes')]);
    expect(asks(school.effects).at(-1)).toBe('say-next.confirm-known.who-when');
  });

  it('a name at the local authority kept from an earlier letter greets it, not asked again', () => {
    const kept = { ...england, laRecipient: 'Ms Hughes' };
    const r = finish(kept, toLetter(kept));
    expect(r.done).toBe(true);
    expect(asks(r.effects)).not.toContain('facts.ask-la-recipient.review');
    expect(draftOf(r.effects)?.vars.who).toBe('Ms Hughes');
  });

  it('the review letter goes to the local authority in England only', () => {
    expect(goesToLocalAuthority(PLAN_REVIEW_LETTER, 'england')).toBe(true);
    for (const place of ['wales', 'scotland', 'northern-ireland', 'ireland', 'us', 'elsewhere']) expect(goesToLocalAuthority(PLAN_REVIEW_LETTER, place), place).toBe(false);
  });
});

describe("today's path where it does not apply", () => {
  const cases: [string, FlowInput][] = [
    ['England, no EHC plan', { ...england, profile: profile('england', 'none') }],
    ['England, being assessed', { ...england, profile: profile('england', 'assessing') }],
    ['Wales, an IDP', { ...england, profile: profile('wales', 'idp') }],
    ['no profile', { statement: WALK, nickname: 'Leo', signOff: 'Jo Hart' }],
    ['England, an EHC plan, no review named', { ...england, statement: 'They had decided before the meeting. The head said the panel had already looked at it.' }],
  ];
  for (const [name, input] of cases) {
    it(`${name}: nothing about the review said, the decision-in-writing letter to the school`, () => {
      const r = finish(input, toLetter(input));
      expect(r.done, name).toBe(true);
      expect(spoken(r.effects), name).not.toContain(PLAN_REVIEW_SAY);
      expect(asks(r.effects).filter((k) => k.startsWith('facts.ask-la-recipient')), name).toEqual([]);
      expect(draftOf(r.effects)?.template, name).toBe('decision-in-writing');
    });
  }
});
