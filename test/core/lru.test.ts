/** The least-recently-used map core and the store's hot cache share (src/core/lru.ts). */
import { describe, expect, it } from 'vitest';
import { Lru } from '../../src/core/lru.js';

describe('Lru', () => {
  it('holds at most `entries`, dropping the least recently used; one read lately stays', () => {
    const lru = new Lru<number>({ entries: 2 });
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3);
    expect(lru.size).toBe(2);
    expect(lru.get('b')).toBeUndefined();
    expect([lru.get('a'), lru.get('c')]).toEqual([1, 3]);
  });

  it('a value of null is kept as a value', () => {
    const lru = new Lru<string | null>({ entries: 1 });
    lru.set('a', null);
    expect(lru.get('a')).toBeNull();
  });

  it('bounds the sizes it is given, and drops what has been idle too long', () => {
    let clock = 0;
    const lru = new Lru<string>({ entries: 10, chars: 10, idleMs: 100, now: () => clock });
    lru.set('a', 'x', 6);
    lru.set('b', 'y', 6);
    expect([lru.get('a'), lru.get('b')]).toEqual([undefined, 'y']);
    clock = 101;
    expect(lru.get('b')).toBeUndefined();
    expect(lru.size).toBe(0);
  });
});
