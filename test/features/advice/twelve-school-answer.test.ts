/**
 * The school's answer in a letter, from three of the twelve situations and variants of them
 * replayed through the engine: words the parent confirmed as the school's are quoted (and shown
 * before drafting, W13-2); the parent's account of what they were told is never a quotation and
 * is part of the check of their own words (kept, reworded or left out, the command line's letter the same); a paraphrase with too little in it is set down as the kind of no in neutral words.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../../support/cli.js';
import { answerReasonKey } from '../../../src/features/advice/letter-facts.js';
import { runSituation, type Transcript } from './twelve/run-situation.js';
import type { Situation } from './twelve/situation.js';
import { situation } from './twelve/situations.js';

const open: Transcript[] = [];
afterAll(() => open.forEach((t) => t.cleanup()));

/** The situation with what the parent types changed. */
function variant(id: string, change: (says: string[]) => string[]): Situation {
  const s = situation(id);
  return { ...s, says: change([...s.says]) };
}

async function run(s: Situation): Promise<Transcript> {
  const t = await runSituation(s);
  open.push(t);
  return t;
}

/** The letter's line that sets down the school's answer. */
const answerLine = (letter: string) => letter.split('\n').find((l) => l.startsWith('The answer I was given, as I noted it')) ?? '';

/** The text of the last preview of the parent's own words. */
function lastPreview(t: Transcript): string {
  const r = t.steps.flatMap((st) => st.replies).filter((x) => x.key === 'facts.wording-preview').at(-1);
  return r && r.type === 'text' ? r.text : '';
}

/** The questions asked, in order (content keys). */
const asked = (t: Transcript) => t.steps.slice(1).map((st) => st.answered);

async function cliLetter(t: Transcript, kind: string): Promise<string> {
  const r = await cli(['letter', '--user', 'parent', '--kind', kind, '--db', t.dbPath]);
  expect(r.code).toBe(0);
  return r.stdout;
}

describe("words confirmed as the school's", () => {
  // Shown before drafting like every line a letter carries (thirteenth walk, W13-2: a line the
  // parent had typed about her son's day was quoted as the school's answer, unseen).
  it('are quoted, and shown at the check of the parent\'s words before drafting', async () => {
    // "we don't do part-time timetables here…", the depute named as who said it.
    const t = await run(situation('precedent-part-time'));
    expect(answerLine(t.letter)).toBe(`The answer I was given, as I noted it (23 November 2026): "We don't do part-time timetables here, if we did it for Finn everyone would want one".`);
    expect(lastPreview(t)).toContain(answerLine(t.letter));
    expect(answerLine(await cliLetter(t, 'precedent-request'))).toBe(answerLine(t.letter));
  });
});

describe('the parent\'s account of what they were told ("Ms. Alvarez said there is no budget…")', () => {
  it('is not a quotation, and is shown with their other words before drafting', async () => {
    const t = await run(situation('resources-aide'));
    const line = answerLine(t.letter);
    expect(line).toBe('The answer I was given, as I noted it (November 10, 2026): there is no budget for an aide this year, the district has frozen hiring.');
    expect(line).not.toContain('"');
    expect(lastPreview(t)).toContain(line);
  });

  it('reworded by the parent, reads as they wrote it, in the chat\'s letter and the command line\'s', async () => {
    const mine = 'You told me there is no budget for an aide this year because hiring is frozen.';
    const t = await run(variant('resources-aide', (says) => [...says.slice(0, -4), 'change a line', '2', mine, 'yes']));
    expect(asked(t).slice(-4)).toEqual(['facts.check-wording', 'facts.ask-which-line', 'facts.ask-reword', 'facts.check-wording']);
    expect(answerLine(t.letter)).toBe(`The answer I was given, as I noted it (November 10, 2026): ${mine}`);
    expect(answerLine(await cliLetter(t, 'resources-request'))).toBe(answerLine(t.letter));
  });

  it('can be kept as it is, or left out: the letter then reads on from the request, and so does the command line\'s', async () => {
    const kept = await run(variant('resources-aide', (says) => [...says.slice(0, -4), 'change a line', '2', 'Keep it as it is', 'yes']));
    const reword = kept.steps.flatMap((st) => st.replies).find((r) => r.key === 'facts.ask-reword');
    expect(reword?.type === 'question' ? reword.choices?.map((c) => c.id) : undefined).toEqual(['keep', 'leave-out']);
    expect(answerLine(kept.letter)).toBe('The answer I was given, as I noted it (November 10, 2026): there is no budget for an aide this year, the district has frozen hiring.');

    const out = await run(variant('resources-aide', (says) => [...says.slice(0, -4), 'change a line', '2', 'Leave it out of the letter', 'yes']));
    expect(asked(out).slice(-4)).toEqual(['facts.check-wording', 'facts.ask-which-line', 'facts.ask-reword', 'facts.check-wording']);
    expect(out.letter).not.toContain('The answer I was given, as I noted it');
    expect(out.letter).not.toContain('[ADD');
    // No gap where it was: the request, then straight on to the need.
    expect(out.letter).toMatch(/^My request was: .+\n\nI'd like us to keep /m);
    expect(await cliLetter(out, 'resources-request')).not.toContain('The answer I was given, as I noted it');
  });
});

describe('a paraphrase that gives too little of what was said ("they said no cos no staff")', () => {
  it('is set down as the kind of no in neutral words, never as the chat', async () => {
    const paraphrase = (says: string[]) => [...says.slice(0, -4), 'yes'].map((l) => (l.startsWith('Ms. Alvarez said') ? 'Ms. Alvarez said no cos no staff' : l));
    const t = await run(variant('resources-aide', paraphrase));
    expect(asked(t).at(-1)).toBe('facts.check-wording');
    const neutral = t.app.content.render(answerReasonKey('resources'));
    expect(answerLine(t.letter)).toBe(`The answer I was given, as I noted it (November 10, 2026): ${neutral}`);
    expect(t.letter).not.toMatch(/\bcos\b/);
    // Not the parent's words, so not offered for rewording; the letter from the notes says the same.
    expect(lastPreview(t)).not.toContain('The answer I was given, as I noted it');
    expect(answerLine(await cliLetter(t, 'resources-request'))).toBe(answerLine(t.letter));
  });
});
