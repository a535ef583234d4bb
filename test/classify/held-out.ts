/**
 * Held-out statements for the classifier: written separately from content/classifier and never
 * used for training. Different people (grandparents, foster carers, dads texting, a social worker),
 * registers (LA letters, district policy language, voice-note transcripts) and wording.
 * Tests measure generalisation on these; do not copy them into the training examples.
 */
import type { Category } from '../../src/core/types.js';

export interface HeldOut {
  text: string;
  label: Category;
}

const data: string[] = [
  "The ed psych visit isn't until spring so until then the school says they're 'gathering information' and won't change anything.",
  "Mr Patel told us the behaviour tracker has only got three weeks on it and he'd want a full half term before taking it to the SENCO.",
  'grandad here. school said they cant judge if its anxiety or just a phase without more info from home and from the doctor',
  "Per the district's MTSS process, Tier 2 interventions must be documented for a minimum of 8 weeks before a referral for special education evaluation can be considered.",
  "They reckon her attendance figures alone don't tell them why, so they want a diary of mornings kept for a month before they'll look at anything.",
  'We are not in a position to determine eligibility until the functional behavior assessment has been completed and reviewed.',
  "she said her grades look fine on paper so there's no evidence school is the problem",
  "The coordinator keeps saying 'let's see how the next few weeks go' and 'we'll review after Easter'",
  'Before we consider an EHC needs assessment we would expect to see at least two cycles of assess, plan, do, review.',
  'they want to trial stuff and collect baseline numbers first. he has missed 40 days. what more numbers do they need',
  "Our counsellor hasn't had enough sessions with him yet to form a view, so nothing can go in the plan for now.",
  "Apparently there's nothing in his file documenting a need so the request for a 504 was put on hold pending observations.",
  "The LA's reply: insufficient evidence has been provided that the child may have special educational needs. They suggest the school gathers further information.",
  'Teacher says in class he seems settled and participates, so she has nothing to report that would justify extra support',
  "we have to wait for the screening results to come back and then they'll decide",
  'the team would like to observe him in different settings across the next term prior to making recommendations',
  'no point meeting yet they said, theres not enough on paper',
  "She wants a rating scale from me, one from his teacher, and a log of every missed morning. Then maybe.",
  "Mrs O'Neill said they need to rule things out first and see what the reports say.",
  "The psychologist's report is too old, they said — it's from last year — so they need a fresh one before anything changes.",
];

const resources: string[] = [
  "There simply isn't the money this year. Every spare penny has gone on covering sickness.",
  'we would love to but one adult cant be in two places at once and we are down two assistants',
  "The principal told me the special ed teacher already carries 28 kids and can't take on another.",
  'Unfortunately, our allocation for additional adult support has been exhausted for this academic year.',
  'no-one free to meet him at the gate in the mornings, everyone is teaching',
  "Recruitment has been really difficult and we have vacancies we can't fill, so we're not able to commit to the hours.",
  "They said the district only funds so many paraprofessionals and they're all assigned.",
  "'It's a capacity issue' — that's literally all the deputy said.",
  "The council has cut the high-needs budget so they can't pay for the extra sessions we asked for.",
  'We are a very small school with a tight budget and cannot afford specialist input at this time.',
  "counselor is only in the building one day a week and she's booked solid",
  "Honestly the pastoral team is on its knees, there's nobody with the time to do daily check-ins.",
  "We can't release a member of staff to run a phased return — we'd have to take them off another class.",
  'mum of 3 here. school says the 1-1 would cost too much and theres no budget left',
  "The cost of transport to the other site isn't something our budget can stretch to.",
  "Our learning support department is understaffed and oversubscribed, I'm afraid.",
  "they'd need to hire someone and there's a hiring freeze",
  "We don't have the manpower to supervise a quiet room at lunchtimes.",
  "Sadly the tutoring hours have to be shared across the whole year group and there just aren't enough to go round.",
  "The SENCo works part-time and is also covering Year 6, so she just doesn't have capacity for weekly meetings.",
];

