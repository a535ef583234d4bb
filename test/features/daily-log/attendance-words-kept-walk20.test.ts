/**
 * Twentieth walk, W20-7: at "Did Mia get into school today?", "she got as far as the gate then
 * froze, we came home at 9.15" was met with "Pick one of the options…" and the words went
 * nowhere: the morning's evidence the log exists for. Words that say something, but no attendance
 * the log can read, are kept in the parent's words with the child's notes, said so, and the
 * question asked again; words that add nothing ("not sure", "hmm") are nudged as before.
 * Through the engine (typed21: the flow declares the answer unread, the engine's rule for an
 * answer read in part keeps it, src/core/added-words.ts), by keys and the notes' rows.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { cmd, keysOf, question, type CaseApp } from '../case-file/support.js';

const app = caseAppsAfterEach();

/** Mia's day, at "Did Mia get into school today?". */
async function atAttendance(): Promise<CaseApp> {
  const a = app();
  await a.send(cmd('resume'));
  await a.send('log today');
  expect(question(await a.send('Mia')).key).toBe('daily-log.ask-attendance.today');
  return a;
}
const words = (a: CaseApp) => a.store.listNotes('parent-a').filter((n) => n.kind === 'parent_words');

describe('W20-7: words at the attendance question that it cannot read as attendance', () => {
  it.each([
    'she got as far as the gate then froze, we came home at 9.15',
    'we tried, she was sick in the car on the way',
    'total meltdown about her shoes this morning',
  ])('are kept in the parent\'s words, said so, and the question asked again: %s', async (typed) => {
    const a = await atAttendance();
    const r = await a.send(typed);
    expect(question(r).key).toBe('daily-log.ask-attendance.today');
    expect(keysOf(r)).toContain('daily-log.attendance-words-kept');
    expect(keysOf(r)).not.toContain('daily-log.nudge-attendance');
    const mia = a.store.listCases('parent-a').find((c) => c.nickname === 'Mia')?.id;
    expect(words(a)).toEqual([expect.objectContaining({ kind: 'parent_words', text: typed, caseId: mia })]);
  });

  it.each(['not sure', 'hmm', 'dunno'])('a word or two it cannot read is nudged as before, nothing kept: %s', async (typed) => {
    const a = await atAttendance();
    const r = await a.send(typed);
    expect(keysOf(r)).toContain('daily-log.nudge-attendance');
    expect(keysOf(r)).not.toContain('daily-log.attendance-words-kept');
    expect(words(a)).toEqual([]);
  });

  it('a mark with no words ("?") keeps nothing either', async () => {
    const a = await atAttendance();
    const r = await a.send('?');
    expect(keysOf(r)).not.toContain('daily-log.attendance-words-kept');
    expect(question(r).key).toBe('daily-log.ask-attendance.today');
    expect(words(a)).toEqual([]);
  });

  it('the same words typed again are not kept twice (typed21: once)', async () => {
    const a = await atAttendance();
    const typed = 'she got as far as the gate then froze';
    await a.send(typed);
    const r = await a.send(typed);
    expect(keysOf(r)).not.toContain('daily-log.attendance-words-kept');
    expect(keysOf(r)).toContain('daily-log.nudge-attendance');
    expect(words(a).map((n) => n.text)).toEqual([typed]);
  });
});
