/**
 * Between turns the engine keeps each conversation in memory (the store's cache and the live
 * xstate snapshot behind the stored one). A conversation must go exactly the same way when the
 * process restarts between every turn, so everything is rebuilt from the database each time.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Reply, TurnInput } from '../../src/core/types.js';
import { bootContent, FEATURES } from '../../src/app.js';
import { createEngine } from '../../src/core/engine.js';
import { silentLogger } from '../../src/core/ports.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { FixedClock, fixedClassifier, sender, tempDir } from '../support/builders.js';
import { cmd, conversationScript, makeTrustApp, pick, resume, text } from '../trust/support/trust-app.js';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.reverse().forEach((c) => c());
  cleanups = [];
});

const shape = (replies: Reply[]) => replies.map((r) => (r.type === 'question' ? `${r.key}?${r.choices.map((c) => c.id).join(',')}` : r.key));

const SCRIPTS: TurnInput[][] = [
  conversationScript(1),
  [resume, pick('new-no'), text('Pip'), text('a part-time timetable'), text('They said there is no staff for that this term'), pick('yes'), cmd('say'), text('we have never done that here'), cmd('notes'), cmd('restart')],
];

describe('warm and cold conversations', () => {
  for (const [n, script] of SCRIPTS.entries()) {
    it(`script ${n + 1}: the same replies and notes with or without a restart between turns`, async () => {
      const tmp = tempDir('nextstep-warm-cold-');
      cleanups.push(tmp.cleanup);
      const warm = makeTrustApp({ dbPath: join(tmp.dir, 'warm.db'), throttle: false, classifier: fixedClassifier('resources') });
      cleanups.push(() => warm.cleanup());
      const warmReplies: string[][] = [];
      for (const [j, input] of script.entries()) warmReplies.push(shape(await warm.send(input, { id: `w${j}` })));

      const coldReplies: string[][] = [];
      for (const [j, input] of script.entries()) {
        const cold = makeTrustApp({ dbPath: join(tmp.dir, 'cold.db'), throttle: false, classifier: fixedClassifier('resources') });
        coldReplies.push(shape(await cold.send(input, { id: `c${j}` })));
        cold.cleanup();
      }
      expect(coldReplies).toEqual(warmReplies);
      expect(warmReplies.flat().length).toBeGreaterThan(script.length);

      const cold = makeTrustApp({ dbPath: join(tmp.dir, 'cold.db'), throttle: false });
      cleanups.push(() => cold.cleanup());
      const notes = (app: typeof warm) => app.store.listNotes('parent-a').map((x) => [x.kind, x.topic, x.text]);
      expect(notes(cold)).toEqual(notes(warm));
      expect(notes(warm).length).toBeGreaterThan(0);
    });
  }

  it('the same replies and notes when the cache holds one parent and another talks between every turn', async () => {
    const script = SCRIPTS[1] as TurnInput[];
    const tmp = tempDir('nextstep-evicted-');
    cleanups.push(tmp.cleanup);
    const warm = makeTrustApp({ dbPath: join(tmp.dir, 'warm.db'), throttle: false, classifier: fixedClassifier('resources') });
    cleanups.push(() => warm.cleanup());
    const store = new SqliteStore({ path: join(tmp.dir, 'tiny.db'), cache: { parents: 1 } });
    cleanups.push(() => store.close());
    const clock = new FixedClock();
    const engine = createEngine({ store, clock, content: bootContent(), classifier: fixedClassifier('resources'), features: FEATURES, logger: silentLogger, throttle: false });
    const send = sender({ engine }, clock);
    const warmReplies: string[][] = [];
    const tinyReplies: string[][] = [];
    for (const [j, input] of script.entries()) {
      warmReplies.push(shape(await warm.send(input, { id: `w${j}` })));
      tinyReplies.push(shape(await send(input, { id: `a${j}` })));
      await send(script[j] as TurnInput, { id: `b${j}`, user: 'parent-b' }); // pushes parent-a out of the cache
    }
    expect(tinyReplies).toEqual(warmReplies);
    const notes = (s: SqliteStore) => s.listNotes('parent-a').map((x) => [x.kind, x.topic, x.text]);
    expect(notes(store)).toEqual(notes(warm.store));
    expect(notes(store).length).toBeGreaterThan(0);
  });
});
