/**
 * The most indirect warning signs: death spoken of as a wish or a way out, means counted or
 * put by, a place named, farewells in a few words, and despair as parents and children put it
 * ("I have nothing left", "what's even the point"). Added after scoring the screen on the
 * development set; written as general phrasings, not as its sentences.
 */
import { persons } from './crisis-words.js';

/** Being dead or gone for good, as the end of a conditional or a wish. */
const GONE =
  '(?:dead|died|die|gone for good|gone forever|gone permanently|not alive|wasnt alive|werent alive|never born|went away forever|disappeared forever|stopped existing|not around anymore|not here anymore|wasnt here anymore|werent here anymore|wasnt around anymore|gone gone)';
const PILL_WORDS =
  '(?:pills|tablets|meds|medicine|medicines|medication|prescription|paracetamol|tylenol|acetaminophen|ibuprofen|insulin|antihistamines|sleeping tablets|sleeping pills|painkillers|antidepressants|melatonin)';
const PLACE = '(?:train tracks|railway tracks|railway line|railway bridge|tracks|bridge|cliffs?|cliff edge|multi storey|river|canal|motorway bridge|rafters)';

const WISH_CLEAR = persons('clear', 'wish_to_die', 'parent_crisis', [
  String.raw`if <S> (?:just |was |were |was just |were just |had )*${GONE}`,
  String.raw`if <S> (?:just )?(?:wasnt|werent) (?:here|around|alive)(?! (?:on|at|in|by|for|today|tomorrow|to|when|this|next|during|every|until|till|before|after|(?:here|around) (?:chasing|doing|fighting|pushing|nagging|driving|sorting|ringing|calling|emailing|checking|organising|advocating))\b)`,
  String.raw`<SUBJ>(?:by )?not being (?:around|here|alive) (?:anymore|any more|for good|permanently|forever)`,
  String.raw`(?:let|letting) <O> go (?:for good|forever|permanently)`,
  String.raw`<SUBJ>(?:want|wants|wanted|wanting) to be gone\b(?! (?:by|before|from|for the|out|at|in|for good (?:from|at|in|to))\b)`,
  String.raw`<SUBJ>(?:only|one) (?:way out|exit|escape|option|answer|solution|way to stop it) (?:is|would be|was|left is) (?:to )?(?:die|dying|death|stop being alive|ending it|end it|not being here|kill)`,
  String.raw`<SUBJ>no (?:escape|way out)(?: [a-z]+){0,4} (?:except|but|other than|apart from) (?:dying|death|to die|ending it)`,
  String.raw`<SUBJ>(?:cant|cannot|not able to|doesnt want to|dont want to) (?:carry on|go on|keep) being alive`,
  String.raw`<SUBJ>(?:cant|cannot) (?:picture|imagine) (?:being alive|<AR> alive|<AR> being alive)`,
  String.raw`<SUBJ>(?:cant|cannot|can not) (?:live|go on living|keep living) (?:like this|with (?:it|this|the pain))(?! (?:with|at|in) (?:the |this )?school)`,
  String.raw`<SUBJ>(?:hurts|painful|too hard|so hard) (?:so much )?to be alive`,
  String.raw`<SUBJ>(?:cant|cannot) stand being (?:alive|in <AP> own (?:life|skin|head|brain))`,
  String.raw`<SUBJ>(?:think|thinks|thinking|thought|talks|talking|talked) about dying`,
  String.raw`wish(?:es|ed)? (?:the|a) (?:car|plane|bus|train) (?:would|could|will) crash`,
  String.raw`<SUBJ>(?:sorry|apologised|apologized) (?:that )?<AS> (?:was|were) (?:ever )?born`,
  String.raw`<SUBJ>(?:a drain on|too much trouble for|a waste of space for|a weight on|a problem for) (?:everyone|everybody|us|you|the family|all of us|you all)`,
  String.raw`<SB> (?:just )?too much trouble(?! for (?:the |his |her |their |my |our )?(?:teacher|teachers|school|staff|class|ta|senco|head|bus|driver|club|coach)\b)`,
  String.raw`(?:thinking|thought|think|keep thinking|kept thinking) about (?:the|that|a) ${PLACE}`,
  String.raw`how high (?:it|the (?:bridge|building|roof|balcony|drop)|a (?:building|bridge|fall|drop)) (?:was|is|has to be|would need to be)`,
  String.raw`(?:fall|drop) (?:is|would be) (?:definitely )?(?:fatal|deadly|enough)`,
  String.raw`(?:where|how|when) (?:id|hed|shed|theyd|i would|he would|she would) do it`,
  String.raw`(?:top floor|roof|bridge|height|drop|tracks|river) (?:[a-z]+ ){0,9}would do it`,
  String.raw`when you die(?: [a-z]+){0,12} (?:like|want|wants|wanted) to find out`,
  String.raw`(?:make|making) (?:it|everything|the pain|this|the thoughts|it all) stop (?:permanently|forever|for good)`,
  String.raw`survive it(?: [a-z]+){0,3} (?:doesnt|dont|didnt) want to`,
  String.raw`(?:wish|wishes|wished|wishing) <S> (?:just )?(?:wouldnt|would not|didnt|did not|never|wont|couldnt) (?:ever )?wake up`,
  String.raw`(?:looking|looked|staring|stared|sat|sitting) (?:[a-z]+ ){0,3}at the (?:rafters|beams|loft hatch)`,
  String.raw`<SUBJ>(?:driving|drive|drove|crashing|crash|steering|steer) (?:the car )?into (?:something|a wall|a tree|a lorry|a truck|oncoming|the river)`,
  String.raw`not (?:braking|stopping|turning) (?:at|on|for) the (?:curve|bend|corner|junction|lights)`,
  String.raw`(?:go|going|went|walk|walked|head|heading|goes|run|ran) (?:off )?(?:to|onto|down to|up to) the ${PLACE}\b(?! (?:club|clubs|trampoline|cafe|restaurant|pub|shop|centre|center)\b| (?:to|and) (?:look|see|watch|paint|draw|take photos|feed)\b| for (?:a |the )?(?:walk|picnic|view|photos|birds|day)\b)`,
  String.raw`(?:im|hes|shes|theyre|i am|he is|she is) (?:at|on) the (?:bridge|tracks|railway|cliff|cliffs|cliff edge|river|roof of)`,
]);