const precedent: string[] = [
  "If I let Ella start at 10 every day I'd have a queue of parents at my door asking for the same.",
  "Our attendance policy is the same for every pupil and we can't make individual exceptions.",
  "that's not how we do things at this school, she told me",
  'The trust has a blanket rule: no part-time timetables beyond six weeks, no matter what.',
  'It would be unfair to the other students if one child was allowed to skip assemblies.',
  "Nobody in the history of this school has done their lessons from the library, and he's not going to be the first.",
  "We've never had a kid attend remotely while enrolled here, that's just not something we've done.",
  "Board policy doesn't permit students to leave the classroom without a pass, accommodation or not.",
  'we cant be seen to be making special arrangements for one family',
  'The head thinks it would open the floodgates',
  "Traditionally our students with anxiety have been supported through the standard pastoral route, and we'd want to stick with that.",
  "Exceptions to the uniform rule aren't made, even for sensory reasons — the rules are the rules.",
  'That would go against school procedure',
  'The vice principal said doing this for my son would make it hard to say no to anyone else.',
  'As a matter of practice, the district does not write shortened school days into IEPs.',
  "The teachers here all follow the same homework policy and I can't ask one to make an exception.",
  "Our standard approach for every child who struggles to come in is the same attendance plan; we don't tailor it.",
  'she said if they did it for him, every anxious kid in year 9 would want a pass',
  "It's never been done in this county, apparently, and they aren't keen to start.",
  'Consistency matters here — all pupils are treated the same.',
];

const notAvailable: string[] = [
  "There's no specialist provision for autistic girls anywhere in our area.",
  "The district doesn't run a hospital/homebound program for mental health, only for physical illness.",
  "They told me online classes aren't an option at this school, it's in-person only.",
  "the closest therapeutic school is 2 hours away and they said our authority doesn't use it",
  "Sorry, we don't have a sensory room or any breakout space on site.",
  "The resource base is full for this year and there isn't a waiting list.",
  'Alternative provision in this borough is only for permanently excluded pupils.',
  'The school counselling service has been discontinued.',
  'we dont have a learning support unit here, never had',
  "Home tuition isn't something this local authority provides for anxiety-based absence.",
  'Our district has no EBD classroom at the middle school level.',
  'The mentoring scheme you mentioned was a pilot and it ended in July.',
  "They don't do part-time places at the college for under 16s, it's simply not an option offered.",
  "There's no virtual school option available for him in this state.",
  "CAMHS in our area won't take referrals for school refusal, and the school doesn't have its own therapist.",
  "Small group English isn't on the menu at our high school, they only have regular sets.",
  "The nurture class closed down last year so that's gone.",
  'No places left at the PRU till September.',
  "a specialist placement? she laughed and said there isn't one within 50 miles",
  'We are not able to offer a blended learning package as the school does not have that facility.',
];

const predetermination: string[] = [
  'The IEP was already printed and on the table when we sat down. They just wanted signatures.',
  'The panel met without us and has agreed the outcome; the meeting on Thursday is to explain it.',
  'it felt like a done deal before I even opened my mouth',
  "The head said 'we've talked about this as a staff and we're all agreed' before I'd finished explaining.",
  "The placement has been determined by the district. The purpose of Tuesday's meeting is to review transition logistics.",
  "They'd filled in the 'agreed actions' box before the meeting started.",
  "Whatever I said, the answer was going to be the same — they'd already made their minds up.",
  'The local authority has made its decision and will not be revisiting it.',
  'i asked if we could talk about other options and the case manager said no, the team has already chosen',
  "It was clear they'd had a pre-meeting and settled everything.",
  "The offer stands as written. We aren't in a position to change it.",
  "Dad here — they told us the outcome was 'signed off by the senior team last week'.",
  'The draft plan came with a note saying it was final and not open for changes.',
  'We have reached our decision and this is the support we will put in place.',
  'special ed director had already approved the plan before the meeting, so nothing we said mattered',
  "They wouldn't even look at the private OT report. 'We've decided on the provision,' she said.",
  'They presented it as take it or leave it.',
  'the reviewing officer said the decision was made at panel and the meeting was just a formality',
  "Every suggestion I made was met with 'that's not what we've agreed'.",
  'It had all been sorted in advance between the school and the LA, we were just informed.',
];

