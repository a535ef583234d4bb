/** review21's findings in the words (fix21). */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';

const content = loadContent();

describe('a button named in words refers to it, never copies its label (review21 R8)', () => {
  it('daily-log.support-refused names the menu\'s "the school said no" by its key', () => {
    expect(content.variants('daily-log.support-refused').every((v) => v.includes('{{@home.choice.new-no}}'))).toBe(true);
  });
});
