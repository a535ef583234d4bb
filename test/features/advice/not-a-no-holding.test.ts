/**
 * "It's not a no yet (they're looking into it)" at "What do I say next?": a short holding message
 * is offered (thanking them and asking by when they will answer), and once it is sent a reminder is
 * set, as the other ways of waiting on the school do. By keys, documents and the store.
 */
import { describe, expect, it } from 'vitest';
import { sayNextMachine } from '../../../flows/advice/say-next.flow.js';
import { classified, choice, ofType, replay } from '../flow-paths.js';
import { caseAppsAfterEach } from '../../support/case-app.js';
import { cmd, documents, pick, question, sendLetterFor } from '../case-file/support.js';
import type { Reply } from '../../../src/core/types.js';

const LOOKING = 'We are looking into whether a shorter day is possible and will be in touch once the pastoral team has met on Thursday. Mrs Ahmed';
const app = caseAppsAfterEach();

describe('not a no yet: a holding message and a reminder', () => {
  it('the flow offers a letter after "not a no yet"', () => {
    const r = replay(sayNextMachine, { statement: 'Mrs Ahmed is taking it to the head after half term.' }, [classified('resources', false), choice('not-a-no')]);
    expect(r.final.value).toBe('offer');
    expect(ofType<{ key: string }>(r.effects, 'ask').at(-1)?.key).toBe('say-next.ask-draft');
  });

  it('drafted, it asks by when they will answer; sent, a reminder is set', async () => {
    const a = app();
    await sendLetterFor(a, 'Rosy');
    await a.send(cmd('say'));
    await a.send(pick('something-else'));
    let r: Reply[] = await a.send(LOOKING);
    expect(question(r).key).toBe('say-next.ask-draft');
    r = await a.send(pick('yes'));
    for (let i = 0; i < 12 && documents(r).length === 0; i++) {
      const q = question(r);
      const skip = q.choices.find((c) => ['skip', 'not-said', 'yes', 'keep'].includes(c.id));
      r = await a.send(skip ? pick(skip.id) : 'A shorter day');
    }
    const letter = documents(r)[0];
    expect(letter?.key).toBe('letter.holding-reply');
    expect(a.store.requests.listFollowups('parent-a', { status: 'open' })).toEqual([]);
    await a.send(pick('sent'));
    expect(a.store.requests.listFollowups('parent-a', { status: 'open' })).toHaveLength(1);
  });
});
