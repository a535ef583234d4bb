/**
 * `npm run bench` (a readable table) / `npm run -s bench -- --json` (one JSON object on stdout).
 * Progress goes to stderr. Separate from the tests: this is where speed is measured.
 *
 *   mix          a realistic mix of conversations (triage with classification, answers saved as
 *                notes, letters, "what do I say next", returning parents reading their notes;
 *                daily logs through a hook in bench/mix.ts) over many concurrent conversations,
 *                on durable SQLite (WAL, synchronous=FULL, group commit). 10,000 conversations.
 *   two-question the same two-question dialogue as the peer, on the same engine and storage.
 *   floor        bare SQLite transactions of the same shape and batching, no engine.
 *   peer         the two-question dialogue on the Microsoft Bot Framework SDK (botbuilder-dialogs
 *                waterfall, MemoryStorage - in memory, not durable), installed on first run.
 *   durable peer the same peer with its ConversationState on durable SQLite: our pragmas, our
 *                group commit, the same concurrency (bench/peer/sqlite-storage.mjs).
 *   classify     the classifier alone.
 *   startup      a fresh process: spawn → first reply, with the 10,000-conversation database.
 *   memory       the same mix in a process of the product's own (plain JavaScript in dist/, no
 *                TypeScript loader, no bench records), then RSS after a forced GC (memory-child.ts).
 *   postgres     the mix on 4 instances (processes) sharing one local PostgreSQL (bench/pg.ts),
 *                as a fraction of the SQLite floor measured in the same run.
 *   burst        10,000 check-ins due at once, two instances on one PostgreSQL, one SIGKILLed,
 *                half on Slack, half on Discord, against fakes enforcing their limits (bench/burst.ts).
 *
 * Options: --json, --conversations N (10000), --concurrency N (64), --skip-peer, --debug,
 * --pg-instances N (4), --pg-conversations N (2000), --skip-pg, --burst-parents N (10000), --skip-burst,
 * --only two|peer|durable-peer|mix|startup|pg|burst (run one part alone, for investigating).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { values } from './options.js';
import { bootClassifier, bootContent, FEATURES } from '../src/app.js';
import { instrument, screenTimes, shapeOf, type Measured } from './measure.js';
import { productNodeFlags, quantile, round, runChild, settle, sum, us } from './helpers.js';
import { runDurablePeer, runPeer } from './peers.js';
import { createEngine, type Engine } from '../src/core/engine.js';
import { silentLogger, systemClock, type Classifier, type Sealer } from '../src/core/ports.js';
import type { Reply } from '../src/core/types.js';
import { createAesSealer } from '../src/security/aes-sealer.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { runFloor, type TurnShape } from './floor.js';
import { NO_BURST, runBurstBench } from './burst.js';
import { runPgBench } from './pg.js';
import { startupRatios } from './startup-ratios.js';
import { nextInput, personaFor, prng, STATEMENTS } from './mix.js';
import { withBenchContent, withBenchFlow } from './two-questions.flow.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');

const CONVERSATIONS = Number(values.conversations);
const CONCURRENCY = Number(values.concurrency);
const progress = (s: string) => process.stderr.write(`bench: ${s}\n`);

interface Rig {
  engine: Engine;
  store: SqliteStore;
  m: Measured;
  close(): void;
}

function rig(dbPath: string, opts: { classifier: Classifier; twoQuestions?: boolean; sealer?: Sealer }): Rig {
  const store = new SqliteStore({ path: dbPath, ...(opts.sealer ? { sealer: opts.sealer } : {}) });
  const m: Measured = { work: [], ack: [], screen: [], texts: [], measureShape: false, shape: { snapshot: 0, pending: 0, replies: 0, noteBytes: 0, notes: 0, saves: 0 } };
  const content = opts.twoQuestions ? withBenchContent(bootContent()) : bootContent();
  const features = opts.twoQuestions ? withBenchFlow(FEATURES) : FEATURES;
  // --debug: failed turns are logged (ids and code locations only) to stderr.
  const logger = values.debug ? { ...silentLogger, error: (o: object) => progress(`turn failed ${JSON.stringify(o)}`) } : silentLogger;
  const engine = createEngine({ store: instrument(store, m), clock: systemClock, content, classifier: opts.classifier, features, logger });
  return { engine, store, m, close: () => store.close() };
}

interface DriveResult {
  turns: number;
  ms: number;
  throttled: number;
  errors: number;
  empty: number;
}

/**
 * Closed loop: `concurrency` parents talk at once; each runs a whole conversation, then the next
 * conversation starts. Every reply is acknowledged (delivered) as an adapter would.
 */
