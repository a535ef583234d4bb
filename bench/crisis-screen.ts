/**
 * Micro-benchmark of the crisis screen: µs per call on ordinary parent messages of different
 * lengths and on crisis messages, for the current screen and the pre-tuning reference.
 * Run: npx tsx bench/crisis-screen.ts [--profile-parts]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { normalise } from '../src/safety/crisis-normalise.js';
import { screenForCrisis } from '../src/safety/crisis-screen.js';
import { normaliseReference, screenForCrisisReference } from '../test/safety/crisis-reference.js';
import { STATEMENTS } from './mix.js';

const SETS: Record<string, readonly string[]> = {
  short: ['hi', 'Kid42', 'Bean', 'not sure', 'help', 'yes', 'by the end of term', 'Kid7'],
  medium: [
    'A quiet room to start the day in, and a later start on Mondays',
    'the SENCO said she would look into it but nothing since',
    'We need more data before we can consider any changes to his timetable.',
    'a meeting with the head and the SENCO together, with notes taken',
    "they said there just isn't the staff for a keyworker at the gate this term",
    'He says the noise in the lunch hall is the worst part. He has been eating in the car.',
    'The SENCO says there is no budget for a 1:1 until the new financial year.',
    'apparently the nurture group is only for KS1 so its not available for her',
  ],
  long: [
    STATEMENTS[1] as string,
    "She managed two hours on Tuesday, then couldn't get out of the car on Wednesday. We tried the side gate which helped a bit. " +
      'The head said we could have a meeting next week with the SENCO and her class teacher, but nothing has been put in writing yet.',
    'We had the meeting with the head today and it went badly again. They say his attendance is 40% and that they will refer us ' +
      'to the attendance officer if it does not improve. He is scared of the lunch hall and the noise, and he cried in the car again this morning.',
    "I'm at the end of my tether with this school. The deadline for the EHCP is killing me, and my mum will kill me if I miss the bus " +
      'again. He hurt himself playing football at break and now he says his leg hurts and he cannot do PE. What do I say to them next?',
  ],
  crisis: [
    'My son told me he wants to kill himself',
    'she said "I just want to die" and slammed the door',
    "he's been cutting his arms",
    'her stepdad hits her',
    'took a load of pills',
    "I can't do this anymore, I don't want to be alive",
    'i wish i was dead',
    'my daughter has been self-harming since year 9',
  ],
};

/** Best of several short rounds: the machine may be busy, and the minimum is the least noisy. */
/** Every classifier example: what parents paste about their school, in their own words. */
const dir = new URL('../content/classifier/', import.meta.url);
SETS.corpus = readdirSync(dir).flatMap((f) => (parse(readFileSync(new URL(f, dir), 'utf8')) as { examples: string[] }).examples);

function time(fn: (s: string) => unknown, texts: readonly string[]): number {
  for (let i = 0; i < 2000; i++) fn(texts[i % texts.length] as string); // warm up
  let best = Infinity;
  for (let round = 0; round < 7; round++) {
    let calls = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0;
    while (elapsed < 80) {
      for (const t of texts) fn(t);
      calls += texts.length;
      elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    }
    best = Math.min(best, (elapsed * 1000) / calls);
  }
  return best;
}

const parts = process.argv.includes('--profile-parts');
const rows: Record<string, Record<string, number>> = {};
for (const [name, texts] of Object.entries(SETS)) {
  const avgLen = Math.round(texts.reduce((s, t) => s + t.length, 0) / texts.length);
  const row: Record<string, number> = { chars: avgLen };
  row['reference µs'] = +time(screenForCrisisReference, texts).toFixed(2);
  row['current µs'] = +time(screenForCrisis, texts).toFixed(2);
  if (parts) {
    row['ref normalise µs'] = +time(normaliseReference, texts).toFixed(2);
    row['normalise µs'] = +time(normalise, texts).toFixed(2);
  }
  row.speedup = +(row['reference µs']! / row['current µs']!).toFixed(1);
  rows[name] = row;
}
console.table(rows);
