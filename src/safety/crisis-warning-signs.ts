/**
 * Clear-risk warning signs beyond the explicit words (crisis-patterns.ts): the indirect language
 * crisis lines teach people to take seriously. Each table is one family of the published
 * warning-sign lists (docs/crisis-screen.md says which list each comes from). Templates use the
 * placeholders of `persons` (crisis-words.ts), so each phrase is written once and read as the
 * child's or the parent's from its subject.
 */
import { persons } from './crisis-words.js';

const BODY = '(?:arms?|wrists?|legs?|thighs?|stomach|tummy|belly|hips?|skin|chest|forearms?|ankles?|body)';
const PILLS = '(?:pills|tablets|paracetamol|painkillers|pain killers|sleeping pills|sleeping tablets|antidepressants|codeine)';
const MEANS = `(?:${PILLS}|rope|a rope|ropes|razor blades|razors|blades|a blade|a gun|guns|a ligature|ligatures|poison|charcoal|weedkiller)`;
/** Where someone may be going to jump from. */
const HEIGHT = '(?:bridge|cliff|roof|rooftop|building|balcony|multi storey|car park roof|tower block|top floor)';
/** A possession a child might give away; "old toys" and "spare clothes" are a clear-out, not a farewell. */
const THINGS =
  '(?:(?!old |outgrown |spare |unwanted |baby )[a-z]+ )?(?:stuff|things|belongings|possessions|treasures|games|xbox|playstation|ps4|ps5|switch|console|toys|teddies|teddy|clothes|books|collection|cards|lego|phone|jewellery|jewelry|savings|money|guitar|art stuff|figures|plushies)';
const FAMILY_OF = '(?:family|brother|brothers|sister|sisters|siblings|friends|mates|mum|mom|dad|parents|kids|children|husband|wife|partner|son|daughter)';

/** Talk of wanting to die, not to exist, or not to wake up: the passive wishes included. */
const WISH = persons('clear', 'wish_to_die', 'parent_crisis', [
  String.raw`(?:wish|wishes|wished|wishing) <S> (?:could|would) (?:just )?(?:not wake up|never wake up|go to sleep forever|sleep forever|stop existing|not exist|cease to exist|be dead|not be alive|disappear forever|disappear for good|vanish forever|die)`,
  String.raw`(?:hope|hopes|hoped|hoping|pray|prays|prayed|praying) <S> (?:just )?(?:dont|doesnt|wont|never) wake up`,
  String.raw`(?:wouldnt|would not|dont|doesnt|wont) (?:mind|care) if <S> (?:died|didnt wake up|never woke up|got hit by (?:a )?(?:car|bus|lorry|truck|train)|was dead|were dead|disappeared forever|wasnt alive)`,
  String.raw`<SUBJ>(?:want|wants|wanted|wanting) to (?:just )?(?:stop existing|not exist|cease to exist|be gone forever|vanish forever|go to sleep forever|sleep forever|fall asleep forever|not wake up|never wake up|be dead|fall asleep and not wake up)`,
  String.raw`<SUBJ>(?:life|lifes|living|it|its) (?:is |isnt |is not |feels |seems |just )?(?:not |no longer |never |isnt )?(?:really )?worth (?:living|being alive|staying alive|it anymore|it any more)`,
  String.raw`<SUBJ>(?:whats|what is|wheres|theres no|there is no|no|see no|sees no|cant see the|cant see any|dont see the|dont see any|doesnt see the|doesnt see any) (?:the )?point (?:in |of |to )?(?:living|being alive|life anymore|going on|carrying on|existing|being here|staying alive|me being here|(?:him|her|them) being here)`,
  String.raw`<SUBJ>(?:tired|sick|exhausted) (?:of|with) (?:living|being alive|existing|life itself)`,
  String.raw`<SUBJ>(?:done|finished) with (?:life|living|being alive)`,
  String.raw`<SUBJ>(?:dont|doesnt|do not|does not) (?:deserve|deserves) to (?:live|be alive|exist)`,
  String.raw`<SUBJ>(?:should|should just|shouldnt|should not) (?:just )?(?:be dead|not be alive|not exist|have never been born|never have been born|not have been born|have been born)`,
  String.raw`<SUBJ>(?:want|wants|wanted|wanting) to (?:be|go) (?:with|to see|and see|and be with) (?:[a-z]+ ){1,2}in heaven`,
  String.raw`<SUBJ>(?:want|wants|wanted|wanting) to go to heaven`,
  String.raw`<SUBJ>(?:be|go and be|join|see) (?:with )?(?:[a-z]+ ){1,3}in heaven`,
  String.raw`(?:thinking|thinks|thought|think|talks|talking|talked|talk|obsessed|writing|writes|wrote|drawing|draws|drew) (?:a lot )?(?:about|of|pictures of) (?:killing <R>|ending <P> life|<P> (?:own )?funeral)`,
  String.raw`<SUBJ>(?:thinking|thinks|thought|think|talks|talking|talked|talk|obsessed|writing|writes|wrote|drawing|draws|drew) (?:a lot )?(?:about|of|pictures of) (?:not being alive|how to die|ending it all|being dead)`,
  String.raw`(?:threatened|threatening|threatens|threaten) to (?:kill|hurt|harm|end) (?:<R>|<P> (?:own )?life)`,
  String.raw`<SB> (?:a )?danger to <R>`,
]);

