/**
 * The morning burst, simulated (issue #18): N parents whose check-in falls due in the same
 * minute, half on Slack and half on Discord, two or more real app processes (`npm start`, each
 * running both channels) on one PostgreSQL, a fake Slack enforcing Slack's posting limits with
 * 429 + Retry-After (slack/fake-limits.ts) and a fake Discord enforcing Discord's (the global
 * limit and per-route buckets, discord/discord-limits.ts), and one instance SIGKILLed part-way.
 * Every parent must get their prompt exactly once. Used by morning-burst.test.ts (a few hundred
 * parents) and the bench (`--only burst`, 10,000).
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
import { WEEKDAYS } from '../../src/features/daily-log/model.js';
import { sealerFromEnv } from '../../src/security/sealer-from-env.js';
import { PgStore } from '../../src/store/postgres/pg-store.js';
import { DiscordLimits, type DiscordLimitOptions } from './discord/discord-limits.js';
import { FakeDiscord } from './discord/fake-discord.js';
import { Instance } from './slack/app-process.js';
import { SlackLimits, type SlackLimitOptions } from './slack/fake-limits.js';
import { FakeSlack, SIGNING_SECRET } from './slack/fake-slack.js';

export interface BurstOptions {
  /** A fresh PostgreSQL database. */
  url: string;
  parents: number;
  instances: number;
  /** SIGKILL the first instance once this fraction of the parents has their prompt (0 = never). */
  killAt: number;
  /** The share of the parents on Discord (default one half; the rest on Slack). */
  discordShare?: number;
  limits?: SlackLimitOptions;
  discordLimits?: DiscordLimitOptions;
  /** The instances' NEXTSTEP_TICK_MS and NEXTSTEP_REDELIVER_AFTER_MS. */
  tickMs?: number;
  redeliverAfterMs?: number;
  timeoutMs?: number;
  progress?: (s: string) => void;
}

/** One platform's share of the burst. */
export interface PlatformResult {
  parents: number;
  /** Seconds from the prompts falling due to this platform's last parent's first prompt. */
  deliver_s: number;
  /** Parents who never got their prompt. */
  lost: number;
  /** Parents who got a message of it more than once. */
  doubled: number;
  /** The platform's limits' own minimum for its parents' prompts. */
  limit_min_s: number;
  /** Requests refused with a 429. */
  rate_limited: number;
  /** Requests sent again before the Retry-After their 429 gave had passed (a 429 not honoured). */
  retried_early: number;
}

export interface BurstResult {
  parents: number;
  instances: number;
  /** Seconds from the prompts falling due to the last parent's first prompt. */
  deliver_s: number;
  /** Parents who never got their prompt, and who got it more than once (both platforms). */
  lost: number;
  doubled: number;
  /** The limits' own minimum (the slower platform's; they run side by side), and deliver_s over it. */
  limit_min_s: number;
  ratio_vs_limit_min: number;
  /** Requests refused with a 429 (both platforms). */
  rate_limited: number;
  /** Parents with their prompt when the first instance was killed (null: none was). */
  killed_at: number | null;
  slack: PlatformResult;
  discord: PlatformResult & { /** Sends Discord answered with the message it had (a repeated nonce). */ nonce_hits: number };
}

const user = (i: number) => `U${i}`;
/** Parents 0..nSlack-1 are on Slack, the rest on Discord. */
const discordUser = (i: number) => String(1_400_000_000_000_000_000n + BigInt(i));
const parentOf = (nSlack: number) => (i: number) => (i < nSlack ? `slack:T1:${user(i)}` : `discord:${discordUser(i)}`);
const AT = '2026-01-01T00:00:00.000Z';

