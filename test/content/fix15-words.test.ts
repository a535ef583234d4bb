/** review13's findings in the words (fix15). */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';

const content = loadContent();

describe('replies for silence, meant to be sent (review13-5)', () => {
  it.each(['collaborative', 'clear', 'firm'])('%s holds no placeholder and claims no cancelled meeting', (tone) => {
    const words = content.render(`say-next.replies.situation.silence.${tone}`);
    expect(words).not.toMatch(/\[[^\]]*\]/);
    expect(words).not.toMatch(/was cancelled|have been cancelled/i);
  });
});
