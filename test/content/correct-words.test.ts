/**
 * Correcting a noted date or person (W-L3): the parent's words that ask for it (content/words/
 * intents.yaml, at any length when they open the message) and what the bot says
 * (content/prompts/case-file.yaml). The dialogue is tested by state ids in
 * test/features/case-file/correct.flow.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../src/app.js';
import { loadContent } from '../../src/content/catalog.js';
import { assemble, intentIn } from '../../src/core/assemble.js';

const content = loadContent();
const { intents } = assemble(FEATURES, content);
const command = (said: string) => intentIn(intents, said)?.command;

describe('correct: the words that ask for it', () => {
  it.each([
    'correct the date',
    'correct the name',
    'wrong date',
    'I got the date wrong',
    'actually I got the date wrong, the first email from Mrs Watkins was on thursday 3rd not friday',
    'that date is wrong',
    'the date is wrong, it was the Thursday',
    "it wasn't the head, it was Mrs Khan",
    'it was Mrs Khan who said it, not the head',
    'can I change the date of the first email?',
    'I put the wrong name',
  ])('"%s" asks to correct', (said) => {
    expect(command(said)).toBe('correct');
  });

  it.each([
    'They said no because the date of the review is wrong for them and they need more data first.',
    'Mrs Khan',
    'correct',
    'Correct, that was her',
    'Thursday 3rd',
    'the head said it was wrong to ask',
    'we got the date of the meeting from the office, and they said there is no room for a later start',
  ])('"%s" is not a correction', (said) => {
    expect(command(said)).not.toBe('correct');
  });
});

describe('correct: what the bot says', () => {
  it('reads back the change before making it, and says letters sent stay as sent', () => {
    expect(content.render('case-file.correct.confirm-date', { from: '4 December 2026', to: '3 December 2026' })).toMatch(/4 December 2026.*3 December 2026/s);
    const done = content.render('case-file.correct.done-date', { to: '3 December 2026' });
    expect(done).toContain('3 December 2026');
    expect(done).toMatch(/already sent/);
    expect(done).toMatch(/next letter/);
    expect(content.render('case-file.correct.done-who', { to: 'Mrs Khan' })).toMatch(/already sent/);
  });

  it('the correction note says what changed, from and to', () => {
    expect(content.render('case-file.correct.note.said_on', { from: '4 December 2026', to: '3 December 2026' })).toBe('Date corrected: 4 December 2026 → 3 December 2026');
    expect(content.render('case-file.correct.note.who', { from: 'Head teacher or principal', to: 'Mrs Khan' })).toBe('Who said it corrected: Head teacher or principal → Mrs Khan');
  });

  it('a statement button carries who, when and a few of their words', () => {
    const label = content.render('case-file.correct.choice.statement', { who: 'Mrs Watkins', date: '4 December 2026', words: 'There is no one to meet him' });
    for (const part of ['Mrs Watkins', '4 December 2026', 'There is no one']) expect(label).toContain(part);
  });
});
