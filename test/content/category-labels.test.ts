/** The words on the "which kind is it?" buttons: the parent's plain words, not the classifier's labels. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';
import { CATEGORIES } from '../../src/core/types.js';

const content = loadContent();
const label = (c: string) => content.render(`category.${c}.label`);

describe('kind-of-no labels', () => {
  it('say each kind as a parent would', () => {
    expect(CATEGORIES.map(label)).toEqual([
      'They want more information first',
      "They say they don't have the staff or money",
      "They say it's not how they do things",
      "They say that programme or service doesn't exist here",
      'It was decided before I got a say',
      'Something else',
    ]);
  });

  it('use none of the classifier’s own terms and fit on a button', () => {
    for (const c of CATEGORIES) {
      expect(label(c)).not.toMatch(/precedent|predetermin|not_available|\bdata\b|resources|category/i);
      expect(label(c).length).toBeLessThanOrEqual(60);
    }
  });
});
