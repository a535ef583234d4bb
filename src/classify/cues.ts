/**
 * Hand-curated cue phrases per kind of "no". They are matched on normalised text (see
 * normalise.ts: contractions expanded, "isn't" → "is not", UK spelling → US, "TA/aide/para" → "ta",
 * "local authority/LA/council" → "district"). Each kind of "no" whose cues fire becomes one
 * feature of the statistical model, so it can recognise phrasings it never saw in the examples.
 * Written from domain knowledge (how schools word each kind of refusal), not from the training
 * examples; adding cues to fix cross-validation errors was tried and hurt held-out accuracy.
 */
import type { Category } from '../core/types.js';

export interface Cue {
  category: Category;
  id: string;
  re: RegExp;
}

/** Nouns for a provision, programme or place that can be "not available". */
const PROVISION =
  '(?:program|provision|unit|base|service|placement|option|school|class|classroom|room|hub|group|course|club|scheme|' +
  'center|facility|tuition|tutoring|counseling|counselor|therapy|therapist|pru|place|places|space|spaces|spot|spots|' +
  'nurse|nurture|setting|academy|alternative|virtual|online|homebound|hospital|outreach|team)s?';

const ADJ = '(?:[a-z_-]+ ){0,3}';

const C = (category: Category, id: string, source: string): Cue => ({
  category,
  id,
  re: new RegExp(source),
});

