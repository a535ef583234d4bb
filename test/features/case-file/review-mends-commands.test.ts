/**
 * A read-only review of the afternoon mends (review8), through the engine: `/nextstep replied
 * <words>` reads the parent's own dates (a US family's "11/20": 8); with several children, the
 * review is checked against the chosen child's notes (9); where typing is public, the daily log's
 * step and the empty summary name commands as they are used there (7). Words through content.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/catalog.js';
import { textReply } from '../../../src/core/render.js';
import { PROFILE_TOPIC } from '../../../src/features/advice/profile.js';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { cmd, keysOf, pick, question, tellTriage, type CaseApp } from './support.js';

const app = caseAppsAfterEach();
const content = loadContent();
const USER = 'parent-a';
const cap = (key: string) => { const w = content.render(key); return w.charAt(0).toUpperCase() + w.slice(1); };

async function letterSent(a: CaseApp, nickname: string): Promise<number> {
  await tellTriage(a, { nickname, request: 'A later start at 10', statement: 'We need more evidence before we change anything.', who: 'Mr Hill' });
  for (let i = 0; i < 4; i++) await a.send(pick('not-said'));
  await a.send(pick('sent'));
  const c = a.store.listCases(USER).find((x) => x.nickname === nickname);
  if (!c) throw new Error(`no case for ${nickname}`);
  return c.id;
}


describe('review8: the review day through the engine', () => {
  it('8: "/nextstep replied" reads a US family\'s date in their order', async () => {
    const a = app();
    const caseId = await letterSent(a, 'Amara');
    a.store.addNote({ userId: USER, caseId, kind: 'answer', topic: PROFILE_TOPIC, text: JSON.stringify({ place: 'us', region: 'Ohio', plan: 'none', pronouns: 'she' }), at: '2026-11-25T10:00:00Z', day: '2026-11-25' });
    a.clock.current = new Date('2026-11-04T17:00:00Z');
    const r = await a.send(cmd('replied', "We'll try a later start until 11/20"));
    expect(question(r).key).toBe('review.offer');
    expect(question(r).text).toContain('November 20, 2026');
  });

  it('9: several children: a day kept in another child\'s notes is offered for this one', async () => {
    const a = app();
    const amara = await letterSent(a, 'Amara');
    const ben = await letterSent(a, 'Ben');
    a.store.addNote({ userId: USER, caseId: ben, kind: 'next_step', topic: 'review.date', text: 'review.note', due: '2026-11-23', at: '2026-11-02T10:00:00Z', day: '2026-11-02' });
    a.clock.current = new Date('2026-11-11T17:00:00Z');
    const which = await a.send(cmd('replied', "They'll do a 9:15 start from Monday for a week and then review it."));
    expect(question(which).key).toBe('case-file.replied.ask-which');
    const amaraButton = question(which).choices.find((c) => c.label.includes('Amara'));
    await a.send(pick(amaraButton?.id ?? ''));
    const r = await a.send(pick('keep'));
    expect(keysOf(r)).not.toContain('review.already-kept');
    expect(question(r).key).toBe('review.offer');
    await a.send(pick('keep-review'));
    expect(a.store.listNotes(USER, { caseId: amara }).filter((n) => n.topic === 'review.date').map((n) => n.due)).toEqual(['2026-11-23']);
  });

  it('9: several children: a day kept in the chosen child\'s own notes is said to be kept, not noted twice', async () => {
    const a = app();
    const amara = await letterSent(a, 'Amara');
    await letterSent(a, 'Ben');
    a.store.addNote({ userId: USER, caseId: amara, kind: 'next_step', topic: 'review.date', text: 'review.note', due: '2026-11-23', at: '2026-11-02T10:00:00Z', day: '2026-11-02' });
    a.clock.current = new Date('2026-11-11T17:00:00Z');
    const which = await a.send(cmd('replied', "They'll do a 9:15 start from Monday for a week and then review it."));
    const amaraButton = question(which).choices.find((c) => c.label.includes('Amara'));
    await a.send(pick(amaraButton?.id ?? ''));
    const r = await a.send(pick('keep'));
    expect(keysOf(r)).toContain('review.already-kept');
    expect(a.store.listNotes(USER, { caseId: amara }).filter((n) => n.topic === 'review.date')).toHaveLength(1);
  });

  it('7: the daily log\'s step and the empty summary, in an answer only the parent sees in a channel', async () => {
    const step = textReply(content, 'review.log-step');
    expect(step.type === 'text' && step.sharedText).toContain(cap('place.log-today.shared'));
    expect(step.type === 'text' && step.sharedText).toContain(content.render('place.checkin.shared'));
    expect(step.type === 'text' && step.text).toContain(cap('place.log-today'));
    const a = app();
    await letterSent(a, 'Amara');
    const empty = (await a.send(cmd('summary'))).find((r) => r.key === 'summary.empty');
    expect(empty?.type === 'text' && empty.sharedText).toContain(content.render('place.log-today.shared'));
  });
});
