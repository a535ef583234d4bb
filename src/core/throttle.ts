/**
 * Per-parent flood control: a token bucket per user. Each turn takes a token; tokens refill at
 * a steady rate up to the burst size. A parent typing quickly, or pasting a long letter in a few
 * pieces, never notices it; a script hammering the bot is answered politely and not processed.
 *
 * Time comes from the injected clock (so tests can move it), and only elapsed time counts: a
 * clock that jumps backwards (DST, NTP) never refills or drains a bucket.
 */
export interface ThrottleOptions {
  /** Turns a parent may send at once before being slowed down. */
  burst: number;
  /** Tokens regained per second. */
  perSecond: number;
}

export const DEFAULT_THROTTLE: ThrottleOptions = { burst: 20, perSecond: 1 };

interface Bucket {
  tokens: number;
  at: number;
}

export interface Throttle {
  /** Takes a token for `key` at `nowMs`; false when the bucket is empty (throttled). */
  take(key: string, nowMs: number): boolean;
  /** Buckets currently remembered (full ones are forgotten over time). */
  readonly size: number;
}

/** Above this many remembered buckets, full ones are dropped: memory stays bounded by active users. */
const PRUNE_AT = 10_000;

export function createThrottle(opts: ThrottleOptions = DEFAULT_THROTTLE): Throttle {
  if (!(opts.burst >= 1) || !(opts.perSecond > 0)) throw new Error('throttle needs burst >= 1 and perSecond > 0');
  const buckets = new Map<string, Bucket>();
  const perMs = opts.perSecond / 1000;

  function refill(b: Bucket, nowMs: number): void {
    const elapsed = nowMs - b.at;
    if (elapsed > 0) {
      b.tokens = Math.min(opts.burst, b.tokens + elapsed * perMs);
      b.at = nowMs;
    }
  }

  function prune(nowMs: number): void {
    for (const [key, b] of buckets) {
      refill(b, nowMs);
      if (b.tokens >= opts.burst) buckets.delete(key);
    }
  }

  return {
    take(key, nowMs) {
      let b = buckets.get(key);
      if (!b) {
        if (buckets.size >= PRUNE_AT) prune(nowMs);
        b = { tokens: opts.burst, at: nowMs };
        buckets.set(key, b);
      } else {
        refill(b, nowMs);
      }
      if (b.tokens < 1) return false;
      b.tokens -= 1;
      return true;
    },
    get size() {
      return buckets.size;
    },
  };
}
