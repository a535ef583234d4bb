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

describe('sixth walk words: a legal question', () => {
  it('says who can answer it, that the bot cannot, what it can do, and where the notes are', () => {
    const said = content.render('advice.legal-question', { advocate: 'ADVOCATE' });
    expect(said).toMatch(/lawyer or an advice service/);
    expect(said).toMatch(/I can't answer that for you/);
    expect(said).toMatch(/give you information/);
    expect(said).toMatch(/"notes"/);
    expect(said).toMatch(/"export"/);
    expect(said.trim().endsWith('ADVOCATE')).toBe(true);
    // The not-legal-advice note is its own, said once per case: not repeated here.
    expect(said).not.toMatch(/not legal advice|isn't legal advice|not a lawyer/);
  });
});

describe('sixth walk words: a carer who is not the parent', () => {
  it('says it helps them too (an answer to "can you still help?", and no odd "yes" when nobody asked), names who else uses it, and what often helps, without stating a law', () => {
    const said = content.render('triage.carer');
    expect(said).toMatch(/^I can help you just the same/);
    // Said to carers who asked nothing, and to some who hold an order: never an answer to an unasked question, never "you don't have it".
    expect(said).not.toMatch(/^(And )?yes\b/i);
    expect(said).toMatch(/and that isn't you/);
    expect(said).toMatch(/grandparents/);
    expect(said).toMatch(/parental\s+responsibility/);
    expect(said).toMatch(/written permission/);
    expect(said).toMatch(/If a school ever says/);
    expect(said).not.toMatch(/\b(Act|section|regulation|CFR)\b/);
  });
});

describe('sixth walk words: crying emoji alone', () => {
  it('is kind first, in no hurry, asks for a few words, and says to tell it if anyone is not safe', () => {
    const said = content.render('input.upset');
    expect(said).toMatch(/hard moment/);
    expect(said).toMatch(/no rush/);
    expect(said).toMatch(/a few words/);
    expect(said).toMatch(/aren't safe right now, say so/);
    expect(said).not.toMatch(/only read words/);
  });
});

describe('sixth walk words: "hang on, let me find it"', () => {
  it('says there is no rush and that it will wait', () => {
    const said = content.render('engine.wait');
    expect(said).toMatch(/No rush/);
    expect(said).toMatch(/I'll be here/);
  });
});
