/**
 * Several reasons typed together at "What made it harder?" ("maths, noise"): each is kept, the
 * listed one ticked and the rest in the parent's words (fifteenth walk, W15-15: only "Noise…" was
 * kept, "maths" lost). Words with no listed reason stay one reason in their words. By the store.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../support/builders.js';
import { absentAtReasons } from './at-reasons.js';

let app: TestApp;
afterEach(() => app?.cleanup());

async function atReasons(): Promise<void> {
  app = await absentAtReasons();
}
const triggers = () => app.store.logs.listEntries('parent-a')[0]?.triggers ?? [];

describe('reasons typed as a list (W15-15)', () => {
  it('"maths, noise": noise ticked, maths kept in the parent\'s word', async () => {
    await atReasons();
    await app.send('maths, noise');
    expect(triggers()).toEqual(expect.arrayContaining([{ id: 'sensory', detail: null }, { id: 'other', detail: 'maths' }]));
    expect(triggers()).toHaveLength(2);
  });

  it('"tired and a row with her sister": both kept', async () => {
    await atReasons();
    await app.send('tired and a row with her sister');
    expect(triggers()).toEqual(expect.arrayContaining([{ id: 'tiredness-sleep', detail: null }, { id: 'other', detail: 'a row with her sister' }]));
  });

  it('"the bus was late and he panicked" names nothing listed: one reason, in the words', async () => {
    await atReasons();
    await app.send('the bus was late and he panicked');
    expect(triggers()).toEqual([{ id: 'other', detail: 'the bus was late and he panicked' }]);
  });

  it('"the noise in the hall" is still the listed one', async () => {
    await atReasons();
    await app.send('the noise in the hall');
    expect(triggers()).toEqual([{ id: 'sensory', detail: null }]);
  });
});
