/**
 * Everyday idioms and school talk that look like a crisis but are not. A match of any crisis
 * pattern that one of these overlaps (in the words around it) is ignored.
 */
import { rx, SELF3_WORDS, SELF_ANY } from './crisis-words.js';


/**
 * A match is ignored when one of these overlaps it in the words around it. Each entry is narrow
 * on purpose: "cut herself a slice of cake" is allowed, "cut herself on purpose" is not.
 */
export const ALLOW: readonly RegExp[] = [
  // "the LA can go jump off a cliff": telling someone else where to go.
  rx('\\bcan (?:go )?(?:and )?jump off a cliff\\b'),
  // A will written for a lesson, a story or a pet, as a joke: "a unit on wills in PSHE".
  rx('\\b(?:wills?|(?:his|her|their) will) (?:[a-z]+ ){0,3}(?:lesson|lessons|class|unit|project|story|homework|as a joke|for (?:the|our|his|her) (?:hamster|cat|dog|rabbit|guinea pig|fish))\\b'),
  rx('\\b(?:unit|lesson|lessons|topic|project) (?:[a-z]+ )?on wills\\b'),
  // "ready to throw myself under the bus at the meeting": taking the blame, not a plan.
  rx(`\\b(?:throw|throws|throwing|threw) ${SELF_ANY} under the bus\\b`),
  // "I want to die of embarrassment", "wants to die his hair blue" (dye)
  rx('\\bdie (?:of|from) (?:embarrassment|shame|boredom|laughing|laughter|curiosity|happiness|excitement|cringe|envy|jealousy|old age)\\b'),
  rx('\\bdie (?:my|his|her|their|your|the) hair\\b'),
  // "I just wanted to die when the head said that": hindsight hyperbole, not a wish now.
  rx('\\b(?:i|i just|i literally|i honestly|i nearly|i almost) wanted to die (?:when|at|in|right there|on the spot)\\b'),
  // "I'd rather die than ring the school again": the parent's hyperbole (a child saying it still counts).
  rx('\\b(?:id|i would) rather die than (?:ask|call|ring|phone|email|go|speak|talk|deal|sit|see|beg|admit|wear|eat|do|have|let)\\b'),
  // Hyperbole about a chore or clothes, whoever says it: "would rather die than wear the new blazer".
  // (Rather die than go back to school still counts.)
  rx(
    '\\b(?:would|d|will|id|hed|shed|theyd|youd) (?:[a-z]+ ){0,2}(?:rather|sooner) (?:die|be dead) than (?:wear|eat|be seen|put on|tidy|wash|shower|have a (?:shower|bath|haircut)|brush|sing|dance|admit|apologise|say sorry|unload|empty|load|read (?:out loud|aloud)|do (?:pe|maths|homework|(?:his|her|their) homework|the dishes|chores|the (?:register|reading|drama|play|performance|presentation|talk|speech|washing up|hoovering)|(?:a|the|his|her|their) (?:[a-z]+ )?(?:presentation|performance|speech|talk|play|show)))\\b',
  ),
  // School leavers' farewells: "year 6 leavers write goodbye messages in a memory book".
  rx(
    '\\b(?:leavers?|leaving (?:do|assembly|party|book|card|cards|shirt|shirts|service)|yearbook|year book|memory book|autograph book|end of year|last day of (?:school|term|year|primary)) (?:[a-z0-9]+ |\\. ){0,6}(?:goodbye|goodbyes|bye|farewell)\\b',
  ),
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
    '\\bcutting (?:class|classes|lessons?|school|corners?|back|down|out|it fine|it close|things|ties|paper|hair|(?:his|her|their|my) (?:own )?(?:hair|hours|losses|nails|fingernails|toenails|food|meat|sandwich|toast|fringe)|the (?:grass|lawn|cake|hedge)|cake|up|off|in (?:line|front|the queue|half)|across (?:the|a)|teeth|a tooth|edge|remarks?|comments?|words|pictures|shapes|out shapes)\\b',
  ),
  // "he wanted to end it with his friend group": a friendship or a relationship ending.
  rx('\\bend (?:it|things) (?:with|between)\\b'),
  // A knock, not a habit: "banged his head on the door frame rushing out".
  rx('\\b(?:banged|bumped|knocked|cracked|hit) (?:his|her|their|my) head on (?:the |a )?(?:door ?frame|frame|cupboard|cupboard door|table|shelf|bunk|car door|car roof|low beam)\\b(?! (?:frame )?(?:over|again|repeatedly|deliberately|on purpose|until|till|every|each)\\b)'),
  // "killing myself with all the running around": wearing oneself out.
  rx('\\bkilling (?:myself|himself|herself|themselves) (?:with (?:all )?(?:the |this |that )?(?:running|rushing|driving|work|worry|stress|chasing|juggling|emails?|meetings?|appointments?)|running around|rushing around|(?:running|rushing|driving|racing|dashing) (?:between|back and forth|around|about))\\b'),
  // "shoot me an email"
  rx('\\bshoot (?:me|us|him|her|them) (?:an? |a quick |over |over an? |across |the |some )?(?:email|e mail|mail|message|text|note|line|link|invite|details|dm|pm|msg)\\b'),
  // "he'd kill me if I told the teacher" (said with "said" it could be a threat; this is the idiom)
  rx(
    '\\bkill (?:me|us) if (?:i|we) (?:told|tell|emailed|email|rang|ring|called|call|spoke to|speak to|mentioned it to|went to|went into|go to|go into) (?:the |his |her |my |their )?(?:teacher|teachers|school|head|headteacher|head teacher|senco|tutor|office|class|principal|counsellor|counselor|form tutor|year head|gp|doctor)\\b',
  ),
  // "in danger of failing", "in real danger of exclusion"
  rx('\\bin (?:[a-z]+ )?danger of\\b'),
  rx('\\bknife and fork\\b'),
  // A tool in its ordinary use: "a blade for his craft kit", "a hobby knife".
  rx('\\b(?:craft|hobby|stanley|utility|palette|pen|pocket|butter|bread|fish|cheese|dinner|plastic|safety) (?:knife|knives|blade|blades)\\b'),
  rx(
    '\\b(?:knife|knives|blade|blades|scissors) (?:for|from) (?:his|her|their|the|a|my|our) (?:[a-z]+ )?(?:craft|crafts|art|arts|dt|design|woodwork|cooking|food tech|baking|kitchen|hobby|modelling|model|kit|set|toolbox|tool kit|class|lesson|club|project)\\b',
  ),
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
  // The topic, not a person: "suicide prevention charities", "the overdose awareness assembly",
  // "her PSHE presentation on suicide", "self-harm statistics". Not "research about suicide methods".
  rx('\\b(?:suicide|suicides|overdose|overdoses|self harm) (?:prevention|awareness|statistics|stats|rates?|figures|charity|charities|helplines?|hotlines?|campaigns?|fundraisers?|fundraising|research)\\b'),
  rx(
    '\\b(?:presentations?|projects?|essays?|assignments?|homework|topics?|units?|lessons?|modules?|talks?|research|articles?|documentary|podcasts?|leaflets?|posters?|assembly|assemblies|campaigns?|charity|charities|fundraisers?|fundraising|statistics|stats|debate|coursework|speech|speeches|news|headlines|report|reports) (?:[a-z]+ ){0,3}(?:on|about|for|around|into|raising money for|to raise awareness of) (?:[a-z]+ ){0,2}(?:suicide|suicides|overdoses?|self harm)\\b(?! (?:methods?|notes?|plans?|attempts?|ways?|pills|tips)\\b)',
  ),
  rx('\\bsuicide squad\\b'),
  // Books, films and set texts: "a character who dies by suicide", "the overdose scene".
  rx('\\b(?:character|characters|book|books|film|films|movie|novel|play|story|episode|documentary|show|poem|set text) (?:[a-z]+ ){0,4}(?:suicide|overdose|overdoses|self harm|self harms)\\b'),
  rx('\\b(?:suicide|overdose|self harm) (?:scene|scenes|storyline|plot|theme|themes|content|in (?:the|a) (?:book|film|play|novel))\\b'),
  rx('\\b(?:social|career|political|academic|commercial) suicide\\b'),
  rx('\\bsuicide (?:mission|run|pact with the timetable)\\b'),
  // An accident told as one: "fell off his bike and cut his leg".
  rx(
    '\\b(?:fell|fall|falls|falling|tripped|trips|slipped|slips|crashed|came off) (?:[a-z]+ ){0,5}(?:and|then) (?:cut|cuts|hurt|hurts|burnt|burned|scraped|grazed|bruised|banged|bumped) (?:his|her|their|my|himself|herself|themselves|myself)\\b',
  ),
  rx('\\bsuicide (?:doors?|sprints?|runs?|drills?)\\b'),
  rx(
    '\\boverdos(?:e|es|ed|ing) (?:on|of) (?:sugar|chocolate|sweets|candy|caffeine|coffee|screen time|screens|tv|television|telly|video games|games|phone|social media|attention|drama|glitter|pink|homework|positivity|praise|gaming|netflix|tv|telly|youtube|tiktok|fortnite|minecraft|roblox|anime|homework|revision|energy drinks|fizzy drinks)\\b',
  ),
  // Fifth round (2026-12-06 evening): ordinary school talk the rules answered with the crisis
  // reply itself, on the training writers' near-misses (docs/crisis-screen.md).
  // "the SENCo wants to die on this hill about uniform": insisting, not dying.
  rx('\\bdie on (?:this|that|the|every|each) (?:[a-z]+ )?hill\\b'),
  // Sleep and alarms: "prays she won't wake up before the alarm", "never wakes up before 11".
  // (Not "until it's all over": only a time of day or the alarm.)
  rx(
    '\\b(?:not|never|wont|doesnt|dont|didnt) wake up (?:(?:before|until|till|til) (?:the alarm|(?:his|her|their|my) alarm|noon|midday|lunch|lunchtime|the afternoon|[0-9]+|nine|ten|eleven|twelve|school|the bus)|in time|on time|early|for school|when the alarm)\\b',
  ),
  // Drop-off: "he's fine once I'm gone".
  rx('\\b(?:fine|ok|okay|alright|all right|settles|settled|calm|calms down|happy|stops crying) (?:[a-z]+ ){0,2}once (?:im|i am|ive) gone\\b'),
  // Cuts the school makes, and cutting someone out: "they're cutting his TA hours", "the
  // sessions", "she's started cutting me out of the emails".
  rx(
    `\\bcut(?:s|ting)? (?:back (?:on )?|down (?:on )?)?(?:the|his|her|their|my|our|all|some|any|more) (?:(?!(?:${SELF_ANY}|arms?|wrists?|legs?|thighs?|skin|stomach|tummy|belly|hips?|chest|body|face|in|at|on|during|after|before|over|through|every|each|since|again)\\b)[a-z]+ ){0,2}(?:hours|sessions|programmes?|programs?|budgets?|funding|support|provision|places|services?|staff|staffing|transport|clubs?|sandwich|sandwiches|toast|pizza|timetable)\\b`,
  ),
  rx('\\bcutting holes\\b'),
  // (Not "cut himself out of the photo" nor "cut herself off from everyone": burden, withdrawal.)
  rx('\\bcut(?:s|ting)? (?:me|us|him|her|them) (?:out|off)\\b'),
  // Outgrown things passed on: "giving away his Lego because he's too old for it now".
  rx('\\b(?:away|out) (?:[a-z]+ ){0,12}(?:too old for|grown up now|grew out of|grown out of|outgrown|(?:dont|doesnt|no longer) fit|too small)\\b'),
  // Goodbyes to a school, a class or friends when a family moves or a child changes school.
  rx(
    '\\b(?:goodbye|bye|farewell) (?:forever|for good|for ever) (?:to )?(?:the |her |his |their |my |our |that |this )?(?:old |stupid |last )?(?:school|building|secondary|primary|nursery|class|uniform|teachers?|place|homework|form)\\b',
  ),
  rx(
    '\\b(?:goodbye|goodbyes|bye) (?:to )?(?:everyone|everybody|all (?:her|his|their) (?:friends|mates|classmates|teachers)|(?:her|his|their) (?:friends|mates|class|classmates|teachers?)) (?:in (?:the |her |his |their )?class|at (?:the |her |his |their )?(?:old )?(?:school|primary|nursery)|this (?:summer|term)|on the last day|before (?:the|we|she|he|they) (?:move|moves|leave|leaves)|(?:because|as|since|cos|bc) (?:we|she|he|they|were|shes|hes|theyre) (?:are |is )?(?:moving|leaving))\\b',
  ),
  rx(
    '\\b(?:goodbye|farewell) (?:message|messages|letter|letters|note|notes|video|post|text|texts) (?:[a-z]+ |\\. ){0,8}(?:(?:moving|moves) (?:house|away|abroad|schools?|placement|to (?:a new|another|the new) [a-z]+|to (?!(?:a|an|the|heaven|somewhere|another|be)\\b)[a-z]+)|(?:sorry to leave|leaving) (?:her|his|their|the) (?:old )?(?:school|class|primary|secondary|placement))\\b',
  ),
  rx('\\b(?:bye|goodbye) (?:everyone|everybody|all) (?:[a-z]+ ){0,6}(?:taking a break|a break from|going offline|logging off|signing off)\\b'),
  // Itchy skin, not self-harm: "scratching her eczema", "scratches her arms from the eczema".
  rx('\\bscratch(?:es|ed|ing)? (?:at )?(?:his|her|their|my) (?:eczema|rash|bites|spots|mosquito bites|chickenpox|hives)\\b'),
  rx(
    '\\bscratch(?:es|ed|ing)? (?:at )?(?:his|her|their|my) [a-z]+ (?:[a-z]+ ){0,3}(?:from|because of|cos of|due to|with) (?:the |her |his |their |a |an )?(?:[a-z]+ ){0,2}(?:eczema|itch|rash|bites|allergy|wool|jumper|chickenpox|hives)\\b',
  ),
  // "pulled his wobbly tooth out and bled"
  rx('\\b(?:pulled|pulls|pulling|wiggled|wiggling) (?:out )?(?:his|her|their|a) (?:wobbly |loose |baby )tooth\\b'),
  // Paperwork that has not come back, not a child: "the final EHCP still hasn't come back".
  rx('\\b(?:ehcp|report|results|paperwork|draft|plan|decision|reply|response|form|forms|assessment|referral|letter|appeal|application) (?:still )?(?:hasnt|has not|havent|have not) (?:come|got|been) back\\b'),
  // The warning on a packet: "the overdose warning on the Calpol box".
  rx('\\boverdos(?:e|es) (?:warning|warnings|advice|information|info|guidance|limits?|instructions)\\b'),
  rx('\\boverdoses? and first aid\\b'),
];
