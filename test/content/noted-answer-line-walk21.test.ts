/**
 * W21 L1: the line of a letter that sets down the school's answer, as the parent noted it, reads
 * right whoever it is addressed to (the person who said it, or a team or the local authority who
 * did not) and whatever the answer is: the school's words in quotation marks ("We don't have the
 * staff…"), or the parent's report of them ("they don't have the staff…", "there's no…"). A report
 * after the colon keeps its small letter: it is not capitalised as if it were a quotation.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';

const content = loadContent();
const withStatement = content.letters().filter((t) => 'statement' in t.vars);
const MARK = 'zzmark';

/** Every variable filled, the school's answer as given; the lines that carry it. */
function answerLines(id: string, statement: string): string[] {
  const t = content.letter(id);
  if (!t) throw new Error(id);
  const vars = Object.fromEntries(Object.keys(t.vars).map((v) => [v, v === 'who' ? 'SEN Team' : `${v}-${MARK}`]));
  const body = content.renderLetter(id, { ...vars, statement }).body;
  return body.split('\n').filter((l) => l.includes(statement.slice(1, 12)));
}

describe('the noted answer line (every letter that has one)', () => {
  it('there are such letters', () => {
    expect(withStatement.map((t) => t.id)).toEqual(expect.arrayContaining(['data-request', 'need-request', 'precedent-request', 'resources-request', 'decision-in-writing']));
  });

  it.each(withStatement.map((t) => t.id))('%s: a report keeps its small letter, and the line claims no one said it to whom it is sent', (id) => {
    const report = "they don't have the staff for a 1:1 aide";
    const lines = answerLines(id, report);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`: ${report}.`);
    // "Dear SEN Team, … Your answer …": the team did not say it.
    expect(lines[0]).not.toMatch(/\byour answer\b|\bwhat you said\b|\byou (?:said|told)\b/i);
  });

  it.each(withStatement.map((t) => t.id))('%s: the school\'s words quoted stand as they are', (id) => {
    const quote = '"We don\'t have the staff for a 1:1 aide."';
    const lines = answerLines(id, quote);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`: ${quote}`);
  });

  it('a parent\'s bare words elsewhere are still ended as a sentence with a capital', () => {
    const body = content.renderLetter('resources-request', { need: 'a later start', request: 'a 1:1 aide' }).body;
    expect(body).toContain('My request was: A 1:1 aide.');
  });
});
