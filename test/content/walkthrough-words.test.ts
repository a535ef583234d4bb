/**
 * Words a tired parent tripped over in the walkthrough of 6 December 2026
 * (docs/walkthrough-2026-12-06.md): each test holds one fix.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';
import { CATEGORIES } from '../../src/core/types.js';

const content = loadContent();
const kinds = CATEGORIES.map((c) => `no-${c.replace(/_/g, '-')}`);

describe('walkthrough words', () => {
  it('after a letter, say the answers are in the notes, not the draft (it is kept only if the parent keeps it)', () => {
    expect(content.render('home.menu-after-letter')).toMatch(/only if you keep it/);
    for (const k of kinds) {
      if (!content.has(`${k}.done`)) continue;
      expect(content.render(`${k}.done`), k).not.toMatch(/^(?:it's|that's|it's all)(?: saved)? in your notes/i);
    }
  });
});
