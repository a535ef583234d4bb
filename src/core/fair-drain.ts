/**
 * The outbox's drain for one channel: sends that are not answers to an event (re-deliveries,
 * check-in prompts, reminders, notices) go out a few at a time, taking the communities (Slack
 * workspaces, Discord servers) in turn, so a community with a long queue never holds up the
 * others. Sends that share a key (one parent's) go out one at a time, in the order pushed.
 * Rate limits are the SDKs' first (Bolt's WebClient waits and retries on a 429, discord.js
 * queues by route); a limit the SDK hands back with a `retry_after` pauses only that community,
 * and the send is tried again after the wait, ahead of that community's later sends.
 */
export interface FairDrainOptions {
  /** The wait the platform asked for, when the error is a rate limit; null for any other failure. */
  retryAfterMs?: (err: unknown) => number | null;
  /** How many times one send is tried again after a rate limit before it fails (default 3). */
  maxRetries?: number;
  /**
   * Sends in flight at once, across all communities (default 1). More than one keeps a busy
   * minute (every parent in a time zone prompted at 7:30) from waiting on each send's round
   * trip in turn; the platforms' own limits are still the SDKs' to keep.
   */
  concurrency?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

interface Job {
  task: () => Promise<unknown>;
  key: string | undefined;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
  retries: number;
}

export interface FairDrain {
  /**
   * Queues `task` for `community`; settles as the task does. Tasks with the same `key` never
   * run at the same time and start in the order pushed.
   */
  push<T>(community: string, task: () => Promise<T>, key?: string): Promise<T>;
  /** Sends waiting (not yet started), across all communities. */
  readonly waiting: number;
}

export function createFairDrain(opts: FairDrainOptions = {}): FairDrain {
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const maxRetries = opts.maxRetries ?? 3;
  const concurrency = Math.max(1, Math.floor(opts.concurrency ?? 1));
  /** Communities with sends waiting, in turn order (a Map keeps insertion order). */
  const queues = new Map<string, Job[]>();
  const pausedUntil = new Map<string, number>();
  const busyKeys = new Set<string>();
  let active = 0;
  let waking = false;

  /** Each key's jobs waiting, in the order pushed, whichever community they came through. */
  const byKey = new Map<string, Job[]>();

  /** The first job of `jobs` that may start now: no send of its key in flight, and first of its key. */
  function startable(jobs: readonly Job[]): number {
    return jobs.findIndex((job) => job.key === undefined || (!busyKeys.has(job.key) && byKey.get(job.key)?.[0] === job));
  }

  function keyQueue(key: string): Job[] {
    let list = byKey.get(key);
    if (list === undefined) {
      list = [];
      byKey.set(key, list);
    }
    return list;
  }

  /** Starts what may start, communities in turn; sleeps until the first pause ends when only paused ones wait. */
  function pump(): void {
    while (active < concurrency && queues.size > 0) {
      const t = now();
      let started = false;
      for (const [community, jobs] of queues) {
        if ((pausedUntil.get(community) ?? 0) > t) continue;
        const i = startable(jobs);
        if (i < 0) continue;
        const [job] = jobs.splice(i, 1) as [Job];
        if (jobs.length === 0) queues.delete(community);
        else backOfTheLine(community);
        start(community, job);
        started = true;
        break;
      }
      if (!started) break;
    }
    if (active === 0 && !waking && queues.size > 0) wakeAfterPause();
  }

  /** Every other community with sends waiting goes before this one's next. */
  function backOfTheLine(community: string): void {
    const jobs = queues.get(community);
    if (jobs === undefined) return;
    queues.delete(community);
    queues.set(community, jobs);
  }

  /** Nothing in flight and every waiting community paused: try again as the first pause ends. */
  function wakeAfterPause(): void {
    const t = now();
    // A pause may have ended since pump looked: then the wait is zero, never no wake at all.
    const wake = Math.min(...[...queues.keys()].map((c) => pausedUntil.get(c) ?? t));
    waking = true;
    void sleep(Math.max(0, wake - t)).then(() => {
      waking = false;
      pump();
    });
  }

  function start(community: string, job: Job): void {
    active += 1;
    if (job.key !== undefined) {
      busyKeys.add(job.key);
      const list = keyQueue(job.key);
      list.shift();
      if (list.length === 0) byKey.delete(job.key);
    }
    void attempt(community, job).finally(() => {
      active -= 1;
      if (job.key !== undefined) busyKeys.delete(job.key);
      // Sends pushed for this community while it was sending wait behind the others too.
      backOfTheLine(community);
      pump();
    });
  }

  async function attempt(community: string, job: Job): Promise<void> {
    try {
      job.resolve(await job.task());
    } catch (err) {
      const wait = opts.retryAfterMs?.(err) ?? null;
      if (wait === null || job.retries >= maxRetries) {
        job.reject(err);
        return;
      }
      job.retries += 1;
      pausedUntil.set(community, now() + wait);
      // Ahead of this community's later sends, including any pushed meanwhile, and of its key's.
      queues.set(community, [job, ...(queues.get(community) ?? [])]);
      if (job.key !== undefined) keyQueue(job.key).unshift(job);
    }
  }

  return {
    push<T>(community: string, task: () => Promise<T>, key?: string): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const jobs = queues.get(community) ?? [];
        const job: Job = { task, key, resolve: resolve as (value: unknown) => void, reject, retries: 0 };
        jobs.push(job);
        queues.set(community, jobs);
        if (key !== undefined) keyQueue(key).push(job);
        pump();
      });
    },
    get waiting() {
      let n = 0;
      for (const jobs of queues.values()) n += jobs.length;
      return n;
    },
  };
}