const other: string[] = [
  "Hi, I'm new here. My son is 12 and hasn't been in school for 3 weeks.",
  'The form tutor said he needs to toughen up and stop making a fuss.',
  'They keep sending me attendance letters threatening a fine.',
  'She said it might be better for everyone if we looked at other schools.',
  "the office lady just said she'd pass the message on",
  "Honestly I think it's my fault, I let him stay home too many times.",
  'He says the other kids call him names at break.',
  "The principal said it's a home issue, not a school one.",
  "They asked whether we'd considered that he might be doing it for attention.",
  'No reply to my last three emails.',
  'thank you this is really helpful',
  "What does 'reasonable adjustments' actually mean?",
  "The deputy said 'the best thing for anxiety is exposure, just drop him at the door and walk away'.",
  'We had a lovely chat but nothing was agreed.',
  'They suggested I take parenting classes.',
  'School photographer is coming on Friday, should I make her go?',
  'Her teacher was off sick so the meeting got cancelled.',
  'Can I complain to the governors?',
  "He told them he's fine and doesn't want help, so they said there's nothing to do.",
  "they said she's just being a typical teenager",
];


/**
 * Second batch, written after the cue lexicon and before any tuning, and only scored in bulk:
 * other regions' terms (Scotland, Ireland, Australia), voice-to-text, non-native English.
 */
const blindData: string[] = [
  'the guidance teacher said they would need to gather a wee bit more information before the ASN base would look at him',
  "NEPS won't see her until the school has done a full round of the continuum of support and written it all up",
  'so they said just log everything at home for the next few weeks and bring it to the next review meeting',
  "My son English is not good but I understand they say: first they must test him, after they decide",
  "The learning support coordinator said the NDIS reports don't count, they'd need their own assessment done at school",
  'they said until theres a diagnosis their hands are tied and they have to keep observing',
  "Ms Byrne wants to see if the wellbeing check-ins make a difference over the term before we talk about anything bigger",
  "From the Department letter: a determination cannot be made until further supporting documentation is supplied.",
  "voice note: um yeah so they basically said he's not struggling enough in the data for them to do anything yet",
  'she needs a clearer record of which lessons he misses and why, she said, otherwise she cannot take it further',
  "they're going to send a questionnaire to all her teachers and then see",
  'The Named Person said we should give the new plan a few months to bed in and they will review how it goes',
];

const blindResources: string[] = [
  "The principal said the SNA hours are shared between six children already and there's none left over",
  "we're told the board of management has no money for extra resource hours this year",
  "There's only one wellbeing officer and she covers two campuses, so there's no way she can do a daily check in",
  'voice note: yeah so they said they would if they could but they have not got the staffing',
  "My daughter school say the helper teacher is too busy with other children, not possible for her",
  'The school has been told to make savings and support roles are being cut',
  "The support teacher is off long-term sick and they can't get a replacement, so the sessions have stopped",
  "They said a taxi every morning would cost thousands and the school can't absorb that",
  'Learning support has a massive waiting list of kids because they only have two people',
  'no cover available to let the year head meet with us weekly',
  "Unfortunately we do not have sufficient funding allocated for an additional support worker.",
  "They said the teachers are at their limit and they can't add anything more to anyone's workload",
];

const blindPrecedent: string[] = [
  "The principal said the school's code of behaviour has to be applied the same way for all students",
  "It's not something the school has ever facilitated and she doesn't want to start now",
  'voice note: she said if they let him come in late then they would have to let everyone come in late',
  'They say they have rules and the rules are for everybody, no different for my son',
  "We can't allow one student to opt out of the timetable, it would be seen as favouritism.",
  'The deputy said the Department guidelines say full days only, so that is what the school does',
  "Apparently every other child with anxiety just follows the normal system so he should too",
  'the year head was clear that the phone ban applies to every single pupil, no carve-outs',
  "We don't do individual lunch arrangements here, it's always been the canteen for everyone",
  "She kept saying 'we need to be fair to all our families'",
  "If we did that, half of second year would be looking for the same",
  'They said leaving early before the bell has never been permitted at this school',
];

