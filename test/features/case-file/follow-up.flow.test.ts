/** The follow-up dialogue by state ids and content keys (flows/case-file/follow-up.flow.ts). */
import { describe, expect, it } from 'vitest';
import { followUpFlow } from '../../../flows/case-file/follow-up.flow.js';
import type { FlowOutput, NoteParams } from '../../../src/core/flow-kit.js';
import { choice, ofType, replay, spoken, text } from '../flow-paths.js';

const m = followUpFlow.machine;
const REMINDER = { mode: 'reminder', about: 'the letter', sentOn: 'Mon 23 Nov', days: '10', request: 'A later start' };
const REPLY = 'They say there is no support until the referral meeting in February.';

describe('follow-up', () => {
  it('from a reminder: replied → their words → another no → triage on them, for this child and request', () => {
    const r = replay(m, REMINDER, [choice('replied'), text(REPLY), choice('respond')]);
    expect(r.done).toBe(true);
    expect(r.final.output as FlowOutput).toEqual({ next: 'triage', input: { statement: REPLY, request: 'A later start', continuing: true } });
    expect(ofType<NoteParams>(r.effects, 'note').map((n) => [n.kind, n.text])).toEqual([['response', REPLY]]);
    expect(ofType(r.effects, 'closeFollowups')).toHaveLength(1);
    expect(spoken(r.effects).at(-1)).toBe('case-file.replied.to-triage');
  });

  it('keeps a reply that is not a no, and goes home', () => {
    const r = replay(m, { mode: 'replied' }, [text(REPLY), choice('keep')]);
    expect(r.final.output).toEqual({});
    expect(ofType<NoteParams>(r.effects, 'note').map((n) => n.kind)).toEqual(['response']);
    expect(spoken(r.effects).at(-1)).toBe('case-file.replied.kept');
  });

  it('asks whether it is another no only when there are words to work with', () => {
    const at = replay(m, { mode: 'replied' }, [text(REPLY)]);
    expect(at.final.value).toBe('another');
    const tapped = replay(m, { mode: 'replied' }, [choice('skip')]);
    expect(tapped.done).toBe(true);
    expect(spoken(tapped.effects).at(-1)).toBe('case-file.replied.saved');
  });
});