/** Feeling a burden; others better off without them. */
const BURDEN = persons('clear', 'burden', 'parent_crisis', [
  String.raw`<SUBJ!>(?<!\b(?:school|schoolwork|homework|lessons|college|the commute|the school run|attendance|the timetable|the work) (?:is|was|feels|felt|has become|becomes) )(?:a|an|the|such a|just a|only a|nothing but a) (?:massive |huge |big |real |total |horrible |constant )?(?:burden|burdon)(?! (?:on|to|for) (?:the )?(?:staff|school|class|teachers?|resources|budget|system|department|taxpayer|council|service))`,
  String.raw`(?:everyone|everybody|people|the family|my family|his family|her family|their family|you all|you|youd|we|wed|they|theyd|mum|dad|the world|you guys|the kids|my kids) (?:would|will|d|wouldve|would all|will all|all)? ?(?:be )?(?:better off|happier|better|fine|easier) (?:off )?(?:without me|if i (?:was|were|wasnt|werent|(?:was|were) gone|(?:was|were) dead|died|disappeared|(?:was|were) never born|(?:was|were) not here|didnt exist))`,
  String.raw`(?:easier|better) for (?:everyone|everybody|you|you all|all of you|the family|my family|us|us all) (?:if|when) <S> (?:was |were |is |am )?(?:just )?(?:gone|dead|not here|not around|wasnt here|werent here|didnt exist|never born|disappeared|died)`,
  String.raw`(?:feel|feels|felt|feeling|being) (?:like )?(?:such |just |only |nothing but )?(?:a|an) (?:massive |huge |big |real |total |horrible |constant )?(?:burden|burdon)(?! (?:on|to|for) (?:the )?(?:staff|school|class|teachers?|resources|budget|system|department|taxpayer|council|service))`,
  String.raw`<SUBJ>(?:sorry|apologise|apologize|apologised|apologized|apologises) for (?:being (?:such )?a burden|being born|existing|being alive)`,
]);

/** Others better off without the child (said by the child, or so the parent fears). */
const BURDEN_CHILD = persons('clear', 'burden', 'child_self_harm', [
  String.raw`(?:everyone|everybody|people|the family|his family|her family|their family|you|youd|we|wed|mum|dad|the world) (?:would|will|d|wouldve|would all|will all|all)? ?(?:be )?(?:better off|happier|fine|easier) (?:off )?(?:without (?:him|her|them)|if (?:he|she|they) (?:was|were|wasnt|werent|(?:was|were) gone|(?:was|were) dead|died|disappeared|(?:was|were) never born|didnt exist))`,
]);

/** The pain: wanting it to stop for good. */
const PAIN = persons('clear', 'trapped_pain', 'parent_crisis', [
  String.raw`<SUBJ>(?:want|wants|wanted|wanting|need|needs|needed) (?:the|this|all the|all this|it|<AP>) (?:pain|hurt|hurting|suffering) to (?:stop|end|go away) (?:forever|for good|permanently)`,
  String.raw`<SUBJ>(?:only|one) way (?:to|the) (?:make|stop|end) (?:the|this|it) (?:pain|hurt|hurting|suffering)`,
]);

