/** Core's own effects, run as the engine runs them (params parsed by their schema first). */
import { describe, expect, it } from 'vitest';
import { CORE_EFFECTS } from '../../src/core/core-effects.js';
import type { RunContext } from '../../src/core/run-context.js';
import type { NoteRow } from '../../src/core/ports.js';

function noteContext(): { ctx: RunContext; added: unknown[] } {
  const added: unknown[] = [];
  const store = { addNote: (n: unknown) => added.push(n) } as unknown as RunContext['store'];
  const session = { userId: 'p', caseId: 1, flowId: 'f', flowVersion: 1, snapshot: null, pending: null, seq: 0, updatedAt: '2030-03-01T10:00:00.000Z' };
  const content = { has: () => false, varsOf: () => [], render: (k: string) => k } as unknown as RunContext['content'];
  return { ctx: { store, content, session, replies: [], now: new Date('2030-03-01T10:00:00.000Z') } as unknown as RunContext, added };
}

describe('the note effect', () => {
  const note = CORE_EFFECTS.find((e) => e.type === 'note');
  if (!note) throw new Error('no note effect');

  it('keeps a note with words', () => {
    const { ctx, added } = noteContext();
    note.run(ctx, { kind: 'answer', topic: 'facts.recipient', text: 'Mrs Patel' });
    expect(added).toHaveLength(1);
    expect((added[0] as NoteRow).text).toBe('Mrs Patel');
  });

  it.each(['', '   ', '\n'])('keeps no note whose text is %j (it would read "You told me (…):" and stop)', (text) => {
    const { ctx, added } = noteContext();
    note.run(ctx, { kind: 'answer', topic: 'facts.recipient', text });
    expect(added).toEqual([]);
  });
});
