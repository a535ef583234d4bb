/**
 * review11 (1): a plain no was read as a partial yes. Any "agreed" or "will arrange" counted, so a
 * school's "we have agreed that he must attend full time. We cannot agree to a part-time
 * timetable" was told back as "Part of this is a yes… That part stands" and the letter thanked them
 * for "what you have offered: Jayden must attend full time". A partial yes is something the school
 * agreed to do for the child (a later start, a shorter day, a quiet room, a trial); a demand on the
 * family, a family member's agreement, or a routine next step (a referral, a meeting) is not.
 * Near-misses in several voices, and the true cases still read. By state ids and content keys.
 */
import { describe, expect, it } from 'vitest';
import type { DraftParams } from '../../../src/core/flow-kit.js';
import { sayNextFlow } from '../../../flows/advice/say-next.flow.js';
import { situationFlow } from '../../../flows/advice/situation.flow.js';
import { partlyAgreed } from '../../../flows/advice/partial-yes.js';
import { choice, classified, ofType, replay, spoken } from '../flow-paths.js';

const SCHOOL_NO =
  'Following our meeting we have agreed that Jayden must attend full time. We cannot agree to a part-time timetable at this stage.';
const UK = JSON.stringify({ place: 'england', plan: 'none', pronouns: 'he' });

describe('not a partial yes: a demand, a family member, a routine next step', () => {
  it.each([
    SCHOOL_NO,
    // a demand on the family, in the school's and the parent's words
    "It has been agreed that Amira is expected to be in school every day by 8:45. We won't be offering a later start.",
    'they agreed she has to be in full time from monday, no to the reduced timetable',
    'The head and I agreed that he needs to attend every lesson. A shorter day is not something we are able to offer.',
    // a family member's agreement
    'His dad agreed to drive him in. The school said no to a later start.',
    "my mum said she'll take him in every morning but school won't let him start later",
    "Nan has agreed to pick her up at lunch, but they refused the shorter day",
    'I agreed to bring him to the gate myself. They declined the quiet room.',
    // a routine next step
    'The SENCo will put a referral in. They said no to the part-time timetable.',
    "We will arrange a meeting with the attendance officer, but we can't offer a reduced timetable.",
    "They'll refer her to the school nurse but won't do a later start.",
    'we agreed to meet again in a month. no to the quiet room',
  ])('%s', (words) => {
    expect(partlyAgreed(words)).toBe('');
  });
});

describe('still a partial yes: the school agreed something for the child', () => {
  it.each([
    ['They agreed Kai can use the library at break, but said no to a later start.', 'Kai can use the library at break'],
    ["The head will let him start at 10 on Mondays. They won't do a shorter day though.", 'let him start at 10 on Mondays'],
    ['His dad agreed to drive him in. The school said yes to a quiet room but no to a later start.', 'a quiet room'],
    ['We are happy to trial a 9:30 start for two weeks. We cannot offer a part-time timetable.', 'trial a 9:30 start for two weeks'],
  ])('%s', (words, agreed) => {
    expect(partlyAgreed(words)).toBe(agreed);
  });
});

describe("the school's plain no, through \"What do I say next?\" and the situation question", () => {
  it('no "part of this is a yes", and the letter thanks them for nothing', () => {
    const input = { nickname: 'Nena', profile: UK, recent: { text: SCHOOL_NO, when: 'Tue, Feb 16' } };
    const r = replay(sayNextFlow.machine, input, [choice('recent'), classified('precedent', true)]);
    expect(spoken(r.effects)).not.toContain('partial-yes.agreed');
    expect(r.final.value).toBe('offer');
    const drafts = ofType<DraftParams>(r.effects, 'draft');
    for (const d of drafts) expect(d.vars['offered'] ?? '').toBe('');
  });

  it('through triage: no partly-agreed line', () => {
    const r = replay(situationFlow.machine, { nickname: 'Nena', category: 'other', statement: SCHOOL_NO, profile: UK }, [choice('none')]);
    expect(spoken(r.effects)).not.toContain('partial-yes.agreed');
  });
});
