/**
 * The crisis screen's patterns: one table per kind, checked in STAGES order, and the ALLOW list
 * of everyday idioms that look like a crisis but are not. Data, kept apart from the matching.
 */

export type CrisisKind = 'child_self_harm' | 'abuse' | 'parent_crisis' | 'danger';

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

const rx = (source: string): RegExp => new RegExp(source, 'g');
const any = (parts: readonly string[]): string => `(?:${parts.join('|')})`;

const SELF3_WORDS = 'himself|herself|themselves|themself';
const SELF3 = `(?:${SELF3_WORDS})`;
/** Any reflexive a self-harm phrase may end in, the parent's own included. */
const SELF_ANY = `(?:${SELF3_WORDS}|myself)`;
const OBJ3 = '(?:him|her|them)';
const KID =
  '(?:son|daughter|child|kid|kids|children|boy|girl|lad|teen|teenager|stepson|stepdaughter|eldest|youngest|little one)';

/** Someone other than the parent (in practice, the child) as the parent writes about them. */
const THIRD = `(?:he|she|they|hes|shes|theyre|hed|shed|theyd|theyve|(?:my|our|the|his|her|their) ${KID})`;
/** The parent speaking about themselves. */
const FIRST = '(?:i|im|id|ive|ill)';

/**
 * Up to four words between a subject and what follows. The gap may not pass another person:
 * "my son is fine but i want to die" is about the parent, not the son.
 */
const GAP = '(?:(?!(?:i|im|id|ive|ill|me|my|myself|we|us|our|but|though|although)\\b)[a-z]+ ){0,4}';

/**
 * Reported speech: the child said it to someone. "I said" or "I texted" is the parent
 * speaking, so a first-person subject right before the verb does not count.
 */
const REPORT =
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
const QUOTED_I = '(?:(?:i|im|id|ive|ill) (?:[a-z]+ ){0,2})?';

/**
 * Talk of wanting to die that could be anyone's. The subject in front of it decides whose
 * crisis it is (see STAGES). "suicidal" only counts here after a verb: "I have a suicidal
 * daughter" is about the daughter.
 */
const SUICIDAL_TALK = any([
  '(?:want|wants|wanted|wanting) to die',
  '(?:wish|wishes|wished) (?:i|he|she|they) (?:could|would) die',
  '(?:dont|doesnt|didnt|no longer) (?:want|wants|wanted) to (?:be alive|live|exist|be here anymore|be here any longer|be around anymore|wake up again|go on living|carry on living)',
  '(?:end|ending) it all',
  '(?:end|ending|take|taking) my (?:own )?life',
  '(?:think|thinks|thinking|thought|thoughts) (?:about|of) (?:suicide|ending it|not being here|not being alive)',
  'no (?:reason|point) (?:to |in |of )?(?:live|living|being alive|being here|going on|carrying on|existing)',
  'nothing (?:left )?to live for',
  'no (?:reason|point) (?:in |of |for )?(?:me|him|her|them|my|his|their) (?:being alive|living|existing|to live)',
  'no (?:reason|point) (?:in |of |for )?me being here',
  '(?:cant|dont want to|doesnt want to) (?:go on|carry on|keep) living',
  'better off dead',
  'might as well (?:be dead|die)',
  '(?:rather|sooner) (?:be dead|die)',
  '(?:want|wants|wanted|wish|wishes|wished) (?:it all|everything|(?:my|his|her|their) life|life) to (?:end|be over|stop)',
  '(?:hate|hates|hated) (?:my|his|her|their) (?:own )?life and (?:want|wants|wanted|wish|wishes) (?:it|everything) to (?:end|be over|stop)',
  // "nobody would miss her": not "nobody would notice if he wasn't in school".
  '(?:nobody|no one|noone) (?:would|will|d|is going to) (?:even )?(?:miss|care about) (?:me|him|her|them)',
  '(?:nobody|no one|noone) (?:would|will|d) (?:even )?(?:notice|care) if (?:i|he|she|they) (?:died|disappeared|was gone|were gone|was dead|were dead)',
  '(?:sleep|asleep) and (?:never|not) wake up',
  'never wake up again',
  '(?:wish|wishes|wished|wishing) (?:i|he|she|they) (?:was|were) dead',
  '(?:wish|wishes|wished|wishing) (?:i|he|she|they) (?:wasnt|werent|had never been|hadnt been|was never|were never|never was) (?:here|alive|born|around)',
  '(?:want|wants|wanted|wish|wishes) to disappear (?:forever|for good)',
  '(?:feel|feels|feeling|felt) like ending it',
  '(?:feel|feels|feeling|felt|been|get|gets|getting) (?:so |really |very |quite |a bit |properly )?suicidal',
  'suicidal (?:thoughts|feelings)',
  '(?:commit|commits|committing|commited|committed|attempt|attempted|attempting) suicide',
  'suicide (?:attempt|note|plan)',
  '(?:tried|trying|try|tries) to overdose',
  'overdosed',
]);

