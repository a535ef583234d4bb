/**
 * A flow started quietly (flow-runner.ts `startFlow(…, { quiet: true })`): its opening words and
 * question are not said, and the session waits at its first question, as if asked; what the parent
 * typed is then read there. The engine starts the menu so when a new message is typed at "pick that
 * up again, or leave it?" (review11, 3), in place of starting it aloud and throwing its replies away.
 */
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../src/app.js';
import { assemble } from '../../src/core/assemble.js';
import { startFlow, type RunContext } from '../../src/core/flow-runner.js';
import { caseAppsAfterEach } from '../support/case-app.js';

const app = caseAppsAfterEach();

function contextFor(a: ReturnType<typeof app>, seq: number): RunContext {
  const { flows, effects, flowInputs, menuFlow, settingTopics } = assemble(FEATURES, a.content);
  const session = { userId: 'parent-q', caseId: null, flowId: null, flowVersion: null, snapshot: null, pending: null, seq, updatedAt: a.clock.now().toISOString() };
  a.store.ensureUser('parent-q', session.updatedAt);
  return { store: a.store, content: a.content, classifier: a.classifier, flows, menuFlow, effects, flowInputs, settingTopics, session, replies: [], now: a.clock.now(), zone: 'UTC', day: '2026-01-07' };
}

describe('a flow started quietly', () => {
  it('says nothing, and waits at its first question as if it had asked it', () => {
    const ctx = contextFor(app(), 0);
    startFlow(ctx, 'home', {}, { quiet: true });
    expect(ctx.replies).toEqual([]);
    expect(ctx.session.flowId).toBe('home');
    expect(ctx.session.pending?.key).toBe('home.menu');
    expect(ctx.session.pending?.promptId).toBe('q1');
    expect(ctx.session.seq).toBe(1);
  });

  it('started aloud, the same flow says its words and asks (the welcome on a first visit)', () => {
    const ctx = contextFor(app(), 0);
    startFlow(ctx, 'home');
    expect(ctx.replies.map((r) => r.key)).toEqual(['home.welcome', 'home.menu']);
  });

  it('is quiet only until it rests: a flow it hands over to at once is heard', () => {
    const ctx = contextFor(app(), 3);
    startFlow(ctx, 'home', { statement: 'The school said they cannot offer a part-time timetable for him this term.' }, { quiet: true });
    expect(ctx.session.flowId).toBe('triage');
    expect(ctx.replies.length).toBeGreaterThan(0);
    expect(ctx.replies.at(-1)?.type).toBe('question');
  });
});