/** A plan, method, means or date, however much in passing. */
const PLAN = persons('clear', 'plan_means', 'child_self_harm', [
  String.raw`<SUBJ>(?:planned|planning|plans|plan|worked out|working out|decided|deciding|researched|researching|googled|googling|looked up|looking up|searched|searching|figured out|knows|know|chosen|chose|picked) (?:exactly )?(?:how|when|where|which way|what way|the way|the best way|ways?|which (?:bridge|pills|tablets|method)) (?:to|<AS> (?:would|will|could|is going to|was going to|were going to|are going to|can|might)|hed|shed|theyd|id|ill|hell|shell|theyll) (?:do it|die|end it|end it all|end <AP> life|kill <AR>|go through with it|jump|hang <AR>|overdose|take <AP> (?:own )?life|not be found)`,
  String.raw`<SUBJ>(?:a|the|<AP>|has a|got a) (?:suicide )?(?:plan|date|day) (?:to|for|of) (?:die|dying|end it|ending it|kill|killing|do it|doing it|go through with it|when <AS> (?:would|will|is going to) do it)`,
  String.raw`<SUBJ>(?:picked|chosen|chose|set|decided on|settled on|given (?:<AR>|me|us)) (?:a|the) (?:date|day|time|night) (?:to|for|when) (?:<AS> (?:would|will|is going to|was going to) )?(?:die|do it|end it|go through with it|kill <AR>)`,
  String.raw`<SUBJ>(?:bought|buying|buys|ordered|ordering|got hold of|getting hold of) (?:a |some |more )?(?:rope|a gun|gun|razor blades|blades|charcoal|poison|weedkiller|a ligature|helium)`,
  String.raw`<SUBJ>(?:stockpiling|stockpiled|hoarding|hoarded|collecting|collected|saving up|saved up|hiding|hidden|hid|hides|stashing|stashed|squirrelling|squirreling|squirrelled|squirreled|putting away|keeping|kept) (?:away |aside |by )?(?:all |some |loads of |lots of |a stash of |a supply of |more |extra |(?:his|her|their|my|mums|dads|our) )?(?:[a-z]+ )?${PILLS}`,
  String.raw`(?:found|finding|discovered|came across) (?:a |some |loads of |lots of |a stash of |a pile of |a supply of |a box of |packets of |boxes of )?${MEANS} (?:hidden|stashed|hid|under|in (?:his|her|their|my) (?:room|bedroom|drawer|bag|wardrobe|pillow|mattress|pencil case|school bag|coat|pocket))`,
  String.raw`(?:searched|searching|search history|searches|googled|googling|looked up|looking up|researched|researching|browser history|history (?:showed|shows|had)|reading (?:up )?(?:about|on)|watching videos (?:on|about)) (?:[a-z]+ ){0,4}(?:how to die|ways to die|how to (?:kill|hang|end|overdose|tie a noose|suffocate|drown)|suicide|painless|lethal dose|fatal dose|how (?:many|much) (?:[a-z]+ ){0,2}(?:it takes|to take|would kill|to kill|to die|is lethal|is fatal|is too many))`,
  String.raw`how (?:many|much) (?:[a-z]+ ){0,2}(?:would kill (?:you|a person|someone|me|him|her)|it takes to die|to die|is a lethal dose|is fatal|to overdose)`,
  String.raw`(?:lethal|fatal|deadly) (?:dose|amount|overdose|quantity)`,
  String.raw`<SUBJ>(?:jump|jumps|jumped|jumping|throw <AR>|threw <AR>|throwing <AR>|fling <AR>) (?:off|from) (?:a |the |that |our )?(?:[a-z]+ )?${HEIGHT}`,
  String.raw`<SUBJ>(?:jump|jumps|jumped|jumping|step|steps|stepped|stepping|walk|walks|walked|walking|run|ran|running|lie|lay|lying|throw <AR>|threw <AR>|throwing <AR>) (?:out )?(?:in front of|under) (?:a |the )?(?:train|trains|bus|lorry|truck|car|cars|traffic|tube)`,
  String.raw`<SUBJ>(?:walk|walks|walked|walking|drive|drives|drove|driving|crash|crashed|crashing) (?:the car )?into (?:traffic|the sea|the river|the canal|a wall on purpose|a tree on purpose|the path of)`,
  String.raw`(?:onto|on|along) (?:the )?(?:railway line|railway tracks|train tracks|tracks|motorway hard shoulder)`,
  String.raw`<SUBJ>(?:tried|tries|trying|attempted|attempts|attempting) to (?:hang|drown|suffocate|strangle|poison|gas|electrocute|overdose|end it|kill <AR>|end <AP> life)`,
  String.raw`(?:since|after|before|from) <P> (?:suicide |last |first |previous )?attempt(?! (?:at|to|on))`,
  String.raw`(?:previous|last|first|second|another|recent|earlier) suicide attempt`,
  String.raw`(?:knife|knives|blade|blades|scissors|razor|glass|lighter) (?:to|against|on|across) <P> (?:own )?(?:wrists?|throat|neck|arms?|skin)`,
  String.raw`(?:rope|belt|cord|scarf|tie|dressing gown cord|cable|charger cable|lead|ligature|shoelace|shoelaces) (?:tied |wrapped |looped )?(?:around|round) <P> (?:own )?neck`,
  String.raw`(?:edge|ledge|railing|railings|parapet) of (?:a |the )?(?:[a-z]+ )?${HEIGHT}`,
]);