const MEANS_CLEAR = persons('clear', 'plan_means', 'child_self_harm', [
  String.raw`(?:saving|saved|saving up|saved up|been saving|counting|counted|collecting|collected|hoarding|stockpiling|lined up|lining up) (?:up )?(?:them|it|<P> (?:own )?${PILL_WORDS}|all the ${PILL_WORDS}|every (?:tablet|pill)) ?(?:up )?(?:instead of taking|rather than taking|in case|for when)`,
  String.raw`<P> (?:own )?${PILL_WORDS} (?:saved up|stashed|hidden|put by|lined up|counted out)`,
  String.raw`(?:saving|saved|saved up|hoarding|collecting|hiding) (?:<P> |the |all the )?${PILL_WORDS}`,
  String.raw`every (?:tablet|pill|painkiller) in the house`,
  String.raw`(?:lined up|lining up) (?:[a-z]+ ){0,4}(?:tablets|pills|meds|painkillers)`,
  String.raw`(?:which|what) (?:of the )?(?:tablets|pills|medicines?|meds|medication) (?:would|wud|could|will|might) (?:work|do it|kill|be enough)`,
  String.raw`(?:the )?strongest (?:medicine|medicines|pills|tablets|meds|painkillers)`,
  String.raw`(?:medicines|pills|tablets|meds)(?: [a-z]+){0,5} (?:are|is) (?:the )?strongest`,
  String.raw`(?:methods and a date|list of things to do before(?= \.|$| it| i go| the end))`,
  String.raw`how (?:much|many) (?:of )?(?:his |her |my |the )?(?:[a-z]+ )?${PILL_WORDS} (?:[a-z]+ ){0,3}(?:would be too (?:much|many)|is too (?:much|many)|it would take|it takes|would it take|would do it|would kill|to take to)`,
  String.raw`lethal doses? of`,
  String.raw`(?<!\b(?:worry|fidget|sensory|skipping|jump|climbing|tow|tug of war|swing) )(?:cord|rope|belt|lead|ligature|noose|cable|scarf)s? (?:[a-z]+ ){0,2}(?:hidden|stashed|tied (?:to|round|around|from)|hung from|knotted)`,
  String.raw`(?:would|will|could|can) hold (?:his|her|my|their) weight`,
  String.raw`(?:ropes? and knots|how to tie a (?:noose|knot that))`,
  String.raw`(?:worked out|found|figured out|got|has|have|thought of) a (?:way|plan|method) to do it`,
  String.raw`(?:thinking|thought|think) about (?:how|when|where) (?:i|id|he|hed|she|shed|they|theyd) (?:would |could |might )?do it`,
  String.raw`(?:i|ive|he|she|they|dd|ds|<SB>) (?:have |has |got |ve got |s got |has got |have got )?a plan\b(?! (?:for|to|with|in place|from|at|b|of|that the school|sorted)| (?:they|the school|school|we|you) (?:wrote|write|made|agreed|put)\b| (?:he|she|they) wants? to (?:do|go|move|switch|try|change|study|start)\b)`,
  String.raw`(?:picked|chosen|chose|thought about|worked out|circled) (?:a|the|which) (?:date|day)\b(?! (?:for|to (?:go|start|visit|meet|return|come)|of the|with))`,
  String.raw`(?:has|had|got|carrying|keeps|kept) a (?:rope|noose|ligature|knife|blade) in (?:his|her|their|my) (?:bag|backpack|room|pocket|locker|drawer)`,
  String.raw`(?:going to|gonna|will|wants to|about to|plans to) take (?:them all|all of them|all (?:his|her|my|the|of (?:his|her|my|the)) (?:pills|tablets|meds))`,
  String.raw`(?:threatening|threatened|threatens|threaten) to (?:throw <R>|jump)`,
  String.raw`(?:out )?onto the (?:ledge|roof|window ledge|balcony railing|parapet)`,
  String.raw`(?:plan|planning|planned) (?:<P>|a) (?:own )?funeral|(?:at|for) <P> (?:own )?funeral|last wishes`,
]);

