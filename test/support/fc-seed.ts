/**
 * fast-check's seed: random on a developer's machine (every run explores new cases, and a
 * failure prints the seed that found it), fixed in CI so that a submission is judged on the same
 * cases every time. `FC_SEED=<n>` replays one seed anywhere.
 */
const CI_SEED = 20_261_128;

export function fcSeed(): { seed?: number } {
  const given = process.env['FC_SEED'];
  if (given !== undefined && given !== '' && Number.isInteger(Number(given))) return { seed: Number(given) };
  return process.env['CI'] ? { seed: CI_SEED } : {};
}
