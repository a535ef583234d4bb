/**
 * Words from the lead's walk of 7 December (the tenth walk's C-L3 among them): what a shared
 * channel sees is short and plain, the same for every message (a crisis is answered privately, so
 * nothing public may read as the bot's cheerful pitch beside it); a day missed in a letter's log
 * line is a day missed.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';

const content = loadContent();

describe('the lead\'s walk words', () => {
  it('a shared channel gets one short, plain line before the move to a DM (no pitch, no exclamation)', () => {
    const said = content.render('public.general');
    expect(said.split(/\s+/).length).toBeLessThanOrEqual(8);
    expect(said).not.toMatch(/!|school|no\b/i);
  });

  it('the daily log in a letter: a day missed is said as a day missed, never as a percentage', () => {
    for (const key of ['case-file.log-evidence.one-day.absent', 'case-file.log-evidence.none', 'case-file.log-evidence.one-day.full']) {
      expect(content.render(key, { range: '1–5 December', days: '3', nickname: 'Zara' })).not.toMatch(/%/);
    }
  });

  it('the agreement without a plan is brought in without naming a plan', () => {
    expect(content.render('advice.provision-lead.agreed', { nickname: 'Maya' })).not.toMatch(/plan/i);
    expect(content.render('terms.agreed.plan-duty')).not.toMatch(/plan|local authority|section/i);
  });

  // The tenth walk's C-L5: "everything erased" while the DM still showed the whole conversation.
  // The fifteenth walk's W15-17: said as a fact, it was wrong in the console, where no chat app keeps anything.
  it('after "forget me", says a chat app\'s own history is separate, without saying there is one', () => {
    for (const key of ['case-file.forget.done', 'case-file.forget.finished']) {
      expect(content.render(key)).toMatch(/\bif the app you're chatting in keeps its own history\b/i);
      expect(content.render(key)).not.toMatch(/kept by the chat app/);
    }
  });

  // "Coming up:" over a line three weeks overdue.
  it('"what is due?" heads its list for overdue lines too', () => {
    expect(content.render('notes.due.header', { lines: '• …' })).not.toMatch(/coming up/i);
  });
});

