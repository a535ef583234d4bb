import { describe, expect, it } from 'vitest';
import { createOutbox } from '../../src/core/outbox.js';
import { claimFirstAnswer, clickedQuestion, recordQuestions, refusedAsStale, submitClick } from '../../src/core/question-record.js';
import type { PostedQuestion } from '../../src/core/ports.js';
import type { QuestionPosts, SessionRow } from '../../src/core/ports.js';
import type { Reply, Turn } from '../../src/core/types.js';
import { lastQuestion, makeTestApp } from '../support/builders.js';

/** A question record that remembers claims, and one parent whose pending question is `p2`. */
function fakeStore() {
  const claimed = new Set<string>();
  const questionPosts: QuestionPosts = {
    record: () => {},
    find: () => undefined,
    claim: (user, channel, promptId) => {
      const k = `${user}|${channel}|${promptId}`;
      if (claimed.has(k)) return false;
      claimed.add(k);
      return true;
    },
  };
  const session: SessionRow = {
    userId: 'discord:1',
    caseId: null,
    flowId: null,
    flowVersion: null,
    snapshot: null,
    pending: { promptId: 'p2', key: 'q', vars: {}, choices: [], freeText: false },
    seq: 2,
    updatedAt: '',
  };
  return { questionPosts, getSession: (u: string) => (u === session.userId ? session : undefined), claimed };
}

const click = (user: string, channel: Turn['channel'], promptId?: string): Turn => ({
  id: `${user}-${promptId ?? 'none'}`,
  channel,
  user,
  where: 'dm',
  input: { kind: 'choice', id: 'yes', ...(promptId ? { promptId } : {}) },
  receivedAt: new Date(0),
});

describe('claimFirstAnswer', () => {
  it('lets the first answer to a question through and no later one', () => {
    const store = fakeStore();
    const now = new Date('2026-01-01T00:00:00Z');
    expect(claimFirstAnswer(store, click('slack:T:U', 'slack', 'p1'), now)).toBe(true);
    expect(claimFirstAnswer(store, click('slack:T:U', 'slack', 'p1'), now)).toBe(false);
    // Another question, another parent, or the same ids on another channel: each its own first.
    expect(claimFirstAnswer(store, click('slack:T:U', 'slack', 'p2'), now)).toBe(true);
    expect(claimFirstAnswer(store, click('slack:T:V', 'slack', 'p1'), now)).toBe(true);
    expect(claimFirstAnswer(store, click('slack:T:U', 'discord', 'p1'), now)).toBe(true);
  });
  it('keys an answer that names no question on the parent’s own pending question', () => {
    const store = fakeStore();
    const now = new Date(0);
    expect(claimFirstAnswer(store, click('discord:1', 'discord'), now)).toBe(true);
    expect(store.claimed.has('discord:1|discord|p2')).toBe(true);
    expect(claimFirstAnswer(store, click('discord:1', 'discord', 'p2'), now)).toBe(false);
  });
});

describe('recordQuestions', () => {
  const post: PostedQuestion = { place: 'D1', messageRef: '1.5', view: '[]' };
  const recorder = () => {
    const rows: string[] = [];
    const questionPosts = { ...fakeStore().questionPosts, record: (u: string, c: string, p: string, q: PostedQuestion, at: string) => void rows.push(`${u}|${c}|${p}|${q.place}|${at}`) };
    return { rows, questionPosts };
  };

  it('records every question of the message for its parent, at once without a group commit', () => {
    const { rows, questionPosts } = recorder();
    recordQuestions({ questionPosts }, 'slack:T:U', 'slack', ['p1', 'p2'], post, new Date(0), () => {});
    expect(rows).toEqual(['slack:T:U|slack|p1|D1|1970-01-01T00:00:00.000Z', 'slack:T:U|slack|p2|D1|1970-01-01T00:00:00.000Z']);
  });

  it('writes through the store’s group commit when it has one, and hands its failure to onError', async () => {
    const { rows, questionPosts } = recorder();
    const commits: (() => unknown)[] = [];
    const commitTurn = <T>(fn: () => T): Promise<T> => {
      commits.push(fn);
      return commits.length === 1 ? Promise.resolve(fn()) : Promise.reject(new Error('disk full'));
    };
    const errors: unknown[] = [];
    recordQuestions({ questionPosts, commitTurn }, 'slack:T:U', 'slack', ['p1'], post, new Date(0), (e) => errors.push(e));
    recordQuestions({ questionPosts, commitTurn }, 'slack:T:U', 'slack', ['p2'], post, new Date(0), (e) => errors.push(e));
    await new Promise((r) => setImmediate(r));
    expect(commits).toHaveLength(2);
    expect(rows).toEqual(['slack:T:U|slack|p1|D1|1970-01-01T00:00:00.000Z']);
    expect(errors).toHaveLength(1);
  });
});

