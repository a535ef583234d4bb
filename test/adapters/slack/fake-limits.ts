/**
 * Rate limits a fake platform enforces, as token buckets: a request that finds its bucket empty is
 * refused with a 429 and how many seconds to wait (Slack's `Retry-After` is whole seconds).
 * The figures used and their sources: docs/channels.md ("The morning burst").
 */
export class TokenBucket {
  private tokens: number;
  private last: number;
  constructor(
    readonly perSecond: number,
    readonly burst: number,
    now = Date.now(),
  ) {
    this.tokens = burst;
    this.last = now;
  }

  /** Takes one token: null when allowed, else the seconds until one is free. */
  take(now = Date.now()): number | null {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return null;
    }
    return (1 - this.tokens) / this.perSecond;
  }
}

export interface SlackLimitOptions {
  /** chat.postMessage per channel: Slack's "1 per second", with a short burst allowed. */
  perChannelPerSecond?: number;
  perChannelBurst?: number;
  /** chat.postMessage across the workspace (Slack keeps one but publishes no figure). */
  workspacePerSecond?: number;
  workspaceBurst?: number;
}

/**
 * A request may come before its Retry-After ends by this much and still count as honouring it
 * (the fake stamps the 429 before the client reads it; a timer may fire a millisecond early).
 */
export const RETRY_AFTER_LEEWAY_MS = 10;

/** Slack's limits on posting messages: per channel, and across the workspace. */
export class SlackLimits {
  private readonly channels = new Map<string, TokenBucket>();
  private readonly workspace: TokenBucket;
  /** Per channel: when the last 429's Retry-After ends. */
  private readonly notBefore = new Map<string, number>();
  readonly opts: Required<SlackLimitOptions>;
  /** Posts to a channel that came before the Retry-After its last refused post was given had passed. */
  early = 0;

  constructor(opts: SlackLimitOptions = {}) {
    this.opts = { perChannelPerSecond: 1, perChannelBurst: 3, workspacePerSecond: 50, workspaceBurst: 50, ...opts };
    this.workspace = new TokenBucket(this.opts.workspacePerSecond, this.opts.workspaceBurst);
  }

  /** Null when the call may go ahead, else the `Retry-After` in whole seconds. */
  check(method: string, channel: unknown, now = Date.now()): number | null {
    if (method !== 'chat.postMessage') return null;
    const key = String(channel);
    let bucket = this.channels.get(key);
    if (!bucket) this.channels.set(key, (bucket = new TokenBucket(this.opts.perChannelPerSecond, this.opts.perChannelBurst, now)));
    if (now < (this.notBefore.get(key) ?? 0) - RETRY_AFTER_LEEWAY_MS) this.early += 1;
    const wait = bucket.take(now) ?? this.workspace.take(now);
    if (wait === null) return null;
    const seconds = Math.max(1, Math.ceil(wait));
    this.notBefore.set(key, now + seconds * 1000);
    return seconds;
  }

  /** The limits' own minimum time for `messages` posts spread over distinct channels. */
  minimumSeconds(messages: number): number {
    return Math.max(0, messages - this.opts.workspaceBurst) / this.opts.workspacePerSecond;
  }
}
