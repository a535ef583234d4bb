/**
 * `pastDate` reads the same words again and again: every "what do I say next?" and every notes
 * timeline reads each statement's day from the parent's words, and chrono takes 50-200 us a
 * reading. Words already read at the same instant, in the same order of day and month, are
 * answered from what was found, without parsing them again; the answer is the same, and a
 * caller changing the object it was given changes no later answer.
 */
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pastDate } from '../../../src/features/advice/letter-facts.js';

const chrono = createRequire(import.meta.url)('chrono-node/en') as typeof import('chrono-node/en');
afterEach(() => vi.restoreAllMocks());

describe('pastDate, words read before', () => {
  it('parses words once at one instant and order, and answers the same', () => {
    const gb = vi.spyOn(chrono.GB, 'parse');
    const words = `last Tuesday, the ${Math.random()} meeting`;
    const first = pastDate(words, '2026-12-07T12:00:00.000Z', false);
    expect(first).toEqual({ date: '2026-12-01', doubtful: false });
    expect(pastDate(words, '2026-12-07T12:00:00.000Z', false)).toEqual(first);
    expect(gb).toHaveBeenCalledTimes(1);
    // Another instant, or the other order, is another reading.
    expect(pastDate(words, '2026-12-14T12:00:00.000Z', false)?.date).toBe('2026-12-08');
    expect(gb).toHaveBeenCalledTimes(2);
    const us = vi.spyOn(chrono.casual, 'parse');
    expect(pastDate(words, '2026-12-07T12:00:00.000Z', true)?.date).toBe('2026-12-01');
    expect(us).toHaveBeenCalledTimes(1);
  });

  it('remembers words that name no day too', () => {
    const gb = vi.spyOn(chrono.GB, 'parse');
    const words = `at the review meeting ${Math.random()}`;
    expect(pastDate(words, '2026-12-07T12:00:00.000Z', false)).toBeUndefined();
    expect(pastDate(words, '2026-12-07T12:00:00.000Z', false)).toBeUndefined();
    expect(gb).toHaveBeenCalledTimes(1);
  });

  it('hands each caller its own answer', () => {
    const words = `3 days ago ${Math.random()}`;
    const first = pastDate(words, '2026-12-07T12:00:00.000Z', false);
    if (first) first.date = 'changed';
    expect(pastDate(words, '2026-12-07T12:00:00.000Z', false)).toEqual({ date: '2026-12-04', doubtful: false });
  });
});
