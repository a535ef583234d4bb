/** review13's findings in the words (fix15). */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';

const content = loadContent();

describe('replies for silence, meant to be sent (review13-5)', () => {
  it.each(['collaborative', 'clear', 'firm', 'clear.dated', 'firm.dated'])('%s holds no placeholder and claims no cancelled meeting', (tone) => {
    const words = content.render(`say-next.replies.situation.silence.${tone}`, { dates: '30 November and 11 Dec' });
    expect(words).not.toMatch(/\[[^\]]*\]/);
    expect(words).not.toMatch(/was cancelled|have been cancelled/i);
  });
});

describe('words a US parent reads (review13-6)', () => {
  it('a fear of the law names no "solicitor" of its own: the place\'s advocate term says who', () => {
    expect(content.render('advice.legal-question.fear', { advocate: '' })).not.toMatch(/solicitor/i);
  });

  it.each(['say-next.situation.off-roll', 'say-next.replies.situation.off-roll.firm', 'situation.confirm.off-roll', 'triage.off-roll-first', 'off-roll.intro'])(
    '%s says "school roll" nowhere (withdrawn from the school reads in every place)',
    (key) => {
      expect(content.render(key, { nickname: 'Leo' })).not.toMatch(/school roll/i);
    },
  );
});
