/**
 * Words from the sixth walk (docs/walkthrough-2026-12-06.md, "A sixth walk"): each test holds
 * one fix's wording; the flows are tested by state ids and content keys beside them.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';

const content = loadContent();

describe('sixth walk words: "can we carry on?"', () => {
  it('says yes without hurry, that nothing was lost, and leads into the question', () => {
    const said = content.render('engine.carry-on');
    expect(said).toMatch(/^Of course/);
    expect(said).toMatch(/no rush/);
    expect(said).toMatch(/nothing has been lost/);
    expect(said).toMatch(/:$/);
  });
});
