import { describe, expect, it } from 'vitest';
import { choiceToken, pendingChoiceAt, tokenIndex } from '../../src/core/choice-token.js';
import type { SessionRow } from '../../src/core/ports.js';

describe('choiceToken and tokenIndex', () => {
  it('carries an id that fits, and the index of one that does not (or that looks like an index)', () => {
    expect(choiceToken('cat:data', 4, 100)).toBe('cat:data');
    expect(choiceToken('x'.repeat(101), 4, 100)).toBe('#4');
    expect(choiceToken('#1', 4, 100)).toBe('#4');
    expect(tokenIndex('#4')).toBe(4);
    expect(tokenIndex('cat:data')).toBeNull();
    expect(tokenIndex('#1234')).toBeNull();
    expect(tokenIndex('#')).toBeNull();
  });
});

describe('pendingChoiceAt', () => {
  const session: SessionRow = {
    userId: 'discord:1',
    caseId: null,
    flowId: null,
    flowVersion: null,
    snapshot: null,
    pending: { promptId: 'p2', key: 'q', vars: {}, freeText: false, choices: [{ id: 'first', key: 'a' }, { id: 'second', key: 'b' }] },
    seq: 2,
    updatedAt: '',
  };
  const store = { getSession: (u: string) => (u === session.userId ? session : undefined) };

  it('resolves an index against the parent’s own pending question', () => {
    expect(pendingChoiceAt(store, 'discord:1', 'p2', 1)).toBe('second');
    expect(pendingChoiceAt(store, 'discord:1', undefined, 0)).toBe('first');
  });

  it('resolves nothing for another question, another parent, or an index past the choices', () => {
    expect(pendingChoiceAt(store, 'discord:1', 'p1', 1)).toBeNull();
    expect(pendingChoiceAt(store, 'discord:2', 'p2', 1)).toBeNull();
    expect(pendingChoiceAt(store, 'discord:1', 'p2', 2)).toBeNull();
  });
});
