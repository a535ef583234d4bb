/**
 * The walkthrough's part-time timetable (2026-12-06, L6) through the real engine, its trained
 * classifier and content: a parent types the SENCO's words ("it would count as unauthorised
 * absence and ofsted would pull them up"), answers every question, and gets a letter; then the
 * same case's letter from the notes. In England: the rule (part-time.rule), the two questions,
 * the part-time next steps, and the letter's line naming its source with the parent's proposal.
 * In Scotland and the US, with the same words: none of it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/types.js';
import { letterFromNotes } from '../../../src/features/case-file/letter-from-notes.js';
import { choice, command, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';

const L6 = "the senco said they can't do a reduced timetable because it would count as unauthorised absence and ofsted would pull them up";
const HOURS = 'mornings only, 9 till 12, for the first four weeks';

interface Run {
  /** Every reply's key, in order. */
  said: string[];
  /** The question keys asked, in order. */
  asked: string[];
  /** The kind of "no" the classifier put first (confirmed, or the first offered). */
  firstKind: string;
  letter: string;
}

/** Answers each question as a parent would, by its key, until the letter comes. */
async function converse(app: TestApp, place: 'england' | 'scotland' | 'us'): Promise<Run> {
  const typed: Record<string, string> = {
    'triage.ask-nickname': 'Ellie',
    'triage.ask-request': 'a reduced timetable, mornings only for a few weeks',
    'triage.ask-statement': L6,
    'triage.confirm-who': 'yes',
    'profile.ask-region': 'Ohio',
    'profile.ask-age': 'year 8',
    'part-time.ask-hours': HOURS,
    'part-time.ask-review': 'after four weeks',
    'facts.ask-recipient': 'Mrs Fenwick',
    'facts.ask-school-name': 'Eleanor Shaw',
    'facts.ask-sign-off': 'Jo Shaw',
  };
  const picked: Record<string, string> = { 'triage.ask-when': 'yesterday', 'profile.ask-place': place, 'profile.ask-plan': 'none', 'profile.ask-pronouns': 'she', 'situation.ask': 'none' };
  const run: Run = { said: [], asked: [], firstKind: '', letter: '' };
  let r: Reply[] = await app.send(command('resume'));
  for (let i = 0; i < 40; i++) {
    run.said.push(...r.map((x) => x.key));
    const doc = r.find((x) => x.type === 'document');
    if (doc && doc.type === 'document') {
      run.letter = doc.body;
      break;
    }
    const q = lastQuestion(r);
    run.asked.push(q.key);
    if (q.key.startsWith('triage.confirm.')) run.firstKind = q.key.slice('triage.confirm.'.length);
    if (q.key === 'triage.ask-which-kind') run.firstKind = (q.choices[0]?.id ?? '').replace(/^cat:/, '');
    const kindPick = q.key === 'triage.ask-which-kind' ? (q.choices.find((c) => c.id === 'cat:precedent') ?? q.choices[0])?.id : undefined;
    const answer =
      q.key === 'home.menu'
        ? choice('new-no', q.promptId)
        : (typed[q.key] ?? (picked[q.key] ? choice(picked[q.key] ?? '') : kindPick ? choice(kindPick) : q.freeText ? 'She is exhausted by lunchtime and shuts down' : choice(q.choices[0]?.id ?? '')));
    app.clock.advance(45_000);
    r = await app.send(answer);
  }
  return run;
}

describe('a part-time timetable refused over absence figures and Ofsted', () => {
  let app: TestApp;
  afterEach(() => app.cleanup());

  it('the classifier still reads the SENCO\'s words as "not how we do things" or "not available"', async () => {
    app = makeTestApp();
    const run = await converse(app, 'england');
    expect(['precedent', 'not_available']).toContain(run.firstKind);
  });

  it('England: the rule, what she could manage and when to review it, the next steps, and the letter line with its source', async () => {
    app = makeTestApp();
    const run = await converse(app, 'england');
    expect(run.said).toEqual(expect.arrayContaining(['part-time.rule', 'part-time.next-steps']));
    const hours = run.asked.indexOf('part-time.ask-hours');
    expect(hours).toBeGreaterThan(run.asked.indexOf('situation.ask'));
    expect(run.asked[hours + 1]).toBe('part-time.ask-review');
    expect(run.asked.indexOf('facts.ask-recipient')).toBeGreaterThan(hours);
    expect(run.said.filter((k) => k === 'part-time.rule')).toHaveLength(1);

    const rule = app.content.render('part-time.letter.rule');
    expect(run.letter).toContain(rule);
    expect(run.letter).toContain("What I'd suggest to start with: Mornings only, 9 till 12, for the first four weeks.");
    expect(run.letter).toContain("When I'd suggest we review it together: After four weeks.");
    expect(run.letter).not.toContain('[ADD:');

    // The same case's letter from the notes reads the same lines.
    const fromNotes = letterFromNotes(app.store, app.content, { userId: 'parent-a', kind: 'precedent-request', now: app.clock.now() });
    expect(fromNotes.body).toContain(rule);
    expect(fromNotes.body).toContain("What I'd suggest to start with: Mornings only, 9 till 12, for the first four weeks.");
  });

  it.each(['scotland', 'us'] as const)('%s: the same words, and none of it in the chat or the letters', async (place) => {
    app = makeTestApp();
    const run = await converse(app, place);
    expect(run.letter).toContain('Kind regards');
    expect(run.said.filter((k) => k.startsWith('part-time.'))).toEqual([]);
    expect(run.asked.filter((k) => k.startsWith('part-time.'))).toEqual([]);
    expect(run.letter).not.toMatch(/Pupil Registration|part-time timetable of that kind|What I'd suggest to start with/);
    const fromNotes = letterFromNotes(app.store, app.content, { userId: 'parent-a', kind: 'precedent-request', now: app.clock.now() });
    expect(fromNotes.body).not.toMatch(/Pupil Registration|What I'd suggest to start with/);
  });
});