describe('refusedAsStale', () => {
  it('recognises the engine refusing an outdated click, and nothing else', async () => {
    const app = makeTestApp();
    try {
      const menu = lastQuestion(await app.send({ kind: 'command', name: 'resume', args: '' }));
      const answered = await app.send({ kind: 'choice', id: 'new-no', promptId: menu.promptId });
      expect(refusedAsStale(answered)).toBe(false);
      expect(refusedAsStale(await app.send({ kind: 'choice', id: 'new-no', promptId: menu.promptId }))).toBe(true);
    } finally {
      app.cleanup();
    }
  });
});

describe('submitClick', () => {
  const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
  /** A click through a real outbox and engine; what was marked on the message and what was sent. */
  function clicker(app: ReturnType<typeof makeTestApp>) {
    const outbox = createOutbox({ engine: app.engine, logger: silent });
    const marks: boolean[] = [];
    const sent: Reply[][] = [];
    const click = (id: string, promptId: string) => {
      const turn: Turn = { id, channel: 'console', user: 'parent-a', where: 'dm', input: { kind: 'choice', id: 'new-no', promptId }, receivedAt: app.clock.now() };
      const send = async (replies: Reply[]) => sent.push(replies);
      return submitClick(outbox, app.store, () => app.clock.now(), { turn, send, mark: async (chosen) => void marks.push(chosen) });
    };
    return { click, marks, sent };
  }

  it('answers the first click on a question and marks it chosen; a second click on it answers nothing', async () => {
    const app = makeTestApp();
    try {
      const menu = lastQuestion(await app.send({ kind: 'command', name: 'resume', args: '' }));
      const { click, marks, sent } = clicker(app);
      expect(await click('click-1', menu.promptId)).toBe(true);
      expect(await click('click-2', menu.promptId)).toBe(false);
      expect(marks).toEqual([true]);
      expect(sent).toHaveLength(1);
      expect(refusedAsStale(sent[0] ?? [])).toBe(false);
    } finally {
      app.cleanup();
    }
  });

  it('marks a click the engine refused as outdated as not chosen, and still sends the engine’s answer', async () => {
    const app = makeTestApp();
    try {
      const old = lastQuestion(await app.send({ kind: 'command', name: 'resume', args: '' }));
      // Answered without a click (nothing claimed): the conversation moves past the menu.
      expect(refusedAsStale(await app.send({ kind: 'choice', id: 'new-no', promptId: old.promptId }))).toBe(false);
      const { click, marks, sent } = clicker(app);
      expect(await click('click-old', old.promptId)).toBe(true);
      expect(marks).toEqual([false]);
      expect(sent).toHaveLength(1);
      expect(refusedAsStale(sent[0] ?? [])).toBe(true);
    } finally {
      app.cleanup();
    }
  });
});

describe('clickedQuestion', () => {
  it('shows the choice made when the engine took the click and the choice is on the question as drawn', () => {
    expect(clickedQuestion(true, { label: 'Yes' })).toEqual({ kind: 'answered', label: 'Yes' });
  });

  it('shows nothing as chosen when the engine refused the click as outdated, or the choice is not on the question', () => {
    expect(clickedQuestion(false, { label: 'Yes' })).toEqual({ kind: 'outdated' });
    expect(clickedQuestion(true, { label: null })).toEqual({ kind: 'outdated' });
  });

  it('with nothing to redraw it from, closes a question the engine refused, and leaves one it took', () => {
    expect(clickedQuestion(false, null)).toEqual({ kind: 'closed' });
    expect(clickedQuestion(true, null)).toBeNull();
  });
});
