/**
 * Words for the mends after the thirteenth walk (mends14): a told day offered again after a log
 * overtook it, and kept in the notes when overtaken twice (L13-4). The flows are tested by state
 * ids and content keys beside them.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';

const content = loadContent();

describe('L13-4: a told day overtaken by another log', () => {
  it('the offer again quotes the parent\'s words and names the day they were about', () => {
    for (const key of ['daily-log.ask-told.earlier.named', 'daily-log.ask-told.earlier.unnamed']) {
      const said = content.render(key, { words: 'jj went in at 10', nickname: 'JJ', day: 'Thu 7 Jan' });
      expect(said, key).toContain('"jj went in at 10"');
      expect(said, key).toContain('Thu 7 Jan');
      expect(said, key).toMatch(/add it to the daily log/);
    }
  });

  it('kept in the notes: says where the words are, and that the day can still be logged', () => {
    const said = content.render('daily-log.told-kept', { day: 'Thu 7 Jan' });
    expect(said).toContain('Thu 7 Jan');
    expect(said).toMatch(/in your notes/);
    expect(said).toMatch(/your own words/);
    expect(said).toMatch(/still log that day/);
  });
});

describe('L13-5: how much of the day, typed at "What made it harder?"', () => {
  const vars = { nickname: 'JJ', day: 'Fri 8 Jan' };
  it('asks before changing, naming what it would become', () => {
    const to = { full: /a full day\?/, partial: /part of the day\?/, absent: /not going in\?/ };
    const was = { full: /was in for the whole of Fri 8 Jan/, partial: /was in for part of Fri 8 Jan/, absent: /didn't go in on Fri 8 Jan/ };
    for (const [from, earlier] of Object.entries(was)) {
      for (const [a, pattern] of Object.entries(to)) {
        if (a === from) continue;
        const said = content.render(`daily-log.ask-attendance-change.${from}-${a}`, vars);
        expect(said).toMatch(pattern);
        expect(said).toMatch(earlier);
        expect(said).toMatch(/not what made it harder/);
      }
    }
    expect(content.render('daily-log.choice.attendance-change')).toMatch(/^Yes/);
    expect(content.render('daily-log.choice.attendance-keep')).toMatch(/^No, keep/);
  });

  it('says what became of it, never blaming the parent', () => {
    expect(content.render('daily-log.attendance-heard', vars)).toMatch(/have it already/);
    expect(content.render('daily-log.attendance-hours-set', { ...vars, hours: '2' })).toMatch(/Fri 8 Jan now shows 2 h in school/);
    expect(content.render('daily-log.attendance-kept', vars)).toMatch(/your words are on Fri 8 Jan's note/);
    expect(content.render('daily-log.attendance-changed', vars)).toMatch(/stays as it is/);
    for (const key of ['daily-log.attendance-heard', 'daily-log.attendance-hours-set', 'daily-log.attendance-changed', 'daily-log.attendance-kept']) {
      expect(content.render(key, { ...vars, hours: '2' })).not.toMatch(/\b(?:wrong|mistake|invalid|error)\b/i);
    }
  });
});
