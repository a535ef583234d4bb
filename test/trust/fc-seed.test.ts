import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { fcSeed } from '../support/fc-seed.js';

const saved = { CI: process.env['CI'], FC_SEED: process.env['FC_SEED'] };
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe('property-test seeds', () => {
  it('random locally, fixed in CI, and FC_SEED replays one anywhere', () => {
    delete process.env['CI'];
    delete process.env['FC_SEED'];
    expect(fcSeed()).toEqual({});
    process.env['CI'] = 'true';
    const ci = fcSeed().seed;
    expect(ci).toEqual(expect.any(Number));
    expect(fcSeed().seed).toBe(ci); // the same every time
    process.env['FC_SEED'] = '42';
    expect(fcSeed()).toEqual({ seed: 42 });
    process.env['FC_SEED'] = 'not a number';
    expect(fcSeed()).toEqual({ seed: ci });
  });

  // Each test's own (test/support/fc-setup.ts), so a failure can name the seed it ran on.
  let earlier: number | undefined;
  it('is what fast-check uses in this test: the fixed one when set, else one of its own', () => {
    const used = fc.readConfigureGlobal().seed;
    expect(used).toEqual(expect.any(Number));
    if (fcSeed().seed !== undefined) expect(used).toBe(fcSeed().seed);
    earlier = used;
  });

  it('a test of its own, a seed of its own (unless one is fixed)', () => {
    const used = fc.readConfigureGlobal().seed;
    expect(used).toEqual(expect.any(Number));
    if (fcSeed().seed === undefined) expect(used).not.toBe(earlier);
    else expect(used).toBe(earlier);
  });
});