/** Every parent, check-ins off, due at 00:00 UTC every day once switched on. */
async function seed(url: string, dataKey: string, n: number, parent: (i: number) => string): Promise<void> {
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
async function switchOn(url: string, n: number, parent: (i: number) => string): Promise<void> {
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

/** Per parent: each message's posts, by nonce (Slack: one message per prompt), and when the first came. */
class Tally {
  readonly first = new Map<string, number>();
  private readonly posts = new Map<string, Map<string, number>>();

  post(dm: string, message = ''): void {
    let byMessage = this.posts.get(dm);
    if (!byMessage) this.posts.set(dm, (byMessage = new Map()));
    byMessage.set(message, (byMessage.get(message) ?? 0) + 1);
    if (!this.first.has(dm)) this.first.set(dm, performance.now());
  }

  result(dms: readonly string[], t0: number, limitMin: number, rateLimited: number, early: number): PlatformResult {
    let lost = 0;
    let doubled = 0;
    for (const dm of dms) {
      const byMessage = this.posts.get(dm);
      if (!byMessage) lost += 1;
      else if ([...byMessage.values()].some((k) => k > 1)) doubled += 1;
    }
    const last = Math.max(t0, ...dms.map((dm) => this.first.get(dm) ?? t0));
    return { parents: dms.length, deliver_s: (last - t0) / 1000, lost, doubled, limit_min_s: limitMin, rate_limited: rateLimited, retried_early: early };
  }
}

export async function runBurst(opts: BurstOptions): Promise<BurstResult> {
  const progress = opts.progress ?? (() => {});
  const n = opts.parents;
  const nDiscord = Math.round(n * (opts.discordShare ?? 0.5));
  const nSlack = n - nDiscord;
  const parent = parentOf(nSlack);
  const dataKey = randomBytes(32).toString('base64');
  const dir = mkdtempSync(join(tmpdir(), 'nextstep-burst-'));
  const slack = await FakeSlack.start();
  const slackLimits = new SlackLimits(opts.limits);
  slack.limits = slackLimits;
  const discord = await FakeDiscord.start();
  const discordLimits = new DiscordLimits(opts.discordLimits);
  discord.limits = discordLimits;
  const instances: Instance[] = [];
  try {
    progress(`burst: seeding ${n} parents (${nSlack} on Slack, ${nDiscord} on Discord)`);
    await seed(opts.url, dataKey, n, parent);
    const env = (name: string): NodeJS.ProcessEnv => ({
      NEXTSTEP_DATABASE_URL: opts.url,
      NEXTSTEP_DATA_KEY: dataKey,
      NEXTSTEP_DB: join(dir, name, 'nextstep.db'),
      NEXTSTEP_TICK_MS: String(opts.tickMs ?? 1000),
      NEXTSTEP_REDELIVER_AFTER_MS: String(opts.redeliverAfterMs ?? 10_000),
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      DISCORD_TOKEN: 'fake-token',
      DISCORD_APPLICATION_ID: discord.appId,
      DISCORD_API_URL: discord.apiUrl,
      LOG_LEVEL: 'info',
    });
    progress(`burst: starting ${opts.instances} instances`);
    for (let i = 0; i < opts.instances; i++) instances.push(await Instance.start(env(`i${i}`), 'next step is running'));

    // Each parent's posts: Slack's DM is `D<user>` (the fake's conversations.open), Discord's the fake's DM channel.
    const slackTally = new Tally();
    const discordTally = new Tally();
    slack.onCall = (c) => {
      if (c.method === 'chat.postMessage') slackTally.post(String(c.args['channel']));
    };
    discord.onCreate = (channel, nonce) => discordTally.post(channel, nonce ?? '');
    const slackDms = Array.from({ length: nSlack }, (_, i) => `D${user(i)}`);
    const discordDms = Array.from({ length: nDiscord }, (_, k) => discord.dmChannelFor(discordUser(nSlack + k)));
    const delivered = () => slackTally.first.size + discordTally.first.size;

    await switchOn(opts.url, n, parent);
    const t0 = performance.now();
    progress('burst: due');
    const deadline = Date.now() + (opts.timeoutMs ?? 600_000);
    let killedAt: number | null = null;
    let lastReport = 0;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const got = delivered();
      if (killedAt === null && opts.killAt > 0 && got >= opts.killAt * n) {
        killedAt = got;
        progress(`burst: SIGKILL instance 0 at ${got} delivered`);
        await instances[0]?.kill();
      }
      if (Date.now() - lastReport > 10_000) {
        lastReport = Date.now();
        const refused = slack.limited.length + discordLimits.refused.global + discordLimits.refused.route;
        progress(`burst: ${got}/${n} delivered (Slack ${slackTally.first.size}, Discord ${discordTally.first.size}), ${refused} requests refused with 429`);
      }
      if (got >= n && (await undeliveredTurns(opts.url)) === 0) break;
      if (Date.now() > deadline) break;
    }
    const slackResult = slackTally.result(slackDms, t0, slackLimits.minimumSeconds(nSlack), slack.limited.length, slackLimits.early);
    const discordResult = discordTally.result(discordDms, t0, discordLimits.minimumSeconds(nDiscord), discordLimits.refused.global + discordLimits.refused.route, discordLimits.early);
    const deliverS = Math.max(slackResult.deliver_s, discordResult.deliver_s);
    const limitMin = Math.max(slackResult.limit_min_s, discordResult.limit_min_s);
    return {
      parents: n,
      instances: opts.instances,
      deliver_s: deliverS,
      lost: slackResult.lost + discordResult.lost,
      doubled: slackResult.doubled + discordResult.doubled,
      limit_min_s: limitMin,
      ratio_vs_limit_min: limitMin > 0 ? deliverS / limitMin : 0,
      rate_limited: slackResult.rate_limited + discordResult.rate_limited,
      killed_at: killedAt,
      slack: slackResult,
      discord: { ...discordResult, nonce_hits: discord.nonceHits },
    };
  } finally {
    // What each instance logged at warn or above (message names only, never text), for a failed run.
    for (const [k, inst] of instances.entries()) {
      const counts = new Map<string, number>();
      for (const l of inst.lines) if (Number(l['level']) >= 40) counts.set(String(l['msg']), (counts.get(String(l['msg'])) ?? 0) + 1);
      if (counts.size) progress(`burst: instance ${k} logged ${JSON.stringify(Object.fromEntries(counts))}`);
    }
    await Promise.all(instances.map((i) => i.stop()));
    await slack.stop();
    await discord.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