const blindNotAvailable: string[] = [
  'there is no ASD class in the secondary here, the nearest one is in the next town and its full',
  "The school said an online option doesn't exist for junior cycle students",
  "We were told there's no home tutoring scheme in our region for anxiety, only for illness",
  'voice note: she said the wellbeing room closed when they needed it for a classroom so there is nothing now',
  'My son school have not any special class, they tell me we must find other place ourselves',
  'The distance education centre only enrols kids who live in remote areas so he is not eligible',
  'No special school places in the county, all the lists are closed',
  "They don't have a school counsellor, they never replaced the role and there's nothing instead",
  "The part-time vocational course isn't offered to anyone under 15",
  "The alternative learning centre you asked about doesn't take primary students",
  'we asked for the social skills group but they said it only runs in the other campus',
  'There is no outreach teacher service available in this region.',
];

const blindPredetermination: string[] = [
  'the principal had the support plan already drawn up and just slid it across the table for us to sign',
  "voice note: honestly it was all sorted before we got there, they weren't listening",
  "We were told the board had already made their decision about the reduced day and it wasn't changing",
  "The meeting agenda already said 'confirm placement at current school' so they'd decided",
  'My wife and me, we come to meeting, but the papers are finished already, they only want our name on it',
  "They told us the school and the department had agreed the plan between them last week",
  'It was a presentation, not a discussion. They told us the outcome and that was it.',
  'we had no say, the paperwork was completed in advance',
  "The coordinator said 'the team has made a recommendation and that's what we'll be implementing'",
  "There was no room for discussion — they'd already settled on two mornings a week",
  'Before I could even explain they said the decision on the transport had been made',
  "She said there was no point going over it again because the panel's word is final",
];

const blindOther: string[] = [
  "we're doing a bit better this week, he got in twice",
  'they said maybe we should try melatonin so he sleeps better',
  "The principal thinks I'm too soft on her",
  'Is it worth asking for a meeting with the board of management?',
  "voice note: sorry I'm all over the place today, she had a terrible morning",
  'My son he say the teacher not like him',
  "The year head just said 'leave it with me'",
  'They told her she has to be brave and stop crying at the gate',
  'Just got an email confirming the meeting for Thursday at 3',
  "they said it's just a phase and everybody goes through it",
  'How long do I have to keep the daily log going?',
  "The school rang to say she'd been marked absent again.",
];

/**
 * Third batch, written after the final design and scored once, for an unbiased figure: the blind
 * batch above informed one decision (cue dropout). Case notes, phone-call summaries, a teenager
 * relaying what was said, legalistic letters.
 */
const freshData: string[] = [
  "Phoned the SENCO. Summary: she won't request anything until the school's own screening is done and there's a term of notes behind it.",
  "my daughter (15) says her head of house told her they 'need to see a pattern over the next few weeks' before they can help",
  'Case note: school declined to amend the plan at this time, citing the absence of current assessment information.',
  "The district's letter says eligibility can't be determined without a comprehensive evaluation, which is scheduled for next semester.",
  'they asked me to keep a record of his panic attacks and we will look again in a month',
  "The teacher reckons it's too early to tell if the new seating arrangement is working so nothing else changes for now",
  "We'd want to see the outcome of the counselling sessions before deciding what else is needed.",
  'honestly the vibe was just more watching and waiting, maybe revisit at the end of the term',
];

