/**
 * Something about a parent that another service knows (a platform profile's time zone, say),
 * asked for once per key and kept. A caller waits for the first answer only briefly (`waitMs`:
 * a first turn may go without it, later ones have it), callers share the question in flight, and
 * a failure costs nothing but the value (null, reported to `onError`), the key not asked again
 * before `retryMs` has passed. A null answer ("the service has none") is kept like any other.
 */

export interface BriefLookupOptions {
  /** How long a caller waits for a first answer. */
  waitMs: number;
  /** After a failed look-up, how long before the key may be asked again. */
  retryMs: number;
  now?: () => number;
  onError?: (err: unknown) => void;
}

export function briefLookup<T>(ask: (key: string) => Promise<T | null>, opts: BriefLookupOptions): (key: string) => Promise<T | null> {
  const now = opts.now ?? Date.now;
  const known = new Map<string, T | null>();
  const asking = new Map<string, Promise<T | null>>();
  const failedAt = new Map<string, number>();

  function askOnce(key: string): Promise<T | null> {
    const pending = Promise.resolve()
      .then(() => ask(key))
      .then(
        (value) => {
          known.set(key, value);
          return value;
        },
        (err: unknown) => {
          failedAt.set(key, now());
          opts.onError?.(err);
          return null;
        },
      );
    asking.set(key, pending);
    void pending.finally(() => asking.delete(key));
    return pending;
  }

  return async (key) => {
    if (known.has(key)) return known.get(key) ?? null;
    const failed = failedAt.get(key);
    if (failed !== undefined && now() - failed < opts.retryMs) return null;
    const pending = asking.get(key) ?? askOnce(key);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), opts.waitMs)));
    try {
      return await Promise.race([pending, late]);
    } finally {
      clearTimeout(timer);
    }
  };
}