/** Phrases that can only be the speaker's own: "kill myself", "better off without me". */
const SELF1 = any([
  '(?:kill|killing|unalive|unaliving|hurt|hurting|harm|harming|cut|cutting|hang|end|starve) myself',
  'better off without me',
  '(?:cant|dont think i can|not sure i can|unable to|not able to) keep myself safe',
  '(?:not|never|dont feel) safe (?:with|around|by) myself',
  'dont trust myself not to (?:hurt|harm|kill|do something)',
  'take my own life',
]);

/** Amounts that make pills an overdose: "took a load of pills", "took too many tablets". */
const PILL_AMOUNT = any([
  'a load of',
  'loads of',
  'a lot of',
  'lots of',
  'a bunch of',
  'a handful of',
  'handfuls of',
  'a fistful of',
  'a pile of',
  'a heap of',
  'too many',
  'an overdose of',
  'dozens of',
  'a dozen',
  'several',
  '[1-9][0-9]+',
  '(?:twenty|thirty|forty|fifty)',
  '(?:a |the )?(?:whole )?(?:packet|box|bottle|strip|pack|tub|packets|boxes|bottles|strips) of',
  // "all of her tablets" is deliberate; "took all his meds this morning" is a good day.
  'all (?:of )?(?:the|mums|dads|moms|nans)',
  'all of (?:his|her|their|my)',
]);
const PILLS =
  '(?:pills|tablets|tabs|paracetamol|ibuprofen|aspirin|painkillers|pain killers|meds|medication|medicine|antidepressants|sleeping pills|sleeping tablets|codeine|co codamol)';

/** Grown-ups who may hurt a child. Siblings are left out: sibling scraps are not abuse. */
const ADULT =
  '(?:(?:his|her|their|my|our|the|a|an|mums|moms|dads) )?' +
  any([
    'stepdad',
    'stepfather',
    'stepmum',
    'stepmom',
    'stepmother',
    'dad',
    'daddy',
    'father',
    'mum',
    'mummy',
    'mom',
    'mommy',
    'mother',
    'mam',
    'uncle',
    'aunt',
    'auntie',
    'aunty',
    'grandad',
    'granddad',
    'grandpa',
    'grandfather',
    'grandma',
    'nan',
    'nana',
    'nanna',
    'granny',
    'gran',
    'grandmother',
    'babysitter',
    'childminder',
    'nanny',
    'au pair',
    'coach',
    'teacher',
    'tutor',
    'teaching assistant',
    'headteacher',
    'head teacher',
    'principal',
    'neighbour',
    'neighbor',
    'boyfriend',
    'girlfriend',
    'partner',
    'husband',
    'wife',
    'ex',
    'ex husband',
    'ex wife',
    'ex partner',
    'lodger',
    'carer',
    'foster (?:dad|mum|mom|parent|carer)',
    'priest',
    'youth worker',
    'instructor',
    'leader',
    'man',
    'woman',
    'adult',
    'someone',
    'somebody',
  ]);
