/**
 * The words of a letter that goes to the local authority (flows/advice/letter-body.ts): every key
 * the question and the next steps use exists and is filled, the letter greets the team when the
 * parent has no name, and the law those words state is on the facts page with its source.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';
import { LA_KEYS, LA_TEAM } from '../../flows/advice/letter-body.js';
import { noAssessmentFlow } from '../../flows/advice/situations.js';
import { withProfileTerms } from '../../src/features/advice/profile-terms.js';
import { emittedKeys, HANDOVER, choice, replay, text } from '../features/flow-paths.js';

const content = loadContent();
const facts = readFileSync(new URL('../../docs/legal-facts.md', import.meta.url), 'utf8');
const ENGLAND = JSON.stringify({ place: 'england', plan: 'none', pronouns: 'he', schoolName: 'Sam Shaw' });

describe('the assessment request to the local authority: words', () => {
  it('every key exists, and every variable the flow says is filled', () => {
    for (const key of [...LA_KEYS, 'no-assessment.next-steps.local-authority']) expect(content.has(key), key).toBe(true);
    expect(noAssessmentFlow.keys).toEqual(expect.arrayContaining([...LA_KEYS, 'no-assessment.next-steps.local-authority']));
    const r = replay(noAssessmentFlow.machine, { ...HANDOVER, profile: ENGLAND }, [text('he freezes at the gate'), choice('not-yet'), text('not a name at all, sorry')]);
    const said = emittedKeys(r.effects);
    expect(said.map((k) => k.key)).toEqual(expect.arrayContaining(['facts.ask-la-recipient', 'facts.choice.la-team', 'facts.la-recipient-unclear']));
    for (const { key, vars } of said) expect(content.render(key, vars), key).not.toMatch(/\{\{|\[ADD/);
    const done = replay(noAssessmentFlow.machine, { ...HANDOVER, profile: ENGLAND }, [text('he freezes at the gate'), choice('not-yet'), choice('team')]);
    for (const { key, vars } of emittedKeys(done.effects)) expect(content.render(key, vars), key).not.toMatch(/\{\{|\[ADD/);
  });

  it('the letter greets the SEN team when there is no name', () => {
    expect(content.varsOf(LA_TEAM)).toEqual([]);
    const vars = withProfileTerms(content, 'assessment-request', { who: LA_TEAM, nickname: 'Sam' }, { place: 'england', plan: 'none', pronouns: 'he' });
    const { body } = content.renderLetter('assessment-request', vars);
    expect(body).toContain(`Dear ${content.render(LA_TEAM)},`);
    expect(body).not.toContain(LA_TEAM);
  });

  it('the law the question and next steps state is on the facts page, with its source and the keys that use it', () => {
    const row = facts.split('\n').find((l) => l.startsWith('| eng-reg5-receipt |')) ?? '';
    expect(row).toMatch(/reg(?:ulation)? 5\(1\)/);
    expect(row).toContain('https://www.legislation.gov.uk/uksi/2014/1530/regulation/5');
    for (const key of ['facts.ask-la-recipient', 'no-assessment.next-steps.local-authority']) expect(row, key).toContain(`\`${key}\``);
  });
});
