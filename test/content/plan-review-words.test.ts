/**
 * The words after an EHC plan's annual review in England (flows/advice/plan-review.ts, review22):
 * every key the two flows say exists and is filled, the letter to the local authority renders
 * whole and greets the SEN team when there is no name, the law those words state is on the facts
 * page with its source and the keys that use it, and nothing the facts page could not source
 * (the four weeks, a right of appeal) is said.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';
import { LA_TEAM } from '../../flows/advice/letter-body.js';
import { PLAN_REVIEW_KEYS, PLAN_REVIEW_LETTER } from '../../flows/advice/plan-review.js';
import { noPredeterminationFlow } from '../../flows/advice/no-predetermination.flow.js';
import { sayNextFlow } from '../../flows/advice/say-next.flow.js';
import { emittedKeys, HANDOVER, choice, classified, replay, text } from '../features/flow-paths.js';

const content = loadContent();
const facts = readFileSync(new URL('../../docs/legal-facts.md', import.meta.url), 'utf8');
const WALK = "went in for the annual review and the paperwork was already printed with 'no change to provision' on it before we even sat down. head just said the panel had already looked at it";
const PROFILE = JSON.stringify({ place: 'england', plan: 'ehcp', pronouns: 'he', schoolName: 'Leo Hart' });
const OWN_KEYS = [...PLAN_REVIEW_KEYS, 'facts.ask-la-recipient.review', 'no-predetermination.next-steps.local-authority'];

describe('after the annual review: words', () => {
  it('every key exists and is declared, and every variable said is filled', () => {
    for (const key of OWN_KEYS) expect(content.has(key), key).toBe(true);
    expect(sayNextFlow.keys).toEqual(expect.arrayContaining([...PLAN_REVIEW_KEYS, 'facts.ask-la-recipient.review']));
    expect(noPredeterminationFlow.keys).toEqual(expect.arrayContaining(OWN_KEYS));
    expect(sayNextFlow.templates).toContain(PLAN_REVIEW_LETTER);
    expect(noPredeterminationFlow.templates).toContain(PLAN_REVIEW_LETTER);
    const say = replay(sayNextFlow.machine, { statement: WALK, nickname: 'Leo', signOff: 'Jo', profile: PROFILE }, [classified('predetermination', true), choice('yes'), choice('right'), text('a TA'), text('no change'), text('he is not coping'), text('not a name, sorry')]);
    const kind = replay(noPredeterminationFlow.machine, { ...HANDOVER, statement: WALK, profile: PROFILE }, [text('no change'), choice('at-meeting'), text('nobody asked me'), choice('none-yet'), choice('team')]);
    for (const r of [say, kind]) for (const { key, vars } of emittedKeys(r.effects)) expect(content.render(key, vars), key).not.toMatch(/\{\{|\[ADD/);
  });

  const vars = { date: '1 March 2030', who: content.render(LA_TEAM), nickname: 'Leo', said_on: '28 February 2030', statement: '', request: 'a TA in the afternoons', decision: 'no change to his plan', concerns: 'his speech therapy stopped in May', your_name: 'Jo Hart' };
  it('the letter renders whole, greeting the SEN team', () => {
    const { body } = content.renderLetter(PLAN_REVIEW_LETTER, vars);
    expect(body).toContain(`Dear ${content.render(LA_TEAM)},`);
    expect(body).not.toMatch(/\{\{|\[ADD/);
    expect(body).not.toContain('At the meeting I was told');
  });

  it('the law said is on the facts page with its source and the keys that use it', () => {
    const row = (id: string) => facts.split('\n').find((l) => l.startsWith(`| ${id} |`)) ?? '';
    expect(row('eng-reg20-review')).toContain('https://www.legislation.gov.uk/uksi/2014/1530/regulation/20');
    expect(row('eng-reg19-views')).toContain('https://www.legislation.gov.uk/uksi/2014/1530/regulation/19');
    expect(row('eng-reg22-amend')).toContain('/uksi/2014/1530/regulation/22');
    for (const key of ['plan-review.england', 'facts.ask-la-recipient.review', 'no-predetermination.next-steps.local-authority']) expect(row('eng-reg20-review'), key).toContain(`\`${key}\``);
    for (const id of ['eng-reg19-views', 'eng-reg22-amend']) expect(row(id), id).toContain('`plan-review.england`');
  });

  it('says no time limit and no right of appeal: neither was read in a primary text', () => {
    const said = [...OWN_KEYS.map((k) => content.render(k)), content.renderLetter(PLAN_REVIEW_LETTER, vars).body].join('\n');
    expect(said).not.toMatch(/\bweeks?\b|\bdays?\b|appeal|tribunal/i);
  });
});
