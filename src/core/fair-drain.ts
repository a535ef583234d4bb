/**
 * The outbox's drain for one channel: sends that are not answers to an event (re-deliveries,
 * check-in prompts, reminders, notices) go out one at a time, taking the communities (Slack
 * workspaces, Discord servers) in turn, so a community with a long queue never holds up the
 * others. Rate limits are the SDKs' first (Bolt's WebClient waits and retries on a 429, discord.js
 * queues by route); a limit the SDK hands back with a `retry_after` pauses only that community,
 * and the send is tried again after the wait, ahead of that community's later sends.
 */
export interface FairDrainOptions {
  /** The wait the platform asked for, when the error is a rate limit; null for any other failure. */
  retryAfterMs?: (err: unknown) => number | null;
  /** How many times one send is tried again after a rate limit before it fails (default 3). */
  maxRetries?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

interface Job {
  task: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
  retries: number;
}

export interface FairDrain {
  /** Queues `task` for `community`; settles as the task does. */
  push<T>(community: string, task: () => Promise<T>): Promise<T>;
  /** Sends waiting, across all communities. */
  readonly waiting: number;
}

export function createFairDrain(opts: FairDrainOptions = {}): FairDrain {
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const maxRetries = opts.maxRetries ?? 3;
  /** Communities with sends waiting, in turn order (a Map keeps insertion order). */
  const queues = new Map<string, Job[]>();
  const pausedUntil = new Map<string, number>();
  let running = false;

  async function run(): Promise<void> {
    running = true;
    while (queues.size > 0) {
      const t = now();
      const ready = [...queues.keys()].find((c) => (pausedUntil.get(c) ?? 0) <= t);
      if (ready === undefined) {
        const wake = Math.min(...[...queues.keys()].map((c) => pausedUntil.get(c) ?? t));
        await sleep(Math.max(0, wake - t));
        continue;
      }
      // Sends pushed for this community meanwhile join the same list.
      const jobs = queues.get(ready) ?? [];
      const job = jobs.shift();
      if (job) await attempt(ready, job, jobs);
      // Back of the line: every other community with sends ready goes before this one's next.
      queues.delete(ready);
      if (jobs.length > 0) queues.set(ready, jobs);
    }
    running = false;
  }

  async function attempt(community: string, job: Job, rest: Job[]): Promise<void> {
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
      rest.unshift(job);
    }
  }

  return {
    push<T>(community: string, task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const jobs = queues.get(community) ?? [];
        jobs.push({ task, resolve: resolve as (value: unknown) => void, reject, retries: 0 });
        queues.set(community, jobs);
        if (!running) void run();
      });
    },
    get waiting() {
      let n = 0;
      for (const jobs of queues.values()) n += jobs.length;
      return n;
    },
  };
}
