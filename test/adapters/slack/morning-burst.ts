/**
 * The morning burst, simulated (issue #18): N parents whose check-in falls due in the same
 * minute, two or more real app processes (`npm start`) on one PostgreSQL, a fake Slack that
 * enforces Slack's posting limits with 429 + Retry-After (fake-limits.ts), and one instance
 * SIGKILLed part-way. Every parent must get their prompt exactly once. Used by
 * morning-burst.test.ts (a few hundred parents) and the bench (`--only burst`, 10,000).
 *
 * The prompts fall due together: the parents are written with check-ins off while the instances
 * start, then switched on in one transaction (their versions moved, so every instance reloads
 * them), and the instances' next tick finds all of them due.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { WEEKDAYS } from '../../../src/features/daily-log/model.js';
import { sealerFromEnv } from '../../../src/security/sealer-from-env.js';
import { PgStore } from '../../../src/store/postgres/pg-store.js';
import { Instance } from './app-process.js';
import { SlackLimits, type SlackLimitOptions } from './fake-limits.js';
import { FakeSlack, SIGNING_SECRET } from './fake-slack.js';

export interface BurstOptions {
  /** A fresh PostgreSQL database. */
  url: string;
  parents: number;
  instances: number;
  /** SIGKILL the first instance once this fraction of the parents has their prompt (0 = never). */
  killAt: number;
  limits?: SlackLimitOptions;
  /** The instances' NEXTSTEP_TICK_MS and NEXTSTEP_REDELIVER_AFTER_MS. */
  tickMs?: number;
  redeliverAfterMs?: number;
  timeoutMs?: number;
  progress?: (s: string) => void;
}

export interface BurstResult {
  parents: number;
  instances: number;
  /** Seconds from the prompts falling due to the last parent's first prompt. */
  deliver_s: number;
  /** Parents who never got their prompt. */
  lost: number;
  /** Parents who got it more than once. */
  doubled: number;
  /** The limits' own minimum for that many posts, and deliver_s over it. */
  limit_min_s: number;
  ratio_vs_limit_min: number;
  /** Posts refused with a 429. */
  rate_limited: number;
  /** Parents with their prompt when the first instance was killed (null: none was). */
  killed_at: number | null;
}

const user = (i: number) => `U${i}`;
const parent = (i: number) => `slack:T1:${user(i)}`;
const AT = '2026-01-01T00:00:00.000Z';

/** Every parent, check-ins off, due at 00:00 UTC every day once switched on. */
async function seed(url: string, dataKey: string, n: number): Promise<void> {
  const store = await PgStore.open({ url, sealer: sealerFromEnv({ NEXTSTEP_DATA_KEY: dataKey }), poolSize: 4 });
  try {
    for (let from = 0; from < n; from += 500) {
      const ids = Array.from({ length: Math.min(500, n - from) }, (_, k) => parent(from + k));
      await Promise.all(
        ids.map((id) =>
          store.runTurn({ userId: id }, () => {
            store.ensureUser(id, AT);
            store.logs.updateCheckin(id, { enabled: false, time: '00:00', zone: 'UTC', days: [...WEEKDAYS], activeFrom: AT }, AT);
          }),
        ),
      );
    }
  } finally {
    await store.end();
  }
}

/** Switches every check-in on in one transaction, moving the parents' versions. */
async function switchOn(url: string, n: number): Promise<void> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const ids = Array.from({ length: n }, (_, i) => parent(i));
    await db.query('BEGIN');
    await db.query('UPDATE checkin_settings SET enabled = 1 WHERE user_id = ANY($1::text[])', [ids]);
    await db.query(
      `INSERT INTO user_versions (user_id, version) SELECT u, nextval('user_version_seq') FROM unnest($1::text[]) AS u
       ON CONFLICT (user_id) DO UPDATE SET version = EXCLUDED.version`,
      [ids],
    );
    await db.query('COMMIT');
  } finally {
    await db.end();
  }
}