/** Small words between a grown-up and what they did: "has", "keeps", "used to", "sometimes". */
const ADV =
  '(?:(?:has|had|have|keeps|kept|always|often|sometimes|used to|been|is|was|also|even|still|regularly|apparently|then|just|once|repeatedly|physically|sexually|actually) ){0,3}';
const HURTS = any([
  'hits?',
  'hitting',
  'beats?',
  'beating',
  'beaten',
  'punch(?:es|ed|ing)?',
  'kick(?:s|ed|ing)?',
  'slap(?:s|ped|ping)?',
  'chok(?:es|ed|ing)',
  'strangl(?:es|ed|ing)',
  'burn(?:s|ed|t|ing)?',
  'whip(?:s|ped|ping)?',
  'belt(?:s|ed|ing)',
  'hurts?',
  'hurting',
  'abus(?:es|ed|ing)',
  'molest(?:s|ed|ing)?',
  'rap(?:es|ed|ing)',
  'assault(?:s|ed|ing)?',
  'batter(?:s|ed|ing)',
  'thump(?:s|ed|ing)',
  'touch(?:es|ed|ing)',
]);

// ---------------------------------------------------------------------------------------------
// Patterns, one table per kind
// ---------------------------------------------------------------------------------------------

/** Someone may be hurt right now: the answer leads with the emergency number. */
const DANGER: readonly RegExp[] = [
  // Pills already taken need a hospital even when the person seems fine.
  rx(`\\b(?:took|taken|swallowed|necked|downed|ate|eaten) ${PILL_AMOUNT} (?:[a-z]+ ){0,2}${PILLS}\\b`),
  rx('\\b(?:has|have|hes|shes|theyve|ive|just|has just) (?:taken|had|done) an overdose\\b'),
  rx('\\b(?:has|have|hes|shes|theyve|ive) just overdosed\\b'),
  rx('\\bswallowed (?:some |a )?(?:bleach|batteries|a battery|button batteries)\\b'),
  rx(`\\b(?:kill|hurt|harm|hang|cut) ${SELF_ANY} (?:right now|tonight|now)\\b`),
  rx('\\b(?:about to|going to|threatening to|threatened to|trying to|tried to|wants to|want to) jump (?:off|from|in front of)\\b'),
  rx('\\b(?:on|at) the edge of (?:a|the) (?:roof|bridge|cliff|building|balcony)\\b'),
  rx('\\b(?:noose|nooses|ligature|ligatures)\\b'),
  rx(`\\bfound ${OBJ3} (?:unconscious|unresponsive|not breathing|passed out|collapsed|hanging)\\b`),
  rx(`\\b${THIRD} (?:is |are )?(?:unconscious|unresponsive|not breathing)\\b`),
  // Weapons at home or at school.
  rx(
    `\\b(?:has|hes got|shes got|has got|got|is holding|holding|carrying|brought|pulled|pulled out|waving|wielding|grabbed|picked up|came at (?:me|us|${OBJ3}) with|threatened (?:me|us|${OBJ3}) with|threatening (?:me|us|${OBJ3}) with) (?:a |an |the |his |her |my |their )?(?:knife|knives|kitchen knife|gun|weapon|machete|blade)\\b`,
  ),
  // Threats against someone else (threats against oneself are self-harm, below).
  rx(
    `\\b(?:threatened|threatening|threatens|threaten) to (?:kill|hurt|stab|shoot|murder|strangle|beat up|attack|hit|harm) (?:me|us|${OBJ3}|the kids|(?:my|his|her) [a-z]+)\\b`,
  ),
  rx(
    `\\bsaid (?:hed|shed|theyd|hell|shell|theyll|he|she|they|he will|she will|they will|hes going to|shes going to|theyre going to|he was going to|she was going to) (?:kill|stab|shoot|murder|strangle|hurt) (?:me|us|${OBJ3}|the kids|my kids|my children)\\b`,
  ),
  rx('\\b(?:im|were|we are|hes|shes|theyre|is|are) in (?:immediate |real |serious |grave )?danger\\b'),
  rx('\\b(?:(?:not|isnt|arent|werent) safe|unsafe) (?:at home|right now|tonight|in the house|in our house)\\b'),
  // A missing child. The look-ahead keeps "she's missing school" and "he's missing his mates" out.
  rx(`\\b${THIRD} (?:has |have |is |are |s )?(?:gone|went|been reported) missing\\b`),
  rx(`\\b${THIRD} (?:is |has been |have been |been )?missing(?= \\.|$| and| since| for (?:hours|days|a day|two|three|over)| again| overnight| all night| tonight| right now| now)`),
  rx('\\b(?:ran|run|has run|hes run|shes run) away from home\\b'),
  rx(`\\b(?:cant|cannot) find ${OBJ3} anywhere\\b`),
  rx('\\b(?:hasnt|havent|didnt|never) (?:come|came) (?:back )?home (?:last night|all night)\\b'),
  // A parent afraid of hurting their child.
  rx(
    `\\b(?:scared|afraid|frightened|terrified|worried) (?:that )?(?:i|ill|i might|i could|im going to) (?:hurt|harm|hit|kill|shake|strangle) (?:${OBJ3}|my ${KID})\\b`,
  ),
  // Violence against the parent at home.
  rx(`\\b${ADULT} ${ADV}${HURTS} (?:me|us)\\b`),
  rx('\\bdomestic (?:abuse|violence)\\b'),
  rx(
    '\\b(?:im|were) (?:scared|afraid|frightened|terrified) of (?:my|our) (?:husband|partner|ex|boyfriend|wife|girlfriend|ex husband|ex wife|ex partner)\\b',
  ),
];

