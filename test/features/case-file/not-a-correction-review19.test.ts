/**
 * review19 R3: the "correction anywhere" rule (`intents.correct.closing`) read ordinary sentences
 * as corrections: a day's note ("I gave her the wrong lunchbox by mistake…") and the school's
 * reported words at triage ("Mr Lowe said I got the dates wrong…"). A correction is the parent's
 * own act of telling or entering a detail I noted, and reports no one at school; anything else is
 * the question's answer, kept where it belongs. By keys, notes and the day's entry.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { cmd, keysOf, pick, question } from './support.js';

const app = caseAppsAfterEach();

describe('not a correction (review19 R3)', () => {
  it('"I gave her the wrong lunchbox by mistake…" at the day\'s note is the day\'s note', async () => {
    const a = app();
    for (const m of ['log today', 'Bo', pick('full'), '3', '8', '8']) await a.send(m as never);
    const typed = 'I gave her the wrong lunchbox by mistake this morning and she melted down at the gate';
    const r = await a.send(typed);
    expect(keysOf(r).filter((k) => k.startsWith('case-file.correct.'))).toEqual([]);
    expect(a.store.logs.listEntries('parent-a')[0]?.note).toBe(typed);
  });

  it('the school\'s reported words at "What did you ask for?" are never a correction', async () => {
    const a = app();
    await a.send(cmd('resume'));
    await a.send(pick('new-no'));
    await a.send('Bo');
    const typed = 'Mr Lowe said I got the dates wrong and that he never agreed to a reduced timetable';
    const r = await a.send(typed);
    expect(keysOf(r).filter((k) => k.startsWith('case-file.correct.'))).toEqual([]);
    expect(question(r).key).toMatch(/^triage\./);
  });

  it('the parent\'s own typing said to be wrong is still one: "oh no, I typed the date wrong earlier"', async () => {
    const a = app();
    await a.send(cmd('resume'));
    await a.send(pick('new-no'));
    await a.send('Bo');
    const r = await a.send('oh no, I typed the date wrong earlier, sorry');
    expect(question(r).key).toMatch(/^case-file\.correct\./);
  });
});