/** Goodbyes, notes, possessions given away, affairs put in order. */
const GOODBYES = persons('clear', 'goodbyes', 'child_self_harm', [
  String.raw`(?:gave|giving|given|gives|give|handed|handing|hands) (?:away|out) (?:all |most |lots |loads |some |a lot )?(?:of )?<P> ${THINGS}(?! (?:to|for) (?:the )?(?:charity|charity shop|jumble|car boot|school fair|fete|goodwill|foodbank|food bank|younger))`,
  String.raw`(?:giving|gave|given|gives|handing|handed) <P> ${THINGS} (?:away|to (?:his|her|their|my) (?:friends|brother|sister|cousin|cousins|mates|siblings|best friend))(?! (?:to|for) (?:the )?(?:charity|charity shop|jumble|car boot|school fair|fete))`,
  String.raw`(?:telling|told|tells|said|texted|messaged) (?:me|us|people|everyone|<O>|(?:his|her|their|my) [a-z]+) (?:who|what) (?:can|should|could|gets|will|to|would) (?:have|get|keep|take) <P> (?:[a-z]+ )?(?:things|stuff|belongings|xbox|games|phone|dog|cat|pets|room|money|clothes|collection|console|switch)`,
  String.raw`<SUBJ>(?:said|saying|says|say|texted|text|texting|messaged|messaging|message|sent|sending|wrote|writing|posted|posting) (?:(?:his|her|their|my|all|all (?:his|her|their|my)) (?:friends|mates|family|friend|mate|brother|sister|dad|mum|mom|nan|grandma|grandad) )?(?:a |his |her |their |my )?(?:goodbye|goodbyes|farewell)(?: message| messages| letter| letters| note| notes| text| texts| video| post)? (?:to (?:everyone|everybody|all of us|us all|all (?:his|her|their|my) (?:friends|mates|family))|(?:like|as if|as though) (?:<AS>|it) (?:was|were|wasnt|werent|wont|would never|was never|were never|is never|isnt|was going|were going|is going|will never)|for good|forever|for the last time)`,
  String.raw`(?:goodbye|farewell) (?:message|messages|letter|letters|note|notes|video|post|text|texts)(?! (?:to|for) (?:the |his |her |their |my )?(?:[a-z0-9]+ ){0,3}(?:teacher|teachers|class|classmates|school|form|tutor|year|team|club|nursery|friends at school|headteacher|head))`,
  String.raw`(?:(?:found|find|wrote|writes|written|writing|left|leave|leaves|leaving|read|saw|discovered) (?:a |the |some |an )?(?:[a-z]+ )?(?:note|notes|letter|letters|message|messages))(?: (?!to the school|to (?:his|her|their|the|my) (?:teacher|head|senco|class|tutor))[a-z]+){0,5} (?:addressed to (?:each of us|all of us|us all|everyone|(?:his|her|their|my) ${FAMILY_OF})|to each of us|to all of us|to us all|for each of us|for everyone|saying (?:sorry|goodbye|bye|(?:he|she|they|i) (?:loved|loves|love|was sorry|is sorry|didnt want|doesnt want|cant|couldnt|was going|is going|wanted)|not to (?:blame|be sad|worry|cry|miss)|who (?:gets|should have|can have)|what to do with|it wasnt (?:our|your|anyones) fault|(?:we|you) (?:would|will) be better))`,
  String.raw`(?:letters|notes|messages|cards) (?:for|to) (?:each of us|all of us|each of (?:his|her|their|my) ${FAMILY_OF}|everyone (?:he|she|they|i) (?:loves|love|cares about|care about))`,
  String.raw`<SUBJ>(?:wont|will not|wouldnt|would not|not going to|isnt going to|arent going to|wont ever) (?:be )?(?:around|here|alive) (?:much longer|for much longer|for long|to see (?:christmas|next year|the summer|(?:his|her|their|my|your) birthday|you grow up|another)|anymore|any more|after (?:tonight|today|this weekend|the weekend))`,
  String.raw`(?:you|we|they|everyone|mum|dad|you all) (?:wont|will not|dont|wouldnt|will never) (?:have to|need to|ever have to) (?:worry|deal|put up) (?:about|with) <O> (?:much longer|for much longer|anymore|any more|for long|soon|ever again)`,
  String.raw`(?:after|when|once) <SB> (?:dead|no longer (?:here|alive|around))`,
  String.raw`(?:this is|its|that was|this will be|it will be) <P> (?:last|final) (?:message|text|goodbye|post|(?:time (?:you|youll|we|ill) (?:hear|see|speak|talk)))(?! (?:about|on|before|to the school|from the school|of the day|for today|tonight about))`,
  String.raw`<P> (?:financial )?affairs in order(?! (?:for|before|ready for)\b)`,
  String.raw`(?:he|she|they|hes|shes|theyve|my (?:son|daughter|child|boy|girl|kid|teen|teenager|[0-9]+ (?:yr|year) old)) (?:[a-z0-9]+ ){0,3}(?:wrote|written|writing|made|making|drawn up|drew up) (?:up )?(?:a|his|her|their) (?:will|last will|own will)`,
  String.raw`(?:asked|asking|asks|told|tells|telling|made) (?:me|us|<O>|(?:his|her|their|my) [a-z]+) (?:to )?(?:promise (?:to |that (?:i|we|you) will |that (?:ill|well|youll) )?)?(?:look after|take care of|feed|look out for|keep) <P> (?:dog|cat|pets?|hamster|rabbit|guinea pig|fish|snake|little (?:brother|sister)|brother|sister|things|stuff)(?: for (?:him|her|them|me))? (?:when|after|if|once)`,
]);

