/**
 * Text normalisation shared by training and classification, so that spelling variants a parent
 * might type (UK/US spelling, missing apostrophes, "1:1" vs "one-to-one", "SENDCo" vs "case
 * manager") land on the same tokens. Everything downstream (tokens, cues) sees only this form.
 * Built for speed: a few phrase-level regexes plus one word-by-word dictionary pass.
 */
import { MAX_TEXT_CHARS } from '../core/types.js';

/** Whole-word rewrites: contractions typed with or without the apostrophe, UK → US, typos. */
const WORDS: Record<string, string> = {
  "can't": 'can not',
  cant: 'can not',
  cannot: 'can not',
  "won't": 'will not',
  wont: 'will not',
  "shan't": 'shall not',
  "ain't": 'is not',
  aint: 'is not',
  "they're": 'they are',
  theyre: 'they are',
  "you're": 'you are',
  youre: 'you are',
  "we're": 'we are',
  "let's": 'let us',
  lets: 'let us',
  "i'm": 'i am',
  im: 'i am',
  theyd: 'they would',
  youd: 'you would',
  theyll: 'they will',
  youll: 'you will',
  itll: 'it will',
  thatll: 'that will',
  therell: 'there will',
  thats: 'that is',
  theres: 'there is',
  whats: 'what is',
  heres: 'here is',
  wheres: 'where is',
  ive: 'i have',
  weve: 'we have',
  theyve: 'they have',
  youve: 'you have',
  programme: 'program',
  programmes: 'program',
  centre: 'center',
  centres: 'center',
  enrolment: 'enrollment',
  licence: 'license',
  judgement: 'judgment',
  whilst: 'while',
  amongst: 'among',
  maths: 'math',
  mum: 'mom',
  schl: 'school',
  skool: 'school',
  pls: 'please',
  plz: 'please',
  u: 'you',
  ur: 'your',
  b4: 'before',
  coz: 'because',
  cos: 'because',
  cuz: 'because',
  bc: 'because',
  seperate: 'separate',
  seperately: 'separately',
  definately: 'definitely',
  recieve: 'receive',
  recieved: 'received',
  budjet: 'budget',
  wich: 'which',
  thier: 'their',
  // Domain synonyms (one token each side of the Atlantic).
  paraprofessional: 'ta',
  paraprofessionals: 'ta',
  paraeducator: 'ta',
  paraeducators: 'ta',
  para: 'ta',
  paras: 'ta',
  aide: 'ta',
  aides: 'ta',
  lsa: 'ta',
  lsas: 'ta',
  tas: 'ta',
  senco: 'senco',
  sencos: 'senco',
  sendco: 'senco',
  sendcos: 'senco',
  headteacher: 'principal',
  headteachers: 'principal',
  ehcp: 'iep',
  ehcps: 'iep',
  ieps: 'iep',
  ehcna: 'ehcna',
  la: 'district',
  lea: 'district',
  council: 'district',
  pru: 'pru',
  prus: 'pru',
  sped: 'sped',
  sen: 'sped',
  '121': 'onetoone',
  '1on1': 'onetoone',
};

/** Negative contractions: "doesn't"/"doesnt" → "does not". */
const NEG = /^(do|does|did|is|are|was|were|has|have|had|could|would|should|must|need)n'?t$/;
/** "'ll", "'ve", "'d", "'s" endings. */
const CLITIC = /^([a-z]+)'(ll|ve|d|s|re)$/;
const CLITIC_TO: Record<string, string> = { ll: 'will', ve: 'have', d: 'would', re: 'are' };
const IS_S = new Set(['it', 'that', 'there', 'what', 'he', 'she', 'who', 'here', 'where']);
/** UK "-our" and "-ise" families → US spelling. */
const OUR = /^(behavi|col|fav|lab|hon|neighb|rum|hum|endeav|harb)our/;
const ISE =
  /^(organ|recogn|real|final|special|author|apolog|summar|minim|maxim|critic|util|stabil|emphas|categor|standard|individual|personal|priorit|formal|custom|familiar|normal|visual|optim|central|subsid|sympath|prioriti)is(e|ed|es|ing|ation|ations)$/;
const LL = /^(counsel|travel|cancel|model|label)l(or|ors|ing|ed)$/;

function word(w: string): string {
  const mapped = WORDS[w];
  if (mapped !== undefined) return mapped;
  let m = NEG.exec(w);
  if (m) return `${m[1] as string} not`;
  m = CLITIC.exec(w);
  if (m) {
    const base = m[1] as string;
    const c = m[2] as string;
    if (c === 's') return IS_S.has(base) ? `${base} is` : base;
    return `${base} ${CLITIC_TO[c] ?? ''}`;
  }
  if (w.length < 5) return w;
  if (w.includes('our')) w = w.replace(OUR, '$1or');
  if (w.includes('is')) w = w.replace(ISE, '$1iz$2');
  if (w.includes('ll')) w = w.replace(LL, '$1$2');
  if (w.startsWith('paed')) w = `ped${w.slice(4)}`;
  if (w.startsWith('practis')) w = `practic${w.slice(7)}`;
  return w;
}

/** Multi-word domain synonyms, applied after the word pass. */
const PHRASES: [RegExp, string][] = [
  [/\b(?:1 ?(?::|-|to) ?1|one ?-?(?:to|on) ?-?one)\b/g, 'onetoone'],
  [/\b(?:teaching|learning support|classroom|special needs) assistants?\b/g, 'ta'],
  [/\b(?:case manager|504 coordinator)s?\b/g, 'senco'],
  [/\b(?:head teacher|head of school)s?\b/g, 'principal'],
  [/\b(?:ehc ?plans?|504 plans?)\b/g, 'iep'],
  [/\behc needs assessments?\b/g, 'ehcna'],
  [/\blocal authorit(?:y|ies)\b/g, 'district'],
  [/\bpupil referral units?\b/g, 'pru'],
  [/\b(?:ed(?:ucational)? ?psych(?:ologist)?s?|school psychologists?)\b/g, 'psychologist'],
  [/\b(?:special educational needs|special education|special ed|sen\/d)\b/g, 'sped'],
  [/\bsend (?=department|team|provision|support|budget|register|code|tribunal|needs|service|unit|base|teacher)/g, 'sped '],
  [/\b(?:reduced|part[ -]?time|shortened|partial|modified) (?:timetables?|days?|school days?|schedules?)\b/g, 'reduced_day'],
];

/** Lower-case, accent-free, contractions expanded, spelling unified, symbols replaced by spaces. */
export function normalise(raw: string): string {
  let t = raw.length > MAX_TEXT_CHARS ? raw.slice(0, MAX_TEXT_CHARS) : raw;
  // Strip accents only when there is something to strip: NFKD is the slow step on long texts.
  if (/[^\x00-\x7f]/.test(t)) {
    t = t.normalize('NFKD').replace(/\p{M}+/gu, '');
    t = t.replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'");
  }
  t = t.toLowerCase();
  // Control characters, emoji and other symbols become spaces: they carry no "kind of no".
  // Letters repeated for emphasis ("sooooo", "noooo") collapse to two.
  t = t
    .replace(/[^\p{L}\p{N}'\s:\-/?!.,;]+/gu, ' ')
    .replace(/(\p{L})\1{2,}/gu, '$1$1')
    .replace(/[a-z0-9']+/g, (w) => word(w.replace(/^'+|'+$/g, '')));
  for (const [re, to] of PHRASES) t = t.replace(re, to);
  return t.replace(/\s+/g, ' ').trim();
}
