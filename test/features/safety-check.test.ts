/** The safety check by state ids and content keys (flows/safety-check.flow.ts). */
import { describe, expect, it } from 'vitest';
import type { NoteParams } from '../../src/core/flow-kit.js';
import { safetyCheckFlow } from '../../flows/safety-check.flow.js';
import { choice, ofType, replay, spoken, text } from './flow-paths.js';

const m = safetyCheckFlow.machine;
const ASIDE = { flowId: 'triage', flowVersion: 1, snapshot: { value: 'askRequest', context: {} }, pending: null };

describe('safety check', () => {
  it('possible risk: asks the one question; "yes, we are safe" hands back the interrupted conversation untouched', () => {
    const asked = replay(m, { tier: 'possible', kind: 'parent_crisis', resume: ASIDE }, []);
    expect(asked.final.value).toBe('ask');
    expect(spoken(asked.effects)).toEqual(['safety.check.question']);
    const r = replay(m, { tier: 'possible', kind: 'parent_crisis', resume: ASIDE }, [choice('safe')]);
    expect(r.done).toBe(true);
    expect(r.final.output).toEqual({ resume: ASIDE });
    expect(spoken(r.effects).at(-1)).toBe('safety.check.glad');
  });

  it('"no, or I\'m not sure" gives the crisis reply for whose crisis it is, then picks up on "continue" or any words', () => {
    const r = replay(m, { tier: 'possible', kind: 'child_self_harm', resume: ASIDE }, [choice('not-sure')]);
    expect(r.final.value).toBe('crisis');
    expect(spoken(r.effects).at(-1)).toBe('safety.crisis.child_self_harm');
    expect(replay(m, { tier: 'possible', kind: 'child_self_harm', resume: ASIDE }, [choice('not-sure'), choice('continue')]).final.output).toEqual({ resume: ASIDE });
    expect(replay(m, { tier: 'possible', kind: 'child_self_harm' }, [choice('not-sure'), text('ok')]).final.output).toEqual({});
  });

  it('clear risk: the crisis reply at once, no question first', () => {
    const r = replay(m, { tier: 'clear', kind: 'danger' }, []);
    expect(r.final.value).toBe('crisis');
    expect(spoken(r.effects)).toEqual(['safety.crisis.danger']);
  });

  it('never writes a note', () => {
    for (const events of [[choice('safe')], [choice('not-sure'), choice('continue')]]) {
      expect(ofType<NoteParams>(replay(m, { tier: 'possible', kind: 'abuse' }, events).effects, 'note')).toEqual([]);
    }
  });
});
