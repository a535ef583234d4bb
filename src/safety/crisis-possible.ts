/**
 * Possible risk: words that often mean despair but can mean an ordinary hard day ("I can't do
 * this anymore", a child "not wanting to be here"). They get one short question, "Are you or
 * your child safe right now?", not the crisis reply. Checked after every clear-risk pattern.
 */
import { persons } from './crisis-words.js';

/** The school, the paperwork or the system as what a parent is fighting: not despair about life. */
const ABOUT_SCHOOL =
  '(?:the |this |that |his |her |their |our |my )?(?:school|schools|council|la|local authority|senco|head|headteacher|teachers?|paperwork|system|process|appeal|tribunal|meeting|meetings|ehcp|iep|plan|district|board|forms?|emails?|attendance|timetable)';

const DESPAIR = persons('possible', 'despair', 'parent_crisis', [
  // Not "I hated myself for shouting": the guilt every tired parent knows, asked about to repair it.
  String.raw`<SUBJ>(?:hate|hates|hated|hating) (?:<R>|<P> (?:own )?(?:life|self|body|existence))(?! for\b| (?:at|in) (?:that |this |the |her |his )?(?:school|class|college))`,
  String.raw`<SUBJ>(?:cant|cannot|can not) (?:do|cope with|handle|take|manage|bear|deal with|face|stand|live like) (?:this|it|any of this|any of it|this life|life|everything|it all|this all|much more|this anymore) ?(?:anymore|any more|any longer|much longer|for much longer)`,
  String.raw`(?:i|i just|i really|i honestly|i simply|i genuinely|i seriously) (?:cant|cannot) cope(?= \.|$| anymore| any more| any longer| with (?:anything|any of (?:this|it)|life|everything))`,
  String.raw`<SUBJ>(?<!\b(?:this|it|that|things|which|life like this|we) )(?:cant|cannot) (?:go on|carry on|keep going)(?= \.|$| anymore| any more| any longer| much longer| like this anymore| with life| with anything)`,
  String.raw`<SUBJ>(?:dont|do not|doesnt|does not) know how (?:much )?(?:longer|long) (?:<AS>|we) (?:can|could) (?:keep going|go on|carry on|do this|cope|hold on|keep this up|take this|take it|survive|last)(?! (?:with|at|in|for) ${ABOUT_SCHOOL})`,
  String.raw`<SUBJ>(?<!\b(?:attendance|grades?|marks|scores?|results|printer|budget|funding|numbers|figures|rates?|morale|battery|phone|laptop|car|patience|trust|relationship|reading age|sleep|energy levels?) (?:has |have |had |is |was |just |finally |really |now )?)(?:at|hit|hitting|reached|reaching) (?:absolute |rock )?(?:rock bottom|breaking point|<P> breaking point|<P> lowest|the lowest point|an all time low|<P> limit)(?! (?:with|over|because of) ${ABOUT_SCHOOL})`,
  String.raw`<SUBJ>(?:whats|what is|theres no|there is no|i see no|see no|sees no) (?:the )?point (?:anymore|any more|in anything|of anything|in any of it|to anything|in trying anymore|of trying anymore)`,
  String.raw`<SUBJ>(?<!\b(?:classroom|room|building|school|lesson|lessons|meeting|meetings|place|class|course|app|website|trip|day|session|form|plan|policy|office|hall|system|council|teacher|teachers|staff|printer) (?:is |was |are |were )?)(?:feel|feels|felt|feeling|is|am|im|hes|shes|so|just|completely|totally|utterly) (?:so |completely |totally |utterly |really |just |like )?(?:hopeless|worthless|empty inside|numb inside|broken inside|dead inside|like a failure at life|like nothing matters|like giving up on everything|like theres no way out|like im drowning|like hes drowning|like shes drowning|like a waste of space|a waste of space|like nobody cares|like no one cares)(?! (?:at|with|when it comes to|in)\b| about (?:maths|english|reading|spelling|sport|football|school|${ABOUT_SCHOOL}))`,
  String.raw`(?:wish|wishes|wished|wishing) <S> could (?:just )?(?:disappear|vanish|run away and never come back|run away forever|escape (?:it all|everything|forever|from everything|from it all)|go to sleep for a (?:very )?long time)(?! (?:from|into|under|for (?:a|an|the)|at|in|on|during|when|until|till|before|after)\b)`,
  String.raw`<SUBJ>(?:want|wants|wanted|wanting) to (?:just )?(?:disappear|vanish)(?! (?:from|into|under|for (?:a|an|the)|at|in|on|during|when|until|till|off|before|after)\b)`,
  String.raw`(?:nobody|no one|noone) (?:cares|would care|loves|wants|understands|likes|would notice|would miss|will miss|would even notice)(?: about)? <O>(?! (?:at|in) school)`,
  String.raw`<SUBJ>(?:tired|sick|exhausted|done) (?:of|with) (?:everything|it all|being me|being (?:like )?this|feeling like this|feeling this way|life)(?! (?:at|in|with) ${ABOUT_SCHOOL})`,
  String.raw`(?:<S>|<SB>|ive|i have|theyve|he has|she has|they have) (?:just |totally |completely |honestly )?(?:given up|give up|giving up|gives up)(?: on (?:life|everything|<R>|living|it all))?(?! on| trying| with| at| the| his| her| their| my| our| that| this| school| work| maths| (?!(?:hoping|living|caring|believing|feeling|eating|talking|speaking))[a-z]+ing\b| (?:football|rugby|cricket|tennis|netball|hockey|swimming|dance|ballet|gymnastics|piano|guitar|drums|violin|music|art|drama|scouts|guides|brownies|cubs|karate|judo|chess|choir|band|club|clubs|sport|sports|gaming|meat|dairy|sugar|caffeine|coffee|chocolate|sweets|screens|social media)\b)`,
  String.raw`<SUBJ>(?:in|having|had|has|have|get|gets|getting|been having|such) (?:a |such |some |really |very |so many |lots of )?(?:dark|black|scary|intrusive|horrible|awful) (?:thoughts|place|hole|headspace|head space|place mentally)`,
  String.raw`(?:nothing|life) (?:will|is going to|is ever going to) (?:ever )?(?:get better|change|be okay|be ok|be alright)(?! (?:(?:at|in|with) ${ABOUT_SCHOOL}|until|unless|till|if)\b)`,
  String.raw`<SUBJ>nothing matters (?:anymore|any more|to (?:me|him|her|them) anymore)`,
  String.raw`<SUBJ>(?:want|wants|wanted) (?:it|everything|this) (?:all )?to (?:go away|be over with)`,
  String.raw`<SUBJ>(?:want|wants|wanted|going to|gonna|thinking about|thought about|think about) (?:to )?(?:just )?end it(?! (?:with|all|now with|between))`,
]);

