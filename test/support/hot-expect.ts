/**
 * Assertions for loops over tens of thousands of messages. Vitest's `expect(...)` costs some
 * 10-20 µs a call before it compares anything (about 250,000 calls in the crisis tests, seconds of
 * a run); these compare first with node's strict deep equality, stricter than `toEqual`, and call
 * `expect` (the same assertion, the same message) only when that finds a difference.
 */
import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';

/** `expect(actual, message).toEqual(expected)`, paid for only when they differ. */
export function expectEqual<T>(actual: T, expected: T, message?: string): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual, message).toEqual(expected);
}

/** `expect(actual, message).toBe(expected)`, paid for only when they differ. */
export function expectSame<T>(actual: T, expected: T, message?: string): void {
  if (!Object.is(actual, expected)) expect(actual, message).toBe(expected);
}
