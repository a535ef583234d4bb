/**
 * Left by the lead's date fixes (7 December): "within 10 school days", told on 7 December about a
 * letter the school sent on 1 December, was counted from the 7th. A period the school gives
 * itself runs from the day they said it: from the said-on day when it is known, else from the day
 * the parent tells it. A date that has already passed is said as passed, never put "in your
 * diary".
 */
import { describe, expect, it } from 'vitest';
import type { FlowEvent, NoteParams, SayParams } from '../../../src/core/flow-kit.js';
import { dueFrom } from '../../../flows/advice/parent-answers.js';
import { noDataFlow } from '../../../flows/advice/no-data.flow.js';
import { AT, choice, HANDOVER, ofType, replay, spoken, text } from '../flow-paths.js';

const ENGLAND = JSON.stringify({ place: 'england', plan: 'none', pronouns: 'he', schoolName: 'Sam Bean' });

function nextStep(saidOn: string, byWhen: string): { due: string | undefined; said: SayParams | undefined; keys: string[] } {
  const events: FlowEvent[] = [choice('not-said'), text('they expect me to keep a log'), choice('nothing-yet'), text(byWhen)];
  const r = replay(noDataFlow.machine, { ...HANDOVER, saidOn, profile: ENGLAND }, events);
  const due = ofType<NoteParams>(r.effects, 'note').find((n) => n.kind === 'next_step')?.due;
  const said = ofType<SayParams>(r.effects, 'say').find((s) => s.key.startsWith('common.next-step'));
  return { due, said, keys: spoken(r.effects) };
}

describe('dueFrom: a period counts from the day the school said it', () => {
  it('from the said-on day when given, else from the day told (Friday 1 March 2030)', () => {
    expect(dueFrom('within 10 school days', AT, false, '2030-02-22')).toBe('2030-03-08');
    expect(dueFrom('within 10 school days', AT, false)).toBe('2030-03-15');
    expect(dueFrom('in a fortnight', AT, false, '2030-02-22')).toBe('2030-03-08');
    expect(dueFrom('by the end of the week', AT, false, '2030-02-26')).toBe('2030-03-01');
  });

  it('a date of its own is read from the day told, as before', () => {
    expect(dueFrom('by 14 March', AT, false, '2030-02-22')).toBe('2030-03-14');
    expect(dueFrom('by Friday', AT, false, '2030-02-22')).toBe('2030-03-08');
  });
});

describe('no.data: the next step of a period told a week late', () => {
  it('said on Friday 22 February, told on 1 March: ten school days from the 22nd', () => {
    const r = nextStep('2030-02-22', 'within 10 school days');
    expect(r.due).toBe('2030-03-08');
    expect(r.said?.key).toBe('common.next-step-by');
  });

  // Changed after review6 (finding 3): a week known is counted from its Monday, the earliest the
  // school's own date can be (a parent may chase a little early, never days late).
  it('the day said not known, only its week: counted from that week\'s Monday', () => {
    expect(nextStep('week of 2030-02-18', 'within 10 school days').due).toBe('2030-03-04');
  });

  it('a date already past is said as passed, not put in the diary', () => {
    const r = nextStep('2030-02-01', 'within 10 school days');
    expect(r.due).toBe('2030-02-15');
    expect(r.said?.key).toBe('common.next-step-passed');
    expect(r.keys).not.toContain('common.next-step-by');
  });
});

// The review (finding 3): "Last week" stores the week ("week of 2026-11-30"), which the period
// ignored, counting "by the end of the week" from today (11 December, a day to come) instead of
// that week (4 December, passed).
describe('a period told about last week', () => {
  it('counts from that week\'s Monday', async () => {
    const { dueFrom } = await import('../../../flows/advice/parent-answers.js');
    expect(dueFrom('they said they would reply by the end of the week', '2026-12-07T12:00:00.000Z', false, 'week of 2026-11-30')).toBe('2026-12-04');
    expect(dueFrom('within 10 school days', '2026-12-07T12:00:00.000Z', false, 'week of 2026-11-30')).toBe('2026-12-14');
  });
});

// Review7 (finding 4): "earlier this week" on Wednesday 2 December (the week began 30 November) and
// "by the end of the month": 30 November, said to have passed; a calendar end is read from the
// latest day the week allows (31 December), a count of days still from its Monday.
describe('a calendar end told about a week that began in the month before', () => {
  it('"by the end of the month" is this month\'s end', async () => {
    const { dueFrom } = await import('../../../flows/advice/parent-answers.js');
    expect(dueFrom('they will decide by the end of the month', '2026-12-02T12:00:00.000Z', false, 'week of 2026-11-30')).toBe('2026-12-31');
    expect(dueFrom('within 10 school days', '2026-12-02T12:00:00.000Z', false, 'week of 2026-11-30')).toBe('2026-12-14');
  });
});
