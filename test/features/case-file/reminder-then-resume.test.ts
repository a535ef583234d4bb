/**
 * A scheduler reminder arrives while a question is waiting, then the parent comes back (the
 * console started again: resume). The question is asked once, by the reminder, not again under
 * "Now, back to where we were:" (fifteenth walk, W15-13's second half). By keys.
 */
import { describe, expect, it } from 'vitest';
import { createScheduler } from '../../../src/core/scheduler.js';
import { silentLogger } from '../../../src/core/ports.js';
import type { Reply } from '../../../src/core/types.js';
import { schedulerSources } from '../../../src/app.js';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { cmd, keysOf, sendLetterFor, type CaseApp } from './support.js';

const app = caseAppsAfterEach();
const DAY = 864e5;

/** The scheduler's tick, its replies collected. */
async function tick(a: CaseApp): Promise<Reply[]> {
  const scheduler = createScheduler({ ledger: a.store.prompts, engine: a.engine, clock: a.clock, logger: silentLogger, sources: schedulerSources(a.store) });
  const out: Reply[] = [];
  await scheduler.tick(async (_u, replies) => {
    out.push(...replies);
    return true;
  });
  return out;
}

const questions = (replies: Reply[]) => replies.filter((r) => r.type === 'question').map((r) => r.key);

describe('a reminder, then the parent comes back (W15-13)', () => {
  it('at the menu: the reminder asks its question, and resume does not ask it again', async () => {
    const a = app();
    await sendLetterFor(a, 'Bo');
    a.clock.advance(20 * DAY);
    const reminded = await tick(a);
    expect(questions(reminded)).toEqual(['case-file.followup.reminder']);
    a.clock.advance(2_000);
    const back = await a.send(cmd('resume'));
    expect(questions([...reminded, ...back])).toEqual(['case-file.followup.reminder']);
    expect(keysOf(back)).not.toContain('engine.back-to');
  });

  it('mid-question: the reminder and the question once; resume adds no second ask', async () => {
    const a = app();
    await sendLetterFor(a, 'Bo');
    await a.send(cmd('correct'));
    a.clock.advance(20 * DAY);
    const reminded = await tick(a);
    expect(keysOf(reminded)).toContain('case-file.followup.reminder-busy');
    const asked = questions(reminded);
    expect(asked).toHaveLength(1);
    a.clock.advance(2_000);
    const back = await a.send(cmd('resume'));
    expect(questions([...reminded, ...back])).toEqual(asked);
  });

  it('the parent answered in between: resume asks the question waiting as before', async () => {
    const a = app();
    await sendLetterFor(a, 'Bo');
    a.clock.advance(20 * DAY);
    await tick(a);
    await a.send('hmm');
    a.clock.advance(2_000);
    const back = await a.send(cmd('resume'));
    expect(questions(back)).toHaveLength(1);
  });

  it('days after the reminder: welcomed back and asked again', async () => {
    const a = app();
    await sendLetterFor(a, 'Bo');
    a.clock.advance(20 * DAY);
    await tick(a);
    a.clock.advance(3 * DAY);
    const back = await a.send(cmd('resume'));
    expect(questions(back)).toEqual(['case-file.followup.reminder']);
  });
});