/** The parent's own farewells, said with no subject to go by. */
const GOODBYES_ME = persons('clear', 'goodbyes', 'parent_crisis', [
  String.raw`(?:after|when|once) (?:im|i am) gone(?! (?:to|out|back|home|into|for|off|on|away|up|down|over|round|in|from|at|by|through)\b)`,
]);

/** Self-harm of any kind, beyond the explicit words and body marks crisis-patterns.ts knows. */
const SELF_HARM = persons('clear', 'self_harm', 'child_self_harm', [
  String.raw`(?<!\b(?:fabric|material|label|labels|tag|tags|seams?|wool|jumper|tights|socks|uniform|shirt|blazer|trousers|clothes|sun|water|soap|cream|shampoo|chlorine|cold|heat|wind|nettles?|cat|dog|kitten|puppy) (?:[a-z]+ )?)(?:cuts|cutting|burns|burning|burnt|burned|scratches|scratching|carves|carving|slices|slicing|slashes|slashing) <P> (?:own )?${BODY}(?! (?:on|in|at|playing|by accident|shaving|cooking|when (?:he|she|they|i) fell)\b)`,
  String.raw`(?:bites|biting|bit|bite|hits|hitting|punches|punching|scratches|scratching|picks|picking|pulls|pulling) (?:at )?(?:<R>|<P> (?:own )?(?:[a-z]+ )?) ?(?:until|till|til|so hard) (?:it|they|he|she|<S>) (?:bleeds|bled|bleed|bruise|bruises|bruised|is bleeding|are bleeding)`,
  String.raw`(?:lighter|cigarette|cigarettes|matches|hot knife|hot spoon|compass|sharpener blade|pencil sharpener blade|scissors|broken glass|razor|blade|needle|pins?) (?:on|to|into|against|across) <P> (?:own )?${BODY}`,
  String.raw`<SUBJ>(?:urge|urges|wanting|tempted|thinking about|thought about|thinks about|think about|started|starts|start|back to|gone back to|went back to|relapsed|relapse|stopped|stop|stopping|history of|urges to) (?:to )?(?:cutting|self harming|self harm|hurting <AR>|harming <AR>|burning <AR>|cutting <AR>|cut <AR>)`,
  String.raw`cutting again`,
  String.raw`(?:deliberately|on purpose|intentionally) (?:hurts|hurt|hurting|cut|cuts|cutting|burn|burns|burnt|burning|hit|hits|hitting|scratch|scratches|scratched|scratching|bang|bangs|banged|banging|harm|harms|harming|bruise|bruises|bruising|starve|starves|starving) (?:<R>|<P>)`,
  String.raw`(?:hurt|hurts|cut|cuts|burnt|burned|burns|hit|hits|scratched|scratches|bruised|bruises|harmed|harms|banged|bangs|starved|starves) (?:<R>|<P> (?:own )?${BODY}) (?:on purpose|deliberately|intentionally)`,
  String.raw`fresh (?:cuts|cut marks|scars|burns|slashes|wounds|scratches)`,
  String.raw`(?:marks|cuts|cut marks|scars|scratches|burns|slashes|lines|wounds|scabs|bruises) (?:all )?(?:on|up|across|down|along|over) (?:<P>|both) (?:inner )?${BODY}(?! from (?:the|a|his|her|their) (?:fall|accident|cat|dog|operation|surgery|eczema))`,
  String.raw`(?:hurting|harming|punishing|hurts|harms|punishes) <P> (?:own )?body`,
]);

