/**
 * One way of saying "you can type" (presentation review, 6 December 2026): a question whose own
 * words already invite typing ("Pick one, or type a date.") is marked `invites_typing: true` in
 * content, and gets no "Or type your own answer." under its buttons; every other question with
 * buttons that takes typed words still does.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, loadContent } from '../../src/content/catalog.js';
import type { PendingQuestion } from '../../src/core/ports.js';
import { questionReply } from '../../src/core/render.js';
import { tempDir } from '../support/builders.js';

const content = loadContent();

function hintOf(key: string, vars: Record<string, string> = {}): string | undefined {
  const vs = Object.fromEntries(content.varsOf(key).map((v) => [v, vars[v] ?? 'Pip']));
  const q: PendingQuestion = { key, vars: vs, promptId: 'p1', choices: [{ id: 'a', key: 'daily-log.choice.skip-note' }], freeText: true };
  const r = questionReply(content, q);
  return r.type === 'question' ? r.hint : 'not a question';
}

/** Words that say, in the question itself, that the parent can type or tell. */
const SAYS_TYPE = /,? or type (?!help\b)|\bor tell me (?:in|who)\b|\btype a line\b|\btype it the way\b|^in your own words, what\b|\bif it's something new, type\b|\btell me more\b/i;
/** Said before a question is asked again, never a question itself: nothing goes under them. */
const NOT_QUESTIONS = new Set(['daily-log.nudge-attendance', 'situation.meeting-unread', 'facts.reword-needs-words', 'slack.answer-in-dm', 'discord.answer-in-dm', 'common.or-type']);

describe('"Or type your own answer." only where the question does not say it', () => {
  it('the questions the review named have no second "you can type"', () => {
    for (const key of ['triage.ask-when', 'daily-log.ask-hours', 'checkin.ask-zone', 'checkin.ask-time', 'daily-log.ask-note.past', 'daily-log.ask-triggers', 'daily-log.ask-supports']) {
      expect(hintOf(key), key).toBeUndefined();
    }
  });

  it('a question that does not say it keeps the hint', () => {
    expect(hintOf('daily-log.ask-attendance.past', { nickname: 'Pip', day: 'Tue 1 Dec' })).toBe('Or type your own answer.');
    expect(hintOf('home.menu')).toBe('Or type your own answer.');
  });

  it('every prompt whose words invite typing is marked, so a new one cannot say it twice', () => {
    const unmarked = content.keys().filter((k) => !NOT_QUESTIONS.has(k) && !k.includes('.replies.') && content.variants(k).some((v) => SAYS_TYPE.test(v)) && !content.invitesTyping(k));
    expect(unmarked).toEqual([]);
  });

  it('reads the mark from a file, in either form, and refuses anything else', () => {
    const t = tempDir('nextstep-content-');
    try {
      mkdirSync(join(t.dir, 'prompts'));
      writeFileSync(
        join(t.dir, 'prompts', 'a.yaml'),
        ['plain: "Which day?"', 'one:', '  text: "Pick one, or type a date."', '  invites_typing: true', 'two:', '  variants: ["Pick one, or type it.", "Tap one, or type it."]', '  invites_typing: true', ''].join('\n'),
      );
      const c = loadContent(t.dir, null);
      expect([c.invitesTyping('plain'), c.invitesTyping('one'), c.invitesTyping('two')]).toEqual([false, true, true]);
      expect(c.render('one')).toBe('Pick one, or type a date.');
      writeFileSync(join(t.dir, 'prompts', 'a.yaml'), ['one:', '  text: "Pick one."', '  invites_typing: yes please', ''].join('\n'));
      expect(() => loadContent(t.dir, null)).toThrow(ContentError);
    } finally {
      t.cleanup();
    }
  });
});
