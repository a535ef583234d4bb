/**
 * The Node flags the product runs with live in package.json's scripts, and the bench reads them
 * from there, so what it measures is the process `npm start` (or `npm run cli`) runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { productNodeFlags } from '../../bench/helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe("the product's Node flags", () => {
  it('cap the young generation of the bot (most of the memory a busy morning leaves behind)', () => {
    expect(productNodeFlags(ROOT, 'start')).toContain('--max-semi-space-size=8');
  });

  it('leave the CLI without V8 flags (any flag costs Node its built-in code cache: a tenth more start-up)', () => {
    expect(productNodeFlags(ROOT, 'cli')).toEqual([]);
  });

  it('are the ones the bench runs the bot with', () => {
    expect(scripts['bench']).toContain(` ${productNodeFlags(ROOT, 'start').join(' ')} `);
  });
});
