/**
 * The morning-burst bench (`--only burst`, and in the full run unless `--skip-burst`): the
 * scenario of test/adapters/morning-burst.ts at full size. 10,000 parents due in the same
 * minute, half on Slack and half on Discord, two instances (real processes) on one local
 * PostgreSQL, the fake Slack and fake Discord enforcing their platforms' limits with 429s, one
 * instance SIGKILLed a third of the way in.
 */
import pg from 'pg';
import { runBurst } from '../test/adapters/morning-burst.js';
import { server } from './pg.js';

export interface BurstBench {
  burst_parents: number;
  burst_instances: number;
  burst_deliver_s: number;
  burst_lost: number;
  burst_doubled: number;
  burst_limit_min_s: number;
  burst_ratio_vs_limit_min: number;
  burst_rate_limited: number;
  burst_killed_at: number | null;
  /** Per platform: parents, time to the last first prompt, lost, doubled, the limits' minimum, 429s. */
  burst_slack_parents: number;
  burst_slack_deliver_s: number;
  burst_slack_lost: number;
  burst_slack_doubled: number;
  burst_slack_limit_min_s: number;
  burst_slack_rate_limited: number;
  burst_discord_parents: number;
  burst_discord_deliver_s: number;
  burst_discord_lost: number;
  burst_discord_doubled: number;
  burst_discord_limit_min_s: number;
  burst_discord_rate_limited: number;
  /** Sends Discord answered with the message it already had for the nonce (a second send of one message). */
  burst_discord_nonce_hits: number;
}

/** The fields when the burst is skipped (`--skip-burst`): the JSON keeps them, as null. */
export const NO_BURST: { [K in keyof BurstBench]: null } = {
  burst_parents: null,
  burst_instances: null,
  burst_deliver_s: null,
  burst_lost: null,
  burst_doubled: null,
  burst_limit_min_s: null,
  burst_ratio_vs_limit_min: null,
  burst_rate_limited: null,
  burst_killed_at: null,
  burst_slack_parents: null,
  burst_slack_deliver_s: null,
  burst_slack_lost: null,
  burst_slack_doubled: null,
  burst_slack_limit_min_s: null,
  burst_slack_rate_limited: null,
  burst_discord_parents: null,
  burst_discord_deliver_s: null,
  burst_discord_lost: null,
  burst_discord_doubled: null,
  burst_discord_limit_min_s: null,
  burst_discord_rate_limited: null,
  burst_discord_nonce_hits: null,
};

export async function runBurstBench(opts: { parents: number; instances: number; progress: (s: string) => void }): Promise<BurstBench> {
  const srv = await server();
  try {
    const admin = new pg.Client({ connectionString: srv.url });
    await admin.connect();
    const name = `burst_${Date.now()}`;
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(srv.url);
    url.pathname = `/${name}`;
    const r = await runBurst({ url: url.toString(), parents: opts.parents, instances: opts.instances, killAt: 1 / 3, tickMs: 1000, redeliverAfterMs: 10_000, timeoutMs: 1_800_000, progress: opts.progress });
    const round = (x: number) => Math.round(x * 100) / 100;
    return {
      burst_parents: r.parents,
      burst_instances: r.instances,
      burst_deliver_s: round(r.deliver_s),
      burst_lost: r.lost,
      burst_doubled: r.doubled,
      burst_limit_min_s: round(r.limit_min_s),
      burst_ratio_vs_limit_min: round(r.ratio_vs_limit_min),
      burst_rate_limited: r.rate_limited,
      burst_killed_at: r.killed_at,
      burst_slack_parents: r.slack.parents,
      burst_slack_deliver_s: round(r.slack.deliver_s),
      burst_slack_lost: r.slack.lost,
      burst_slack_doubled: r.slack.doubled,
      burst_slack_limit_min_s: round(r.slack.limit_min_s),
      burst_slack_rate_limited: r.slack.rate_limited,
      burst_discord_parents: r.discord.parents,
      burst_discord_deliver_s: round(r.discord.deliver_s),
      burst_discord_lost: r.discord.lost,
      burst_discord_doubled: r.discord.doubled,
      burst_discord_limit_min_s: round(r.discord.limit_min_s),
      burst_discord_rate_limited: r.discord.rate_limited,
      burst_discord_nonce_hits: r.discord.nonce_hits,
    };
  } finally {
    await srv.stop();
  }
}