const NOT_HERE = persons('possible', 'wish_to_die', 'child_self_harm', [
  String.raw`<SUBJ>(?:dont|doesnt|didnt|do not|does not|no longer) (?:want|wants|wanted) to be (?:here|around)(?! (?:at|in|on|for|with|today|this|tomorrow|tonight|when|if|while|during|after|before|all day|every day|next)\b)`,
  String.raw`<SUBJ>(?:dont|doesnt|didnt|do not|does not|no longer) (?:want|wants|wanted) to (?:wake up|get up) (?:anymore|any more|ever again)`,
  String.raw`<SUBJ>(?:dont|doesnt|do not|does not|cant|cannot|doesnt really) see (?:a|any) (?:future|point in (?:anything|life|going on))(?! (?:for (?:him|her|them|me) )?(?:at|in|here|there|with) )`,
]);

const TRAPPED = persons('possible', 'trapped_pain', 'parent_crisis', [
  String.raw`<SUBJ>(?:feel|feels|felt|feeling|is|am|im|hes|shes|so|completely|totally|utterly) (?:so |completely |totally |utterly |really |just )?trapped(?! (?:between|by|with|(?:in|at|on) (?:[a-z]+ ){0,4}(?:system|process|meetings?|loop|cycle|contract|lift|elevator|traffic|car|house|queue|line|office|work|job|shift|call|calls|jam|station|airport|train|bus|coach|snow|rain|toilet|bathroom|room|classroom|class|lesson|lessons|hall|corridor|canteen|building|course|college course|set|sets|group|form|school)\b|indoors|at home with))`,
  String.raw`<SUBJ>(?:no|cant see (?:a|any)|cant find (?:a|any)|see no|sees no|there is no|theres no|without (?:a|any)|doesnt see (?:a|any)|dont see (?:a|any)) way out(?! (?:of )?(?:the |this |that |our |his )?(?:contract|meeting|appeal|process|tribunal|system|school|placement|arrangement|building|car park|situation with the school)| of (?:[a-z]+ ){0,2}(?:evening|day|trip|lessons?|class|classes|exams?|tests?|detention|assembly|sets?|group|club|choir|concert|play|performance|match|meetings?|homework|pe|swimming)\b)`,
  String.raw`<SUBJ>(?:pain|hurt|hurting) (?:is|feels|has become|gets|got|was) (?:so |too |just )?(?:unbearable|too much to bear|more than (?:i|he|she|they) can (?:bear|take))`,
  String.raw`<SUBJ>(?:in|with) (?:so much|too much|unbearable|constant|such) (?:emotional |mental )?pain(?! (?:with|from|in|after) (?:his|her|their|my|the) )`,
  String.raw`<SUBJ>(?:cant|cannot) (?:take|bear|stand|handle) (?:the|this|<AP>) (?:pain|hurt) (?:anymore|any more|any longer)`,
  String.raw`<SUBJ>the pain (?:will )?never (?:stop|stops|end|ends|go away|goes away)`,
]);

