/**
 * review13-4: "what do I say next?" then the school's words (reported, quoted or pasted) was filed
 * as the parent's worry (`say-worried`). Words after the question that report or quote the
 * school go on as the school's words, as "what do i say next? The head said no…" does.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { keysOf, sendLetterFor } from '../case-file/support.js';

const app = caseAppsAfterEach();

describe('the school\'s words after "what do I say next?" are not a worry', () => {
  it.each([
    ['what do I say next? They replied: We are unable to offer a reduced timetable at this time.', 'reduced timetable'],
    ['what do i say next? the head said we cant keep his place open if he doesnt attend', 'place open'],
    ['what do I say next? Dear Mrs Jones, we have reviewed your request and will not be making changes. Is there anything else?', 'reviewed your request'],
    ['what now? school email says: Can you confirm he will be in on Monday?', 'confirm he will'],
  ])('%j', async (said, words) => {
    const a = app();
    await sendLetterFor(a, 'Sasha');
    const r = await a.send(said);
    expect(keysOf(r)).not.toContain('advice.worry-kept');
    const notes = a.store.listNotes('parent-a').filter((n) => n.text.includes(words));
    expect(notes.filter((n) => n.topic === 'say-next.worry')).toEqual([]);
    expect(notes.length).toBeGreaterThan(0);
  });

  it.each(['what do i say next? will they really fine us', 'what now? are we going to lose his place?'])('a worry stays one: %j', async (said) => {
    const a = app();
    await sendLetterFor(a, 'Sasha');
    const r = await a.send(said);
    expect(keysOf(r)).toContain('advice.worry-kept');
  });
});
