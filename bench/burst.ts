/**
 * The morning-burst bench (`--only burst`, and in the full run unless `--skip-burst`): the
 * scenario of test/adapters/slack/morning-burst.ts at full size. 10,000 parents due in the same
 * minute, two instances (real processes) on one local PostgreSQL, the fake Slack enforcing
 * Slack's posting limits with 429 + Retry-After, one instance SIGKILLed a third of the way in.
 */
import pg from 'pg';
import { runBurst } from '../test/adapters/slack/morning-burst.js';
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
    };
  } finally {
    await srv.stop();
  }
}
