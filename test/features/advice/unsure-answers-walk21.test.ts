/**
 * W21 L2: "Do you know who decides on resources?" answered "not really, maybe the district special
 * ed director?" gave the letter "What I understand about the process so far: The district special
 * ed director?", after the list that asks "1. Who decides on resources for this?". A hedged answer
 * (not sure, maybe, I think, a question mark) to a question of fact reads in the letter as what it
 * is, in content's words (`case-file.letter.unsure`, or the line's own `case-file.letter.unsure.<var>`),
 * and the resources letter says it beside the question it answers. Both letters: the chat's (the
 * flow hands the hedged lines as `unsure`) and the one drafted from the notes.
 */
import { describe, expect, it } from 'vitest';
import type { DraftParams } from '../../../src/core/flow-kit.js';
import { noResourcesFlow } from '../../../flows/advice/no-resources.flow.js';
import { isUnsure, withUnsureAnswers } from '../../../src/features/advice/unsure-answers.js';
import { loadContent } from '../../../src/content/catalog.js';
import { HANDOVER, ofType, replay, text } from '../flow-paths.js';

const content = loadContent();
const HEDGED = 'not really, maybe the district special ed director?';

describe('isUnsure', () => {
  it.each([HEDGED, 'the head I think', 'I think it is the SENCO', 'probably the panel', 'not sure, the head maybe', 'the district?', "I'm not sure but the head"])('%j is hedged', (t) => {
    expect(isUnsure(t)).toBe(true);
  });
  it.each(['the SENCO asks the panel, next meets 20 March', 'Mrs Cole', 'no idea', 'not sure', '', 'no-resources.choice.not-sure'])('%j is not (a fact, or no fact at all)', (t) => {
    expect(isUnsure(t)).toBe(false);
  });
});

describe('the chat\'s letter (no.resources)', () => {
  it('hands the hedged answer as unsure, its words without the hedge or the question mark', () => {
    const r = replay(noResourcesFlow.machine, HANDOVER, [text('a key adult at the door'), text('maybe the counselor could do it?'), text(HEDGED)]);
    const [draft] = ofType<DraftParams>(r.effects, 'draft');
    expect(draft?.vars.decider).toBe('the district special ed director?');
    // An idea offered with a "maybe" is an idea: only answers of fact are said to be unsure.
    expect(draft?.unsure).toEqual(['decider']);
  });

  it('a plain answer is not', () => {
    const r = replay(noResourcesFlow.machine, HANDOVER, [text('a key adult at the door'), text('a TA'), text('the SENCO asks the panel')]);
    expect(ofType<DraftParams>(r.effects, 'draft')[0]?.unsure ?? []).toEqual([]);
  });
});

describe('"what do I say next?" letters', () => {
  it('name a hedged decision as unsure too', async () => {
    const { letterContextOf, letterParams } = await import('../../../flows/advice/say-next-letter.js');
    const base = { ...letterContextOf({ profile: JSON.stringify({ place: 'us', plan: 'iep', pronouns: 'he' }) }), nickname: 'Jaylen', statement: 'no', category: 'predetermination' as const, date: '' };
    expect(letterParams({ context: { ...base, decision: 'no aide this year I think' } }).unsure).toEqual(['decision']);
    expect(letterParams({ context: { ...base, decision: 'no aide this year' } }).unsure).toBeUndefined();
  });
});

describe('the letter\'s line', () => {
  const words = 'the district special ed director';
  it('is said as unsure, in content\'s words, beside "1. Who decides on resources for this?"', () => {
    const vars = withUnsureAnswers(content, { decider: `${words}?`, need: 'a key adult' }, ['decider']);
    expect(vars.decider).toBe(content.render('case-file.letter.unsure.decider', { words }));
    const body = content.renderLetter('resources-request', vars).body.split('\n');
    const q = body.findIndex((l) => l.startsWith('1. Who decides on resources for this?'));
    expect(q).toBeGreaterThan(0);
    expect(body[q + 1]?.trim()).toMatch(new RegExp(`: ${content.render('case-file.letter.unsure.decider', { words }).replace(/[.?()]/g, '\\$&')}\\.?$`, 'i'));
    expect(body.join('\n')).not.toContain('director?');
  });

  it('a line with no words of its own takes the general ones; a sure answer is as it was', () => {
    expect(withUnsureAnswers(content, { collection: 'the SENCO' }, ['collection']).collection).toBe(content.render('case-file.letter.unsure', { words: 'the SENCO' }));
    expect(withUnsureAnswers(content, { decider: 'the SENCO' }, []).decider).toBe('the SENCO');
  });
});

describe('the letter drafted from the notes', () => {
  it('says the hedged answer as unsure, beside its question', async () => {
    const { makeTestApp } = await import('../../support/builders.js');
    const { letterFromNotes } = await import('../../../src/features/case-file/letter-from-notes.js');
    const app = makeTestApp();
    try {
      const at = '2026-12-08T09:00:00.000Z';
      const day = '2026-12-08';
      app.store.ensureUser('parent-a', at);
      const caseId = app.store.openCase('parent-a', 'Jaylen', at).id;
      app.store.addNote({ userId: 'parent-a', caseId, kind: 'answer', topic: 'case.profile', text: JSON.stringify({ place: 'us', plan: 'iep', pronouns: 'he' }), at, day });
      app.store.addNote({ userId: 'parent-a', caseId, kind: 'statement', topic: 'triage.statement', text: "We don't have the staff for a 1:1 aide.", category: 'resources', who: 'Ms Rodriguez', at, day });
      app.store.addNote({ userId: 'parent-a', caseId, kind: 'answer', topic: 'resources.decider', text: HEDGED, at, day });
      const body = letterFromNotes(app.store, app.content, { userId: 'parent-a', kind: 'resources-request', now: app.clock.now(), caseId }).body;
      const lines = body.split('\n');
      const q = lines.findIndex((l) => l.startsWith('1. Who decides on resources for this?'));
      expect(lines[q + 1]).toContain(content.render('case-file.letter.unsure.decider', { words: 'the district special ed director' }));
      expect(body).not.toContain('director?');
    } finally {
      app.cleanup();
    }
  });
});