/** A child being hurt, threatened or exploited by someone. */
const ABUSE: readonly RegExp[] = [
  rx(`\\b${ADULT} ${ADV}${HURTS} (?:${OBJ3}|(?:my|our|the) ${KID})\\b`),
  // "the teacher grabbed him and hit him"
  rx(`\\b${ADULT} (?:[a-z]+ ){1,4}(?:and|then) ${ADV}${HURTS} ${OBJ3}\\b`),
  rx(
    `\\btouch(?:es|ed|ing)? (?:${OBJ3}|me) (?:inappropriately|down there|there|sexually|in (?:his|her|their|my) (?:private|privates|private parts|pants|knickers|underwear)|in a (?:bad|wrong|weird|funny|sexual) way)\\b`,
  ),
  rx('\\binappropriate(?:ly)? touch(?:ing|ed)?\\b'),
  rx('\\b(?:child|sexual|physical) abuse\\b'),
  rx('\\bsexual(?:ly)? (?:abused|assaulted|assault|touched)\\b'),
  rx('\\b(?:being|been|was|were|is|got|getting) (?:sexually |physically |emotionally )?abused\\b'),
  rx('\\b(?:raped|molested)\\b'),
  rx(`\\b(?:groomed|grooming) (?:${OBJ3}|my ${KID})\\b`),
  rx('\\b(?:being|been|was|is) groomed\\b'),
  rx(`\\b(?:asked|asking|asks|pressured|pressuring|made) ${OBJ3} (?:for|to send) (?:nudes|naked|nude)\\b`),
  rx(`\\bsent ${OBJ3} (?:nudes|naked|nude|explicit|porn)\\b`),
  rx(`\\b(?:sextortion|sextorted|blackmail(?:ed|ing)? ${OBJ3})\\b`),
  rx('\\b(?:scared|afraid|frightened|terrified|petrified) (?:to go|of going) (?:back )?home\\b'),
  rx(
    '\\b(?:scared|afraid|frightened|terrified|petrified) of (?:his|her|their) (?:stepdad|stepfather|stepmum|stepmom|stepmother|dad|father|mum|mom|mother|uncle|grandad|grandpa|grandfather|(?:mums|moms) (?:boyfriend|partner)|dads (?:girlfriend|partner))\\b',
  ),
  rx(
    `\\block(?:s|ed|ing)? ${OBJ3} (?:in (?:his|her|their|the|a) (?:room|bedroom|cupboard|shed|garage|cellar|basement)|out (?:of the house|all night|overnight|in the cold))\\b`,
  ),
  rx('\\bunexplained (?:bruises|bruising|injuries|marks|burns)\\b'),
];

