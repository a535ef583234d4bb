/**
 * The benchmark's conversations: a realistic mix of parents, each a short script followed by a
 * cooperative parent who answers whatever is asked (clicks one of the offered buttons, or
 * answers in words). Deterministic for a given conversation number.
 */
import { FEATURES } from '../src/app.js';
const FLOWS = FEATURES.flatMap((f) => f.flows);
const COMMAND_NAMES = FEATURES.flatMap((f) => Object.keys(f.commands));
import type { Reply, TurnInput } from '../src/core/types.js';
import { seededRandom } from '../src/classify/softmax-regression.js';

export interface Persona {
  name: string;
  /** Relative frequency in the mix. */
  weight: number;
  /** Whose conversation this is: usually a new parent; a returning one reuses an earlier id. */
  user(conv: number): string;
  opening(conv: number, rnd: () => number): TurnInput[];
  /** Turns in total, opening included (kept under the throttle's burst of 20). */
  turns: number;
}

const text = (t: string): TurnInput => ({ kind: 'text', text: t });
const pick = (id: string): TurnInput => ({ kind: 'choice', id });
const cmd = (name: string, args = ''): TurnInput => ({ kind: 'command', name, args });

/** What schools say, in parents' words (several kinds of "no"), for classification. */
export const STATEMENTS = [
  'We need more data before we can consider any changes to his timetable.',
  'Dear Mrs Hughes, thank you for attending the meeting on Tuesday. As discussed, the school would like to continue monitoring attendance for a further six weeks before considering any additional support.',
  "they said there just isn't the staff for a keyworker at the gate this term",
  "The head said we've never done a part-time timetable for a child in year 3 and it would set a precedent",
  'apparently the nurture group is only for KS1 so its not available for her',
  'it felt like they had already decided before we even sat down, the paperwork was filled in',
  'The SENCO says there is no budget for a 1:1 until the new financial year.',
  'we have to do 6 weeks of observations first apparently',
  "They told me other parents would want the same if they let him start late, so they can't.",
  'Ms Carter said the sensory room is not something they offer at this school.',
];

/** Answers to free-text questions, short and long, as parents write them. */
const ANSWERS = [
  'Bean',
  'A quiet room to start the day in, and a later start on Mondays',
  'attendance records from the office since September',
  'the SENCO said she would look into it but nothing since',
  "She managed two hours on Tuesday, then couldn't get out of the car on Wednesday. We tried the side gate which helped a bit.",
  'by the end of term',
  'not sure',
  'a meeting with the head and the SENCO together, with notes taken',
  'He says the noise in the lunch hall is the worst part. He has been eating in the car.',
];

function chooseOrAnswer(last: Reply[], rnd: () => number): TurnInput {
  const q = [...last].reverse().find((r) => r.type === 'question');
  if (q && q.type === 'question' && q.choices.length > 0 && (!q.freeText || rnd() < 0.5)) {
    const usable = q.choices.filter((c) => c.id !== 'cat:all' && c.id !== 'help');
    const c = usable[Math.floor(rnd() * usable.length)] ?? q.choices[0];
    if (c) return pick(c.id);
  }
  return text(ANSWERS[Math.floor(rnd() * ANSWERS.length)] as string);
}

/**
 * HOOK for daily logs (being built in src/daily-log): once a `daily-log` flow or a `log`
 * command is registered, this persona opens it and the cooperative parent fills it in. Until
 * then it writes the same kind of data through the "more data" flow's answers (notes).
 */
function dailyLogOpening(conv: number, rnd: () => number): TurnInput[] {
  // A named day: a plain "log" on a weekend first offers the last school day, which would make
  // the mix depend on the day the bench runs.
  if (COMMAND_NAMES.includes('log')) return [cmd('log', 'yesterday')];
  if (FLOWS.some((f) => f.id === 'daily-log')) return [cmd('resume'), pick('daily-log')];
  return [cmd('resume'), pick('new-no'), text(`Kid${conv}`), text(ANSWERS[1] as string), text(STATEMENTS[Math.floor(rnd() * 2)] as string)];
}

export const PERSONAS: Persona[] = [
  {
    // New "no" from the school: triage (with classification), then the flow for that kind of
    // "no": answers saved as notes, next steps, a drafted letter.
    name: 'triage',
    weight: 5,
    user: (conv) => `bench:${conv}`,
    opening: (conv, rnd) => [
      { kind: 'command', name: 'resume', args: '' },
      pick('new-no'),
      text(`Kid${conv % 97}`),
      text(ANSWERS[1] as string),
      text(STATEMENTS[Math.floor(rnd() * STATEMENTS.length)] as string),
    ],
    turns: 14,
  },
  {
    // "What do I say next?": classification and scripted replies.
    name: 'say-next',
    weight: 2,
    user: (conv) => `bench:${conv}`,
    opening: (_conv, rnd) => [text('what do I say next'), text(STATEMENTS[Math.floor(rnd() * STATEMENTS.length)] as string)],
    turns: 4,
  },
  {
    // A parent coming back days later: reads their notes, asks for help, starts over.
    name: 'returning',
    weight: 2,
    // An earlier parent (2,000 conversations ago), or a new one at the very start.
    user: (conv) => `bench:${conv >= 2000 ? conv - 2000 : conv}`,
    opening: () => [cmd('resume'), cmd('notes'), text('help'), cmd('restart')],
    turns: 5,
  },
  { name: 'daily-log', weight: 1, user: (conv) => `bench:${conv}`, opening: dailyLogOpening, turns: 10 },
];

/** Small deterministic PRNG (the classifier's mulberry32), one stream per conversation. */
export const prng = seededRandom;

export function personaFor(conv: number): Persona {
  const total = PERSONAS.reduce((s, p) => s + p.weight, 0);
  let r = prng(conv * 7919 + 1)() * total;
  for (const p of PERSONAS) {
    r -= p.weight;
    if (r < 0) return p;
  }
  return PERSONAS[0] as Persona;
}

/** The next input of a conversation, given what was said last. */
export function nextInput(p: Persona, conv: number, turn: number, last: Reply[], rnd: () => number, opening: TurnInput[]): TurnInput {
  return opening[turn] ?? chooseOrAnswer(last, rnd);
}
