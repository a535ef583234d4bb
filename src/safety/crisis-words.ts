/**
 * The crisis screen's vocabulary: what a screen answer is, and the building blocks every
 * pattern table shares (who is speaking, who is spoken about, reported speech).
 */

/** Whose crisis it is, which decides the wording of the reply. */
export type CrisisKind = 'child_self_harm' | 'abuse' | 'parent_crisis' | 'danger';

/** Clear risk gets the crisis reply at once; possible risk gets one question first. */
export type CrisisTier = 'clear' | 'possible';

/**
 * The warning-sign family a pattern belongs to (docs/crisis-screen.md maps each one to the
 * published lists it comes from). Logged when the screen fires; never the words.
 */
export const CRISIS_FAMILIES = [
  'wish_to_die',
  'burden',
  'trapped_pain',
  'plan_means',
  'goodbyes',
  'self_harm',
  'despair',
  'danger_now',
  'abuse',
] as const;
export type CrisisFamily = (typeof CRISIS_FAMILIES)[number];

/** One pattern and what a match of it means. */
export interface CrisisRule {
  tier: CrisisTier;
  kind: CrisisKind;
  family: CrisisFamily;
  re: RegExp;
}

/** Rules for a list of patterns that share a tier, kind and family. */
export const rules = (tier: CrisisTier, kind: CrisisKind, family: CrisisFamily, patterns: readonly RegExp[]): CrisisRule[] =>
  patterns.map((re) => ({ tier, kind, family, re }));

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

export const rx = (source: string): RegExp => new RegExp(source, 'g');
export const any = (parts: readonly string[]): string => `(?:${parts.join('|')})`;

export const SELF3_WORDS = 'himself|herself|themselves|themself';
export const SELF3 = `(?:${SELF3_WORDS})`;
/** Any reflexive a self-harm phrase may end in, the parent's own included. */
export const SELF_ANY = `(?:${SELF3_WORDS}|myself)`;
export const OBJ3 = '(?:him|her|them)';
export const KID =
  '(?:son|daughter|child|kid|kids|children|boy|girl|lad|teen|teenager|stepson|stepdaughter|eldest|youngest|little one|brother|sister|sibling|stepbrother|stepsister|twin|friend|best friend|bestie|mate|cousin|classmate)';

/** Someone other than the parent (in practice, the child) as the parent writes about them. */
export const THIRD = `(?:he|she|they|hes|shes|theyre|hed|shed|theyd|theyve|(?:my|our|the|his|her|their) ${KID})`;
/** The parent speaking about themselves. */
export const FIRST = '(?:i|im|id|ive|ill)';

/**
 * Up to four words between a subject and what follows. The gap may not pass another person:
 * "my son is fine but i want to die" is about the parent, not the son.
 */
export const GAP = '(?:(?!(?:i|im|id|ive|ill|me|my|myself|we|us|our|but|though|although)\\b)[a-z]+ ){0,4}';

/**
 * Reported speech: the child said it to someone. "I said" or "I texted" is the parent
 * speaking, so a first-person subject right before the verb does not count.
 */
export const REPORT =
  '(?<!\\b(?:i|we|ive|weve|id) )' +
  any([
    'said',
    'says',
    'saying',
    'keeps saying',
    'kept saying',
    'keeps telling (?:me|us)',
    'told (?:me|us|him|her|them|someone|somebody|(?:his|her|their|a|the) [a-z]+)',
    'tells (?:me|us|people|everyone)',
    'texted',
    'messaged',
    'posted',
    'wrote',
    'writes',
    'screamed',
    'shouted',
    'yelled',
    'sobbed',
    'cried',
    'whispered',
    'admitted',
    'confessed',
    'mentioned',
    'blurted out',
    'let slip',
  ]);

/** The child's own "I ..." when quoted: "she said 'I just want to die'". */
export const QUOTED_I = '(?:(?:i|im|id|ive|ill) (?:[a-z]+ ){0,2})?';


// ---------------------------------------------------------------------------------------------
// One phrase, said of the child or of the parent
// ---------------------------------------------------------------------------------------------

/** What each placeholder in a template stands for, said of the child, of the parent, or of anyone. */
interface Persons {
  S: string;
  P: string;
  O: string;
  R: string;
  SB: string;
  SUBJ: string;
}
const CHILD: Persons = {
  S: '(?:he|she|they)',
  P: '(?:his|her|their)',
  O: OBJ3,
  R: SELF3,
  SB: '(?:hes|shes|theyre|he is|she is|they are)',
  SUBJ: `(?:${THIRD} ${GAP}|${REPORT} (?:that )?${GAP}${QUOTED_I})`,
};
const PARENT: Persons = { S: 'i', P: 'my', O: 'me', R: 'myself', SB: 'im', SUBJ: `${FIRST} ${GAP}` };
const ANYONE: Persons = {
  S: '(?:i|he|she|they)',
  P: '(?:my|his|her|their)',
  O: '(?:me|him|her|them)',
  R: SELF_ANY,
  SB: '(?:im|hes|shes|theyre|he is|she is|they are)',
  SUBJ: '',
};

/** <AS>, <AP>, <AO>, <AR>: anyone's, whoever the rule is about (inside a <SUBJ> template). */
const fill = (template: string, who: Persons): string =>
  template
    .replace(/<A(SB|S|P|O|R)>/g, (_, k: keyof Persons) => ANYONE[k])
    .replace(/<(SUBJ|SB|S|P|O|R)>/g, (_, k: keyof Persons) => who[k]);

/**
 * Rules for phrases written once with placeholders: <S> subject, <P> possessive, <O> object,
 * <R> reflexive, <SB> subject with "is"/"am", <SUBJ> a subject and a few words before the phrase
 * (<AS>, <AP>, <AO>, <AR>: anyone's; <SUBJ!>: a subject is required, no bare rule). A template is either all about its subject or has none:
 * a branch without a placeholder in a template with one would read as the child's whoever said it.
 * Each template gives a rule said of the child, one said of the parent, and (when it starts with
 * <SUBJ>) one with no subject at all, which is `unattributed`'s. Returned in that order of
 * checking: crisis-rules.ts puts every child rule before every parent rule.
 */
export function persons(
  tier: CrisisTier,
  family: CrisisFamily,
  unattributed: CrisisKind,
  templates: readonly string[],
  /** Whoever it is about, the reply is this one (immediate danger, abuse). */
  always?: CrisisKind,
): { child: CrisisRule[]; parent: CrisisRule[]; bare: CrisisRule[] } {
  const out = { child: [] as CrisisRule[], parent: [] as CrisisRule[], bare: [] as CrisisRule[] };
  for (const template of templates) {
    // "<SUBJ!>": the phrase means nothing without its subject ("the burden of proof").
    const t = template.replace('<SUBJ!>', '<SUBJ>');
    if (!/<(?:SUBJ|SB|S|P|O|R)>/.test(t)) {
      out.bare.push({ tier, kind: always ?? unattributed, family, re: rx(`\\b${fill(t, ANYONE)}\\b`) });
      continue;
    }
    out.child.push({ tier, kind: always ?? 'child_self_harm', family, re: rx(`\\b${fill(t, CHILD)}\\b`) });
    out.parent.push({ tier, kind: always ?? 'parent_crisis', family, re: rx(`\\b${fill(t, PARENT)}\\b`) });
    if (template.startsWith('<SUBJ>')) out.bare.push({ tier, kind: always ?? unattributed, family, re: rx(`\\b${fill(t, ANYONE)}\\b`) });
  }
  return out;
}
