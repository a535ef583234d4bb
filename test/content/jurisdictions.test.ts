/**
 * Every place the profile offers has every term a flow or letter may use, every plan and
 * pronoun has its words, each legal sentence names its source (the act, regulation or CFR
 * section listed in docs/legal-facts.md), and places we have verified no law for cite none.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';
import { PLACES, PLANS, PRONOUNS } from '../../src/features/advice/profile.js';
import { PLACE_TERMS, PRONOUN_FORMS, placeTermKeys, profileTerms } from '../../src/features/advice/profile-terms.js';
import { PLAN_WORDS, REQUEST_WORDS, termKey } from '../../src/features/advice/term-keys.js';

const content = loadContent();
const facts = readFileSync(new URL('../../docs/legal-facts.md', import.meta.url), 'utf8');

/** A citation inside a sentence: "34 CFR 300.503", "section 42", "Article 16", "Act 2004". */
const CITATION = /\b\d+ CFR [\d.]+|\bsection \d+|\bArticle \d+|\bAct \d{4}\b|\bOrder \d{4}\b/;

describe('jurisdictions', () => {
  it.each(PLACES)('%s defines every term', (place) => {
    for (const term of Object.values(PLACE_TERMS)) {
      const key = `terms.${place}.${term}`;
      expect(content.has(key), key).toBe(true);
      expect(content.render(key).trim().length, key).toBeGreaterThan(0);
    }
  });

  it('has words for every plan and every pronoun form', () => {
    for (const plan of PLANS) expect(content.has(`terms.plan.${plan}`), plan).toBe(true);
    for (const p of PRONOUNS) for (const form of PRONOUN_FORMS) expect(content.has(`pronoun.${p}.${form}`), `${p}.${form}`).toBe(true);
    expect(placeTermKeys()).toHaveLength(PLACES.length * Object.keys(PLACE_TERMS).length);
  });

  it('cites only sources listed in docs/legal-facts.md', () => {
    const cited = content.keys().filter((k) => k.startsWith('terms.')).flatMap((k) => [...content.render(k).matchAll(new RegExp(CITATION, 'g'))].map((m) => m[0]));
    for (const c of new Set(cited)) {
      const cfr = /^(\d+) CFR ([\d.]+)/.exec(c);
      if (cfr) expect(facts, c).toContain(`${cfr[1]} CFR ${cfr[2]}`.replace(/\.$/, ''));
    }
    // The acts named in the terms are on the facts page.
    for (const act of ['Children and Families Act 2014', 'Education Act 1996', 'Additional Learning Needs and Education Tribunal (Wales) Act 2018', 'Education (Additional Support for Learning) (Scotland) Act 2004', 'Education (Scotland) Act 1980']) {
      expect(facts).toContain(act);
    }
  });

  it('every fact id a term names (in the comment above it) is on the facts page, with a fact and its source', () => {
    const yaml = readFileSync(new URL('../../content/prompts/jurisdictions.yaml', import.meta.url), 'utf8');
    const ids = [...yaml.matchAll(/^# ((?:us|eng|wal|sco|ni|ie)-[a-z0-9-]+(?:, (?:us|eng|wal|sco|ni|ie)-[a-z0-9-]+)*)$/gm)].flatMap((m) => (m[1] as string).split(', '));
    expect(ids).toEqual(expect.arrayContaining(['wal-s19a', 'sco-s14', 'us-continuum', 'us-placement']));
    for (const id of ids) expect(facts, id).toMatch(new RegExp(`^\\| ${id} \\| [^|]+ \\| [^|]+ \\|`, 'm'));
  });

  it('states the duty to educate a child too unwell to attend with its source where one is verified, in general words elsewhere', () => {
    const duty = (place: (typeof PLACES)[number]) => content.render(`terms.${place}.unwell-duty`);
    expect(duty('england')).toContain('Education Act 1996, section 19)');
    expect(duty('wales')).toContain('Education Act 1996, section 19A');
    expect(duty('scotland')).toContain('Education (Scotland) Act 1980, section 14');
    for (const cfr of ['34 CFR 300.115', '34 CFR 300.116', '34 CFR 104.33']) expect(duty('us')).toContain(cfr);
    for (const place of ['northern-ireland', 'ireland', 'elsewhere'] as const) expect(duty(place)).not.toMatch(CITATION);
    // A letter about a child with an IEP or a 504 plan cites that plan's rules only.
    expect(profileTerms(content, { place: 'us', plan: '504', pronouns: 'they' }).unwell_duty).toMatch(/104\.33/);
    expect(profileTerms(content, { place: 'us', plan: '504', pronouns: 'they' }).unwell_duty).not.toMatch(/IEP|300\.11/);
    expect(profileTerms(content, { place: 'us', plan: 'iep', pronouns: 'he' }).unwell_duty).toMatch(/300\.115.*300\.116/);
    expect(profileTerms(content, { place: 'us', plan: 'iep', pronouns: 'he' }).unwell_duty).not.toMatch(/504/);
  });

  it('has a plan\'s own words exactly where term-keys.ts says (PLAN_WORDS), and general words with no statutory plan', () => {
    const own = content.keys().filter((k) => /^terms\.[a-z-]+\.[a-z-]+\.[a-z0-9-]+$/.test(k) && !k.startsWith('terms.plan.'));
    expect(own.sort()).toEqual([...Object.entries(PLAN_WORDS), ...Object.entries(REQUEST_WORDS)].flatMap(([place, words]) => words.map((w) => `terms.${place}.${w}`)).sort());
    for (const term of ['plan-duty', 'complaint-route']) {
      expect(content.render(`terms.agreed.${term}`)).not.toMatch(CITATION);
      for (const place of PLACES) for (const plan of ['none', 'assessing', 'other']) expect(termKey(place, plan, term)).toBe(`terms.agreed.${term}`);
    }
    expect(termKey('england', 'ehcp', 'plan-duty')).toBe('terms.england.plan-duty');
    expect(termKey('us', '504', 'plan-duty')).toBe('terms.us.plan-duty.504');
    expect(termKey('us', 'none', 'assessment-right')).toBe('terms.us.assessment-right');
  });

  it('names no statute for Ireland or elsewhere (none verified for a refused support)', () => {
    for (const place of ['ireland', 'elsewhere'] as const) {
      for (const term of Object.values(PLACE_TERMS)) expect(content.render(`terms.${place}.${term}`)).not.toMatch(CITATION);
    }
  });

  it('uses each place\'s own words: plan, authority and the written-decision route', () => {
    expect(profileTerms(content, { place: 'us', plan: 'iep', pronouns: 'he' })).toMatchObject({ plan_name: 'IEP', authority: 'the school district', they: 'he', their: 'his' });
    expect(profileTerms(content, { place: 'us', plan: 'iep', pronouns: 'he' }).written_decision).toContain('prior written notice');
    expect(profileTerms(content, { place: 'us', plan: '504', pronouns: 'she' }).plan_duty).toContain('104.33');
    expect(profileTerms(content, { place: 'england', plan: 'ehcp', pronouns: 'she' })).toMatchObject({ plan_name: 'EHC plan', authority: 'the local authority', them: 'her' });
    expect(profileTerms(content, { place: 'england', plan: 'ehcp', pronouns: 'she' }).unwell_duty).toContain('section 19');
    expect(profileTerms(content, { place: 'scotland', plan: 'csp', pronouns: 'they' }).authority).toBe('the education authority');
    expect(profileTerms(content, { place: 'northern-ireland', plan: 'statement', pronouns: 'they' }).authority).toBe('the Education Authority');
    expect(profileTerms(content, undefined)).toMatchObject({ they: 'they', authority: 'the body responsible for the school' });
  });

  it('renders every new letter with every term for every place, leaving no {{', () => {
    for (const id of ['provision-not-delivered', 'assessment-request', 'need-evidence', 'attendance-support', 'resources-request']) {
      for (const place of PLACES) {
        const vars = profileTerms(content, { place, plan: 'other', pronouns: 'she' });
        const { body } = content.renderLetter(id, { ...vars, nickname: 'Sam' });
        expect(body, `${id} / ${place}`).not.toContain('{{');
      }
    }
  });

  it("words a US evaluation request by the child's plan: Section 504's own rule for a 504 plan, IDEA's otherwise", () => {
    const right = (plan: (typeof PLANS)[number]) => profileTerms(content, { place: 'us', plan, pronouns: 'she' }).assessment_right ?? '';
    expect(right('504')).toContain('34 CFR 104.35');
    expect(right('504')).toContain('34 CFR 300.301');
    for (const plan of ['iep', 'none', 'assessing'] as const) {
      expect(right(plan)).toContain('34 CFR 300.301');
      expect(right(plan)).not.toContain('104.35');
    }
  });
});