async function drive(r: Rig, first: number, count: number, concurrency: number, script: (conv: number) => { user: string; turns: number; input: (turn: number, last: Reply[]) => import('../src/core/types.js').TurnInput }): Promise<DriveResult> {
  let next = first;
  const end = first + count;
  const res: DriveResult = { turns: 0, ms: 0, throttled: 0, errors: 0, empty: 0 };
  async function worker(): Promise<void> {
    for (;;) {
      const conv = next++;
      if (conv >= end) return;
      const s = script(conv);
      let last: Reply[] = [];
      for (let t = 0; t < s.turns; t++) {
        const id = `c${conv}-t${t}`;
        const input = s.input(t, last);
        const t0 = performance.now();
        last = await r.engine.handleTurn({ id, channel: 'slack', user: s.user, where: 'dm', input, receivedAt: new Date() });
        r.m.ack.push(performance.now() - t0);
        if (input.kind === 'text') r.m.texts.push(input.text);
        res.turns += 1;
        if (last.length === 0) res.empty += 1;
        if (last.some((x) => x.key === 'engine.slow-down')) res.throttled += 1;
        if (last.some((x) => x.key === 'engine.error')) res.errors += 1;
        r.engine.ack(id);
      }
    }
  }
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  res.ms = performance.now() - t0;
  return res;
}

const mixScript = (conv: number) => {
  const p = personaFor(conv);
  const rnd = prng(conv);
  const opening = p.opening(conv, rnd);
  return { user: p.user(conv), turns: p.turns, input: (t: number, last: Reply[]) => nextInput(p, conv, t, last, rnd, opening) };
};
const twoQuestionScript = (conv: number) => ({
  user: `two:${conv}`,
  turns: 3,
  input: (t: number) => ({ kind: 'text' as const, text: ['hi', `Kid${conv}`, `request-${conv}: a quiet room to start the day in`][t] as string }),
});

/** The same two-question dialogue as the peer, on the same engine and durable storage. */
async function twoQuestions(dir: string, classifier: Classifier): Promise<{ turns_per_s: number; p50_us: number; p99_us: number; turns: number; crisis_screen_share: number; shape: TurnShape }> {
  progress(`two-question dialogue: ${CONVERSATIONS} conversations`);
  const two = rig(join(dir, 'two.db'), { classifier, twoQuestions: true });
  two.m.measureShape = true;
  const warm = await drive(two, 0, 2000, CONCURRENCY, twoQuestionScript);
  two.m.measureShape = false;
  const shape = shapeOf(two.m.shape, warm.turns, 1);
  two.m.ack.length = 0;
  two.m.work.length = 0;
  two.m.texts.length = 0;
  const res = await drive(two, 2000, CONVERSATIONS, CONCURRENCY, twoQuestionScript);
  two.close();
  two.m.screen = screenTimes(two.m.texts);
  return {
    turns_per_s: round((res.turns / res.ms) * 1000),
    p50_us: us(quantile(two.m.work, 0.5)),
    p99_us: us(quantile(two.m.work, 0.99)),
    turns: res.turns,
    crisis_screen_share: round(sum(two.m.screen) / sum(two.m.work), 2),
    shape,
  };
}