const HARM_CLEAR = persons('clear', 'self_harm', 'child_self_harm', [
  String.raw`(?:picks|picking|picked|pulls|pulling|pulled|scratches|scratching|scratched|bites|biting|bit|digs|digging) (?:at )?(?:<P>|the skin on <P>|<R>)(?: [a-z]+){0,7} (?:bleeds|bleed|bled|bleeding|open wounds|bald patches|raw)`,
  String.raw`(?:been|started|keeps|kept|still|back to|begun|apparently been) cutting(?! (?:class|classes|lessons|school|out|up|back|down|corners|things|paper|pictures|shapes|his|her|the|it|them|grass|hair|food|in))`,
  String.raw`(?:cuts|scars|wounds|burns|marks)(?: [a-z]+){0,3} (?:some|all|a few|most) (?:healed|healing|new|fresh|old)`,
  String.raw`(?:hidden|hiding|hides|hid) (?:under|beneath|behind) <P> (?:bracelets?|sleeves?|watch|watches|jumper|hoodie|plasters?|bands?)`,
  String.raw`(?:punched|punches|punching|hit|hits|hitting|kicked|kicks|headbutted|headbutts) (?:the |a )?(?:wall|walls|door|mirror|window) (?:on purpose|deliberately|to hurt|so hard (?:he|she|they) (?:broke|hurt|bled|split))`,
  String.raw`(?:pic|pics|picture|pictures|photo|photos|selfies?) of (?:<P> (?:wrists?|arms?|thighs?|legs?|cuts)|cuts|wounds|scars|blood|self harm)`,
  String.raw`(?:blood|bloody|bloodstained) (?:tissues|plasters|sheets|towels|sleeves)`,
]);

