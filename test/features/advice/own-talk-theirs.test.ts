/**
 * "It's what the school said" after the bot read a message at the menu as the parent's own talk
 * (ownwords16): the words are on record once, as the school's statement, not once as the parent's
 * words and again as the school's. By notes.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { pick, question, sendLetterFor } from '../case-file/support.js';

const app = caseAppsAfterEach();

describe("own talk that was the school's after all", () => {
  it('is kept once, as their statement', async () => {
    const a = app();
    await sendLetterFor(a, 'Rosy');
    const typed = 'Can you help, a part time timetable is all there is for now and only for six weeks';
    const first = await a.send(typed);
    expect(question(first).key).toMatch(/^home\.own-talk\./);
    let r = await a.send(pick('theirs'));
    for (let i = 0; i < 8 && !a.store.listNotes('parent-a').some((n) => n.kind === 'statement' && n.text === typed); i++) {
      const q = question(r);
      const id = q.choices.find((c) => ['Rosy', 'today', 'yes', 'teacher', 'not-said', 'skip'].includes(c.id))?.id ?? q.choices[0]?.id;
      r = await a.send(q.key === 'triage.ask-request' ? 'A part time timetable' : q.key === 'triage.ask-which-child' ? 'Rosy' : pick(id ?? 'skip'));
    }
    const same = a.store.listNotes('parent-a').filter((n) => n.text.trim() === typed);
    expect(same.map((n) => n.kind)).toEqual(['statement']);
  });
});
