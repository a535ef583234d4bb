/**
 * Words from the fifth walk (docs/walkthrough-2026-12-06.md, "A fifth walk"): each test holds
 * one fix's wording; the flows are tested by state ids and content keys beside them.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';

const content = loadContent();

describe('fifth walk words', () => {
  it('the school replied: a yes-or-no question, so "Yes: help me respond" answers it (not "A, or B?")', () => {
    const asked = content.render('case-file.replied.another');
    expect(asked).not.toMatch(/, or /);
    expect(asked).toMatch(/part of what you asked/);
    expect(content.render('case-file.replied.choice.respond')).toMatch(/^Yes/);
    expect(content.render('case-file.replied.choice.keep')).toMatch(/^No/);
  });
});
