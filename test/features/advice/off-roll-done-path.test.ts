/**
 * situations16 item 1: a child already taken off the roll had its own opening words only, then
 * the questions for its kind of no. It now has its own short path: confirmed as that situation
 * (`situation.off-roll-done`), two questions (when, and what the parent wants to ask for now: the
 * place back, education while they decide), the place's own body to ask in writing
 * (`terms.<place>.authority`'s words), an adviser, and a short letter of facts (`off-roll-facts`).
 * No "your choice", nothing about signing, no law stated. By state ids, keys and letter variables.
 */
import { describe, expect, it } from 'vitest';
import { cued, SITUATIONS } from '../../../flows/advice/situation-cues.js';
import { situationFlow } from '../../../flows/advice/situation.flow.js';
import { offRollDoneFlow } from '../../../flows/advice/situations.js';
import { sayNextFlow } from '../../../flows/advice/say-next.flow.js';
import type { AskParams, DraftParams } from '../../../src/core/flow-kit.js';
import { HANDOVER, choice, classified, emittedKeys, ofType, replay, spoken, text } from '../flow-paths.js';

const DONE = "we took Arjun off roll last week after the head pushed us into signing the home education form. now the council says there's no place for him";
const ENGLAND = { place: 'england', plan: 'none', pronouns: 'he' };

describe('a child already off the roll has its own situation', () => {
  it('the words point to it, not to the pressure to take the child off', () => {
    expect(cued(DONE)).toContain('off-roll-done');
    expect(cued(DONE)).not.toContain('off-roll');
    expect(cued('they want me to take him off roll and home educate')).not.toContain('off-roll-done');
  });

  it('is confirmed and handed to its own flow', () => {
    const input = { ...HANDOVER, statement: DONE, profile: ENGLAND };
    const r = replay(situationFlow.machine, input, []);
    expect(spoken(r.effects)).toContain('situation.confirm.off-roll-done');
    const yes = replay(situationFlow.machine, input, [choice('yes')]);
    expect(yes.final.output).toMatchObject({ next: 'situation.off-roll-done' });
  });

  it('is not a button offered for other words', () => {
    const r = replay(situationFlow.machine, { ...HANDOVER, statement: 'We will not be changing anything.', profile: ENGLAND }, []);
    const ask = ofType<AskParams>(r.effects, 'ask').find((a) => a.key === 'situation.ask');
    expect(ask?.choices?.map((c) => c.id)).not.toContain('off-roll-done');
    expect(SITUATIONS).toContain('off-roll-done');
  });
});

describe('its flow: what they can still ask for, and a short letter of facts', () => {
  const run = (profile: Record<string, string>) =>
    replay(offRollDoneFlow.machine, { ...HANDOVER, nickname: 'Arjun', statement: DONE, profile }, [text('last Tuesday, 12 January'), choice('place-back'), choice('use-nickname')]);

  it('asks when, and what they want now; says what they can still ask, who to ask where they are, and an adviser', () => {
    const r = run(ENGLAND);
    const said = emittedKeys(r.effects).map((k) => k.key);
    expect(said).toEqual(expect.arrayContaining(['off-roll-done.intro', 'off-roll-done.ask-when', 'off-roll-done.ask-wanted', 'off-roll-done.still-ask', 'off-roll-done.ask-who.england', 'terms.england.advocate']));
    expect(said.some((k) => k.startsWith('off-roll.'))).toBe(false);
    const draft = ofType<DraftParams>(r.effects, 'draft')[0];
    expect(draft?.template).toBe('off-roll-facts');
    expect(draft?.vars['wanted']).toBe('off-roll-done.letter.place-back');
    expect(draft?.vars['when']).toBe('last Tuesday, 12 January');
  });

  it('in the US, the school district is who to ask', () => {
    const said = emittedKeys(run({ place: 'us', region: 'Ohio', plan: 'none', pronouns: 'he' }).effects).map((k) => k.key);
    expect(said).toContain('off-roll-done.ask-who.us');
    expect(said).toContain('terms.us.advocate');
  });
});

describe('"what do I say next?" for it', () => {
  it('gives its own replies, and its letter is its own flow\'s', () => {
    const r = replay(sayNextFlow.machine, { statement: DONE }, [classified('other', true)]);
    const said = spoken(r.effects);
    expect(said).toContain('say-next.situation.off-roll-done');
    expect(said).toContain('say-next.replies.situation.off-roll-done.clear');
    expect(said.some((k) => k.startsWith('say-next.replies.situation.off-roll.'))).toBe(false);
  });
});
