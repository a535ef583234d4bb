/**
 * The letter lines that carry the parent's typing keep their chat casing ("camhs", "senco",
 * "year 6", "october", "cant"): tidied in the letter only, never in the notes (which keep the
 * parent's words). Known acronyms upper-case, month and day names capitalised, "year 6" as
 * "Year 6" in England and Wales (a US "grade 6" stays), common missing apostrophes put back.
 * The words are lists in content/words/letters.yaml.
 */
import { describe, expect, it } from 'vitest';
import type { DraftParams, NoteParams } from '../../../src/core/flow-kit.js';
import { tidyTyping } from '../../../flows/advice/letter-casing.js';
import { FLOWS } from '../../support/flows.js';
import { choice, HANDOVER, ofType, replay, text } from '../flow-paths.js';

describe('tidyTyping', () => {
  it.each([
    ['camhs said he cant come in till they assess, senco agreed', 'CAMHS said he can\'t come in till they assess, SENCO agreed'],
    ['the ehcp review is in october, on a tuesday', 'the EHCP review is in October, on a Tuesday'],
    ['she hasnt been since year 6 and doesnt sleep', "she hasn't been since Year 6 and doesn't sleep"],
    ['i dont think the gp letter isnt enough, i\'ve sent it', "I don't think the GP letter isn't enough, I've sent it"],
    ['the tas and the ot didnt help, wont go in', "the TAs and the OT didn't help, won't go in"],
    ['since may 3rd, in may, and she may be ok', 'since May 3rd, in May, and she may be ok'],
    ['yr 7 from september', 'Year 7 from September'],
  ])('%j (England) → %j', (typed, tidied) => {
    expect(tidyTyping(typed, 'england')).toBe(tidied);
  });

  it('leaves words that only look like them: "send", "its", "well", "ill", "add", a name, i.e.', () => {
    // Only the day's name changes here.
    for (const t of ['please send it by friday, as is its way', 'well she was ill', 'add it to the list', 'i.e. mornings']) {
      expect(tidyTyping(t, 'england').toLowerCase()).toBe(t);
    }
    expect(tidyTyping('i.e. mornings', 'england')).toBe('i.e. mornings');
    expect(tidyTyping('please send it by friday', 'england')).toBe('please send it by Friday');
  });

  it('"year 6" is England\'s and Wales\'s: a US "grade 6" and "year 6" stay as typed', () => {
    expect(tidyTyping('since year 6', 'wales')).toBe('since Year 6');
    expect(tidyTyping('since grade 6, iep in october', 'us')).toBe('since grade 6, IEP in October');
    expect(tidyTyping('since year 6', 'us')).toBe('since year 6');
  });

  it('text already written with care is unchanged', () => {
    const t = "Since October, CAMHS haven't seen her; the SENCO said Year 6 was fine.";
    expect(tidyTyping(t, 'england')).toBe(t);
  });
});

describe('in the letter, not the notes', () => {
  const flow = FLOWS.find((f) => f.id === 'no.precedent');
  if (!flow) throw new Error('no.precedent');
  const england = { ...HANDOVER, profile: JSON.stringify({ place: 'england', plan: 'none', pronouns: 'he', schoolName: 'Sam Shaw' }) };

  it('a kind of no letter tidies the typed line; the note keeps the typing', () => {
    const typed = 'camhs say he cant cope before 10, since october';
    const r = replay(flow.machine, england, [text(typed), choice('skip'), choice('skip')]);
    expect(r.done).toBe(true);
    const vars = ofType<DraftParams>(r.effects, 'draft')[0]?.vars ?? {};
    expect(Object.values(vars)).toContain("CAMHS say he can't cope before 10, since October");
    expect(ofType<NoteParams>(r.effects, 'note').map((n) => n.text)).toContain(typed);
  });
});

describe('"what do I say next?" letters', () => {
  it('tidy the typed lines for the letter, for the family\'s place', async () => {
    const { letterContextOf, letterParams } = await import('../../../flows/advice/say-next-letter.js');
    const base = { ...letterContextOf({ profile: JSON.stringify({ place: 'england', plan: 'none', pronouns: 'she' }) }), nickname: 'Sam', statement: 'no', category: 'data' as const, date: '' };
    const vars = letterParams({ context: { ...base, request: 'a later start from monday', need: 'she hasnt slept since year 6, camhs know' } }).vars;
    expect(vars.request).toBe('a later start from Monday');
    expect(vars.need).toBe("she hasn't slept since Year 6, CAMHS know");
  });
});

describe('letters drafted from the notes (the command line, "letter" in chat)', () => {
  it('tidy the typed answers as the chat letter does; the notes keep the typing', async () => {
    const { makeTestApp } = await import('../../support/builders.js');
    const { caseFacts, letterVarsFromNotes } = await import('../../../src/features/case-file/letter-from-notes.js');
    const app = makeTestApp();
    try {
      const at = '2026-11-20T09:00:00.000Z';
      const day = '2026-11-20';
      app.store.ensureUser('parent-a', at);
      const caseId = app.store.openCase('parent-a', 'Sam', at).id;
      app.store.addNote({ userId: 'parent-a', caseId, kind: 'answer', topic: 'case.profile', text: JSON.stringify({ place: 'england', plan: 'none', pronouns: 'he' }), at, day });
      app.store.addNote({ userId: 'parent-a', caseId, kind: 'statement', topic: 'triage.statement', text: 'We have never done that for anyone.', category: 'precedent', who: 'Mrs Patel', at, day });
      app.store.addNote({ userId: 'parent-a', caseId, kind: 'answer', topic: 'precedent.need', text: 'camhs say he cant cope before 10 since october', at, day });
      const vars = letterVarsFromNotes(app.store, app.content, 'precedent-request', caseFacts(app.store, 'parent-a'), app.clock.now());
      expect(vars.need).toBe("CAMHS say he can't cope before 10 since October");
      expect(app.store.listNotes('parent-a').map((n) => n.text)).toContain('camhs say he cant cope before 10 since october');
    } finally {
      app.cleanup();
    }
  });
});
