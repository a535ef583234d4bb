/**
 * What in the school's words (or the parent's) points at each situation behind a "no"
 * (situation.flow.ts asks about the one they clearly point to). A threat the school's words deny
 * ("nobody is talking about fines", "this is not about prosecution") points at nothing.
 */
export const SITUATIONS = ['not-delivered', 'no-assessment', 'need-disputed', 'attendance', 'off-roll', 'sent-home', 'silence', 'off-roll-done'] as const;
export type Situation = (typeof SITUATIONS)[number];
/** The situations read by their cue words; a child already off the roll is read by `offRollDone` instead. */
type Cued = Exclude<Situation, 'off-roll-done'>;
const CUED: readonly Cued[] = SITUATIONS.filter((s): s is Cued => s !== 'off-roll-done');

/**
 * What in the school's words (or the parent's) points at each situation. Attendance enforcement
 * by the names it goes by where families are: fines and section 444 (England), the educational
 * welfare officer, Tusla and its Education Support Service, TESS (Ireland), the Children's
 * Reporter and a children's hearing (Scotland). Pressure to take a child off the roll (home
 * education, de-registration), a child sent home in the day ("to calm down"), and silence
 * (emails unanswered, meetings cancelled), from the fourteenth walk.
 */
const CUES: Readonly<Record<Cued, RegExp>> = {
  attendance: /\b(?:fined|fines|(?:a|issue[sd]?|issuing|face|facing|pay|penalty|get) fine|penalt(?:y|ies)|prosecut\w*|court|truan\w*|attendance (?:officer|order|panel|meeting|letter|notice)|legal action|educational? welfare|ewo|section 444|summons|tusla|children[’']?s (?:reporter|hearing|panel))\b/i,
  'no-assessment': /\b(?:assess\w*|evaluat\w*|ehc ?na|needs assessment|statutory assessment|testing|psych\w* (?:report|referral))\b/i,
  'not-delivered': /\b(?:in (?:the|his|her|their) (?:iep|ehcp?|plan|504|idp|statement)|(?:iep|ehcp|plan|504) (?:says|states|already)|already agreed|agreed (?:to|in)|hasn'?t (?:started|happened)|not (?:being )?(?:delivered|provided|happening)|missed sessions?|(?:was|were|been|got) agreed\b[^.?!]{0,40}\b(?:aren'?t|isn'?t|not|never|don'?t|doesn'?t|haven'?t|hasn'?t|nobody)\b)/i,
  'off-roll': /\b(?:off (?:the |his |her |their )?(?:school )?(?:roll|register)|(?:elective )?home[- ]?educat\w*|home[- ]?school(?:ing|ed|ers?)?\b(?![- ](?:agreements?|link|liaison|contracts?|diary|book|communications?|partnership|workers?|support|team|officers?|policy|relationships?|transport))|de-?regist\w*|(?:take|taking|took|remove|removing) (?:him|her|them|\w+) (?:off|from) (?:the |our )?(?:school )?(?:roll|register)|ehe)\b/i,
  'sent-home': /\b(?:(?:sen[dt]s?|sending) (?!(?:work|homework|letters?|emails?|forms?|cop(?:y|ies)|info\w*|paperwork|packs?|books?|reports?|details|resources|it|this|that|things|stuff|notes?|an?)\b)(?:\w+ )?home(?! ?work\b| (?:learning|packs?|letters?|a letter|information)\b)|(?:go|went|going) home to (?:calm|cool)|to (?:calm|cool) (?:down|off)|cool(?:ing)?[- ]off|(?:collect|pick) (?:him|her|them) (?:up )?early|(?:asked|told|rang|called|phoned) (?:me |us )?to (?:collect|pick up|come and get) (?:him|her|them)|(?:unofficial|informal) (?:exclusions?|suspensions?)|(?:not|never) (?:been )?(?:recorded|logged|counted) as (?:an? )?(?:exclusion|suspension))\b/i,
  silence: /\b(?:no (?:reply|replies|response|answer)|(?<!\byou (?:do |did |have |)|\bfail\w* to |\b(?:i|we) )(?:don'?t|doesn'?t|won'?t|never|not|haven'?t|hasn'?t|didn'?t) (?:even |ever )?(?:answer\w*|repl(?:y|ied)|respond\w*|get(?:ting)? back|got back)|(?:don'?t|doesn'?t|won'?t|never|not|haven'?t|hasn'?t|didn'?t) (?:even |ever )?(?:heard back|return\w* (?:my|our) calls?)|(?:emails?|messages?|calls?) (?:\w+ )?(?:unanswered|ignored)|ignor\w* (?:my|our) (?:emails?|messages?|calls?)|meetings? [^.?!]{0,40}\bcancel\w*|cancel\w* (?:the |our |my )?meetings?|(?:heard|hear) nothing|nothing back|(?:no ?one|nobody)(?: \w+){0,4} (?:phoned|called|rung|rang|replied|responded|got back|answered))\b/i,
  'need-disputed': /\b(?:choos\w* not to|won'?t come|doesn'?t want to|behaviou?r(?:al)? (?:choice|issue)|parenting|(?:don'?t|do not|doesn'?t) (?:accept|recogni[sz]e|believe)|no (?:evidence|diagnosis)|(?:fine|ok|okay|happy) (?:in|at) school|(?:settled|calm|no (?:problems?|issues?|concerns?))\b[^.?!]{0,30}\b(?:in|at) (?:school|class)\b|(?:happening|difficult\w*|problems?|struggl\w*) (?:\w+ ){0,3}at home|not (?:anxious|autistic)|just needs to)\b/i,
};

/**
 * A denial of the threat in its own clause: "nobody is talking about", "no question of", "this is
 * not about". A "not" that does not deny it stays a threat ("we will not hesitate to take",
 * "we would not rule out", "we do not want to take you to court, but…").
 */
const DENIED =
  /\b(?:(?:no ?one|nobody)(?: is| was| has| has been|'s)? (?:talking|suggesting|mentioning|threatening|considering|saying anything|thinking)|no (?:question|mention|talk|suggestion|threat|plans?) (?:of|to|about)|not (?:about|a threat|talking about|suggesting|threatening|mentioning|(?:going|planning) to (?!hesitate|wait|delay|stop|rule)(?:fine|prosecute|take|refer|issue|go|court))|(?:never|not) (?:mention\w*|suggest\w*|threaten\w*|ask\w*|recommend\w*|propos\w*|pressur\w*|push\w*|encourag\w*))\b/i;

/** Where a clause starts: punctuation, or a word that joins another clause ("and", "if", "we will"). */
const CLAUSE = /[.,;:!?()]|\b(?:and|but|so|if|unless|then|otherwise|or|which|because|we (?:will|may|might|would|shall|could))\b/gi;

/** The clause a match stands in, up to the match. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 80), at);
  return before.split(CLAUSE).at(-1) ?? '';
}


/** The cues again, global, to find each place a threat stands (compiled once). */
const ALL_CUES = Object.fromEntries(CUED.map((s) => [s, new RegExp(CUES[s].source, 'gi')])) as Record<Cued, RegExp>;
/** Cues only in capitals: "TESS" (Tusla's Education Support Service), never a teacher called Tess. */
const CAPITALS: Partial<Record<Cued, RegExp>> = { attendance: /\bTESS\b/g };

function pointsAt(s: Cued, text: string): boolean {
  const capitals = CAPITALS[s];
  for (const m of [...text.matchAll(ALL_CUES[s]), ...(capitals ? text.matchAll(capitals) : [])]) {
    // Denied in its own clause, it points at nothing, for every situation (review13-2).
    if (!DENIED.test(clauseBefore(text, m.index))) return true;
  }
  return false;
}

/** Off the roll already, said as done: "we took Arjun off roll last week", "she was taken off the roll", "I signed the home education form". */
const OFF_ROLL_DONE =
  /\b(?:(?:we|i|we'?ve|i'?ve|have|has|had) (?:already |just )?(?:took|taken|removed|de-?registered|withdrew|withdrawn) (?:him|her|them|\w+) (?:off|from) (?:the |his |her |their )?(?:school )?(?:roll|register)|(?:we|i|we'?ve|i'?ve|have|had) (?:already |just )?(?:de-?registered|withdrawn|withdrew) (?:him|her|them|\w+)(?: (?:from|off) (?:the )?school)?\s*(?:$|[.,;!]|last|in|on|from school)|(?:he|she|they|\w+) (?:is|was|has been|have been|are|were|got) (?:already |now )?(?:taken |removed )?off (?:the )?(?:school )?(?:roll|register)|(?:i|we|i'?ve|we'?ve|have|had) (?:already |just )?(?:signed|sent|returned|filled in) (?:the |a )?(?:home[- ]?education|ehe|de-?registration|off[- ]?roll)\w* (?:form|letter|paperwork))/i;

/**
 * The child already taken off the roll (review13-3): told its own words, never "nothing to sign,
 * your choice", and the pressure-to-take-off-the-roll situation is not offered.
 */
export function offRollDone(text: string): boolean {
  return OFF_ROLL_DONE.test(text.replace(/[’‘]/g, "'"));
}

/** The situations the words point at: a child already off the roll is its own (situations16), never the pressure to take them off. */
export function cued(text: string): Situation[] {
  const done = offRollDone(text);
  return [...(done ? (['off-roll-done'] as const) : []), ...CUED.filter((s) => !(done && s === 'off-roll') && pointsAt(s, text))];
}
