/**
 * The thirteenth walk (W13-4): after the IEP meeting a father told it in his words: "they said yes
 * to a later start but only 9:40 not 10:15, and only mon wed fri. 4 weeks then they look at it
 * again. no to skipping 2nd period… writing it up as an amendment. honestly i dont know if i should
 * sign it". "What do I say next?" gave "not how they do things" replies as if nothing was agreed,
 * no review day, a letter ending "If the answer is still no", and nothing on signing. Now the part
 * agreed is said to stand, the review day is offered, the letter thanks them for the agreed part
 * (checked with the parent's other words) and the no is what the replies work on; a question about
 * signing gets a plain, information-only answer. By state ids, content keys and letter variables.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, DraftParams } from '../../../src/core/flow-kit.js';
import { sayNextFlow } from '../../../flows/advice/say-next.flow.js';
import { situationFlow } from '../../../flows/advice/situation.flow.js';
import { partlyAgreed, asksAboutSigning } from '../../../flows/advice/partial-yes.js';
import { trialReview } from '../../../flows/advice/trial-review.js';
import { heardOffer } from '../../../flows/advice/school-words.js';
import { choice, classified, ofType, replay, spoken, text } from '../flow-paths.js';

const ACCOUNT =
  'ok so the IEP meeting. they said yes to a later start but only 9:40 not 10:15, and only mon wed fri. 4 weeks then they look at it again. no to skipping 2nd period, dr kessler said "core instruction isnt negotiable". the case manager ms tran is writing it up as an amendment. honestly i dont know if i should sign it';
const OHIO = JSON.stringify({ place: 'us', region: 'Ohio', plan: 'iep', pronouns: 'she' });
const m = sayNextFlow.machine;

describe('a partial yes, read from the parent\'s words', () => {
  it('the review day of what was agreed ("4 weeks then they look at it again")', () => {
    expect(trialReview(ACCOUNT, '2027-02-16', { monthFirst: true })).toMatchObject({ due: '2027-03-16' });
  });

  it('what was agreed, apart from what was refused; nothing when nothing was refused or nothing agreed', () => {
    expect(partlyAgreed(ACCOUNT)).toBe('a later start but only 9:40 not 10:15, and only mon wed fri');
    expect(partlyAgreed('At the IEP meeting today they agreed Marisol can start at 9:40 on Mondays, Wednesdays and Fridays for four weeks, then they will review it. They said no to her missing 2nd period.')).toBe(
      'Marisol can start at 9:40 on Mondays, Wednesdays and Fridays for four weeks, then they will review it',
    );
    expect(partlyAgreed("They'll do a 9:15 start from Monday for two weeks and then review it.")).toBe('');
    expect(partlyAgreed("We can't offer a later start.")).toBe('');
    // Support wondered about, beside a refusal, is not a yes (the thirteenth walk's Okafor email).
    expect(partlyAgreed("I'm afraid we can't put Jayden on a part-time timetable at this stage. We would rather look at what support we can put in place within the normal school day.")).toBe('');
  });

  it('a question about signing is heard; other words are not', () => {
    expect(asksAboutSigning(ACCOUNT)).toBe(true);
    expect(asksAboutSigning('should i sign the amendment?')).toBe(true);
    expect(asksAboutSigning('they want me to sign the new plan, not sure')).toBe(true);
    expect(asksAboutSigning('She signed up for the after school club')).toBe(false);
    expect(asksAboutSigning("We can't offer a later start.")).toBe(false);
  });

  it('heard as an offer by the kind of no ("Was it part of what you asked for?")', () => {
    expect(heardOffer(ACCOUNT)).toBe(true);
  });
});

describe('"What do I say next?" on the account, from the notes', () => {
  const input = { nickname: 'Nena', profile: OHIO, recent: { text: ACCOUNT, when: 'Tue, Feb 16' } };
  const advised = [choice('recent'), classified('precedent', true)];

  it('says the agreed part stands before the replies, then offers the review day, then answers the signing question', () => {
    const r = replay(m, input, advised);
    const said = spoken(r.effects);
    expect(said.indexOf('partial-yes.agreed')).toBeGreaterThanOrEqual(0);
    expect(said.indexOf('partial-yes.agreed')).toBeLessThan(said.indexOf('say-next.replies-intro'));
    expect(r.final.value).toBe('review');
    const kept = replay(m, input, [...advised, choice('keep-review')]);
    expect(spoken(kept.effects)).toContain('partial-yes.signing');
    expect(kept.final.value).toBe('offer');
  });

  it('the letter thanks them for the agreed part, a line the parent checks, and is not a plain no', () => {
    const r = replay(m, input, [...advised, choice('keep-review'), choice('yes'), text('a shorter day, in at 10:15'), text('to start later, mornings are the worst'), text('Dr Kessler'), text('today'), text('Marisol Ortega'), text('Luis Ortega')]);
    const draft = ofType<DraftParams>(r.effects, 'draft')[0];
    expect(draft?.template).toBe('precedent-request');
    expect(draft?.vars['offered']).toBe('a later start but only 9:40 not 10:15, and only mon wed fri');
    const preview = r.effects.find((e) => e.type === 'previewLines')?.params as { show: string[] } | undefined;
    expect(preview?.show).toContain('offered');
  });

  it('a plain no is advised as before: no partly-agreed line, no signing answer', () => {
    const r = replay(m, { nickname: 'Nena', profile: OHIO, recent: { text: 'Dr Kessler said core instruction is not negotiable.', when: 'Tue, Feb 16' } }, [...advised]);
    expect(spoken(r.effects)).not.toContain('partial-yes.agreed');
    expect(spoken(r.effects)).not.toContain('partial-yes.signing');
    expect(r.final.value).toBe('offer');
  });
});

describe('told through triage: the situation question', () => {
  it('offers the review day, then answers the signing question', () => {
    const input = { nickname: 'Nena', category: 'other', statement: ACCOUNT, profile: OHIO };
    const r = replay(situationFlow.machine, input, [choice('none')]);
    expect(r.final.value).toBe('review');
    expect(ofType<AskParams>(r.effects, 'ask').at(-1)?.key).toBe('review.offer');
    const kept = replay(situationFlow.machine, input, [choice('none'), choice('keep-review')]);
    expect(spoken(kept.effects)).toContain('partial-yes.signing');
  });
});
