/**
 * Fourteenth walk, W14-5 and W14-6: "what do i say next? will they really fine us" and "what do I
 * say next? do I have to do this parenting course??" (the question first, a worry after) were
 * not recognised: at a question they were taken as its answer, at the menu filed as the school's
 * words. The question is say-next; the worry is kept as the parent's own words, never the
 * school's. And "are we going to get prosecuted?" alone at the menu began triage as the school's
 * words: it is a question about the law, answered as one. Keys and notes; words tested elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { keysOf, pick, question, sendLetterFor, type CaseApp } from '../case-file/support.js';

const app = caseAppsAfterEach();
const notesWith = (a: CaseApp, words: string) => a.store.listNotes('parent-a').filter((n) => n.text.includes(words));

describe('W14-5: the question first, a worry after', () => {
  it.each([
    ['what do i say next? will they really fine us', 'will they really fine us'],
    ['what do I say next? do I have to do this parenting course??', 'parenting course'],
    ["what do I say next? they want me to go to family support like we're a problem family", 'problem family'],
  ])('%j at the menu is say-next, the worry kept as the parent\'s words', async (said, worry) => {
    const a = app();
    await sendLetterFor(a, 'Sasha');
    const r = await a.send(said);
    expect(question(r).key).toMatch(/^say-next\./);
    expect(keysOf(r)).not.toContain('triage.ask-which-child');
    const kept = notesWith(a, worry);
    expect(kept.map((n) => n.kind)).toEqual(['parent_words']);
    expect(notesWith(a, 'what do')).toEqual([]);
  });

  it('at a question that takes the parent\'s words it is say-next, never that question\'s answer', async () => {
    const a = app();
    await sendLetterFor(a, 'Sasha');
    await a.send(pick('new-no'));
    let r = await a.send(pick('child:0'));
    expect(question(r).key).toBe('triage.ask-request');
    r = await a.send('what do i say next? will they really fine us');
    expect(question(r).key).toMatch(/^say-next\./);
    expect(notesWith(a, 'fine us').map((n) => n.kind)).toEqual(['parent_words']);
  });

  it('words after the question that are the school\'s, not a worry, are not taken for one', async () => {
    const a = app();
    await sendLetterFor(a, 'Sasha');
    await a.send('what do i say next? The head said no to the later start.');
    expect(notesWith(a, 'later start.').filter((n) => n.kind === 'parent_words' && n.topic === 'say-next.worry')).toEqual([]);
  });
});

describe('W14-6: "are we going to get prosecuted?" at the menu', () => {
  it.each(['are we going to get prosecuted?', 'Are we going to be prosecuted??', 'will we get fined?', 'could they take us to court?'])('%j is a question about the law, not the school\'s words', async (said) => {
    const a = app();
    await sendLetterFor(a, 'Sasha');
    const r = await a.send(said);
    expect(keysOf(r).some((k) => k.startsWith('advice.legal-question'))).toBe(true);
    expect(keysOf(r).some((k) => k.startsWith('triage.'))).toBe(false);
    expect(notesWith(a, said.slice(0, 12))).toEqual([]);
  });
});

describe('W14-5/6: a worry is the parent\'s, kept out of what the school reads', () => {
  it('the evidence packet leaves it out; the parent\'s notes keep it', async () => {
    const { bootContent } = await import('../../../src/app.js');
    const { formatTimeline, timelineGroups, timelineText } = await import('../../../src/features/case-file/timeline.js');
    const content = bootContent();
    const worry = { id: 1, userId: 'u', caseId: 1, nickname: 'Sam', kind: 'parent_words', topic: 'say-next.worry', text: 'will they really fine us', at: '2027-01-12T22:00:00.000Z', day: '2027-01-12' } as const;
    expect(timelineText(content, timelineGroups(content, [worry], { voice: 'record' }))).not.toContain('fine us');
    expect(formatTimeline(content, [worry])).toContain('fine us');
  });
});
