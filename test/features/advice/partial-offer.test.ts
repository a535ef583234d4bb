/**
 * Fifth walk, W-L2: the school's partial yes (9:30 on two days) was walked through as another
 * no, and the letter thanked them for something they never said. When the school's words offer
 * something, each kind of no asks whether they offered part of what was asked and what; the
 * letter thanks them for it in the parent's words and asks about the rest. Keys only; words in
 * test/content/walk5-left-words.test.ts.
 */
import { initialTransition } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { AskParams, DraftParams, FlowEvent, FlowInput, NoteParams } from '../../../src/core/flow-kit.js';
import { noResourcesFlow } from '../../../flows/advice/no-resources.flow.js';
import { noDataFlow } from '../../../flows/advice/no-data.flow.js';
import { noNotAvailableFlow } from '../../../flows/advice/no-not-available.flow.js';
import { noOtherFlow } from '../../../flows/advice/no-other.flow.js';
import { noPrecedentFlow } from '../../../flows/advice/no-precedent.flow.js';
import { noPredeterminationFlow } from '../../../flows/advice/no-predetermination.flow.js';
import { heardOffer } from '../../../flows/advice/school-words.js';
import { choice, HANDOVER, ofType, replay, spoken, text } from '../flow-paths.js';

const PARTIAL = 'We can offer Osian a 9:30 start on Mondays and Wednesdays. We are not able to do every day, as we do not have the staff.';
const OFFERING: FlowInput = { ...HANDOVER, statement: PARTIAL };
const m = noResourcesFlow.machine;
const run = (events: FlowEvent[], input = OFFERING) => replay(m, input, events);
const asked = (events: FlowEvent[], input = OFFERING) => ofType<AskParams>(run(events, input).effects, 'ask').map((a) => a.key);
const ANSWERS = [text('a key adult at the door'), text('a TA for the first hour'), text('The SENCO asks the panel, next meets 20 March')];

describe('a kind of no that offers part of what was asked', () => {
  it('hears an offer in the school words, and not in a plain no', () => {
    for (const said of [PARTIAL, 'they said they could offer mornings only', 'We are happy to provide a quiet room at lunch but not a later start', 'The school has offered two afternoons a week']) {
      expect(heardOffer(said), said).toBe(true);
    }
    for (const said of [HANDOVER.statement as string, "We can't offer a later start", 'We are not able to offer that', 'We cannot provide one-to-one support', 'We need more data before we can change anything']) {
      expect(heardOffer(said), said).toBe(false);
    }
  });

  it('asks first whether they offered part of it, then what, before the kind of no', () => {
    const [snap, actions] = initialTransition(m, OFFERING);
    expect(snap.value).toBe('offer');
    expect(spoken(actions)).toEqual(['offer.ask']);
    expect(run([choice('yes')]).final.value).toBe('offered');
    expect(asked([choice('yes'), text('a 9:30 start on Mondays and Wednesdays')]).at(-1)).toBe('no-resources.ask-need');
  });

  it.each(['No they did not', 'not really, it does not help her', 'Nothing that helps', 'no, not at all'])('%j typed at "did they offer part of it?" is a no: nothing kept, nothing thanked for (the review)', (said) => {
    const events = [text(said), ...ANSWERS];
    const [draft] = ofType<DraftParams>(run(events).effects, 'draft');
    expect(draft?.vars['offered'] ?? '').toBe('');
    expect(ofType<NoteParams>(run(events).effects, 'note').some((n) => n.topic === 'school.offered')).toBe(false);
    expect(asked([text(said)]).at(-1)).toBe('no-resources.ask-need');
  });

  it('the letter thanks them for what they offered, in the parent words, and the notes keep it', () => {
    const events = [choice('yes'), text('a 9:30 start on Mondays and Wednesdays'), ...ANSWERS];
    const [draft] = ofType<DraftParams>(run(events).effects, 'draft');
    expect(draft?.vars['offered']).toBe('a 9:30 start on Mondays and Wednesdays');
    expect(ofType<NoteParams>(run(events).effects, 'note').find((n) => n.topic === 'school.offered')).toMatchObject({ kind: 'answer', text: 'a 9:30 start on Mondays and Wednesdays' });
  });

  it('"no, nothing was offered", or words with no offer, leave the line out; a plain no is not asked', () => {
    expect(ofType<DraftParams>(run([choice('no'), ...ANSWERS]).effects, 'draft')[0]?.vars['offered']).toBe('');
    expect(asked(ANSWERS, HANDOVER)).not.toContain('offer.ask');
    expect(ofType<DraftParams>(run(ANSWERS, HANDOVER).effects, 'draft')[0]?.vars['offered']).toBe('');
  });

  it('every kind of no asks it, and each of their letters has the line', () => {
    for (const flow of [noDataFlow, noResourcesFlow, noPrecedentFlow, noNotAvailableFlow, noPredeterminationFlow, noOtherFlow]) {
      expect(flow.keys, flow.id).toContain('offer.ask');
      expect(initialTransition(flow.machine, OFFERING)[0].value, flow.id).toBe('offer');
    }
  });
});

describe('what they offered, typed at the first question', () => {
  it('is the answer: kept for the letter, and the kind of no goes on', () => {
    const events = [text('9:30 on Mondays and Wednesdays'), ...ANSWERS];
    expect(run([text('9:30 on Mondays and Wednesdays')]).final.value).toBe('need');
    expect(ofType<DraftParams>(run(events).effects, 'draft')[0]?.vars['offered']).toBe('9:30 on Mondays and Wednesdays');
    // A bare "ok" is asked about again.
    expect(run([text('ok')]).final.value).toBe('offer');
  });
});
