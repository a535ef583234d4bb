import { createApp } from '../../../src/app.js';
import { FixedClock, fixedClassifier, tempDir } from '../../support/builders.js';
import { conversationScript, scriptEventId, scriptUser } from './trust-app.js';
const tmp = tempDir();
const app = createApp({ dbPath: tmp.dir + '/p.db', clock: new FixedClock(), classifier: fixedClassifier('data'), throttle: false });
const perKey = new Map<number, number>();
async function run(offset: number, users: number) {
  const t0 = performance.now();
  await Promise.all(Array.from({ length: users }, async (_, i) => {
    for (const [j, input] of conversationScript(i).entries()) {
      const t = performance.now();
      await app.engine.handleTurn({ id: scriptEventId(i + offset, j), channel: 'console', user: scriptUser(i + offset), input, receivedAt: new Date() });
      perKey.set(j, (perKey.get(j) ?? 0) + performance.now() - t);
    }
  }));
  return performance.now() - t0;
}
console.log('warm', await run(0, 20));
perKey.clear();
const ms = await run(1000, 120);
console.log('120 users', ms, 'ms', 120 * 13 / ms * 1000, 'turns/s', (app.store as any).group.stats());
console.log([...perKey].map(([j, t]) => `${j}:${(t / 120).toFixed(1)}`).join(' '));
app.close(); tmp.cleanup();
