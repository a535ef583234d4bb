/**
 * review20 R5: the school's words before "what now?" at the menu ("The head said no to a part-time
 * timetable because of funding. what now?") are what "what do I say next?" is about: handed to it as
 * the new statement, as a long account ending the same way is, never kept as the parent's own
 * words and then asked for again. Words before a command that are not the school's ("we're going
 * away for a bit, my mum is poorly. pause reminders…") are kept as the parent's, as before. By
 * keys, the question asked and the notes' rows.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { cmd, keysOf, pick, question, sendLetterFor, type CaseApp } from '../case-file/support.js';

const app = caseAppsAfterEach();

async function boAtMenu(): Promise<{ a: CaseApp; before: number }> {
  const a = app();
  await sendLetterFor(a, 'Bo');
  await a.send(cmd('menu'));
  return { a, before: a.store.listNotes('parent-a').length };
}

const SAID = 'The head said no to a part-time timetable because of funding';

describe('the school\'s words before "what now?" at the menu (review20 R5)', () => {
  it('are handed to "what do I say next?" as the new statement: never kept as the parent\'s, never asked for again', async () => {
    const { a, before } = await boAtMenu();
    const r = await a.send(`${SAID}. what now?`);
    expect(keysOf(r)).not.toContain('engine.before-kept');
    // New words may be about another child: which one is asked first (as for a long account).
    expect(question(r).key).toBe('which-child.ask');
    const next = await a.send(pick('child:0'));
    expect(keysOf(next)).not.toContain('say-next.ask-recent');
    expect(keysOf(next).every((k) => k.startsWith('say-next.'))).toBe(true);
    const added = a.store.listNotes('parent-a').slice(before);
    expect(added.filter((n) => n.text.includes(SAID)).map((n) => [n.caseId, n.kind, n.topic])).toEqual([[a.store.listCases('parent-a')[0]?.id, 'statement', 'say-next.statement']]);
  });

  it('words of the parent\'s own before a command are kept as before', async () => {
    const { a, before } = await boAtMenu();
    const r = await a.send("we're going away for a bit, my mum is poorly. what now?");
    expect(keysOf(r)).toContain('engine.before-kept');
    expect(a.store.listNotes('parent-a').slice(before).map((n) => [n.kind, n.topic])).toContainEqual(['parent_words', 'engine.words-before']);
  });
});
