/**
 * The words a letter takes from the case (and the buttons chosen): from the case profile, the plan's name, who is above the school, the
 * formal route for a written decision, the duty to provide a plan, the complaint route, and the
 * child's pronouns. All words live in content (`terms.<place>.<term>`, `terms.plan.<plan>`,
 * `pronoun.<pronouns>.<form>`); this picks the keys. A template gets only the terms it declares,
 * and a value a flow already gave wins.
 */
import type { ContentCatalog } from '../../content/catalog.js';
import { PLACES, type CaseProfile } from './profile.js';
import { hasStatutoryPlan, termKey } from './term-keys.js';

/** The content key of a chosen button's letter sentence (`no-data.letter.not-said`), or of a place's term a flow chose to say (`terms.wales.unwell-duty`). */
const CHOSEN_SENTENCE = /^(?:[a-z-]+\.letter\.[a-z-]+|terms\.[a-z-]+\.[a-z-]+)$/;

/** Letter variable → the term it is, under `terms.<place>.`. */
export const PLACE_TERMS = {
  authority: 'authority',
  written_decision: 'written-decision',
  plan_duty: 'plan-duty',
  complaint_route: 'complaint-route',
  assessment_right: 'assessment-right',
  unwell_duty: 'unwell-duty',
  advocate: 'advocate',
  // A word spelt by region ("center" in the US), W21 L3.
  centre: 'centre',
  assessment: 'assessment',
  assess: 'assess',
} as const;

export const PRONOUN_FORMS = ['they', 'them', 'their', 'they_are'] as const;

/** Every term key a place must define (the content test holds each place to it). */
export function placeTermKeys(): string[] {
  return PLACES.flatMap((p) => Object.values(PLACE_TERMS).map((t) => `terms.${p}.${t}`));
}

/** The terms for a profile (and what the parent asked for), by letter variable. No profile: the words for "elsewhere", "they". */
export function profileTerms(content: ContentCatalog, profile: CaseProfile | undefined, asked = ''): Record<string, string> {
  const place = profile?.place ?? 'elsewhere';
  const out: Record<string, string> = {};
  for (const [v, term] of Object.entries(PLACE_TERMS)) {
    // A plan's own words ("terms.us.plan-duty.504"), general words with no statutory plan, else the place's (term-keys.ts).
    const key = termKey(place, profile?.plan, term, asked);
    if (content.has(key)) out[v] = content.render(key);
  }
  const planKey = `terms.plan.${profile?.plan ?? 'other'}`;
  if (content.has(planKey)) out.plan_name = content.render(planKey);
  for (const form of PRONOUN_FORMS) {
    const key = `pronoun.${profile?.pronouns ?? 'they'}.${form}`;
    if (content.has(key)) out[form] = content.render(key);
  }
  return out;
}

/** A letter's variables with the case profile's terms added where the template asks for them. */
export function withProfileTerms(content: ContentCatalog, template: string, vars: Record<string, string>, profile: CaseProfile | undefined): Record<string, string> {
  const declared = content.letter(template)?.vars;
  if (!declared) return vars;
  const terms = profileTerms(content, profile, vars.request ?? '');
  const out = { ...vars };
  for (const [name, value] of Object.entries(terms)) if (name in declared && !out[name]?.trim()) out[name] = value;
  // "Maya's EHC plan says:", or with no statutory plan "What was agreed for Maya:".
  if ('provision_lead' in declared && !out.provision_lead?.trim()) out.provision_lead = provisionLead(content, profile, out.nickname ?? '');
  // A button the parent chose, stated in the letter as its first-person sentence (`*.letter.*`).
  for (const [name, value] of Object.entries(out)) {
    if (CHOSEN_SENTENCE.test(value) && content.has(value) && content.varsOf(value).length === 0) out[name] = content.render(value);
  }
  return out;
}

/** How a letter introduces what was agreed: the statutory plan by name, else the agreement itself. */
function provisionLead(content: ContentCatalog, profile: CaseProfile | undefined, nickname: string): string {
  if (!nickname.trim()) return '';
  return profile !== undefined && hasStatutoryPlan(profile.plan)
    ? content.render('advice.provision-lead.plan', { nickname, plan_name: content.render(`terms.plan.${profile.plan}`) })
    : content.render('advice.provision-lead.agreed', { nickname });
}
