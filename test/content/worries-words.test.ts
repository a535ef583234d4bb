/** The words for a worry kept beside "what do I say next?" and a fear of the law asked outright (W14-5, W14-6). */
import { describe, expect, it } from 'vitest';
import { shippedContent } from '../../src/content/catalog.js';

describe('worries', () => {
  const content = shippedContent();
  it('says the worry is kept in the parent\'s own words', () => {
    expect(content.render('advice.worry-kept')).toMatch(/own words/);
  });

  it('meets a fear of prosecution kindly, promises nothing and states no law', () => {
    const said = content.render('advice.legal-question.fear', { advocate: '' });
    expect(said).toMatch(/frightening/);
    expect(said).not.toMatch(/\byou will (?:not )?be\b|\bwon'?t be prosecuted\b|\bsection \d|\bAct \d{4}/i);
    expect(said).toMatch(/what do I say next\?/);
  });
});