export const CUES: readonly Cue[] = [
  // data: more evidence, assessment or time first; wait and monitor.
  C('data', 'more-info', String.raw`\b(?:more|further|additional|enough|sufficient|insufficient|updated|fresh|new) (?:data|information|info|evidence|observations?|reports?|assessments?|documentation|time|detail)\b`),
  C('data', 'data-word', String.raw`\b(?:data|baseline|evidence|evidenced|documentation|documented)\b`),
  C('data', 'wait-see', String.raw`\b(?:wait and (?:see|monitor|watch)|watch and wait|see how (?:it|he|she|they|things) (?:go|goes|settle|settles|does|do|get|gets)|see what (?:happens|comes back|the \w+ (?:say|says|show|shows)))\b`),
  C('data', 'monitor', String.raw`\b(?:monitor\w*|keep (?:a |an )?(?:close )?eye|track(?:ing|ed)?|keep(?:ing)? tabs)\b`),
  C('data', 'observe', String.raw`\b(?:observ\w+|screening|screened|rating scales?|questionnaires?|work samples|diary|log (?:of|every|at home)|behavior log|chart)\b`),
  C('data', 'assess', String.raw`\b(?:assess\w*|evaluat\w*|re-?evaluat\w*|fba|functional behavior|diagnostic|testing|test results|scores)\b`),
  C('data', 'too-early', String.raw`\b(?:too (?:early|soon)|premature\w*|not (?:been )?(?:in place )?long enough|give it (?:more |some )?time|more time|a longer period|form a view|draw conclusions|rule (?:things |it )?out)\b`),
  C('data', 'pending', String.raw`\b(?:pending|deferred|defer|on hold|hold off|until (?:the |we |they |he |she |it )?.{0,40}(?:complete|completed|done|back|finished|received|assessed|evaluated|reviewed))\b`),
  C('data', 'no-evidence', String.raw`\b(?:no|not any|not enough|nothing to (?:show|report|suggest)|lack of|insufficient) (?:evidence|data|sign|signs|indication)\b|\bnothing (?:to show|on paper)|\bon paper\b`),
  C('data', 'prove', String.raw`\b(?:prove|proof|show (?:that|us)|demonstrat\w+|pattern|trend|impact on (?:his |her |their )?(?:learning|education|access))\b`),
  C('data', 'fine-in-class', String.raw`\b(?:fine|settled|ok|okay|doing well|making (?:expected )?progress|above average|average range)\b.{0,30}\b(?:in class|in school|once (?:he|she|they) (?:is|are) in|academically|grades|on paper)\b|\bgrades? (?:are|look|looks) (?:fine|good|ok)`),
  C('data', 'review-later', String.raw`\b(?:review (?:it |this |things |again )?(?:at|after|in|next)|reconvene|revisit in|reassess|touch base again|annual review once)\b`),
  C('data', 'cycle', String.raw`\b(?:graduated approach|assess,? plan,? do,? review|apdr|mtss|rti|tier \w+|interventions? (?:first|for)|cycles? of)\b`),

  // resources: staff, money, time, capacity.
  C('resources', 'staff', String.raw`\b(?:staff\w*|short-?staffed|understaffed|manpower|personnel|adults? (?:free|available|in the building)|extra hands|the people)\b`),
  C('resources', 'money', String.raw`\b(?:budget\w*|fund\w*|money|afford\w*|costs?|costly|expens\w+|pay for|penny|deficit|overspent|cuts?|financ\w+|licen[cs]e)\b`),
  C('resources', 'capacity', String.raw`\b(?:capacity|caseloads?|stretched|swamped|overwork\w*|overstretched|oversubscribed|on (?:its|their|our) knees|fully booked|booked solid|spread (?:across|thin|over)|too many (?:kids|children|students|pupils)|at breaking point|breaking point)\b`),
  C('resources', 'no-one', String.raw`\b(?:no ?one|nobody|no-one|not anyone|not enough (?:adults|staff|people|teachers|ta))\b.{0,25}\b(?:to do|to cover|free|available|spare|with the time|to supervise|to meet|can)\b|\b(?:literally )?nobody to\b`),
  C('resources', 'shortage', String.raw`\b(?:shortage\w*|short of|short on|lack of (?:staff|funding|money|resources)|down (?:two|three|one|\w+) (?:ta|staff|teachers|people)|down to one|vacanc\w+|recruit\w*|hiring|hire|can not (?:spare|release|cover|staff|replace))\b`),
  C('resources', 'time', String.raw`\b(?:no time|not have (?:the )?time|enough time|hours in the day|one day a week|two days a week|part-time|works part)\b`),
  C('resources', 'resourced', String.raw`\b(?:resources|resourced|resourcing|allocation|allocated|prioriti[sz]e|limited (?:resources|staff|money|time)|cover the cost|supply cover)\b`),
  C('resources', 'ta', String.raw`\b(?:ta|onetoone|learning mentor|key adult)\b`),

  // precedent: policy, standard practice, fairness, never done it.
  C('precedent', 'precedent', String.raw`\b(?:precedent|floodgates|slippery slope|draw the line|open (?:the )?door|where (?:do|would) we stop)\b`),
  C('precedent', 'never-done', String.raw`\b(?:never (?:been )?(?:done|had|agreed|offered|allowed|let|made|given|needed)|not something we(?: have)?(?: ever)? (?:do|done|offer|offered|allow)|not the done thing|have always (?:done|handled|dealt)|always done it)\b`),
  C('precedent', 'not-how', String.raw`\b(?:not how (?:we|this|things|it)|how we do things|we do not do (?:that|this|it|those|late|individual)|do not do that here|not what we do|that is not us)\b`),
  C('precedent', 'policy', String.raw`\b(?:polic(?:y|ies)|procedures?|rules?|handbook|ethos|protocol|standard practice|our practice|district practice|as a matter of practice|blanket|zero tolerance|whole-school)\b`),
  C('precedent', 'exception', String.raw`\b(?:exceptions?|exceptional|make allowances|special (?:treatment|arrangements?|case)|bend (?:the )?rules?|one-off)\b`),
  C('precedent', 'fair', String.raw`\b(?:fair|unfair|fairness|equity|equitabl\w+|equally|consisten\w+|inconsisten\w+|treat(?:ed)? (?:everyone|everybody|all|them|him|her|the same|differently))\b`),
  C('precedent', 'everyone-else', String.raw`\b(?:everyone else|everybody else|anyone else|for (?:all|everyone|everybody|any (?:other )?(?:student|child|pupil))|all (?:the )?(?:kids|children|students|pupils|parents|families) would|others (?:will|would) (?:ask|want|expect)|other (?:parents|families|kids|children|students|pupils) (?:would|will|might) (?:ask|want|complain|expect)|(?:would|will) want (?:one|the same)|asking for the same|the same (?:for|rules|standards|consequences|approach|policy|thing for))\b`),
  C('precedent', 'for-one', String.raw`\b(?:(?:do|did|does|doing|made|make) (?:it|this|that) for (?:one|him|her|you|your)|for one (?:child|student|pupil|family|kid)|one child could|individual (?:exceptions|arrangements))\b`),
  C('precedent', 'not-allowed', String.raw`\b(?:not (?:allowed|permitted)|does not (?:permit|allow)|do not (?:permit|allow)|against (?:the )?(?:rules|policy|procedure)|not (?:normally|typically|usually) (?:allow|do|given|offer))\b`),

  // not_available: the provision or service does not exist here / no places.
  C('not_available', 'no-provision', String.raw`\b(?:no|not (?:a|an|any)|not have (?:a|an|any)|without (?:a|an|any)) ${ADJ}${PROVISION}\b`),
  C('not_available', 'not-offered', String.raw`\b(?:(?:not|no longer|never) (?:offer\w*|provide\w*|run\w*|commission\w*|contract\w*)|(?:is|are) not (?:available|offered|an option|on offer|on the menu)|not available|no longer available|not an option)\b`),
  C('not_available', 'not-exist', String.raw`\b(?:(?:does|do) not exist|no such (?:thing|program|provision|service|unit|placement|school)|not exist|nothing like (?:that|it)|there is nothing (?:else|like|in)|nothing here)\b`),
  C('not_available', 'full-closed', String.raw`\b(?:(?:is|are|was|were|all|now|being) (?:full|closed|shut)|full up|full for|closed (?:down|last|when|the)|they closed|discontinued|scrapped|axed|ended in|stopped (?:running|taking)|(?:group|class|program|service|scheme|club|unit) (?:was |has been |is )?(?:cancel\w*|closed|discontinued|stopped|ended)|waiting lists?|waitlists?|not taking|no (?:places|spaces|spots)|no longer|a pilot)\b`),
  C('not_available', 'area', String.raw`\b(?:in (?:this|our|the) (?:area|district|county|borough|state|region|authority)|anywhere|nearest|closest|within reach|within \w+ miles|miles|hours? away|neighbou?ring|go private|find it ourselves|on site|on-site|in-house|in house)\b`),
  C('not_available', 'only-for', String.raw`\b(?:only (?:for|takes|serves|accepts|offered|available|runs|at)|not eligible|not suitable|not accept\w*|(?:does|do|will) not (?:take|accept) (?:referrals|pupils|students|children|kids))\b`),

  // predetermination: decided before or outside the meeting, not open for discussion.
  C('predetermination', 'already-decided', String.raw`\b(?:already|had) (?:been )?(?:decided|made|agreed|determined|written|filled|signed|chosen|picked|approved|finali[sz]ed|printed|typed|confirmed|settled|set)\b`),
  C('predetermination', 'decision-made', String.raw`\b(?:decision|outcome|placement|plan|answer|services?) (?:was|had been|has been|is|were) (?:already )?(?:made|taken|decided|final|determined|agreed|finali[sz]ed|set)\b|\b(?:made|reached|taken) (?:our|its|their|a|the) decision\b`),
  C('predetermination', 'minds-made', String.raw`\b(?:made (?:up )?(?:their|our|her|his|its) minds?|minds? (?:were |was |are )?(?:already )?made up|made up (?:their|her|his) minds?)\b`),
  C('predetermination', 'beforehand', String.raw`\b(?:before (?:the|our) meeting|before we (?:got|arrived|walked|sat|had|were|even|came)|pre-?meeting|beforehand|in advance|prior to the meeting|before i (?:had|even|said|finished|opened|could))\b`),
  C('predetermination', 'final', String.raw`\b(?:final|finali[sz]ed|set in stone|done deal|fait accompli|formality|box-? ?ticking|take it or leave it|rubber-? ?stamp\w*|predetermin\w+|pre-?determin\w+|pre-?written|pre-?filled|script)\b`),
  C('predetermination', 'not-open', String.raw`\b(?:not (?:up for|open (?:to|for)) (?:discussion|negotiation|debate|change|changes)|not a negotiation|not here to (?:debate|discuss|negotiate)|no point discussing|(?:will not|won't|not going to|do not propose to|not) (?:revisit|reconsider|change|be changing)\w*)\b`),
  C('predetermination', 'offer', String.raw`\b(?:this is what (?:we are|we're) (?:offering|doing)|what (?:is|was) happening|the offer (?:on the table|stands)|our (?:final )?offer|the only (?:one|offer|option on the table))\b`),
  C('predetermination', 'sign', String.raw`\b(?:just (?:to )?(?:sign|signatures?)|told (?:us|me) to sign|wanted (?:me|us) to sign|your signature|signed off|parent agrees)\b`),
  C('predetermination', 'team-agreed', String.raw`\b(?:(?:team|panel|slt|district|school|we|staff|governors|administration|admin) (?:has|have|had) (?:already |all )?(?:agreed|decided|determined|chosen)|we are all agreed|what we have agreed|the team has agreed|at panel|without (?:us|me|asking|consulting)|not consulted|stitched (?:it )?up|sorted in advance|were just informed|nothing (?:we|i) (?:said|brought))\b`),

  // other: blame, vague deflection, conversation.
  C('other', 'just-come-in', String.raw`\b(?:just (?:needs?|has|have) to (?:come|go|get|be)|just bring (?:him|her|them) in|drop (?:him|her|them) (?:at|off)|push through|toughen up|tough love|be firmer|make (?:him|her|them)|force (?:him|her|them))\b`),
  C('other', 'blame', String.raw`\b(?:parenting|manipulat\w+|lazy|attention|overprotective|enabling|anxious (?:parent|mom|dad)|your fault|my fault|(?:home|medical|behavior|family) (?:issue|problem|thing)|not our problem|choosing not|resilience|grow out|typical teenager|normal for (?:her|his|their) age)\b`),
  C('other', 'enforcement', String.raw`\b(?:fines?|penalty|prosecut\w+|legal action|court|attendance (?:letters?|panel|officer said they)|social services|parenting contract|on report)\b`),
  C('other', 'vague', String.raw`\b(?:get back to (?:me|you)|look into it|pass (?:it|the message|your concerns|this) on|passed (?:it|your concerns|this) on|changed the subject|never replied|no reply|nothing (?:happens|was agreed)|here to help|will respond)\b`),
  C('other', 'chat', String.raw`^(?:hi|hello|hey|good (?:morning|afternoon|evening))\b|^(?:thanks?|thank you|thx|ok|okay|yes|no|test)[.!]*$|\b(?:thank you|thanks|can you help|help me|i do not know what to do|vent|question about)\b|\?\s*$`),
];

/** Each category's cues compiled into one alternation: one scan per kind instead of one per cue. */
const BY_KIND: readonly { category: Category; re: RegExp }[] = [...new Set(CUES.map((c) => c.category))].map(
  (category) => ({
    category,
    re: new RegExp(
      CUES.filter((c) => c.category === category)
        .map((c) => `(?:${c.re.source})`)
        .join('|'),
    ),
  }),
);

/** The kinds of "no" whose cues fire in normalised text. */
export function matchCueKinds(normalised: string): Category[] {
  const out: Category[] = [];
  for (const k of BY_KIND) if (k.re.test(normalised)) out.push(k.category);
  return out;
}

/** Which individual cues fire (for explaining a result; not used when classifying). */
export function matchCues(normalised: string): Cue[] {
  return CUES.filter((c) => c.re.test(normalised));
}
