/**
 * W21 L3: a US parent was told "I'll use US terms (IEP, 504, the school district) from here on",
 * then "Put December 22, 2026 in your diary", and the letter said "at the centre". The words a US
 * parent sees most are said in their region's words, from content by place: a message's own
 * `<key>.<place>` when content has one (the next step's day: "calendar"), and a letter's spelling
 * as a place term (`terms.<place>.centre`).
 */
import { describe, expect, it } from 'vitest';
import type { DraftParams } from '../../../src/core/flow-kit.js';
import { noResourcesFlow } from '../../../flows/advice/no-resources.flow.js';
import { loadContent } from '../../../src/content/catalog.js';
import { profileTerms, withProfileTerms } from '../../../src/features/advice/profile-terms.js';
import { HANDOVER, ofType, replay, spoken, text } from '../flow-paths.js';

const content = loadContent();
const at = (place: string) => ({ ...HANDOVER, profile: JSON.stringify({ place, plan: place === 'us' ? 'iep' : 'none', pronouns: 'he', schoolName: 'Jaylen Brooks' }) });
const saidKeys = (place: string) => {
  const r = replay(noResourcesFlow.machine, at(place), [text('a key adult at the door'), text('a TA'), text('the SENCO asks the panel')]);
  return { keys: spoken(r.effects), draft: ofType<DraftParams>(r.effects, 'draft')[0] };
};

describe('the next step\'s day', () => {
  it('a US family puts it on their calendar', () => {
    const { keys } = saidKeys('us');
    expect(keys).toContain('common.next-step-by.us');
    expect(content.render('common.next-step-by.us', { date: 'December 22, 2026' })).not.toMatch(/diary/i);
  });
  it('a family in England keeps the diary', () => {
    expect(saidKeys('england').keys).toContain('common.next-step-by');
  });
});

describe('the letter', () => {
  it('spells "center" for a US family and "centre" for the others', () => {
    const us = content.renderLetter('resources-request', withProfileTerms(content, 'resources-request', { nickname: 'Jaylen' }, { place: 'us', plan: 'iep', pronouns: 'he' } as never)).body;
    const uk = content.renderLetter('resources-request', withProfileTerms(content, 'resources-request', { nickname: 'Sam' }, { place: 'england', plan: 'none', pronouns: 'he' } as never)).body;
    expect(us).toContain("Jaylen's need at the center.");
    expect(uk).toContain("Sam's need at the centre.");
    expect(profileTerms(content, undefined).centre).toBe('centre');
  });
});
