/**
 * "I've been ill…" and "it's been weeks…" are the usual way to begin an answer (review20 R2): at a
 * waiting question they are a return only beside a sign of one (a greeting, an apology, "I'm back",
 * "where were we"), or when the parent has really been away (over the half hour since their last
 * turn, or a reminder asked the question since). Otherwise they are the answer. By the rule's
 * result, keys, the question waiting, the notes and the day's log.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { choice, command, keys, lastQuestion, makeTestApp, type TestApp } from '../support/builders.js';
import { returnMessage } from '../../src/core/coming-back.js';
import { shippedWords } from '../../src/content/catalog.js';
import { absentAtReasons } from '../features/daily-log/at-reasons.js';
import { createScheduler } from '../../src/core/scheduler.js';
import { silentLogger } from '../../src/core/ports.js';
import type { Reply } from '../../src/core/types.js';
import { schedulerSources } from '../../src/app.js';
import { caseAppsAfterEach } from '../support/case-app.js';
import { cmd, keysOf, question, sendLetterFor } from '../features/case-file/support.js';

const caseApp = caseAppsAfterEach();

let app: TestApp;
afterEach(() => app?.cleanup());

const DAY = 864e5;
const notes = () => app.store.listNotes('parent-a');
const returned = () => notes().filter((n) => n.topic === 'engine.returned');

/** A first "no" for Bo, left at "what did they say?". */
async function atStatement(): Promise<void> {
  app = makeTestApp();
  await app.send(command('resume'));
  await app.send(choice('new-no'));
  await app.send('Bo');
  expect(lastQuestion(await app.send('A quiet room at break times')).key).toBe('triage.ask-statement');
}

const ANSWERS = [
  "it's been a few weeks now, he's missed about 6 sessions",
  "I've been ill so she stayed home with me",
  "it's been weeks and they still say no 1:1 because of funding",
  "I've been off work to look after him",
  "it's been weeks",
];

describe('an answer that begins "I\'ve been ill" or "it\'s been weeks" (review20 R2)', () => {
  it('the rule: an answer when the parent has not been away and nothing else says they are back', () => {
    for (const t of ANSWERS) expect(returnMessage(t, shippedWords), t).toBeNull();
  });

  it('the rule: the same words are a return after a real absence where they stand alone (review21 R1: going on, first-asked-not-away.test.ts)', () => {
    for (const t of ["it's been a few weeks now, he's missed about 6 sessions", "it's been weeks"]) expect(returnMessage(t, shippedWords, { away: true }), t).not.toBeNull();
  });

  it('the rule: real returns stay returns', () => {
    const read = (t: string) => returnMessage(t, shippedWords);
    for (const t of ['hi, back again', "sorry I've been away, where were we", 'Hello again!', "im back, sorry it's been a while", "sorry, I've been poorly", 'hi, I have been ill', "it's been ages, where were we up to?"])
      expect(read(t), t).toEqual({ carries: '' });
    for (const t of ['sorry ive been away, mum was in hospital. where were we', 'hi, back again. sorry ive been away, we had a family wedding', "hi there, i've been ill, the kids have had it too"])
      expect(read(t)?.carries, t).toBe(t);
  });

  it('at "what did they say?": the statement taken, nothing kept as a return', async () => {
    await atStatement();
    const typed = "It's been weeks since I asked, and the head said no quiet room because there is no staff";
    const r = await app.send(typed);
    expect(keys(r)).not.toContain('engine.returned');
    expect(keys(r)).not.toContain('engine.returned-kept');
    expect(['triage.ask-who', 'triage.confirm-who']).toContain(lastQuestion(r).key);
    expect(returned()).toEqual([]);
  });

  it('at "what did they say?" three days later: a return, the words kept, the question again', async () => {
    await atStatement();
    app.clock.advance(3 * DAY);
    const typed = "I've been ill, the kids have had it too";
    const r = await app.send(typed);
    expect(keys(r)).toContain('engine.returned-kept');
    expect(lastQuestion(r).key).toBe('triage.ask-statement');
    expect(returned().map((n) => n.text)).toEqual([typed]);
  });

  it('at the daily log\'s "What made it harder?": the day\'s reason, not a return', async () => {
    for (const typed of ["I've been poorly all week so I couldn't get her in", "I've been off work with her all week, she was sick"]) {
      app?.cleanup();
      app = await absentAtReasons();
      const r = await app.send(typed);
      expect(keys(r)).not.toContain('engine.returned');
      expect(keys(r)).not.toContain('engine.returned-kept');
      expect(lastQuestion(r).key).not.toBe('daily-log.ask-triggers');
      expect(app.store.logs.listEntries('parent-a')[0]?.triggers.length).toBeGreaterThan(0);
      expect(returned()).toEqual([]);
    }
  });
});

describe('a reminder asked the question since: the parent has been away', () => {
  it('"it\'s been weeks" a minute after a reminder asked the question: a return, the question again', async () => {
    const a = caseApp();
    await sendLetterFor(a, 'Bo');
    await a.send(cmd('correct'));
    a.clock.advance(20 * DAY);
    const scheduler = createScheduler({ ledger: a.store.prompts, engine: a.engine, clock: a.clock, logger: silentLogger, sources: schedulerSources(a.store) });
    const reminded: Reply[] = [];
    await scheduler.tick(async (_u, replies) => {
      reminded.push(...replies);
      return true;
    });
    const asked = question(reminded).key;
    a.clock.advance(60_000);
    const r = await a.send("it's been weeks");
    expect(keysOf(r)).toContain('engine.returned');
    expect(question(r).key).toBe(asked);
  });
});
