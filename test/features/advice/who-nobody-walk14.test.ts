/**
 * Fourteenth walk, W14-13: "nobody said anything thats the point, they just dont do it" typed at
 * "Who said it?" was noted as the person who said it ("You told me the school said · nobody said
 * anything…"). Nobody is noted as who said it; the parent's words are kept as theirs.
 */
import { describe, expect, it } from 'vitest';
import type { NoteParams, SayParams } from '../../../src/core/flow-kit.js';
import { triageFlow } from '../../../flows/advice/triage.flow.js';
import { classified, ofType, replay, text } from '../flow-paths.js';

const m = triageFlow.machine;
const INPUT = { statement: 'we had a meeting in october and they agreed Miss Adebayo would meet him at the gate, it has not happened since half term' };

describe('W14-13: "nobody said anything" at "Who said it?"', () => {
  it('is no one\'s name: who is left blank, the words kept as the parent\'s', () => {
    const r = replay(m, INPUT, [text('Reuben'), text('the gate meet and the time-out card'), classified('other', true), text('nobody said anything thats the point, they just dont do it')]);
    expect(ofType<SayParams>(r.effects, 'say').map((s) => s.key)).toContain('triage.who-nobody');
    expect(r.final.context).toMatchObject({ who: '' });
    expect(ofType<NoteParams>(r.effects, 'note').filter((n) => n.text.startsWith('nobody'))).toEqual([expect.objectContaining({ kind: 'parent_words' })]);
  });
});
