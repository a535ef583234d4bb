/**
 * CPU time per turn: the bench's two-question dialogue or its mix, driven as bench/run.ts drives
 * them (64 parents at a time, every reply acknowledged, durable SQLite with group commit), timed
 * by `process.cpuUsage` (this process's user and system time, all its threads) rather than the
 * wall clock. On a machine shared with other work the wall clock moves with everyone else's load;
 * CPU time moves much less, so it is the figure to compare two checkouts by, alternated.
 *
 *   node --max-semi-space-size=8 --import tsx bench/turn-cpu.ts two|mix [CONVERSATIONS] [ROOT]
 *
 * ROOT (default: this checkout) is the checkout whose engine is measured: a worktree of main,
 * say, to compare with this one (docs/performance.md, "Where a turn's time goes").
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [part = 'two', conversations = '4000', root = join(dirname(fileURLToPath(import.meta.url)), '..')] = process.argv.slice(2);
if (part !== 'two' && part !== 'mix') {
  process.stderr.write('usage: bench/turn-cpu.ts two|mix [CONVERSATIONS] [ROOT]\n');
  process.exit(2);
}
const N = Number(conversations);
const from = (p: string) => import(join(root, p));
const { bootClassifier, bootContent, FEATURES } = await from('src/app.ts');
const { createEngine } = await from('src/core/engine.ts');
const { silentLogger, systemClock } = await from('src/core/ports.ts');
const { SqliteStore } = await from('src/store/sqlite/sqlite-store.ts');
const { withBenchContent, withBenchFlow } = await from('bench/two-questions.flow.ts');
const { nextInput, personaFor, prng } = await from('bench/mix.ts');

interface Script {
  user: string;
  turns: number;
  input(turn: number, last: unknown[]): unknown;
}
const two = part === 'two';
const dir = mkdtempSync(join(tmpdir(), 'nextstep-turn-cpu-'));
const store = new SqliteStore({ path: join(dir, 'turns.db') });
const engine = createEngine({ store, clock: systemClock, content: two ? withBenchContent(bootContent()) : bootContent(), classifier: bootClassifier(), features: two ? withBenchFlow(FEATURES) : FEATURES, logger: silentLogger });

const twoQuestions = (conv: number): Script => ({ user: `two:${conv}`, turns: 3, input: (t) => ({ kind: 'text', text: ['hi', `Kid${conv}`, `request-${conv}: a quiet room to start the day in`][t] }) });
function mix(conv: number): Script {
  const p = personaFor(conv);
  const rnd = prng(conv);
  const opening = p.opening(conv, rnd);
  return { user: p.user(conv), turns: p.turns, input: (t, last) => nextInput(p, conv, t, last, rnd, opening) };
}

async function drive(first: number, count: number): Promise<number> {
  let next = first;
  let turns = 0;
  async function parent(): Promise<void> {
    for (let conv = next++; conv < first + count; conv = next++) {
      const s = two ? twoQuestions(conv) : mix(conv);
      let last: unknown[] = [];
      for (let t = 0; t < s.turns; t++) {
        const id = `c${conv}-t${t}`;
        last = await engine.handleTurn({ id, channel: 'slack', user: s.user, where: 'dm', input: s.input(t, last), receivedAt: new Date() });
        turns++;
        engine.ack(id);
      }
    }
  }
  await Promise.all(Array.from({ length: 64 }, parent));
  return turns;
}

try {
  await drive(0, Math.min(2000, Math.ceil(N / 5))); // warm-up, as the bench's
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const turns = await drive(1_000_000, N);
  const cpu = process.cpuUsage(cpu0);
  const ms = performance.now() - t0;
  const perTurn = (us: number) => Math.round((us / turns) * 10) / 10;
  process.stdout.write(`${JSON.stringify({ part, turns, cpu_us_per_turn: perTurn(cpu.user + cpu.system), user_us_per_turn: perTurn(cpu.user), turns_per_s: Math.round((turns / ms) * 1000) })}\n`);
} finally {
  store.close();
  rmSync(dir, { recursive: true, force: true });
}
