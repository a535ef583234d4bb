/**
 * Fifteenth walk, W15-6: a correction typed while a question waits ("sorry i spelt her name
 * wrong…" at a question with buttons, "I typed the wrong date…" at one taking words) was taken as
 * the answer. It is offered as a correction (the correct flow), kept in the parent's words, and
 * the question comes back after. By keys and notes.
 */
import { describe, expect, it } from 'vitest';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { cmd, keysOf, pick, question } from './support.js';

const app = caseAppsAfterEach();

describe('a correction typed at a question', () => {
  for (const typed of ['oh no, I think I typed her name wrong at the start, it should be Maisy', 'Hang on. I just realised the date I gave you earlier was wrong, sorry']) {
    it(`"${typed.slice(0, 30)}…" at "What did you ask for?" is not its answer`, async () => {
      const a = app();
      await a.send(cmd('resume'));
      await a.send(pick('new-no'));
      await a.send('Maisie');
      const r = await a.send(typed);
      expect(question(r).key).toMatch(/^case-file\.correct\./);
      expect(a.store.listNotes('parent-a').some((n) => n.topic === 'triage.request')).toBe(false);
      expect(a.store.listNotes('parent-a')).toContainEqual(expect.objectContaining({ kind: 'parent_words', text: typed }));
      expect(keysOf(r)).not.toContain('triage.ask-statement');
    });
  }
});
