/**
 * "What do I say next?" in the ways parents ask it (thirteenth walk, W13-3): the words are in
 * content/words/intents.yaml (`intents.say`, whole short messages, and `intents.say.closing`,
 * the question ending a message of any length, the account before it handed over as the
 * school's words). Statements of the school that merely hold a "what" are never the question.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../src/app.js';
import { loadContent } from '../../src/content/catalog.js';
import { assemble, intentIn } from '../../src/core/assemble.js';
import { MAX_TEXT_CHARS } from '../../src/core/types.js';

const content = loadContent();
const { intents } = assemble(FEATURES, content);
/** As the engine reads it at a question waiting for the parent's own words. */
const asked = (said: string) => intentIn(intents, said, said, true);

const RANT =
  'well that was a waste of time. walked in and Mr Okafor already had a print out, "support plan" with JJs name on it, dated yesterday. ' +
  'Mr Okafor said "we\'ve heard that, the decision has been made". i didnt get a word in. what do i say to them now';

describe('say: the ways a parent asks what to say next', () => {
  it.each([
    'what do I say next?',
    'what now',
    'what now?',
    'so what now?',
    'help me reply',
    'can you help me reply to them',
    'what do i even say to them tomorrow',
    'meeting went really bad. what now',
    'what i must say now?',
    'tomorrow is meeting with psychologist. what i say to them?',
    'what should I write back?',
    'how do I reply to this?',
    'how should i respond',
    'what do I tell them?',
    'ok so what do we say to them',
    'honestly, what do I say',
  ])('"%s" is say', (said) => {
    expect(asked(said)?.command).toBe('say');
    expect(intentIn(intents, said)?.command).toBe('say');
  });

  it('a long account ending with the question is say, the account handed over without the question', () => {
    const found = asked(RANT);
    expect(found?.command).toBe('say');
    expect(found?.args).toContain('the decision has been made');
    expect(found?.args).not.toMatch(/what do i say/i);
  });

  it('a short lead before the question is not handed over as what the school said', () => {
    expect(asked('meeting went really bad. what now')?.args).toBe('');
    expect(asked('what i must say now?')?.args).toBe('');
  });

  it.each([
    'We will look at what support we can offer.',
    'what we can offer is a meeting',
    'I will see what I can do',
    'She said what now?',
    'Mrs Patel said, what do we do about his attendance',
    'what do we do about his attendance',
    'They asked what I want to say at the meeting',
    "We don't know what to say to the council yet",
    'what do you want us to say',
    'The head asked me what now, and I had no answer, and she said we need more data before anything changes.',
    'what did they say',
    // Not the say question: at the safety check, or after a crisis reply, it is not school advice that is asked for.
    'what do i do now?',
    'I asked what they would say if he came in at ten and they said it was not possible.',
  ])('"%s" is not say', (said) => {
    expect(asked(said)?.command).not.toBe('say');
  });
});

/**
 * Every phrase the engine reads (all intents, the closing ones included) on the longest message a
 * parent can send (MAX_TEXT_CHARS), built to make a pattern backtrack: runs of the lead-in words
 * "sorry" and "ok" between blank lines, with and without the question at the end. The shared
 * lead-in once let each "sorry" line double the work (24 of them: some 40 s for one turn, with
 * every other parent on that instance waiting). A regular expression cannot be interrupted, so the
 * patterns run in a child process, stopped after a minute (each run takes milliseconds): a
 * pattern like that one fails here instead of hanging the suite.
 */
describe('the phrases on the longest, worst-shaped message', () => {
  const account = 'We had the meeting and they would not agree to anything at all for him this term. ';
  const fill = (unit: string, end: string) => (account + unit.repeat(Math.floor((MAX_TEXT_CHARS - account.length - end.length) / unit.length)) + end).slice(0, MAX_TEXT_CHARS);
  const messages = [fill('sorry\n\n', 'x'), fill('sorry\n\n', 'what now'), fill('ok ', 'what'), fill('ok ', 'what now'), fill(' , ', 'x')];
  it('each answers', () => {
    const child = 'let d="";process.stdin.on("data",c=>d+=c).on("end",()=>{const {p,m}=JSON.parse(d);for(const t of m)for(const s of p)new RegExp(s,"i").test(t);process.stdout.write("answered")})';
    const run = spawnSync(process.execPath, ['-e', child], { input: JSON.stringify({ p: intents.map((i) => i.pattern.source), m: messages }), encoding: 'utf8', timeout: 60_000 });
    expect(messages.every((m) => m.length <= MAX_TEXT_CHARS)).toBe(true);
    expect(run.stdout, run.error?.message ?? run.stderr).toBe('answered');
  });
});
