/**
 * The words of England's part-time timetable advice (content/prompts/part-time.yaml, the letters'
 * part-time lines): every key the flows use exists and renders with its variables filled, the
 * rule names its source as docs/legal-facts.md lists it, the letter line renders as it stands, and
 * each letter that declares the lines carries them when given and leaves them out when not.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';
import { withProfileTerms } from '../../src/features/advice/profile-terms.js';
import { PART_TIME_KEYS, PART_TIME_LINES, RULE_LINE } from '../../flows/advice/part-time-states.js';

const content = loadContent();
const facts = readFileSync(new URL('../../docs/legal-facts.md', import.meta.url), 'utf8');
const SOURCE = 'School Attendance (Pupil Registration) (England) Regulations 2024';
const TEMPLATES = ['need-request', 'data-request', 'precedent-request', 'resources-request', 'decision-in-writing', 'provision-not-delivered', 'assessment-request', 'need-evidence', 'attendance-support'];

describe('the part-time timetable words', () => {
  it('has every key the flows say, each rendering with its variables filled', () => {
    for (const key of PART_TIME_KEYS) {
      expect(content.has(key), key).toBe(true);
      const vars = Object.fromEntries(content.varsOf(key).map((v) => [v, 'Ellie']));
      const said = content.render(key, vars);
      expect(said.trim().length, key).toBeGreaterThan(0);
      expect(said, key).not.toMatch(/\{\{|\}\}/);
    }
    expect(content.varsOf('part-time.ask-hours')).toEqual(['nickname']);
    expect(content.render('part-time.next-steps', { nickname: 'Ellie' })).toContain('Ellie');
  });

  it('names its source in the chat and in the letter, as the facts page lists it (eng-reg11-part-time)', () => {
    for (const key of ['part-time.rule', RULE_LINE]) {
      expect(content.render(key), key).toContain(SOURCE);
      expect(content.render(key), key).toContain('regulation 11');
    }
    expect(facts).toContain('eng-reg11-part-time');
    expect(facts).toContain(SOURCE);
    expect(facts).toContain('https://www.legislation.gov.uk/uksi/2024/208/regulation/11');
  });

  it('gives the letter a line without variables, so a letter renders it as it stands', () => {
    expect(content.varsOf(RULE_LINE)).toEqual([]);
    const vars = withProfileTerms(content, 'precedent-request', { part_time_rule: RULE_LINE }, undefined);
    expect(vars.part_time_rule).toBe(content.render(RULE_LINE));
  });

  it('labels both answers in the notes and the packet', () => {
    for (const [, , topic] of PART_TIME_LINES) {
      expect(content.has(`notes.topic.${topic}`), topic).toBe(true);
      expect(content.has(`case-file.packet.topic.${topic}`), topic).toBe(true);
    }
  });

  it.each(TEMPLATES)('%s carries the rule and the proposal when given, and leaves the lines out when not', (template) => {
    const declared = content.letter(template)?.vars ?? {};
    for (const name of ['part_time_rule', 'part_time_hours', 'part_time_review']) expect(declared, name).toHaveProperty(name);
    const rule = content.render(RULE_LINE);
    const given = content.renderLetter(template, { part_time_rule: rule, part_time_hours: 'mornings only', part_time_review: 'after four weeks' });
    expect(given.body).toContain(rule);
    expect(given.body).toContain("What I'd suggest to start with: Mornings only.");
    expect(given.body).toContain("When I'd suggest we review it together: After four weeks.");
    expect(given.blanks).not.toEqual(expect.arrayContaining(['part_time_rule']));
    const without = content.renderLetter(template, {});
    expect(without.body).not.toMatch(/Pupil Registration|What I'd suggest to start with|When I'd suggest we review/);
    expect(without.blanks.filter((b) => b.startsWith('part_time'))).toEqual([]);
  });
});
