/**
 * Memory of the product's own process, run by bench/run.ts as a fresh `node --expose-gc`
 * process on the JavaScript bundled into dist/ (as `npm start` runs, without the bench's TypeScript
 * loader and its per-turn records): the same mix as the bench, over N conversations (default
 * 10,000) on a new database, then RSS after a forced GC. Prints one JSON line.
 * Usage: node --expose-gc dist/bench/memory-child.cjs DB_PATH [N]
 */
import { createApp } from '../src/app.js';
import type { Reply } from '../src/core/types.js';
import { nextInput, personaFor, prng } from './mix.js';

const [dbPath, n = '10000'] = process.argv.slice(2);
const exposedGc = globalThis.gc;
if (!dbPath || !exposedGc) throw new Error('usage: node --expose-gc dist/bench/memory-child.cjs DB_PATH [CONVERSATIONS]');
const gc: () => void = exposedGc;
const app = createApp({ dbPath });
const end = Number(n);
let next = 0;
let errors = 0;

async function worker(): Promise<void> {
  for (let conv = next++; conv < end; conv = next++) {
    const p = personaFor(conv);
    const rnd = prng(conv);
    const opening = p.opening(conv, rnd);
    let last: Reply[] = [];
    for (let t = 0; t < p.turns; t++) {
      const id = `m${conv}-t${t}`;
      last = await app.engine.handleTurn({ id, channel: 'slack', user: p.user(conv), where: 'dm', input: nextInput(p, conv, t, last, rnd, opening), receivedAt: new Date() });
      if (last.some((x) => x.key === 'engine.error')) errors += 1;
      app.engine.ack(id);
    }
  }
}
// A function, not top-level await: the build bundles this file as CommonJS (scripts/build.mjs).
async function measure(): Promise<void> {
  await Promise.all(Array.from({ length: 64 }, worker));

  const rssMb = () => Math.round((process.memoryUsage().rss / 2 ** 20) * 10) / 10;
  gc();
  const afterFirstGc = rssMb();
  // A forced GC returns before V8's background threads have handed the pages it freed back to
  // the system: collect again after a pause until RSS stops falling (at most ~3 s).
  // Settled once three readings in a row (300 ms apart) differ by under half a megabyte: a single
  // pair could be a pause while V8's threads are still handing pages back.
  let rss = afterFirstGc;
  let still = 0;
  for (let i = 0; i < 20 && still < 2; i++) {
    await new Promise((r) => setTimeout(r, 300));
    gc();
    const now = rssMb();
    still = Math.abs(rss - now) < 0.5 ? still + 1 : 0;
    rss = now;
  }
  const stored = app.store.db.prepare('SELECT count(*) FROM sessions').pluck().get() as number;
  process.stdout.write(`${JSON.stringify({ conversations: end, stored_conversations: stored, errors, rss_mb_after_gc: rss, rss_mb_after_first_gc: afterFirstGc, heap_used_mb: Math.round(process.memoryUsage().heapUsed / 2 ** 20) })}\n`);
  app.close();
}

measure().catch((err: unknown) => {
  process.stderr.write(`memory child failed: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