/** Someone in danger now: a child missing, an emergency under way, abuse or exploitation. */
const DANGER_NOW = persons(
  'clear',
  'danger_now',
  'danger',
  [
  String.raw`(?:hasnt|havent|didnt|has not|did not|never) (?:come|came|got|been|made it) (?:back )?home (?:from school )?(?:last night|all night|since|for hours|and (?:its|it is) (?:dark|late|midnight|gone)|and <P> phone|and (?:we|i) (?:cant|dont))`,
  String.raw`(?:hasnt|has not|havent|have not) (?:come|came|been) back (?:home )?(?:for hours|all night|last night|and (?:its|it is) (?:dark|late|midnight))`,
  String.raw`(?:dont|do not|cant|cannot) (?:know|find out|tell) where (?:(?:he|she|they|my (?:son|daughter|child|kid|boy|girl)) (?:is|are)|hes|shes|theyre)(?= \.|$| right now| now| and| since| tonight| at the moment)`,
  String.raw`(?:i|we|ive|weve|just|should i|should we|do i|shall i|had to|going to) (?:just )?(?:called|call|rang|ring|phoned|phone|dialled|dialed|dial) (?:the )?(?:police|911|999|an ambulance|ambulance|the crisis team)`,
  String.raw`(?:police|911|999|an ambulance|the ambulance|paramedics) (?:are|is|were) (?:on (?:their|its) way|coming|here now|out looking|looking for|searching)`,
  String.raw`(?:not|isnt|arent|doesnt feel|dont feel|never feels|never feel) safe (?:at home|with (?:his|her|their|my) (?:dad|mum|mom|stepdad|stepmum|stepmom|father|mother|uncle|partner|husband|boyfriend|ex))`,
  ],
  'danger',
);

/** A child being hurt or exploited by someone. */
const ABUSE_NOW = persons(
  'clear',
  'abuse',
  'abuse',
  [
  String.raw`(?:bruises|marks|burns|injuries|a black eye) (?:that )?(?:he|she|they) (?:cant|wont|couldnt|wouldnt|didnt|refuses to|refused to) (?:explain|tell (?:me|us) about|talk about)`,
  String.raw`(?:an? )?(?:older|grown|adult) (?:man|men|guy|guys|boy|boys|lad|lads|woman|person|people) (?:online |on (?:snapchat|instagram|tiktok|discord|roblox|whatsapp|fortnite|xbox) )?(?:has been |is |keeps |kept |was |have been |had been )?(?:messaging|talking to|contacting|texting|sending (?:him|her|them)|asking (?:him|her|them)|meeting|picking (?:him|her|them) up|giving (?:him|her|them) (?:money|gifts|presents|vapes|drugs|lifts))`,
  String.raw`(?:county lines|dealing drugs for|carrying drugs for|running drugs for|being exploited|criminally exploited|sexually exploited|trafficked|being trafficked)`,
  ],
  'abuse',
);

export const DANGER_NOW_SIGNS = DANGER_NOW;
export const ABUSE_SIGNS = ABUSE_NOW;
export const WARNING_SIGNS = [WISH, BURDEN, BURDEN_CHILD, PAIN, PLAN, GOODBYES, GOODBYES_ME, SELF_HARM];
