import { FLOWS } from '../flows/index.js';
import { bootClassifier, bootContent } from '../src/app.js';
import { createEngine } from '../src/core/engine.js';
import { silentLogger, systemClock } from '../src/core/ports.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { nextInput, personaFor, prng } from './mix.js';
import type { Reply } from '../src/core/types.js';
import { rmSync } from 'node:fs';
for (const s of ['', '-wal', '-shm']) rmSync('/tmp/prof.db' + s, { force: true });
const store = new SqliteStore({ path: '/tmp/prof.db' });
const engine = createEngine({ store, clock: systemClock, content: bootContent(), classifier: bootClassifier(), flows: FLOWS, logger: silentLogger });
let nextConv = 0; let turns = 0;
async function worker(end: number) { for (;;) { const conv = nextConv++; if (conv >= end) return;
  const p = personaFor(conv); const rnd = prng(conv); const opening = p.opening(conv, rnd);
  let last: Reply[] = [];
  for (let t = 0; t < p.turns; t++) {
    const id = `c${conv}-${t}`;
    last = await engine.handleTurn({ id, channel: 'slack', user: p.user(conv), input: nextInput(p, conv, t, last, rnd, opening), receivedAt: new Date() });
    engine.ack(id); turns++;
  }
}}
await Promise.all(Array.from({ length: 64 }, () => worker(500)));
turns = 0;
const t0 = performance.now(); const c0 = process.cpuUsage();
await Promise.all(Array.from({ length: 64 }, () => worker(2500)));
const cpu = process.cpuUsage(c0);
console.log(turns, 'turns', (turns / (performance.now() - t0) * 1000).toFixed(0), 'turns/s', ((cpu.user + cpu.system) / turns).toFixed(0), 'us cpu/turn');
store.close();