/** The child: said about them in the third person, quoted, or physical signs of self-harm. */
const CHILD_SELF_HARM: readonly RegExp[] = [
  // "she said 'I want to die'", "he keeps saying there's no point living"
  rx(`\\b${REPORT} (?:that )?${GAP}${QUOTED_I}(?:${SUICIDAL_TALK}|${SELF1}|self harm(?:ing|ed)?)\\b`),
  // "my son wants to die", "she wishes she wasn't here anymore", "he'd rather be dead"
  rx(`\\b${THIRD} ${GAP}${SUICIDAL_TALK}\\b`),
  rx('\\bwants to (?:die|be dead|end it all|disappear forever|disappear for good)\\b'),
  rx('\\bdoesnt want to (?:be alive|live|exist|be here anymore|be around anymore|wake up again|go on living)\\b'),
  rx(
    '\\bwishes (?:he|she|they) (?:was|were|wasnt|werent|had never been|was never|were never|hadnt been) (?:dead|here|alive|born|around)\\b',
  ),
  rx('\\b(?:end|ending|ended|take|taking|took|takes) (?:his|her|their) (?:own )?life\\b'),
  rx(`\\b(?:cant|not able to|unable to) keep ${SELF3} safe\\b`),
  // "he said everyone would be better off without him"
  rx(
    `\\b${THIRD} ${GAP}(?:everyone|everybody|every one|the world|the family|people|his family|her family) (?:would |will |is |are )?(?:be )?better off without ${OBJ3}\\b`,
  ),
  rx(`\\b${REPORT} (?:that )?${GAP}(?:we|wed|you|youd|we all|you all) (?:would |will |are )?(?:be )?better off without ${OBJ3}\\b`),
  // Doing something to themselves: "hurting herself", "tried to hang himself".
  rx(
    `\\b${any([
      'kill(?:s|ed|ing)?',
      'unaliv(?:e|es|ed|ing)',
      'hurt(?:s|ing)?',
      'harm(?:s|ed|ing)?',
      'cut(?:s|ting)?',
      'burn(?:s|ed|t|ing)?',
      'hang(?:s|ed|ing)?',
      'strangl(?:e|es|ed|ing)',
      'chok(?:e|es|ed|ing)',
      'starv(?:e|es|ed|ing)',
      'stab(?:s|bed|bing)?',
      'scratch(?:es|ed|ing)?',
      'punch(?:es|ed|ing)?',
      'hit(?:s|ting)?',
      'bang(?:s|ed|ing)?',
      'bit(?:e|es|ing)?',
      'poison(?:s|ed|ing)?',
      'drown(?:s|ed|ing)?',
      'suffocat(?:e|es|ed|ing)',
    ])} ${SELF3}\\b`,
  ),
  rx('\\b(?:bang|bangs|banged|banging|hit|hits|hitting|punch|punches|punched|punching) (?:his|her|their) head (?:against|on|off) (?:the |a )?(?:wall|walls|floor|door)\\b'),
  // "she's been cutting (again)": on its own, "cutting" is self-harm talk. "Cutting class" is allowed below.
  rx(
    `\\b(?:${THIRD} (?:(?:is|was|has|have|had|keeps|kept|started|began|has been|had been|been|is still|still|has started|is back to) )?|caught ${OBJ3} |found out (?:he|she|they) (?:is |was |has been |had been |s been )?)cutting\\b`,
  ),
  rx(
    '\\bcut(?:s|ting)? (?:into |on )?(?:his|her|their) (?:own )?(?:arms?|wrists?|legs?|thighs?|stomach|tummy|belly|hips?|skin|chest|ankles?|forearms?)\\b',
  ),
  rx(
    '\\b(?:marks|cuts|cut marks|scars|scratches|burns|slashes|lines|wounds|scabs) (?:all )?(?:on|up|across|down|along) (?:his|her|their|both) (?:arms?|wrists?|thighs?|legs?|stomach|tummy|belly|hips?|forearms?)\\b',
  ),
  rx('\\b(?:found|finding|hiding|hidden|hides|hid|stashed|a stash of) (?:[a-z]+ ){0,3}(?:razor blades?|blades|razors)\\b'),
  rx('\\b(?:hide|hides|hiding|hid) (?:his|her|their) (?:arms|wrists)\\b'),
  rx(
    '\\b(?:scratch|scratches|scratched|scratching|pick|picks|picked|picking|dig|digs|digging) (?:at )?(?:his|her|their) (?:own )?(?:arms?|wrists?|legs?|thighs?|skin|stomach) (?:until|till|til) (?:they|it) (?:bleed|bleeds|bled)\\b',
  ),
  rx('\\bcarv(?:e|es|ed|ing) (?:[a-z]+ ){0,3}(?:into|on) (?:his|her|their) (?:own )?(?:arms?|wrists?|legs?|thighs?|skin|stomach)\\b'),
  rx(`\\b${THIRD} ${GAP}(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded) (?:up )?(?:(?:his|her|their|my) )?(?:pills|tablets|meds|medication|painkillers)\\b`),
  // What a child searched for.
  rx(
    '\\b(?:how to|ways to|way to|best way to|easiest way to|quickest way to|painless ways? to) (?:kill (?:yourself|myself|himself|herself|themselves)|end (?:your|my) life|commit suicide|hang (?:yourself|myself)|overdose)\\b',
  ),
  rx('\\b(?:painless|easiest|quickest|best) ways? to die\\b'),
];

