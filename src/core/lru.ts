/**
 * A Map in least-recently-used order, bounded by count, and optionally by size and idle time:
 * the least recently used go first. Core's, so both core (brief-lookup.ts) and the store's hot
 * cache (src/store/sqlite/hot-cache.ts) can keep one without core knowing the store.
 */
export interface LruLimits {
  /** Entries kept at most. */
  entries: number;
  /** The sizes `set` is given, summed, at most (default: no bound). */
  chars?: number;
  /** An entry not used for this long is dropped (default: never). */
  idleMs?: number;
  /** Milliseconds now (tests pass their own clock). */
  now?: () => number;
}

interface Entry<T> {
  value: T;
  at: number;
  chars: number;
}

export class Lru<T> {
  private readonly map = new Map<string, Entry<T>>();
  private total = 0;
  private readonly limits: Required<LruLimits>;

  constructor(limits: LruLimits) {
    this.limits = { chars: Infinity, idleMs: Infinity, now: Date.now, ...limits };
  }

  get(key: string): T | undefined {
    const e = this.map.get(key);
    if (e === undefined) return undefined;
    const now = this.limits.now();
    if (now - e.at > this.limits.idleMs) {
      this.delete(key);
      return undefined;
    }
    this.map.delete(key); // most recently used goes last
    e.at = now;
    this.map.set(key, e);
    return e.value;
  }

  set(key: string, value: T, chars = 0): void {
    this.delete(key);
    const now = this.limits.now();
    this.map.set(key, { value, at: now, chars });
    this.total += chars;
    for (const [k, e] of this.map) {
      const over = this.map.size > this.limits.entries || this.total > this.limits.chars || now - e.at > this.limits.idleMs;
      if (!over || k === key) break;
      this.delete(k);
    }
  }

  delete(key: string): void {
    const e = this.map.get(key);
    if (e === undefined) return;
    this.total -= e.chars;
    this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
    this.total = 0;
  }

  get size(): number {
    return this.map.size;
  }
}
