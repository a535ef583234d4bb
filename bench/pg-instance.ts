/**
 * One instance of the PostgreSQL bench (bench/pg.ts): the real engine on the PostgreSQL store,
 * driving the benchmark's mix of conversations (bench/mix.ts) closed-loop. It warms up, prints
 * `ready`, waits for `go` on stdin, runs its share and prints one JSON line.
 * Usage: pg-instance.ts URL FIRST COUNT CONCURRENCY
 */
import { createInterface } from 'node:readline';
import { bootClassifier, bootContent, FEATURES } from '../src/app.js';
import { createEngine } from '../src/core/engine.js';
import { silentLogger, systemClock } from '../src/core/ports.js';
import type { Reply } from '../src/core/types.js';
import { PgStore } from '../src/store/postgres/pg-store.js';
import { nextInput, personaFor, prng } from './mix.js';

const [url = '', firstArg = '0', countArg = '100', concArg = '16'] = process.argv.slice(2);
const [first, count, concurrency] = [Number(firstArg), Number(countArg), Number(concArg)];

const store = await PgStore.open({ url, poolSize: 4 });
const engine = createEngine({ store, clock: systemClock, content: bootContent(), classifier: bootClassifier(), features: FEATURES, logger: silentLogger });

/** Closed loop over conversations [from, to): `concurrency` parents at once, each reply acknowledged. */
async function drive(from: number, to: number): Promise<{ turns: number; errors: number }> {
  let next = from;
  const res = { turns: 0, errors: 0 };
  async function worker(): Promise<void> {
    for (let conv = next++; conv < to; conv = next++) {
      const p = personaFor(conv);
      const rnd = prng(conv);
      const opening = p.opening(conv, rnd);
      let last: Reply[] = [];
      for (let t = 0; t < p.turns; t++) {
        const id = `pg-c${conv}-t${t}`;
        last = await engine.handleTurn({ id, channel: 'slack', user: p.user(conv), where: 'dm', input: nextInput(p, conv, t, last, rnd, opening), receivedAt: new Date() });
        engine.ack(id);
        res.turns += 1;
        if (last.some((x) => x.key === 'engine.error')) res.errors += 1;
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return res;
}

// Warm-up on conversations of our own (beyond the measured range), then wait for the others.
await drive(1_000_000 + first, 1_000_000 + first + Math.min(100, count));
process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
for await (const line of lines) if (line.trim() === 'go') break;
const batchesBefore = store.batcher.stats.batches;
const t0 = performance.now();
const res = await drive(first, first + count);
const ms = performance.now() - t0;
process.stdout.write(`${JSON.stringify({ ...res, ms, batches: store.batcher.stats.batches - batchesBefore })}\n`);
lines.close();
await store.end();