/** A farewell or a setting-in-order that may be nothing: a parent making a will, a deleted account. */
const MAYBE_GOODBYES = persons('possible', 'goodbyes', 'parent_crisis', [
  String.raw`(?:deleted|deleting|deletes|wiped|wiping) (?:all )?<P> (?:social media|accounts|instagram|snapchat|tiktok|profiles?)`,
  String.raw`(?:made|making|wrote|writing|updated|updating|sorted|sorting|written|drawn up) (?:a|my) will\b(?! (?:to|and (?:he|she|they) will))`,
  String.raw`(?:putting|put|getting|got|sorting|sorted) (?:all )?<P> (?:things|stuff|life) in order(?! (?:for|before|ready for))`,
  String.raw`<SUBJ>(?:sorry for being (?:such )?a (?:disappointment|failure|let down)|sorry (?:i|he|she) (?:was|is) (?:such )?a (?:disappointment|failure))`,
]);

/** Someone's message that may be a farewell. */
const MAYBE_FAREWELL = persons('possible', 'goodbyes', 'child_self_harm', [
  String.raw`(?:texted|messaged|said|wrote|says|left a note|note saying|message saying|text saying) (?:[a-z]+ ){0,3}(?:sorry for everything|thank you for everything|thanks for everything|i love you all|love you all)`,
]);

/** A child violent at home: the question fits ("are you safe right now?"), the crisis reply may not. */
const AT_HOME = persons(
  'possible',
  'danger_now',
  'danger',
  [
    String.raw`(?:im|i am|i feel|i get|were|we are) (?:so |really |genuinely |actually )?(?:scared|afraid|frightened|terrified) (?:of (?:my|our) (?:son|daughter|child|boy|girl)|for (?:my|our) (?:safety|lives|life))`,
  ],
  'danger',
);

export const POSSIBLE = [AT_HOME, DESPAIR, NOT_HERE, TRAPPED, MAYBE_FAREWELL, MAYBE_GOODBYES];
