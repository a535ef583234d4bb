/**
 * situations16 item 2: the dates in the silence replies and letter came only from the parent's
 * latest message. When it has none, the days the case already holds go in: the days the parent
 * said they wrote or asked (their earlier words, the silence questions' answers), the days letters
 * were sent (request_sent notes), and the meetings set and cancelled. Never a day the case does
 * not hold; never a "[dates]" placeholder. By keys, variables and state ids.
 */
import { describe, expect, it } from 'vitest';
import { sayNextFlow } from '../../../flows/advice/say-next.flow.js';
import { silenceFlow } from '../../../flows/advice/situations.js';
import { caseDaysIn } from '../../../src/features/advice/case-days.js';
import type { NoteRow } from '../../../src/core/ports.js';
import type { DraftParams, SayParams } from '../../../src/core/flow-kit.js';
import { HANDOVER, choice, classified, emittedKeys, ofType, replay, text } from '../flow-paths.js';

const NO_DATES = 'still nothing from them. no reply at all, they just dont answer';

function note(id: number, over: Partial<NoteRow>): NoteRow {
  return { id, userId: 'p', caseId: 1, kind: 'answer', topic: '', text: '', at: '2027-01-20T10:00:00.000Z', day: '2027-01-20', ...over } as NoteRow;
}

describe('the days the case holds (caseDaysIn)', () => {
  it('reads the days written on and the meetings cancelled, from earlier words, answers and letters sent', () => {
    const notes = [
      note(1, { kind: 'statement', topic: 'triage.statement', text: 'I emailed on 30 November. They set a meeting for 12 Jan and cancelled it.' }),
      note(2, { kind: 'request_sent', topic: 'letter.sent', text: 'need-request', day: '2026-12-14' }),
      note(3, { topic: 'silence.tried', text: 'emailed 30 November, again 11 Dec' }),
      note(4, { topic: 'silence.cancelled', text: '19 jan, cancelled on the day' }),
      note(5, { caseId: 2, topic: 'silence.tried', text: 'emailed 2 Feb' }),
    ];
    const days = caseDaysIn(notes, 1, false);
    expect(days.wrote).toBe('30 November, 14 December and 11 Dec');
    expect(days.cancelled).toBe('12 Jan and 19 jan');
  });

  it('holds nothing when the case holds no days', () => {
    expect(caseDaysIn([note(1, { kind: 'statement', text: 'they never reply' })], 1, false)).toEqual({ wrote: '', cancelled: '' });
  });
});

const replies = (input: Record<string, unknown>) => {
  const r = replay(sayNextFlow.machine, { statement: NO_DATES, ...input }, [classified('other', true)]);
  return ofType<SayParams>(r.effects, 'say').filter((s) => s.key.startsWith('say-next.replies.situation.silence.'));
};

describe('say-next: silence with no days in the message', () => {
  it('uses the days the case holds: written on and cancelled', () => {
    const said = replies({ caseDays: { wrote: '30 November and 11 Dec', cancelled: '12 Jan' } });
    const clear = said.find((s) => s.key.startsWith('say-next.replies.situation.silence.clear'));
    expect(clear?.key).toBe('say-next.replies.situation.silence.clear.dated-cancelled');
    expect(clear?.vars).toMatchObject({ dates: '30 November and 11 Dec', cancelled: '12 Jan' });
  });

  it('cancelled meetings alone', () => {
    const said = replies({ caseDays: { wrote: '', cancelled: '12 Jan and 19 Jan' } });
    expect(said.find((s) => s.key.includes('.firm'))?.key).toBe('say-next.replies.situation.silence.firm.cancelled');
  });

  it('the message\'s own days come first; the case fills only what it lacks', () => {
    const r = replay(sayNextFlow.machine, { statement: 'I emailed on 4 January and again on 8 January and nobody replied', caseDays: { wrote: '30 November', cancelled: '12 Jan' } }, [classified('other', true)]);
    const clear = ofType<SayParams>(r.effects, 'say').find((s) => s.key.startsWith('say-next.replies.situation.silence.clear'));
    expect(clear?.vars).toMatchObject({ dates: '4 January and 8 January', cancelled: '12 Jan' });
  });

  it('with nothing held, the replies with no days, as before', () => {
    const keys = replies({}).map((s) => s.key);
    expect(keys).toContain('say-next.replies.situation.silence.clear');
    expect(keys.some((k) => /dated|cancelled/.test(k))).toBe(false);
  });
});

describe('the silence letter: the days held offered, not asked afresh', () => {
  it('the days written on are offered ("Yes, those") and go in the letter', () => {
    const input = { ...HANDOVER, statement: NO_DATES, caseDays: { wrote: '30 November and 11 Dec', cancelled: '12 Jan' } };
    const r = replay(silenceFlow.machine, input, [choice('same'), choice('same'), text('friday 29 march')]);
    const asked = emittedKeys(r.effects).map((k) => k.key);
    expect(asked).toContain('silence.ask-tried-known');
    expect(asked).toContain('silence.ask-cancelled-known');
    const draft = ofType<DraftParams>(r.effects, 'draft')[0];
    expect(draft?.vars['tried']).toBe('30 November and 11 Dec');
    expect(draft?.vars['cancelled']).toBe('12 Jan');
  });

  it('with nothing held, asked as before', () => {
    const r = replay(silenceFlow.machine, { ...HANDOVER, statement: NO_DATES }, []);
    expect(emittedKeys(r.effects).map((k) => k.key)).toContain('silence.ask-tried');
  });
});

describe('every flow is handed the days the open case holds', () => {
  it('the advice feature\'s flow input carries caseDays from the store', async () => {
    const { command, makeTestApp } = await import('../../support/builders.js');
    const { advice } = await import('../../../src/features/advice/feature.js');
    const app = makeTestApp();
    try {
      await app.send(command('resume'));
      const c = app.store.openCase('parent-a', 'Fin', '2027-01-20T10:00:00.000Z');
      app.store.addNote({ userId: 'parent-a', caseId: c.id, kind: 'answer', topic: 'silence.tried', text: 'emailed 30 Nov, again 11 Dec', at: '2027-01-20T10:00:00.000Z', day: '2027-01-20' });
      const input = advice.flowInput?.(app.store, 'parent-a', c.id, new Date('2027-01-21T10:00:00Z'), 'situation.silence');
      expect(input).toMatchObject({ caseDays: { wrote: '30 Nov and 11 Dec', cancelled: '' } });
    } finally {
      app.cleanup();
    }
  });
});
