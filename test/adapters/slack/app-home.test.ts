/**
 * The App Home tab: the parent's own case at a glance, published for them alone.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROFILE_TOPIC, profileText, SIGN_OFF_TOPIC } from '../../../src/features/advice/profile.js';
import { homeOpenedEvent, postJson, startHarness, type Harness } from './fake-slack.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

function seedCase(user: string): void {
  const s = h.app.store;
  const at = new Date().toISOString();
  s.ensureUser(user, at);
  const c = s.openCase(user, 'Maisie', at);
  s.addNote({ userId: user, caseId: c.id, kind: 'statement', topic: 'triage.statement', text: 'We need six weeks of attendance data first.', category: 'data', who: 'SENCo', saidOn: '2024-03-01', at, day: at.slice(0, 10) });
  s.addNote({ userId: user, caseId: c.id, kind: 'next_step', topic: 'data.next-step', text: 'Ask for the data plan in writing', category: 'data', due: '2999-01-15', at, day: at.slice(0, 10) });
  s.addNote({ userId: user, caseId: c.id, kind: 'next_step', topic: 'data.old', text: 'An old deadline', due: '2000-01-01', at, day: at.slice(0, 10) });
}

describe('Slack App Home', () => {
  it("publishes the parent's own case: open kinds of no, latest notes, what is due next", async () => {
    seedCase('slack:T1:U1');
    await postJson(h.port, homeOpenedEvent('U1'));
    const [pub] = await h.fake.waitForCalls('views.publish', 1);
    expect(pub?.args['user_id']).toBe('U1');
    const view = pub?.args['view'] as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    const shown = JSON.stringify(view.blocks);
    expect(shown).toContain('Maisie');
    expect(shown).toContain(h.app.content.render('category.data.label').replace(/"/g, '\\"'));
    expect(shown).toContain('SENCo');
    // "What is due next": the future date only, soonest first; a past deadline is not "next".
    const blocks = view.blocks as { type: string; text?: { text: string } }[];
    const dueAt = blocks.findIndex((b) => b.type === 'header' && b.text?.text === 'What is due next');
    const due = blocks[dueAt + 1]?.text?.text ?? '';
    expect(due).toContain('15 January 2999');
    expect(due).toContain('Ask for the data plan in writing');
    expect(due).not.toContain('An old deadline');
    expect(h.logger.dump()).not.toContain('Maisie');
  });

  it('lists ordinary notes among the latest and leaves out settings (the case profile, the sign-off)', async () => {
    const s = h.app.store;
    const at = new Date().toISOString();
    s.ensureUser('slack:T1:U1', at);
    const c = s.openCase('slack:T1:U1', 'Maisie', at);
    const profile = profileText({ place: 'england', plan: 'ehcp', pronouns: 'she', schoolName: 'Margaret' });
    s.addNote({ userId: 'slack:T1:U1', caseId: c.id, kind: 'statement', topic: 'triage.statement', text: 'They will not agree to a reduced timetable.', at, day: at.slice(0, 10) });
    s.addNote({ userId: 'slack:T1:U1', caseId: c.id, kind: 'answer', topic: PROFILE_TOPIC, text: profile, at, day: at.slice(0, 10) });
    s.addNote({ userId: 'slack:T1:U1', caseId: c.id, kind: 'answer', topic: SIGN_OFF_TOPIC, text: 'Jo Parent-Signature', at, day: at.slice(0, 10) });
    await postJson(h.port, homeOpenedEvent('U1'));
    const [pub] = await h.fake.waitForCalls('views.publish', 1);
    const blocks = (pub?.args['view'] as { blocks: { type: string; text?: { text: string } }[] }).blocks;
    const latestAt = blocks.findIndex((b) => b.type === 'header' && b.text?.text === h.app.content.render('slack.home.latest'));
    const latest = blocks[latestAt + 1]?.text?.text ?? '';
    expect(latest).toContain('They will not agree to a reduced timetable.');
    expect(latest.split('\n')).toHaveLength(1);
    const shown = JSON.stringify(blocks);
    for (const setting of ['england', 'ehcp', 'Margaret', 'place', 'Jo Parent-Signature', PROFILE_TOPIC, SIGN_OFF_TOPIC]) expect(shown).not.toContain(setting);
  });

  it("another parent's home shows none of it", async () => {
    seedCase('slack:T1:U1');
    await postJson(h.port, homeOpenedEvent('U2'));
    const [pub] = await h.fake.waitForCalls('views.publish', 1);
    expect(pub?.args['user_id']).toBe('U2');
    const shown = JSON.stringify(pub?.args['view']);
    expect(shown).not.toContain('Maisie');
    expect(shown).not.toContain('attendance');
    expect(shown).toContain('Nothing here yet');
  });

  it('opening the Messages tab publishes nothing', async () => {
    await postJson(h.port, homeOpenedEvent('U1', 'messages'));
    await h.waitForLog('payload skipped', 1);
    expect(h.fake.callsTo('views.publish')).toHaveLength(0);
  });
});
