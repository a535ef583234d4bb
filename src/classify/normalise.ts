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

/** Multi-word domain synonyms, applied after the word pass; each only if its hint occurs. */
const PHRASES: [string[], RegExp, string][] = [
  [['1', 'one'], /\b(?:1 ?(?::|-|to) ?1|one ?-?(?:to|on) ?-?one)\b/g, 'onetoone'],
  [['assistant'], /\b(?:teaching|learning support|classroom|special needs) assistants?\b/g, 'ta'],
  [['case manager', '504 coordinator'], /\b(?:case manager|504 coordinator)s?\b/g, 'senco'],
  [['head'], /\b(?:head teacher|head of school)s?\b/g, 'principal'],
  [['ehc', '504 plan'], /\b(?:ehc ?plans?|504 plans?)\b/g, 'iep'],
  [['ehc needs'], /\behc needs assessments?\b/g, 'ehcna'],
  [['local authorit'], /\blocal authorit(?:y|ies)\b/g, 'district'],
  [['referral unit'], /\bpupil referral units?\b/g, 'pru'],
  [['psych'], /\b(?:ed(?:ucational)? ?psych(?:ologist)?s?|school psychologists?)\b/g, 'psychologist'],
  [['special', 'sen/d'], /\b(?:special educational needs|special education|special ed|sen\/d)\b/g, 'sped'],
  [['send '], /\bsend (?=department|team|provision|support|budget|register|code|tribunal|needs|service|unit|base|teacher)/g, 'sped '],
  [['timetable', 'day', 'schedule'], /\b(?:reduced|part[ -]?time|shortened|partial|modified) (?:timetables?|days?|school days?|schedules?)\b/g, 'reduced_day'],
];

/**
 * Only words that might need rewriting reach the (comparatively costly) callback: the table's
 * words, anything with an apostrophe, "-n't"-less negatives, and the UK spelling families.
 */
const CANDIDATES = new RegExp(
  [
    "[a-z0-9]*'[a-z0-9']*",
    `\\b(?:${Object.keys(WORDS)
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/[^a-z0-9]/g, (c) => `\\${c}`))
      .join('|')})\\b`,
    '\\b[a-z]+(?:nt|our[a-z]*|is(?:e|ed|es|ing|ation|ations)|ll(?:or|ors|ing|ed))\\b',
    '\\b(?:paed|practis)[a-z]*',
  ].join('|'),
  'g',
);

const NON_ASCII = /[^\x00-\x7f]/;
/** Combining marks left by NFKD (the common blocks: enough for accented Latin). */
const MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+/g;
/**
 * Everything but ASCII letters, digits and a little punctuation becomes one space: emoji,
 * control characters, symbols, other scripts (the tokenizer only reads Latin words) and runs
 * of whitespace. Plain ASCII patterns: unicode-property regexes cost 5-10x more on long pastes.
 */
const OUTSIDE = /[^a-z0-9'\-/?!.,;:]+/g;

/** Lower-case, accent-free, contractions expanded, spelling unified, symbols replaced by spaces. */
export function normalise(raw: string): string {
  let t = raw.length > MAX_TEXT_CHARS ? raw.slice(0, MAX_TEXT_CHARS) : raw;
  if (NON_ASCII.test(t)) {
    t = t.normalize('NFKD').replace(MARKS, '').replace(/[\u2018\u2019\u02bc\u00b4]/g, "'");
  }
  t = t
    .toLowerCase()
    .replace(OUTSIDE, ' ')
    // Letters repeated for emphasis ("sooooo", "noooo") collapse to two.
    .replace(/([a-z])\1{2,}/g, '$1$1')
    .replace(CANDIDATES, rewriteWord);
  for (const [hints, re, to] of PHRASES) {
    if (hints.some((h) => t.includes(h))) t = t.replace(re, to);
  }
  return t.trim();
}

function rewriteWord(w: string): string {
  const q = 39; // '
  if (w.charCodeAt(0) === q || w.charCodeAt(w.length - 1) === q) w = w.replace(/^'+|'+$/g, '');
  return word(w);
}