const GOODBYES_CLEAR = persons('clear', 'goodbyes', 'child_self_harm', [
  String.raw`(?:wont|will not|wouldnt|would not|dont) need (?:them|it|these|this|those|any of (?:it|them|this)|<P> [a-z]+) (?:anymore|any more|again|where (?:<SB>) going)`,
  String.raw`look after (?:[a-z]+ ){0,3}(?:for me forever|forever for me|for me when (?:<SB>) gone|for good for me)`,
  String.raw`(?:note|letter|message|text)(?: [a-z]+){0,6} (?:that says|which says|saying|says|that said|which said) (?:[a-z]+ ){0,4}(?:sorry|goodbye|bye)(?: [a-z]+){0,4} (?:love you|not your fault|isnt your fault|wasnt your fault)`,
  String.raw`(?:goodbye|bye|farewell) (?:everyone|everybody|all|world|forever|for good|for ever)\b`,
  String.raw`in case (?:<SB>|<S>) (?:not|isnt|wont be|am not) (?:here|around|alive)(?! (?:when|for|at|on|to|in the|during|while|if)\b)`,
  String.raw`who (?:would|will|should|could|can|gets to) (?:get|have|take|keep) (?:his|her|my|their) (?:things|stuff|xbox|games|belongings|room|pets?|dog|cat)`,
  String.raw`(?:like|as if) (?:its|it is|it was) (?:the|his|her|their) last (?:time|day|night)`,
  String.raw`(?:say|said|saying) (?:bye|goodbye) properly(?! to (?:his|her|their|the|my) (?:old )?(?:teacher|teachers|class|classmates|friends|primary|school|nursery|tutor|form|year)\b)`,
  String.raw`(?:video|videos|letter|letters|note|notes|message|messages|card|cards) (?:for|to) each of (?:us|them|his|her|my)`,
  String.raw`(?:wrote|written|writing) (?:letters|notes|a letter|a note) (?:to|for) (?:my|his|her|their|each of (?:my|his|her)) (?:kids|children|family|boys|girls|husband|wife|partner|son|daughter|sons|daughters|parents)\b(?! (?:teacher|school|head|senco|tutor|class|form|gp|doctor|therapist|camhs|about (?:school|the)))`,
  String.raw`(?:where|what) (?:all )?(?:the )?(?:important )?(?:documents|papers|passwords|insurance|bank details|policies) (?:are|is)(?: [a-z]+){0,6} (?:kids|children|like|need)`,
  String.raw`not to look for (?:him|her|me|them)`,
  String.raw`(?:gave|given|gives|giving|handed) (?:his|her|their) (?:[a-z0-9]+ ){1,6}to (?:his|her|their) (?:little |younger |big |older |baby )?(?:brother|sister|cousin|friend|best friend|mate|sibling)(?: [a-z]+){0,6} (?:forever|for good|wont need|wont be needing)`,
]);

const DANGER_CLEAR = persons(
  'clear',
  'danger_now',
  'danger',
  [
    String.raw`(?:ran|run|stormed|walked|went|bolted|took off|has run|has gone) (?:out|off)(?: [a-z0-9]+){0,10} (?:(?:an|one|two|three|four|[0-9]+) hours? ago|(?:[0-9]+|forty|thirty|twenty|fifteen|ten) minutes ago|not answering|isnt answering|no phone|left (?:his|her|their) phone|its dark|its freezing|hasnt come back|no shoes|without (?:his|her) (?:shoes|coat|phone))`,
    String.raw`locked (?:<R>) in (?:the |his |her |their |a )?(?:bathroom|room|bedroom|toilet|car|shed|garage) with (?:my |his |her |the |some )?(?:pills|tablets|meds|a knife|knives|razor|blade|rope|medicine)`,
    String.raw`(?:gets|got|getting|is getting|becomes|turns|turned) (?:really )?(?:violent|rough) (?:with|when)?`,
    String.raw`(?:scared|afraid|frightened|terrified) to (?:stay|be) (?:in the house|at home|here|in the same house)`,
    String.raw`(?:said|says|threatened|threatens|threatening) (?:hed|shed|he would|she would|he will|hell|shell|to) (?:beat|hit|hurt|kill|smack|belt|strangle) (?:him|her|them|me|us)`,
    String.raw`(?:grabbed|grabs|had) (?:him|her|them|me) by the (?:neck|throat|hair)`,
    String.raw`(?:shoved|pushed|slammed|threw) (?:him|her|them|me) (?:into|against|down) (?:the )?(?:wall|floor|stairs|door)`,
    String.raw`lock(?:s|ed|ing)? (?:him|her|them|my (?:son|daughter|child|kids|children|boy|girl)) in (?:his|her|their|the|a) (?:room|bedroom|cupboard|shed|garage|cellar|basement)(?! (?:to calm|for (?:a few )?minutes))`,
    String.raw`(?:hes|shes|theyve|has|have|he has|she has|just|i think (?:hes|shes)) (?:taken|swallowed|drunk) something`,
    String.raw`(?:swallowed|taken|took|downed|necked) (?:a handful|handfuls|loads|a load|a lot|lots|a bunch|a whole (?:packet|box|bottle|strip)|the whole (?:packet|box|bottle|strip)|too many) of (?:something|<P> ${PILL_WORDS}|${PILL_WORDS}|[a-z]+ ${PILL_WORDS})`,
    String.raw`(?:turned up|showed up|came round|came over|is outside|was outside) drunk|outside banging on the (?:door|windows?)`,
    String.raw`(?:assumed|thought) (?:hed|shed|he had|she had|theyd|they had) gone home`,
    String.raw`blood everywhere|(?:wont|will not|cant|isnt) stop(?:ping)? bleeding`,
    String.raw`(?:her|his|their) bed(?:s| is) empty`,
    String.raw`(?:missing since|missing for (?:hours|days|[0-9]+ hours|the last)|gone missing|reported (?:him|her|them) missing)`,
    String.raw`(?:wasnt|isnt|is not|was not|never|not) coming (?:back|home)\b(?! (?:to|until|till|for|after|before|on|this|next|in|from))`,
    String.raw`on the roof(?: [a-z]+){0,5} (?:wont|will not|refuses to|refusing to) come down`,
    String.raw`(?:hasnt|has not|havent) (?:come|got|gotten|been|made it) (?:home|back)\b(?! (?:yet|since|to (?:school|class|lessons|college)|in (?:school|class)|from (?:the )?(?:shops|work|school trip|her dads|his dads)))`,
  ],
  'danger',
);

