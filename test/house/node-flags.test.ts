/**
 * The Node flags the product runs with live in package.json's start script; the CLI (the console
 * chat among its commands) and the bench run with the same, so what the bench measures is the
 * process `npm start` runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { productNodeFlags } from '../../bench/helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe("the product's Node flags", () => {
  it('cap the young generation (most of the memory a busy morning leaves behind)', () => {
    expect(productNodeFlags(ROOT)).toContain('--max-semi-space-size=8');
  });

  it('are the same for npm start, npm run cli and the bench', () => {
    const flags = productNodeFlags(ROOT).join(' ');
    expect(scripts['cli']).toBe(`node ${flags} scripts/run.mjs cli`);
    expect(scripts['bench']).toContain(` ${flags} `);
  });
});