/** The parent, in the first person: "I want to die", "I can't keep myself safe". */
const PARENT_CRISIS: readonly RegExp[] = [
  rx(`\\b${FIRST} ${GAP}${SUICIDAL_TALK}\\b`),
  rx(`\\b${SELF1}\\b`),
  rx('\\b(?:im|ive been|ive felt|i feel|i felt|i get|im feeling) (?:so |really |very |quite |a bit |properly )?suicidal\\b'),
  rx('\\b(?:im|ive been|ive started|i keep|i started|i) self harm(?:ing|ed)?\\b'),
  rx('\\b(?:im|ive been|i have been|ive|i) (?:saving|saved|stockpiling|stockpiled|hoarding|hoarded) (?:up )?(?:(?:his|her|their|my) )?(?:pills|tablets|meds|medication|painkillers)\\b'),
];

/**
 * Self-harm words with no subject to go by. They are taken to be about the child, because the
 * child is who parents here write about.
 */
const CHILD_SELF_HARM_UNATTRIBUTED: readonly RegExp[] = [
  rx('\\bself (?:harm|harming|harmed|harms|injury|injuring|injure|injured|injurious|mutilation|mutilating)\\b'),
  rx('\\bsuicid(?:e|es|al)\\b'),
  rx('\\bunaliv(?:e|es|ed|ing)\\b'),
  rx('\\boverdos(?:e|es|ed|ing)\\b'),
  // "kys": what bullies tell a child.
  rx('\\bkill (?:yourself|yourselves)\\b'),
];

/** Wanting to die with no subject at all ("no reason to live anymore"): the speaker's own. */
const PARENT_CRISIS_UNATTRIBUTED: readonly RegExp[] = [rx(`\\b${SUICIDAL_TALK}\\b`)];

/**
 * Checked in this order; the first stage with a match that is not an allowed idiom decides.
 * Danger comes first so the emergency number leads. Abuse comes before self-harm so a child
 * who is being hurt gets the child-protection lines. The child comes before the parent so that
 * a parent quoting their child ("she said 'I want to die'") reads as the child's crisis.
 */
export const STAGES: ReadonlyArray<readonly [CrisisKind, readonly RegExp[]]> = [
  ['danger', DANGER],
  ['abuse', ABUSE],
  ['child_self_harm', CHILD_SELF_HARM],
  ['parent_crisis', PARENT_CRISIS],
  ['child_self_harm', CHILD_SELF_HARM_UNATTRIBUTED],
  ['parent_crisis', PARENT_CRISIS_UNATTRIBUTED],
];