async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'nextstep-bench-'));
  /**
   * A floor is a second or two of work, so one run is at the mercy of the machine's moment: the
   * median of three, each on a fresh database, is what the fractions divide by.
   */
  const medianFloor = async (name: string, shape: TurnShape, turns: number): Promise<{ turns_per_s: number }> => {
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      runs.push((await runFloor(join(dir, `${name}-${i}.db`), shape, turns, CONVERSATIONS, CONCURRENCY)).turns_per_s);
      await settle();
    }
    return { turns_per_s: quantile(runs, 0.5) };
  };
  try {
    progress(`booting content and classifier (${cpus().length} cores, Node ${process.version})`);
    const bootT0 = performance.now();
    const content = bootContent();
    const classifier = bootClassifier();
    const bootMs = performance.now() - bootT0;
    void content;

    // Classifier alone.
    for (let i = 0; i < 2000; i++) classifier.classify(STATEMENTS[i % STATEMENTS.length] as string);
    let classified = 0;
    const cT0 = performance.now();
    while (performance.now() - cT0 < 1500) for (const s of STATEMENTS) {
      classifier.classify(s);
      classified++;
    }
    const classifyPerS = (classified / (performance.now() - cT0)) * 1000;

    const peerOpts = { conversations: CONVERSATIONS, concurrency: CONCURRENCY, progress };
    if (values.only === 'two' || values.only === 'peer' || values.only === 'durable-peer') {
      if (values.only === 'two') {
        // With its own floor, measured the same way as in the full run (median of three).
        const two = await twoQuestions(dir, classifier);
        await settle();
        const floor = await medianFloor('floor2', two.shape, two.turns);
        process.stdout.write(`${JSON.stringify({ ...two, floor_turns_per_s: round(floor.turns_per_s), two_question_floor_fraction: round(two.turns_per_s / floor.turns_per_s, 2) })}\n`);
        return;
      }
      const r = values.only === 'peer' ? await runPeer(peerOpts) : await runDurablePeer({ ...peerOpts, dbPath: join(dir, 'peer.db') });
      process.stdout.write(`${JSON.stringify(r)}\n`);
      return;
    }
    if (values.only === 'startup') {
      // Start-up alone, on a small database (the full run uses the 10,000-conversation one).
      const r = rig(join(dir, 'mix.db'), { classifier });
      await drive(r, 0, 200, CONCURRENCY, mixScript);
      r.close();
      process.stdout.write(`${JSON.stringify(await startupRatios(ROOT, join(dir, 'mix.db'), 'bench:0'))}\n`);
      return;
    }
    if (values.only === 'pg') {
      // PostgreSQL alone (its fraction of the floor needs the full run).
      process.stdout.write(`${JSON.stringify(await runPgBench({ instances: Number(values['pg-instances']), conversations: Number(values['pg-conversations']), concurrency: CONCURRENCY, progress }))}\n`);
      return;
    }
    const burstOpts = { parents: Number(values['burst-parents']), instances: 2, progress };
    if (values.only === 'burst') return void process.stdout.write(`${JSON.stringify(await runBurstBench(burstOpts))}\n`);
    if (values.only === 'mix') {
      const r = rig(join(dir, 'mix.db'), { classifier });
      await drive(r, 0, 1000, CONCURRENCY, mixScript);
      r.m.work.length = 0;
      const res = await drive(r, 1000, CONVERSATIONS, CONCURRENCY, mixScript);
      r.close();
      process.stdout.write(`${JSON.stringify({ turns_per_s: round((res.turns / res.ms) * 1000), p50_us: us(quantile(r.m.work, 0.5)), p99_us: us(quantile(r.m.work, 0.99)), turns: res.turns, errors: res.errors, crisis_screen_p50_us: us(quantile(screenTimes(r.m.texts), 0.5)) })}\n`);
      return;
    }

    // The like-for-like comparison first, on a quiet disk.
    const two = await twoQuestions(dir, classifier);
    await settle();
    const durablePeer = values['skip-peer'] ? null : await runDurablePeer({ ...peerOpts, dbPath: join(dir, 'peer.db') });
    await settle();
    const peer = values['skip-peer'] ? null : await runPeer(peerOpts);
    await settle();

    // The mix, on a durable database that ends with 10,000+ stored conversations.
    const mixDb = join(dir, 'mix.db');
    const mix = rig(mixDb, { classifier });
    progress('mix: warming up on 1,000 conversations (and measuring row sizes for the floor)');
    mix.m.measureShape = true;
    const warm = await drive(mix, 0, 1000, CONCURRENCY, mixScript);
    mix.m.measureShape = false;
    mix.m.work.length = 0;
    mix.m.ack.length = 0;
    mix.m.texts.length = 0;
    const batchesBefore = mix.store.group?.stats().batches ?? 0;
    progress(`mix: ${CONVERSATIONS} conversations, ${CONCURRENCY} at a time`);
    const mixRes = await drive(mix, 1000, CONVERSATIONS, CONCURRENCY, mixScript);
    const batches = (mix.store.group?.stats().batches ?? 0) - batchesBefore;
    const storedConversations = (mix.store.db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n;
    const storedNotes = (mix.store.db.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n;
    const gcRan = typeof global.gc === 'function';
    global.gc?.();
    const rssMb = process.memoryUsage().rss / 2 ** 20;
    const mixWork = mix.m.work;
    const mixAck = mix.m.ack;
    const shape = shapeOf(mix.m.shape, warm.turns, mixRes.turns / Math.max(1, batches));
    mix.close();
    const mixScreen = screenTimes(mix.m.texts);
    const dbMb = statSync(mixDb).size / 2 ** 20;
    await settle();

    // Solo latency: one parent at a time, so every turn waits for its own fsync.
    const solo = rig(join(dir, 'solo.db'), { classifier });
    await drive(solo, 0, 100, 1, mixScript);
    solo.m.ack.length = 0;
    await drive(solo, 100, 300, 1, mixScript);
    const soloAck = solo.m.ack;
    solo.close();
    await settle();

    // Encrypted at rest (AES-256-GCM), a shorter run of the same mix.
    const enc = rig(join(dir, 'enc.db'), { classifier, sealer: createAesSealer(Buffer.alloc(32, 7)) });
    await drive(enc, 0, 500, CONCURRENCY, mixScript);
    progress('mix again with NEXTSTEP_DATA_KEY set (2,000 conversations)');
    const encRes = await drive(enc, 500, 2000, CONCURRENCY, mixScript);
    enc.close();
    await settle();

    // Floor: bare SQLite, same shape and batching, same number of turns.
    progress('floor: bare SQLite transactions of the same shape (3 runs, the median)');
    const floor = await medianFloor('floor', shape, mixRes.turns);
    const floorUnbatched = await runFloor(join(dir, 'floor1.db'), shape, 3000, 1000, 1);
    await settle();
    progress('floor: bare SQLite transactions shaped like the two-question dialogue (3 runs, the median)');
    const twoFloor = await medianFloor('floor2', two.shape, two.turns);

    // Many instances, one PostgreSQL: the same mix, against the floor just measured.
    const pgRes = values['skip-pg'] ? null : await runPgBench({ instances: Number(values['pg-instances']), conversations: Number(values['pg-conversations']), concurrency: CONCURRENCY, progress });
    await settle();
    const burst = values['skip-burst'] ? NO_BURST : await runBurstBench(burstOpts);
    await settle();

    // Start-up of a fresh process against the 10,000-conversation database.
    progress('startup: a fresh process opening the 10,000-conversation database');
    const startups: { wall: number; rss: number; app: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await runChild(process.execPath, ['--import', 'tsx', join(HERE, 'startup.ts'), mixDb, 'bench:5000']);
      const j = JSON.parse(r.line) as { app_ms: number; rss_mb: number };
      startups.push({ wall: r.wallMs, rss: j.rss_mb, app: j.app_ms });
    }
    const startup = startups.sort((a, b) => a.wall - b.wall)[1] ?? startups[0];
    progress('startup: npm start and a CLI command against bare node, median of 3 each');
    const firstUser = (() => {
      const s = new SqliteStore({ path: mixDb, groupCommit: false });
      const row = s.db.prepare('SELECT user_id FROM notes ORDER BY id LIMIT 1').get() as { user_id: string } | undefined;
      s.close();
      return row?.user_id ?? 'bench:0';
    })();
    const ratios = await startupRatios(ROOT, mixDb, firstUser);
    progress(`memory: the product's process (plain JavaScript in dist/), the same mix over ${CONVERSATIONS} conversations`);
    // The build bundles the child too (scripts/build.mjs); startupRatios has just brought dist/ up to date.
    const memory = JSON.parse((await runChild(process.execPath, ['--expose-gc', ...productNodeFlags(), join(ROOT, 'dist', 'bench', 'memory-child.cjs'), join(dir, 'memory.db'), String(CONVERSATIONS)])).line) as {
      rss_mb_after_gc: number;
      stored_conversations: number;
      errors: number;
    };

    const turnsPerS = (mixRes.turns / mixRes.ms) * 1000;
    const twoPerS = two.turns_per_s;
    const result = {
      turns_per_s: round(turnsPerS),
      // The engine's share of what bare SQLite allows for the same writes, in the same run.
      mix_floor_fraction: round(turnsPerS / floor.turns_per_s, 2),
      p50_us: us(quantile(mixWork, 0.5)),
      p99_us: us(quantile(mixWork, 0.99)),
      ack_p50_us: us(quantile(mixAck, 0.5)),
      ack_p99_us: us(quantile(mixAck, 0.99)),
      solo_ack_p50_us: us(quantile(soloAck, 0.5)),
      solo_ack_p99_us: us(quantile(soloAck, 0.99)),
      crisis_screen_p50_us: us(quantile(mixScreen, 0.5)),
      crisis_screen_share: round(sum(mixScreen) / sum(mixWork), 2),
      two_question_crisis_screen_share: two.crisis_screen_share,
      classify_per_s: round(classifyPerS),
      rss_mb: round(rssMb, 1),
      // The product's own process (bench/memory-child.ts, compiled) after the same mix and a forced GC.
      rss_mb_after_gc: memory.rss_mb_after_gc,
      memory_stored_conversations: memory.stored_conversations,
      memory_error_turns: memory.errors,
      // This bench process (tsx, its records) after a forced GC (npm run bench runs Node with --expose-gc).
      bench_rss_mb_after_gc: gcRan ? round(rssMb, 1) : null,
      startup_ratio_vs_node: ratios.startup_ratio_vs_node,
      cli_ratio_vs_node: ratios.cli_ratio_vs_node,
      startup_first_reply_ms: ratios.startup_ms,
      cli_notes_ms: ratios.cli_ms,
      node_bare_ms: ratios.node_ms,
      startup_ms: round(startup?.wall ?? NaN),
      startup_app_ms: round(startup?.app ?? NaN),
      startup_rss_mb: round(startup?.rss ?? NaN, 1),
      floor_turns_per_s: round(floor.turns_per_s),
      floor_unbatched_turns_per_s: round(floorUnbatched.turns_per_s),
      two_question_turns_per_s: round(twoPerS),
      two_question_floor_turns_per_s: round(twoFloor.turns_per_s),
      two_question_floor_fraction: round(twoPerS / twoFloor.turns_per_s, 2),
      two_question_p50_us: two.p50_us,
      two_question_p99_us: two.p99_us,
      peer_turns_per_s: peer ? round(peer.turns_per_s) : null,
      ratio_vs_peer: peer ? round(twoPerS / peer.turns_per_s, 2) : null,
      mix_ratio_vs_peer: peer ? round(turnsPerS / peer.turns_per_s, 2) : null,
      // The same peer with its state on durable SQLite (our pragmas and group commit).
      durable_peer_turns_per_s: durablePeer ? round(durablePeer.turns_per_s) : null,
      ratio_vs_durable_peer: durablePeer ? round(twoPerS / durablePeer.turns_per_s, 2) : null,
      durable_peer_turns_per_commit: durablePeer?.turns_per_commit ? round(durablePeer.turns_per_commit, 1) : null,
      encrypted_turns_per_s: round((encRes.turns / encRes.ms) * 1000),
      // PostgreSQL: the mix on N instances (processes) sharing one local, durable PostgreSQL.
      pg_turns_per_s: pgRes ? round(pgRes.turns_per_s) : null,
      pg_floor_fraction: pgRes ? round(pgRes.turns_per_s / floor.turns_per_s, 2) : null,
      // Against the engine on SQLite in the same run (the mix, one process): what sharing costs.
      pg_ratio_vs_sqlite_mix: pgRes ? round(pgRes.turns_per_s / turnsPerS, 2) : null,
      pg_instances: pgRes ? pgRes.instances : null,
      pg_turns: pgRes ? pgRes.turns : null,
      pg_error_turns: pgRes ? pgRes.errors : null,
      pg_turns_per_commit: pgRes ? round(pgRes.turns_per_commit, 1) : null,
      ...burst,
      turns: mixRes.turns,
      conversations: CONVERSATIONS,
      stored_conversations: storedConversations,
      stored_notes: storedNotes,
      db_mb: round(dbMb, 1),
      concurrency: CONCURRENCY,
      turns_per_commit: round(shape.turnsPerCommit, 1),
      throttled_turns: mixRes.throttled,
      error_turns: mixRes.errors,
      boot_content_classifier_ms: round(bootMs),
      durability: 'WAL; group commit: one COMMIT per batch, the WAL fsynced off the main thread before any of its replies is released; synchronous=FULL for every other write',
      cores: cpus().length,
      node: process.version,
    };
    if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else {
      const w = Math.max(...Object.keys(result).map((k) => k.length));
      for (const [k, v] of Object.entries(result)) process.stdout.write(`${k.padEnd(w)}  ${String(v)}\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
