/** A look-up asked once per key and waited for briefly (core/brief-lookup.ts). */
import { describe, expect, it } from 'vitest';
import { BRIEF_LOOKUP_KEYS, briefLookup } from '../../src/core/brief-lookup.js';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('briefLookup', () => {
  it('asks once per key and keeps the answer, a null one too', async () => {
    const asked: string[] = [];
    const lookup = briefLookup(async (key) => (asked.push(key), key === 'a' ? 'Europe/Paris' : null), { waitMs: 1000, retryMs: 60_000 });
    expect(await lookup('a')).toBe('Europe/Paris');
    expect(await lookup('a')).toBe('Europe/Paris');
    expect(await lookup('b')).toBeNull();
    expect(await lookup('b')).toBeNull();
    expect(asked).toEqual(['a', 'b']);
  });

  it('waits only briefly: a slow answer is null for now, one question is in flight, and later calls have it', async () => {
    const answer = deferred<string | null>();
    let asks = 0;
    const lookup = briefLookup(() => (asks++, answer.promise), { waitMs: 20, retryMs: 60_000 });
    const started = Date.now();
    expect(await Promise.all([lookup('a'), lookup('a')])).toEqual([null, null]);
    expect(Date.now() - started).toBeLessThan(1000);
    answer.resolve('Asia/Tokyo');
    expect(await lookup('a')).toBe('Asia/Tokyo');
    expect(asks).toBe(1);
  });

  it('an answer within the wait is handed to the caller waiting for it', async () => {
    const answer = deferred<string | null>();
    const lookup = briefLookup(() => answer.promise, { waitMs: 1000, retryMs: 60_000 });
    const pending = lookup('a');
    answer.resolve('America/Chicago');
    expect(await pending).toBe('America/Chicago');
  });

  it('a failure costs only the value: reported, not asked again before retryMs, asked again after', async () => {
    let clock = 0;
    const errors: unknown[] = [];
    let fail = true;
    let asks = 0;
    const lookup = briefLookup(
      async () => {
        asks += 1;
        if (fail) throw new Error('down');
        return 'UTC';
      },
      { waitMs: 1000, retryMs: 100, now: () => clock, onError: (e) => errors.push(e) },
    );
    expect(await lookup('a')).toBeNull();
    expect(errors).toHaveLength(1);
    fail = false;
    clock = 99;
    expect(await lookup('a')).toBeNull();
    expect(asks).toBe(1);
    clock = 100;
    expect(await lookup('a')).toBe('UTC');
    expect(asks).toBe(2);
  });

  it('a look-up that throws at once is a failure too, not a crash', async () => {
    const errors: unknown[] = [];
    const lookup = briefLookup<string>(
      () => {
        throw new Error('bad input');
      },
      { waitMs: 1000, retryMs: 100, onError: (e) => errors.push(e) },
    );
    expect(await lookup('a')).toBeNull();
    expect(errors).toHaveLength(1);
  });

  it('keeps at most maxKeys answers: the least recently used goes first, one used lately stays', async () => {
    const asked: string[] = [];
    const lookup = briefLookup(async (key) => (asked.push(key), `zone of ${key}`), { waitMs: 1000, retryMs: 60_000, maxKeys: 3 });
    for (const key of ['a', 'b', 'c']) await lookup(key);
    expect(await lookup('a')).toBe('zone of a'); // used lately: b is now the least recent
    await lookup('d');
    expect(asked).toEqual(['a', 'b', 'c', 'd']);
    expect(await lookup('a')).toBe('zone of a');
    expect(await lookup('c')).toBe('zone of c');
    expect(await lookup('d')).toBe('zone of d');
    expect(asked).toEqual(['a', 'b', 'c', 'd']);
    // b was dropped: asked again (and kept, dropping the least recent, a).
    expect(await lookup('b')).toBe('zone of b');
    expect(asked).toEqual(['a', 'b', 'c', 'd', 'b']);
    await lookup('a');
    expect(asked.at(-1)).toBe('a');
  });

  it('keeps at most maxKeys failures too: a key dropped from them may be asked again', async () => {
    const asked: string[] = [];
    const lookup = briefLookup<string>(
      async (key) => {
        asked.push(key);
        throw new Error('down');
      },
      { waitMs: 1000, retryMs: 60_000, now: () => 0, maxKeys: 2 },
    );
    for (const key of ['a', 'b', 'a', 'c', 'a', 'b']) await lookup(key);
    // a and b failed; a's failure was used lately when c came, so b's was dropped and b is asked again.
    expect(asked).toEqual(['a', 'b', 'c', 'b']);
  });

  it('holds a bounded number by default (BRIEF_LOOKUP_KEYS), not every key for ever', async () => {
    let asks = 0;
    const lookup = briefLookup(async (key) => (asks++, key), { waitMs: 1000, retryMs: 60_000 });
    for (let i = 0; i <= BRIEF_LOOKUP_KEYS; i++) await lookup(`u${i}`);
    await lookup('u0'); // the least recent, dropped for the last one
    expect(asks).toBe(BRIEF_LOOKUP_KEYS + 2);
  });
});