const DESPAIR_MORE = persons('possible', 'despair', 'parent_crisis', [
  String.raw`<SUBJ>(?:dont|doesnt|do not|does not|not) (?:even )?care (?:what happens to|about) (?:me|him|her|them|<AR>|anything)(?! (?:at|in) school)`,
  String.raw`<SUBJ>(?:im|i am|i feel|feel|feeling|i just feel|shes|hes|so|just) (?:so |completely |totally |just )?done(?= (?:\. )?with (?:all of it|everything|it all|life|being (?:strong|alive|here))| about everything| being strong)`,
  String.raw`<SUBJ>(?:nothing|not anything|dont have anything|have nothing) left(?: (?:in|of) (?:me|him|her))?(?! (?:to (?:do|try|say|ask|sign|send)|on|in the|for (?:the|him|her)|at|over))`,
  String.raw`<SUBJ>(?:im|i am|i feel like im|feel like im|i feel|like im|feels like (?:shes|hes|she is|he is)|feel like a|feels like a) (?:just |slowly |completely )?(?:falling apart|coming apart|disappearing|sinking|going under|broken|a ghost|ghost|invisible)(?! in (?:paperwork|emails|forms|admin|work|meetings))`,
  String.raw`how much (?:more|longer) (?:i|he|she|we) can (?:take|cope|do this|handle|bear|go on|stand)`,
  String.raw`(?:and|to) never (?:come back|come out|get up again|wake up)\b`,
  String.raw`<SUBJ>(?:cant|cannot|dont|doesnt) see (?:a|any) way (?:through|forward|out)(?: (?:this|it))?(?! (?:with|at) )`,
  String.raw`(?:everything|it all|life|anything) (?:feels|seems|is) (?:so |just |all )?(?:pointless|meaningless|hopeless|dark|grey|black)`,
  String.raw`why (?:i|we) (?:even )?bother(?: with anything| anymore| any more| at all)`,
  String.raw`<SUBJ>(?:feel|feels|felt|feeling) (?:so |just )?(?:numb|empty)(?= \.|$| all the time| inside| and| most days| every day| all day)`,
  String.raw`(?:dont|doesnt) feel anything (?:anymore|any more|at all)`,
  String.raw`<SUBJ>(?:cant|cannot|can not) (?:keep going|carry on|go on|keep doing this) like this(?! (?:with|at|in) (?:the |this |that )?(?:school|council|la|system))`,
  String.raw`<SUBJ>(?:cant|cannot) (?:carry on|go on|keep going) like this (?:much longer|for much longer)`,
  String.raw`<SUBJ>(?:cant|cannot) anymore(?! with (?:the|this|that|these|their|his|her) )`,
  String.raw`<SUBJ>(?:want|wants) to (?:sleep|go to sleep) and (?:not|never)`,
  String.raw`<SUBJ>(?:dont|doesnt|cant|cannot) see the point (?:in|of) (?:trying|anything|it all|going on|any of it)(?= \.|$| anymore| any more| at all| not just|,)`,
  String.raw`dont know (?:what|who) (?:im|i am) (?:for|anymore)`,
  String.raw`<SUBJ>whats (?:even )?the point\b(?! (?:of|in) (?!(?:anything|it|it all|any|any of|life|living|me|him|her|them|us|even|doing|going on|trying|carrying on|being|waking up|getting up)\b)[a-z]+)`,
  String.raw`(?:hes|shes|im|i am) (?:so |just )?(?:useless|worthless|a failure|a failure at everything|good for nothing)(?! at (?:maths|english|reading|spelling|sport|football|pe|science|history|[a-z]+ing))`,
  String.raw`sick of being (?:me|him|her|myself|himself|herself)`,
  String.raw`wish(?:es)? (?:i|he|she|they) (?:could be|was|were) someone else`,
  String.raw`(?:nobody|no one|noone) would (?:even )?(?:notice|care) if`,
  String.raw`(?:never|not ever|isnt ever) going to get better|(?:ever|never) getting better(?! (?:at|in|with) (?:the |this )?school)`,
  String.raw`<SUBJ>(?:hate|hates|hated) everything about <AP> life`,
  String.raw`nothing matters(?! (?:more|as much|to the school|except|but|apart from|other than|besides)\b)`,
  String.raw`nothing (?:i|he|she) do(?:es)? (?:will )?(?:changes?|matters|helps|change anything)`,
  String.raw`<SUBJ>(?:want|wants) (?:it|this) to be over(?! (?:with|so|and then|by|before))`,
  String.raw`<SUBJ>(?:dont|doesnt|cant|cannot) see (?:myself|himself|herself|themselves|a future)(?: [a-z]+){0,3} in (?:five|ten|a few|[0-9]+) years`,
  String.raw`(?:doesnt|dont|didnt) see (?:one|any)(?= \.|$)`,
  String.raw`(?:nothing|never) (?:will )?(?:ever )?be (?:fun|happy|okay|ok|good|alright) again`,
  String.raw`waiting for (?:everything|it all|life|it) to (?:end|be over|stop)`,
  String.raw`(?:end of everything|cant do this(?= \.|$| not| anymore| any more| any longer))`,
  String.raw`<SUBJ>(?:just )?want to give up(?! on (?:the|this|that|his|her) ?(?:school|appeal|tribunal|complaint|plan|ehcp))`,
  String.raw`(?:im|hes|shes|is|are) not (?:answering|picking up)(?: (?:his|her|my|the) phone)?(?! (?:the|my) (?:emails|messages about))`,
  String.raw`(?:goes|going|went) straight to voicemail`,
  String.raw`(?:dont|cant|doesnt) see (?:any |the )?light at the end`,
  String.raw`dont know how (?:im|i am) still (?:standing|going|here|alive|functioning)`,
  // Drowning with no one to help: the bare word is everyday ("drowning in emails").
  String.raw`drowning and (?:nobody|no one|noone) (?:is )?(?:helping|throwing|cares|notices|listening)`,
  String.raw`<SUBJ>(?:cant|cannot) cope(?= \.|$| anymore| any more| any longer| with (?:anything|any of (?:this|it)|life|everything))`,
  String.raw`no point in (?:him|her|me|them) (?:trying|bothering|going on|being here)`,
  String.raw`what the point (?:of|in) (?:any of it|anything|it all)`,
  String.raw`cant escape (?:his|her|my|their) own (?:brain|head|mind|thoughts)`,
  String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) circled`,
]);

/**
 * Death or dying spoken of as something wanted, thought about or said, in words no pattern above
 * knows: worth one question. The idioms ("dying to know", "dead tired", "over my dead body") are
 * kept out by the words that follow.
 */
const DEATH_WORD =
  '(?:die(?! (?:of|for|laughing|on|down|off|out|hard|young|happy))|dying(?! (?:to|of|for|here|laughing|out))|dead(?! (?:tired|set|on|in the water|end|line|horse|good|easy|right|serious|keen|funny|slow|quiet|straight|beat|on (?:my|his|her) feet|body|heat|lucky|proud|sure|excited|bored|cute|chuffed))|death(?! (?:of me|of him|of her|of the|by|stare|trap|metal))|suicide|not (?:be )?alive|not exist|not wake up|end it)';
const DEATH_TALK = persons('possible', 'wish_to_die', 'child_self_harm', [
  String.raw`<SUBJ>(?:want|wants|wanted|wanting|wish|wishes|wished|wishing|thinks about|think about|thinking about|thought about|talks about|talking about|talked about|keeps saying|kept saying|obsessed with|asking about|asked about|writes about|wrote about|draws|drew|drawing) (?:[a-z]+ ){0,6}${DEATH_WORD}`,
]);

export const INDIRECT_CLEAR = [DANGER_CLEAR, WISH_CLEAR, MEANS_CLEAR, HARM_CLEAR, GOODBYES_CLEAR];
export const INDIRECT_LAST = [DEATH_TALK];
export const INDIRECT_POSSIBLE = [DESPAIR_MORE];
