import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readCapped } from '../../src/core/read-capped.js';

const stream = (...chunks: string[]) => Readable.from(chunks.map((c) => Buffer.from(c)));

describe('readCapped', () => {
  it('reads a body within the cap whole', async () => {
    expect((await readCapped(stream('ab', 'cd'), 4))?.toString()).toBe('abcd');
    expect((await readCapped(stream(), 4))?.toString()).toBe('');
  });
  it('answers null for a body past the cap, and drains the rest', async () => {
    const s = stream('abc', 'de', 'fgh');
    expect(await readCapped(s, 4)).toBeNull();
    await new Promise((r) => setImmediate(r));
    expect(s.readableEnded || s.destroyed || s.readableFlowing).toBeTruthy();
  });
  it('passes a stream error on', async () => {
    const s = new Readable({ read() { this.destroy(new Error('reset')); } });
    await expect(readCapped(s, 10)).rejects.toThrow('reset');
  });
});