async function undeliveredTurns(url: string): Promise<number> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    return Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM turns WHERE delivered_at IS NULL')).rows[0]?.n ?? 0);
  } finally {
    await db.end();
  }
}

export async function runBurst(opts: BurstOptions): Promise<BurstResult> {
  const progress = opts.progress ?? (() => {});
  const n = opts.parents;
  const dataKey = randomBytes(32).toString('base64');
  const dir = mkdtempSync(join(tmpdir(), 'nextstep-burst-'));
  const fake = await FakeSlack.start();
  const limits = new SlackLimits(opts.limits);
  fake.limits = limits;
  const instances: Instance[] = [];
  try {
    progress(`burst: seeding ${n} parents`);
    await seed(opts.url, dataKey, n);
    const env = (name: string): NodeJS.ProcessEnv => ({
      NEXTSTEP_DATABASE_URL: opts.url,
      NEXTSTEP_DATA_KEY: dataKey,
      NEXTSTEP_DB: join(dir, name, 'nextstep.db'),
      NEXTSTEP_TICK_MS: String(opts.tickMs ?? 1000),
      NEXTSTEP_REDELIVER_AFTER_MS: String(opts.redeliverAfterMs ?? 10_000),
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      LOG_LEVEL: 'info',
    });
    progress(`burst: starting ${opts.instances} instances`);
    for (let i = 0; i < opts.instances; i++) instances.push(await Instance.start(env(`i${i}`)));

    // Each parent's posts (the fake answers conversations.open with `D<user>`), and when the first came.
    const perChannel = new Map<string, number>();
    const firstAt = new Map<string, number>();
    fake.onCall = (c) => {
      if (c.method !== 'chat.postMessage') return;
      const ch = String(c.args['channel']);
      perChannel.set(ch, (perChannel.get(ch) ?? 0) + 1);
      if (!firstAt.has(ch)) firstAt.set(ch, performance.now());
    };

    await switchOn(opts.url, n);
    const t0 = performance.now();
    progress('burst: due');
    const deadline = Date.now() + (opts.timeoutMs ?? 600_000);
    let killedAt: number | null = null;
    let lastReport = 0;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const got = firstAt.size;
      if (killedAt === null && opts.killAt > 0 && got >= opts.killAt * n) {
        killedAt = got;
        progress(`burst: SIGKILL instance 0 at ${got} delivered`);
        await instances[0]?.kill();
      }
      if (Date.now() - lastReport > 10_000) {
        lastReport = Date.now();
        progress(`burst: ${got}/${n} delivered, ${fake.limited.length} posts refused with 429`);
      }
      if (got >= n && (await undeliveredTurns(opts.url)) === 0) break;
      if (Date.now() > deadline) break;
    }
    const lastFirst = Math.max(t0, ...firstAt.values());
    const deliverS = (lastFirst - t0) / 1000;
    let lost = 0;
    let doubled = 0;
    for (let i = 0; i < n; i++) {
      const posts = perChannel.get(`D${user(i)}`) ?? 0;
      if (posts === 0) lost += 1;
      if (posts > 1) doubled += 1;
    }
    const limitMin = limits.minimumSeconds(n);
    return {
      parents: n,
      instances: opts.instances,
      deliver_s: deliverS,
      lost,
      doubled,
      limit_min_s: limitMin,
      ratio_vs_limit_min: limitMin > 0 ? deliverS / limitMin : 0,
      rate_limited: fake.limited.length,
      killed_at: killedAt,
    };
  } finally {
    // What each instance logged at warn or above (message names only, never text), for a failed run.
    for (const [k, inst] of instances.entries()) {
      const counts = new Map<string, number>();
      for (const l of inst.lines) if (Number(l['level']) >= 40) counts.set(String(l['msg']), (counts.get(String(l['msg'])) ?? 0) + 1);
      if (counts.size) progress(`burst: instance ${k} logged ${JSON.stringify(Object.fromEntries(counts))}`);
    }
    await Promise.all(instances.map((i) => i.stop()));
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