// ---------------------------------------------------------------------------------------------
// Idioms that look like a crisis but are not
// ---------------------------------------------------------------------------------------------

/**
 * A match is ignored when one of these overlaps it in the words around it. Each entry is narrow
 * on purpose: "cut herself a slice of cake" is allowed, "cut herself on purpose" is not.
 */
export const ALLOW: readonly RegExp[] = [
  // "I want to die of embarrassment", "wants to die his hair blue" (dye)
  rx('\\bdie (?:of|from) (?:embarrassment|shame|boredom|laughing|laughter|curiosity|happiness|excitement|cringe|envy|jealousy|old age)\\b'),
  rx('\\bdie (?:my|his|her|their|your|the) hair\\b'),
  // "I just wanted to die when the head said that": hindsight hyperbole, not a wish now.
  rx('\\b(?:i|i just|i literally|i honestly|i nearly|i almost) wanted to die (?:when|at|in|right there|on the spot)\\b'),
  // "I'd rather die than ring the school again": the parent's hyperbole (a child saying it still counts).
  rx('\\b(?:id|i would) rather die than (?:ask|call|ring|phone|email|go|speak|talk|deal|sit|see|beg|admit|wear|eat|do|have|let)\\b'),
  // Where someone wants to live: "doesn't want to live with his dad".
  rx('\\bwant(?:s)? to live (?:in|at|with|near|there|here|abroad|somewhere|nearby|close|next|on|by|like this|like that|that way|in fear)\\b'),
  // "no point going on with the appeal"
  rx('\\b(?:going|carrying) on (?:with|about|at|to)\\b'),
  // Accidents: "hurt himself playing football", "cut herself on the glass", "burnt herself cooking".
  rx(
    `\\b(?:hurt|hurts|cut|cuts|burn|burned|burnt|hit|banged|bumped|scratched|scratches) ${SELF_ANY} (?:on (?:a|the|some|broken) (?!purpose\\b)[a-z]+|playing|at (?:football|rugby|school|the park|pe|training|practice|the gym)|in (?:pe|games|football|rugby|a fall|the playground|the garden|the kitchen|a match|training)|during|falling|when (?:he|she|they|i) fell|by accident|shaving|cooking|skating|on his bike|on her bike)\\b`,
  ),
  rx('\\b(?:accidentally|by accident) (?:[a-z]+ )?(?:hurt|cut|burn|burned|burnt|hit)\\b'),
  rx(`\\bcut (?:his|her|their) [a-z]+ (?:on (?!purpose\\b)[a-z]+|playing|falling|shaving|by accident|at (?:football|rugby|school|the park|pe))\\b`),
  rx(`\\b(?:cut|poured|made|got|bought|treated|helped) ${SELF_ANY} (?:a|an|some|to)\\b`),
  rx(
    `\\b(?:kill|kills|killing|killed) (?:${SELF3_WORDS}|myself|yourself) (?:laughing|trying|to get|to make|to keep|working|over|with (?:work|revision|homework|training|studying|exercise))\\b`,
  ),
  rx('\\bcould (?:have )?kill(?:ed)? myself for\\b'),
  rx('\\bkill (?:yourself|urself) (?:laughing|trying|doing|on (?:that|the|a)|with|running|working|over)\\b'),
  // School talk: "cutting class", "cutting down on screens", "they cut his hours".
  rx(
    '\\bcutting (?:class|classes|lessons?|school|corners?|back|down|out|it fine|it close|things|ties|paper|hair|(?:his|her|their|my) (?:hair|hours|losses|nails|fingernails|toenails|food|meat|sandwich|toast|fringe)|the (?:grass|lawn|cake|hedge)|cake|up|off|in (?:line|front|the queue|half)|across (?:the|a)|teeth|a tooth|edge|remarks?|comments?|words|pictures|shapes|out shapes)\\b',
  ),
  // "shoot me an email"
  rx('\\bshoot (?:me|us|him|her|them) (?:an? |a quick |over |over an? |across |the |some )?(?:email|e mail|mail|message|text|note|line|link|invite|details|dm|pm|msg)\\b'),
  // "he'd kill me if I told the teacher" (said with "said" it could be a threat; this is the idiom)
  rx(
    '\\bkill (?:me|us) if (?:i|we) (?:told|tell|emailed|email|rang|ring|called|call|spoke to|speak to|mentioned it to|went to|went into|go to|go into) (?:the |his |her |my |their )?(?:teacher|teachers|school|head|headteacher|head teacher|senco|tutor|office|class|principal|counsellor|counselor|form tutor|year head|gp|doctor)\\b',
  ),
  // "in danger of failing", "in real danger of exclusion"
  rx('\\bin (?:[a-z]+ )?danger of\\b'),
  rx('\\bknife and fork\\b'),
  rx('\\bknife skills\\b'),
  // School sanctions described as blows: "the head hit us with a fine", "kicked him out of class".
  rx(
    '\\bhits? (?:me|us|him|her|them) with (?:a |an |the |another )?(?:fine|fines|penalty|penalty notice|letter|bill|charge|court|prosecution|exclusion|detention|sanctions?|consequences?|paperwork|questions|homework|list|lecture|feedback)\\b',
  ),
  rx('\\b(?:kick(?:s|ed|ing)?|threw|throws) (?:him|her|them) out of (?:class|the class|the lesson|lessons?|the room|the classroom|the team|school|the club|the group|the chat|assembly)\\b'),
  rx('\\b(?:hits?|hitting|beats?|beat|beating) her (?:targets?|goals?|record|time|score|personal best|pb|times|best)\\b'),
  rx('\\bbeat(?:s|en)? (?:him|her|them) (?:at [a-z]+|in (?:a |the )?(?:race|game|match|final|chess|quiz|test|exam|competition|argument)|to it)\\b'),
  rx('\\bslap(?:s|ped)? (?:him|her|them|me|us) on the back\\b'),
  rx('\\bhurt(?:s|ing)? (?:his|her|their|my|our) feelings\\b'),
  rx('\\b(?:bang|bangs|banged|banging|hit|hits|hitting) (?:his|her|their|my|our) heads? against a brick wall\\b'),
  rx('\\bburn(?:s|ed|t)? (?:his|her|their) (?:toast|dinner|food|tea|lunch|breakfast|cake)\\b'),
  rx('\\btouch(?:ed|es|ing)? (?:him|her|them|me|us) on (?:the |his |her |their |my )?(?:shoulder|arm|back|head|hand)\\b'),
  rx('\\btouch(?:ed|es|ing)? (?:him|her|them|me|us) (?:deeply|so much|a lot|greatly)\\b'),
  // A child nervous of a parent's reaction, not of the parent.
  rx(
    '\\b(?:scared|afraid|frightened|terrified|petrified) of (?:his|her|their) [a-z]+(?: [a-z]+)? (?:finding out|knowing|being (?:angry|cross|upset|disappointed|mad|told)|reaction|telling (?:him|her|them) off|shouting|getting (?:angry|cross|upset|mad))\\b',
  ),
  // Training and policy talk, films, PE drills.
  rx('\\bself harm (?:policy|training|awareness|assembly|lessons?|leaflets?|course|talks?|workshop|week|day|module)\\b'),
  rx('\\bsuicide (?:prevention|awareness) (?:training|policy|week|day|month|lessons?|assembly|talks?|course|workshop)\\b'),
  rx('\\bsuicide squad\\b'),
  rx('\\bsuicide (?:doors?|sprints?|runs?|drills?)\\b'),
  rx(
    '\\boverdos(?:e|es|ed|ing) on (?:sugar|chocolate|sweets|candy|caffeine|coffee|screen time|screens|gaming|netflix|tv|telly|youtube|tiktok|fortnite|minecraft|roblox|anime|homework|revision|energy drinks|fizzy drinks)\\b',
  ),
];

/** How far either side of a match an idiom may start or end and still be weighed. */