const freshResources: string[] = [
  "Phoned the school. Summary: the key worker role was cut in the restructure, so there's no one to do the gate handover.",
  "my son says his form tutor told him there aren't enough teachers to run a quiet lunch room",
  'Case note: school reports insufficient staffing capacity to deliver the requested mentoring.',
  'The district indicated that the cost of a dedicated aide exceeds the budget allocated to the building.',
  "the head said she'd have to pay a supply teacher to free someone up and the money isn't there",
  "Honestly they sounded exhausted, two teachers off long term and nobody to cover, so no extra sessions",
  'We are unable to fund additional hours from our delegated budget.',
  "They haven't got anyone spare to walk him in from the car each morning",
];

const freshPrecedent: string[] = [
  "Phoned the school. Summary: head of year said granting a late start would be unfair on the rest of the cohort.",
  "my daughter says her teacher told her everyone has to do presentations, no one gets let off",
  'Case note: school stated that the request conflicts with its attendance policy, which is applied uniformly.',
  'The district maintains that allowing remote participation for one student would be inconsistent with its practice for all students.',
  "they said in twenty years they've never let a kid do half days and they don't want to start now",
  "The principal's line was basically: if I do it for him I'd have to do it for anybody who asks",
  'Under our behaviour policy, the same sanctions apply to every pupil regardless of circumstances.',
  "They won't bend the no-phones rule for her, even as a coping tool, because it's a rule for everyone",
];

const freshNotAvailable: string[] = [
  "Phoned the LA. Summary: there's no home tuition service for anxiety in this county, only for medical conditions.",
  "my son says the mentor scheme he liked doesn't run any more, it finished last year",
  'Case note: school confirmed it has no on-site counselling or wellbeing provision.',
  'The district does not operate a therapeutic day program; no such placement exists within its boundaries.',
  "they said there isn't a small class option at the secondary, it's mainstream or nothing",
  "The specialist place we asked about is full and they've stopped taking names for a waiting list",
  'Online learning is not an option offered by this school.',
  'There is no inclusion unit at the academy and none in the local area.',
];

const freshPredetermination: string[] = [
  "Phoned the caseworker. Summary: the panel made the decision last week and the review meeting won't change it.",
  'my daughter says her head of year told her the plan was already sorted before we even came in',
  'Case note: parent reports that the draft plan was presented as final and no amendments were accepted.',
  'The team had completed the services section of the IEP prior to the meeting and declined to revisit it.',
  "they'd already picked the placement, the meeting was just them telling us",
  "Honestly it was a formality, the decision had been made upstairs",
  "We have finalised Sam's support arrangements and they will not be altered.",
  'Every time I raised something they said it had already been agreed by the team',
];

const freshOther: string[] = [
  'Phoned the school. Summary: receptionist took a message, nobody called back.',
  "my daughter says her teacher thinks she's just being dramatic",
  'Case note: parent reports feeling blamed for the absences.',
  'The district sent a generic letter about the importance of attendance.',
  "they said maybe try a different route to school so she doesn't see the bullies",
  "Honestly I don't know what to make of the meeting, it was friendly but vague",
  'Can I record the next meeting on my phone?',
  'He went in for an hour today!',
];

const by = (label: Category, texts: string[]): HeldOut[] => texts.map((text) => ({ text, label }));

/** The blind batch alone, for reporting. */
export const BLIND: HeldOut[] = [
  ...by('data', blindData),
  ...by('resources', blindResources),
  ...by('precedent', blindPrecedent),
  ...by('not_available', blindNotAvailable),
  ...by('predetermination', blindPredetermination),
  ...by('other', blindOther),
];

/** The third batch alone, for reporting. */
export const FRESH: HeldOut[] = [
  ...by('data', freshData),
  ...by('resources', freshResources),
  ...by('precedent', freshPrecedent),
  ...by('not_available', freshNotAvailable),
  ...by('predetermination', freshPredetermination),
  ...by('other', freshOther),
];

/** Everything held out: all three batches. */
export const HELD_OUT: HeldOut[] = [
  ...by('data', data),
  ...by('resources', resources),
  ...by('precedent', precedent),
  ...by('not_available', notAvailable),
  ...by('predetermination', predetermination),
  ...by('other', other),
  ...BLIND,
  ...FRESH,
];
