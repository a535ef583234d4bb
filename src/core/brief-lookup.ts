/**
 * Something about a parent that another service knows (a platform profile's time zone, say),
 * asked for once per key and kept. A caller waits for the first answer only briefly (`waitMs`:
 * a first turn may go without it, later ones have it), callers share the question in flight, and
 * a failure costs nothing but the value (null, reported to `onError`), the key not asked again
 * before `retryMs` has passed. A null answer ("the service has none") is kept like any other.
 * Answers and failures are kept for at most `maxKeys` keys each, the least recently used dropped
 * first (asked again when next wanted), so memory stays flat however many parents come and go.
 */
import { Lru } from './lru.js';

/**
 * Keys kept by default: a busy community's active parents many times over (one short string
 * each, a few hundred bytes with the Map's own share: about 3 MB at most).
 */
export const BRIEF_LOOKUP_KEYS = 10_000;

export interface BriefLookupOptions {
  /** How long a caller waits for a first answer. */
  waitMs: number;
  /** After a failed look-up, how long before the key may be asked again. */
  retryMs: number;
  /** Answers (and failures) kept at most, each (default BRIEF_LOOKUP_KEYS). */
  maxKeys?: number;
  now?: () => number;
  onError?: (err: unknown) => void;
}

export function briefLookup<T>(ask: (key: string) => Promise<T | null>, opts: BriefLookupOptions): (key: string) => Promise<T | null> {
  const now = opts.now ?? Date.now;
  const entries = opts.maxKeys ?? BRIEF_LOOKUP_KEYS;
  const known = new Lru<T | null>({ entries });
  const asking = new Map<string, Promise<T | null>>();
  const failedAt = new Lru<number>({ entries });

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
    const value = known.get(key);
    if (value !== undefined) return value;
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
