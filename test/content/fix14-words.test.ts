/**
 * Words for the mends after review12 (fix14): what a time told at "What made it harder?" did to
 * the day, that the words asked about stay on the day's note, and the summary or chart asking
 * which child when the name typed is no child's. The flows and commands are tested by keys.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';

const content = loadContent();
const vars = { nickname: 'JJ', day: 'Fri 8 Jan' };

describe('fix14 words', () => {
  it('a time told says what the day now shows, true whether it was added or changed', () => {
    const said = content.render('daily-log.attendance-hours-set', { ...vars, hours: '2' });
    expect(said).toContain('Fri 8 Jan now shows 2 h in school');
    expect(said).not.toMatch(/added/);
  });

  it('either answer to "shall I change it?" says the words are on the day\'s note', () => {
    for (const key of ['daily-log.attendance-changed', 'daily-log.attendance-kept']) expect(content.render(key, vars), key).toMatch(/your words are on Fri 8 Jan's note/);
  });

  it('which child: nothing shown, their children named, the command in the place\'s words', () => {
    for (const [key, command] of [['summary.which-child', 'summary'], ['chart.which-child', 'chart']] as const) {
      const said = content.render(key, { children: 'Zoe, Sam' });
      expect(said, key).toMatch(/haven't (?:shown anything|made a chart)/);
      expect(said, key).toContain('Zoe, Sam');
      expect(said, key).toContain(`type ${command}`);
      expect(content.renderShared?.(key, { children: 'Zoe, Sam' }), key).toContain(`/nextstep ${command}`);
    }
  });
});
