/**
 * A probe, not a mode of the product: what would sharding parents across worker threads buy?
 *
 * Next Step runs every turn on one thread (the WAL fsync aside), so on this 2-core machine the
 * second core is mostly idle. The obvious way to use it is to split parents between N worker
 * threads, each with its own engine and its own SQLite file. This measures that on the
 * two-question dialogue (the peer comparison's dialogue), with the same closed loop as
 * `npm run bench`: 10,000 conversations, 64 parents at a time, replies released only after
 * their batch is durable, messages batched both ways (one postMessage per event-loop pass).
 *
 *   npx tsx bench/shards-probe.ts [SHARDS...] [--concurrency N]     e.g. … 1 2 --concurrency 64
 *
 * Prints one JSON line per shard count. The figures are in the README's Performance section.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { FEATURES } from '../src/app.js';
import { bootClassifier, bootContent } from '../src/app.js';
import { createEngine } from '../src/core/engine.js';
import { silentLogger, systemClock } from '../src/core/ports.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { withBenchContent, withBenchFlow } from './two-questions.flow.js';

interface TurnMsg {
  id: string;
  user: string;
  text: string;
}
type ToShard = { turn: TurnMsg } | { ack: string };
interface FromShard {
  id: string;
  replies: number;
}

/** Sends a message to `post` once per event-loop pass, with everything queued in that pass. */
function batcher<T>(post: (batch: T[]) => void): (m: T) => void {
  let queued: T[] = [];
  return (m) => {
    queued.push(m);
    if (queued.length > 1) return;
    setImmediate(() => {
      const batch = queued;
      queued = [];
      post(batch);
    });
  };
}

function runShard(dbPath: string): void {
  const port = parentPort;
  if (!port) throw new Error('a shard runs in a worker thread');
  const store = new SqliteStore({ path: dbPath });
  const engine = createEngine({
    store,
    clock: systemClock,
    content: withBenchContent(bootContent()),
    classifier: bootClassifier(),
    features: withBenchFlow(FEATURES),
    logger: silentLogger,
  });
  const reply = batcher<FromShard>((b) => port.postMessage(b));
  port.on('message', (batch: ToShard[] | 'close') => {
    if (batch === 'close') {
      store.close();
      port.postMessage('closed');
      return;
    }
    for (const m of batch) {
      if ('ack' in m) engine.ack(m.ack);
      else {
        const t = m.turn;
        void engine
          .handleTurn({ id: t.id, channel: 'slack', user: t.user, where: 'dm', input: { kind: 'text', text: t.text }, receivedAt: new Date() })
          .then((r) => reply({ id: t.id, replies: r.length }));
      }
    }
  });
  port.postMessage('ready');
}

function shardOf(user: string, shards: number): number {
  let h = 0;
  for (let i = 0; i < user.length; i++) h = (Math.imul(h, 31) + user.charCodeAt(i)) | 0;
  return (h >>> 0) % shards;
}

async function probe(shards: number, conversations: number, concurrency: number): Promise<{ shards: number; turns_per_s: number; empty_replies: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'nextstep-shards-'));
  const workers = await Promise.all(
    Array.from({ length: shards }, (_, k) =>
      new Promise<Worker>((resolve, reject) => {
        // tsx's loader is registered inside the worker by the small .mjs bootstrap.
        const w = new Worker(new URL('./shards-boot.mjs', import.meta.url), { workerData: { db: join(dir, `shard-${k}.db`) } });
        w.once('message', () => resolve(w));
        w.once('error', reject);
      }),
    ),
  );
  const waiting = new Map<string, (replies: number) => void>();
  for (const w of workers) {
    w.on('message', (batch: FromShard[] | string) => {
      if (typeof batch === 'string') return;
      for (const r of batch) {
        waiting.get(r.id)?.(r.replies);
        waiting.delete(r.id);
      }
    });
  }
  const send = workers.map((w) => batcher<ToShard>((b) => w.postMessage(b)));
  let empty = 0;

  async function drive(first: number, count: number): Promise<number> {
    let next = first;
    let turns = 0;
    const end = first + count;
    async function parent(): Promise<void> {
      for (;;) {
        const conv = next++;
        if (conv >= end) return;
        const user = `two:${conv}`;
        const to = send[shardOf(user, shards)] as (m: ToShard) => void;
        for (let t = 0; t < 3; t++) {
          const id = `c${conv}-t${t}`;
          const text = ['hi', `Kid${conv}`, `request-${conv}: a quiet room to start the day in`][t] as string;
          const replies = await new Promise<number>((resolve) => {
            waiting.set(id, resolve);
            to({ turn: { id, user, text } });
          });
          if (replies === 0) empty += 1;
          turns += 1;
          to({ ack: id });
        }
      }
    }
    const t0 = performance.now();
    await Promise.all(Array.from({ length: concurrency }, parent));
    return (turns / (performance.now() - t0)) * 1000;
  }

  await drive(0, 2000); // warm-up, as in the main bench
  empty = 0;
  const perS = await drive(2000, conversations);
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve) => {
          w.on('message', (m: unknown) => m === 'closed' && resolve());
          w.postMessage('close');
        }),
    ),
  );
  await Promise.all(workers.map((w) => w.terminate()));
  rmSync(dir, { recursive: true, force: true });
  return { shards, turns_per_s: Math.round(perS), empty_replies: empty };
}

if (isMainThread) {
  const { values, positionals } = parseArgs({ options: { concurrency: { type: 'string', default: '64' } }, allowPositionals: true });
  const concurrency = Number(values.concurrency);
  const counts = positionals.map(Number).filter((n) => Number.isInteger(n) && n >= 1);
  for (const n of counts.length ? counts : [1, 2]) {
    process.stderr.write(`shards-probe: ${n} shard(s), 10,000 two-question conversations, ${concurrency} parents at a time\n`);
    process.stdout.write(`${JSON.stringify({ ...(await probe(n, 10_000, concurrency)), concurrency })}\n`);
  }
} else {
  runShard((workerData as { db: string }).db);
}
