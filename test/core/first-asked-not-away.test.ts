/**
 * A question the scheduler asks for the first time (the daily check-in's "Did JJ get into school
 * today?") is no sign that the parent has been away: only a reminder that asks again a question
 * already asked is (review21 R1). And the half hour alone does not make "I've been ill so she
 * stayed home" a return when the sentence goes on to say more: only when the return stands alone
 * ("I've been ill." / "it's been weeks"). By keys, the question waiting, the notes and the log.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/ports.js';
import type { Reply } from '../../src/core/types.js';
import { SCHOOL_DAYS } from '../../src/features/daily-log/model.js';
import { createScheduler } from '../../src/core/scheduler.js';
import { schedulerSources } from '../../src/app.js';
import { returnMessage } from '../../src/core/coming-back.js';
import { shippedWords } from '../../src/content/catalog.js';
import { choice, command, FixedClock, keys, lastQuestion, makeTestApp, type TestApp } from '../support/builders.js';

let app: TestApp;
afterEach(() => app?.cleanup());

const returned = () => app.store.listNotes('parent-a').filter((n) => n.topic === 'engine.returned');

/** JJ's case with check-ins at 15:30 London on school days, the check-in sent at 15:31. */
async function checkedIn(): Promise<void> {
  app = makeTestApp({ clock: new FixedClock(new Date('2026-12-07T08:00:00Z')) });
  await app.send(command('resume'));
  await app.send(choice('new-no'));
  await app.send('JJ');
  await app.send(command('menu'));
  app.store.logs.updateCheckin('parent-a', { enabled: true, days: [...SCHOOL_DAYS], time: '15:30', zone: 'Europe/London' }, app.clock.now().toISOString());
  const scheduler = createScheduler({ ledger: app.store.prompts, engine: app.engine, clock: app.clock, logger: silentLogger, sources: schedulerSources(app.store) });
  const asked: Reply[] = [];
  app.clock.current = new Date('2026-12-07T15:31:00Z');
  await scheduler.tick(async (_u, r) => {
    asked.push(...r);
    return true;
  }, app.clock.now());
  expect(keys(asked)).toContain('daily-log.prompt-intro');
  expect(lastQuestion(asked).key).toBe('daily-log.ask-attendance.today');
}

describe('the check-in answered a minute after it came (review21 R1)', () => {
  for (const typed of ["I've been ill so she stayed home with me", "it's been a week since she last went in, she won't get out of bed"]) {
    it(typed, async () => {
      await checkedIn();
      app.clock.advance(60_000);
      const r = await app.send(typed);
      expect(keys(r)).not.toContain('engine.returned');
      expect(keys(r)).not.toContain('engine.returned-kept');
      expect(lastQuestion(r).key).not.toBe('daily-log.ask-attendance.today');
      expect(returned()).toEqual([]);
    });
  }

  it('a plain return a minute after the check-in is still one', async () => {
    await checkedIn();
    app.clock.advance(60_000);
    const r = await app.send('hi, back again');
    expect(keys(r)).toContain('engine.returned');
    expect(lastQuestion(r).key).toBe('daily-log.ask-attendance.today');
    expect(app.store.logs.listEntries('parent-a')).toEqual([]);
  });
});

describe('the half hour alone, and a sentence that goes on (review21 R1)', () => {
  it('the rule: a return that goes on into more is an answer, even after the half hour', () => {
    for (const t of [
      "I've been ill so she stayed home with me",
      "It's been weeks since I asked, and the head said no quiet room because there is no staff",
      "it's been weeks and they still say no 1:1 because of funding",
      "I've been off work to look after him",
      "it's been a week since she last went in, she won't get out of bed",
    ])
      expect(returnMessage(t, shippedWords, { away: true }), t).toBeNull();
  });

  it('the rule: a return that stands alone is one after the half hour, with or without more after it', () => {
    for (const t of ["it's been weeks", "I've been ill.", "i've been away for a while now", "it's been a few weeks now, he's missed about 6 sessions", "I've been ill, the kids have had it too"])
      expect(returnMessage(t, shippedWords, { away: true }), t).not.toBeNull();
    expect(returnMessage("sorry, I've been ill so she stayed home", shippedWords)).not.toBeNull();
  });

  it('at "what did they say?" forty minutes later: the statement taken, nothing kept as a return', async () => {
    app = makeTestApp();
    await app.send(command('resume'));
    await app.send(choice('new-no'));
    await app.send('Bo');
    expect(lastQuestion(await app.send('A quiet room at break times')).key).toBe('triage.ask-statement');
    app.clock.advance(40 * 60_000);
    const r = await app.send("It's been weeks since I asked, and the head said no quiet room because there is no staff");
    expect(keys(r)).not.toContain('engine.returned');
    expect(keys(r)).not.toContain('engine.returned-kept');
    expect(['triage.ask-who', 'triage.confirm-who']).toContain(lastQuestion(r).key);
    expect(returned()).toEqual([]);
  });
});
