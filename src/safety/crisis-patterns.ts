/**
 * The crisis screen's first patterns: explicit talk of suicide and self-harm, immediate danger
 * and abuse. Data, kept apart from the matching; crisis-rules.ts puts every table in order.
 */
import { any, FIRST, GAP, KID, OBJ3, QUOTED_I, REPORT, rules, rx, SELF3, SELF_ANY, THIRD } from './crisis-words.js';

/**
 * Talk of wanting to die that could be anyone's. The subject in front of it decides whose
 * crisis it is (see STAGES). "suicidal" only counts here after a verb: "I have a suicidal
 * daughter" is about the daughter.
 */
const SUICIDAL_TALK = any([
  '(?:want|wants|wanted|wanting) to die',
  '(?:wish|wishes|wished) (?:i|he|she|they) (?:could|would) die',
  // "Doesn't want to be here anymore" may mean school: it is a possible risk (crisis-possible.ts).
  '(?:dont|doesnt|didnt|no longer) (?:want|wants|wanted) to (?:be alive|live|exist|wake up again|go on living|carry on living)',
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
  '(?:kill|killing|killed|unalive|unaliving|hurt|hurting|harm|harming|cut|cutting|hang|end|starve) myself',
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
  '(?:pills|tablets|tabs|paracetamol|ibuprofen|aspirin|painkillers|pain killers|meds|medication|medicine|antidepressants|sleeping pills|sleeping tablets|codeine|co codamol|antihistamines|tylenol|acetaminophen|insulin|melatonin)';

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
  // A sentence that is only "we're not safe", "I'm not safe", "no, not safe": what the bot asks a
  // parent to say if they stop being safe (safety.check.glad). Not "…not safe at school / for him".
  rx('(?:^|\\. )(?:no )?(?:(?:were|im|hes|shes|theyre|we|i|he|she|they|my (?:son|daughter|child|kid|kids|children))(?: (?:am|are|is))? )?(?:not|isnt|arent|werent) safe(?: here| now| right now| at all| at the moment)?(?: \\.|$)'),
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

/** The child: talk of wanting to die, said about them in the third person or quoted. */
const CHILD_WISH: readonly RegExp[] = [
  // "she said 'I want to die'", "he keeps saying there's no point living"
  rx(`\\b${REPORT} (?:that )?${GAP}${QUOTED_I}(?:${SUICIDAL_TALK}|${SELF1}|self harm(?:ing|ed)?)\\b`),
  // "my son wants to die", "she wishes she wasn't here anymore", "he'd rather be dead"
  rx(`\\b${THIRD} ${GAP}${SUICIDAL_TALK}\\b`),
  rx('\\bwants to (?:die|be dead|end it all|disappear forever|disappear for good)\\b'),
  rx('\\bdoesnt want to (?:be alive|live|exist|wake up again|go on living)\\b'),
  rx(
    '\\bwishes (?:he|she|they) (?:was|were|wasnt|werent|had never been|was never|were never|hadnt been) (?:dead|here|alive|born|around)\\b',
  ),
  rx('\\b(?:end|ending|ended|take|taking|took|takes) (?:his|her|their) (?:own )?life\\b'),
  rx(`\\b(?:cant|not able to|unable to) keep ${SELF3} safe\\b`),
];

/** The child feels a burden: "he said everyone would be better off without him". */
const CHILD_BURDEN: readonly RegExp[] = [
  // "he said everyone would be better off without him"
  rx(
    `\\b${THIRD} ${GAP}(?:everyone|everybody|every one|the world|the family|people|his family|her family) (?:would |will |is |are )?(?:be )?better off without ${OBJ3}\\b`,
  ),
  rx(`\\b${REPORT} (?:that )?${GAP}(?:we|wed|you|youd|we all|you all) (?:would |will |are )?(?:be )?better off without ${OBJ3}\\b`),
];

/** The child harming themselves, or its physical signs. */
const CHILD_SELF_HARM: readonly RegExp[] = [
  // Doing something to themselves: "hurting herself", "tried to hang himself". Not when denied
  // right before it: "not hurting herself, just fidgeting".
  rx(
    `\\b(?<!\\b(?:not|never|isnt|wasnt|without) )${any([
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
];

/** Means and method: pills put by, what a child searched for. */
const CHILD_MEANS: readonly RegExp[] = [
  rx(`\\b${THIRD} ${GAP}(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded) (?:up )?(?:(?:his|her|their|my) )?(?:pills|tablets|meds|medication|painkillers)\\b`),
  // What a child searched for.
  rx(
    '\\b(?:how to|ways to|way to|best way to|easiest way to|quickest way to|painless ways? to) (?:kill (?:yourself|myself|himself|herself|themselves)|end (?:your|my) life|commit suicide|hang (?:yourself|myself)|overdose)\\b',
  ),
  rx('\\b(?:painless|easiest|quickest|best) ways? to die\\b'),
];

/** The parent, in the first person: "I want to die", "I can't keep myself safe". */
const PARENT_WISH: readonly RegExp[] = [
  rx(`\\b${FIRST} ${GAP}${SUICIDAL_TALK}\\b`),
  rx('\\bbetter off without me\\b'),
  rx(`\\b${SELF1}\\b`),
  rx('\\b(?:im|ive been|ive felt|i feel|i felt|i get|im feeling) (?:so |really |very |quite |a bit |properly )?suicidal\\b'),
];
const PARENT_SELF_HARM: readonly RegExp[] = [rx('\\b(?:im|ive been|ive started|i keep|i started|i) self harm(?:ing|ed)?\\b')];
const PARENT_MEANS: readonly RegExp[] = [
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

/** The tables above as rules, by whose crisis each is; crisis-rules.ts orders them. */
export const DANGER_RULES = rules('clear', 'danger', 'danger_now', DANGER);
export const ABUSE_RULES = rules('clear', 'abuse', 'abuse', ABUSE);
export const CHILD_RULES = [
  ...rules('clear', 'child_self_harm', 'wish_to_die', CHILD_WISH),
  ...rules('clear', 'child_self_harm', 'burden', CHILD_BURDEN),
  ...rules('clear', 'child_self_harm', 'self_harm', CHILD_SELF_HARM),
  ...rules('clear', 'child_self_harm', 'plan_means', CHILD_MEANS),
];
export const PARENT_RULES = [
  ...rules('clear', 'parent_crisis', 'wish_to_die', PARENT_WISH.slice(0, 1)),
  ...rules('clear', 'parent_crisis', 'burden', PARENT_WISH.slice(1, 2)),
  ...rules('clear', 'parent_crisis', 'wish_to_die', PARENT_WISH.slice(2)),
  ...rules('clear', 'parent_crisis', 'self_harm', PARENT_SELF_HARM),
  ...rules('clear', 'parent_crisis', 'plan_means', PARENT_MEANS),
];
export const CHILD_UNATTRIBUTED_RULES = [
  ...rules('clear', 'child_self_harm', 'self_harm', CHILD_SELF_HARM_UNATTRIBUTED.slice(0, 1)),
  ...rules('clear', 'child_self_harm', 'wish_to_die', CHILD_SELF_HARM_UNATTRIBUTED.slice(1)),
];
export const PARENT_UNATTRIBUTED_RULES = rules('clear', 'parent_crisis', 'wish_to_die', PARENT_CRISIS_UNATTRIBUTED);
