/**
 * Fourteenth walk, W14-8: at "They told you this on 5 February 2027. Is that right?" a mother typed
 * "no it was 3 weeks ago, friday 15 jan" and was told "I didn't quite catch that"; then "No, let
 * me fix it" asked the child's name first, and the date she typed there became the child ("What
 * makes it hard for Friday 15 Jan…"). A no with a date is the correction; the fix asks for the
 * date first; a date is never a name. By state ids, keys and context.
 */
import { describe, expect, it } from 'vitest';
import type { AskParams, DraftParams, FlowEvent, NoteParams } from '../../../src/core/flow-kit.js';
import { sayNextFlow } from '../../../flows/advice/say-next.flow.js';
import { isAnswerNotName } from '../../../flows/advice/school-words.js';
import { choice, classified, ofType, replay, text } from '../flow-paths.js';

const m = sayNextFlow.machine;
// The replays answer on Friday 1 March 2030; the statement was offered from the notes as said on 20 February.
const recent = { text: "We don't have the staff for a key adult in the mornings.", when: 'Wed 20 Feb', saidOn: '2030-02-20' };
const start: FlowEvent[] = [choice('recent'), classified('resources', true), choice('yes')];
const asks = (effects: { type: string; params?: unknown }[]) => ofType<AskParams>(effects, 'ask').map((a) => a.key);

describe('W14-8: putting right the day at "They told you this on … Is that right?"', () => {
  it('the question takes typed words', () => {
    const r = replay(m, { recent, signOff: 'Jo', known: { request: 'A later start.' } }, start);
    expect(r.final.value).toBe('confirmKnown');
    expect(ofType<AskParams>(r.effects, 'ask').at(-1)).toMatchObject({ key: 'say-next.confirm-known.when', freeText: true });
  });

  it('"no it was 3 weeks ago, friday 8 feb" is the correction: that day kept and noted, not asked again', () => {
    const r = replay(m, { recent, nickname: 'Sam', signOff: 'Jo', known: { request: 'A later start.' } }, [...start, text('no it was 3 weeks ago, friday 8 feb'), text('a key adult at the gate'), text('Mr Dunn')]);
    expect(asks(r.effects)).not.toContain('facts.ask-said-on');
    expect(ofType<NoteParams>(r.effects, 'note')).toContainEqual(expect.objectContaining({ topic: 'facts.said-on', text: '2030-02-08' }));
    expect(ofType<DraftParams>(r.effects, 'draft')[0]?.vars).toMatchObject({ said_on: '2030-02-08' });
  });

  it('"No, let me fix it" asks for the date first, before the child or any line', () => {
    const r = replay(m, { recent, signOff: 'Jo', known: { request: 'A later start.' } }, [...start, choice('wrong')]);
    expect(asks(r.effects).at(-1)).toBe('facts.ask-said-on');
    const fixed = replay(m, { recent, signOff: 'Jo', known: { request: 'A later start.' } }, [...start, choice('wrong'), text('friday 8 feb')]);
    expect(asks(fixed.effects).at(-1)).toBe('say-next.ask-child');
  });

  it('a date typed where the child\'s name is asked is never the child', () => {
    const r = replay(m, { recent, signOff: 'Jo', known: { request: 'A later start.' } }, [...start, choice('right'), text('friday 15 jan')]);
    expect(r.final.value).toBe('askChild');
    expect(r.final.context).toMatchObject({ nickname: '' });
  });

  it.each(['friday 15 jan', 'Friday 15 January', '15 jan', 'jan 15', '15/1', 'yesterday', 'last tuesday', '3 weeks ago'])('%j is not a name', (said) => {
    expect(isAnswerNotName(said)).toBe(true);
  });

  it.each(['Sam', 'June', 'April', 'Friday Jones'])('%j is still a name', (said) => {
    expect(isAnswerNotName(said)).toBe(false);
  });
});

describe('W14-8: a day named outright wins over one counted beside it', () => {
  it('"no it was 3 weeks ago, friday 15 jan", said on Monday 8 February 2027, is 15 January', async () => {
    const { pastDate } = await import('../../../src/features/advice/letter-facts.js');
    expect(pastDate('no it was 3 weeks ago, friday 15 jan', '2027-02-08T01:00:00.000Z', false)?.date).toBe('2027-01-15');
    expect(pastDate('3 weeks ago', '2027-02-08T01:00:00.000Z', false)?.date).toBe('2027-01-18');
  });
});

describe('W14-16: a member of staff\'s name typed at one of say-next\'s letter lines', () => {
  it('is not what would help: said so, and the line asked again', async () => {
    const { spoken } = await import('../flow-paths.js');
    const r = replay(m, { recent, nickname: 'Sam', signOff: 'Jo', known: { request: 'A later start.' } }, [...start, choice('right'), text('Mrs Papadopoulos')]);
    expect(spoken(r.effects)).toContain('common.person-not-answer');
    expect(asks(r.effects).at(-1)).toBe('say-next.ask-need');
  });
});
