import { describe, expect, it } from 'vitest';
import { withDeadline } from '../../src/core/deadline.js';

class Late extends Error {}

describe('withDeadline', () => {
  it('hands back what finishes in time', async () => {
    await expect(withDeadline(Promise.resolve(7), 1000, 'Quick step')).resolves.toBe(7);
  });
  it('fails with the caller’s error, naming the step, when the time runs out', async () => {
    const never = new Promise<never>(() => {});
    const err = await withDeadline(never, 20, 'Slow step', (m) => new Late(m)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Late);
    expect((err as Error).message).toBe('Slow step did not finish within 0 s');
  });
  it('passes a failure of the step itself through', async () => {
    await expect(withDeadline(Promise.reject(new Error('boom')), 1000, 'Step')).rejects.toThrow('boom');
  });
});
