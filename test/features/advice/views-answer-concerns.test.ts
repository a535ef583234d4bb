/**
 * The eleventh walk (W11-9): "Did it feel as though your views were listened to?" answered "not
 * really, nobody asked what I thought. I brought a letter from his therapist and they didnt even
 * look at it" went into the decision-in-writing letter as "my concerns", lower case, starting "not
 * really,", on a line of its own with no label in the preview. The reply word that answers the
 * question is chat ("not really,", "no,", like "yes," and "ok," already); what follows is the
 * concern, written as a sentence under its own label, and checked with the parent's other words.
 */
import { describe, expect, it } from 'vitest';
import { shippedContent } from '../../../src/content/catalog.js';
import type { DraftParams } from '../../../src/core/flow-kit.js';
import { factOf } from '../../../src/features/advice/letter-facts.js';
import { noPredeterminationFlow } from '../../../flows/advice/no-predetermination.flow.js';
import { choice, HANDOVER, ofType, replay, text } from '../flow-paths.js';

const VIEWS = 'not really, nobody asked what I thought. I brought a letter from his therapist and they didnt even look at it';
const CONCERN = 'nobody asked what I thought. I brought a letter from his therapist and they didnt even look at it';

describe('a typed answer to a yes/no question, as a letter carries it', () => {
  it('the flow hands the letter the concern without the reply word', () => {
    const r = replay(noPredeterminationFlow.machine, HANDOVER, [text('no change to the timetable'), choice('at-meeting'), text(VIEWS), text('Tuesday 12 March')]);
    // Its missing apostrophe put back for the letter (letter-casing.ts, letters20).
    expect(ofType<DraftParams>(r.effects, 'draft')[0]?.vars.concerns).toBe(CONCERN.replace('didnt', "didn't"));
  });

  it.each([
    [VIEWS, CONCERN],
    ['No, they never read the report from the psychologist', 'they never read the report from the psychologist'],
    ['nah. nobody looked at his reports', 'nobody looked at his reports'],
    ['Partly - they listened but had already decided', 'they listened but had already decided'],
  ])('%j', (typed, fact) => {
    expect(factOf(typed)).toBe(fact);
  });

  it.each(['no change to the timetable', 'No. 5 bus stops outside', 'not really sure what they decided', 'no'])('a fact that starts the same way is kept: %j', (typed) => {
    expect(factOf(typed)).toBe(typed);
  });
});

describe('the letter line', () => {
  it('is labelled, and starts with a capital and ends as a sentence', () => {
    const body = shippedContent().renderLetter('decision-in-writing', { concerns: CONCERN }).body;
    const line = body.split('\n').find((l) => l.includes('nobody asked') || l.includes('Nobody asked')) ?? '';
    expect(line).toMatch(/^\S.*: Nobody asked what I thought\. I brought a letter from his therapist and they didnt even look at it\.$/);
  });
});
