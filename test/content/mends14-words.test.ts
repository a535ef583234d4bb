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
