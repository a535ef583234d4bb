import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { CATEGORIES } from '../../src/core/types.js';

async function run(argv: string[], input = '') {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (d: Buffer) => out.push(d.toString()));
  stderr.on('data', (d: Buffer) => err.push(d.toString()));
  stdin.end(input);
  const code = await runCli(['classify', ...argv], { stdin, stdout, stderr, env: {} });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('classify command', () => {
  it('classifies JSON lines, reporting a malformed line on stderr and exiting 1', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: "We don't have the staff for a 1:1." }),
      'this is not json',
      JSON.stringify({ id: 2, text: 'The panel had already made the decision before the meeting.' }),
      JSON.stringify({ id: 3 }),
      '',
    ].join('\n');
    const { code, stdout, stderr } = await run([], input);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; category: string; confidence: number; ranked: { category: string; score: number }[] });
    expect(lines.map((l) => l.id)).toEqual(['a', 2]);
    expect(lines.map((l) => l.category)).toEqual(['resources', 'predetermination']);
    for (const l of lines) {
      expect(l.ranked.map((r) => r.category).sort()).toEqual([...CATEGORIES].sort());
      expect(l.confidence).toBe(l.ranked[0]!.score);
    }
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^line 2: /), expect.stringMatching(/^line 4: /)]);
  });

  it('exits 0 when every line is good', async () => {
    const { code, stderr } = await run([], `${JSON.stringify({ id: 1, text: 'hello' })}\n`);
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  it('--examples writes the labelled examples as JSON lines', async () => {
    const { code, stdout } = await run(['--examples']);
    expect(code).toBe(0);
    const rows = stdout.trim().split('\n').map((l) => JSON.parse(l) as { text: string; label: string });
    expect(rows.length).toBeGreaterThanOrEqual(60 * CATEGORIES.length);
    expect(Object.keys(rows[0]!)).toEqual(['text', 'label']);
  });

  it('--evaluate --json prints one JSON object; --evaluate prints a table', async () => {
    const json = await run(['--evaluate', '--json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as { macroF1: number; top2Accuracy: number; perCategory: unknown[] };
    expect(report.macroF1).toBeGreaterThan(0.8);
    expect(report.perCategory).toHaveLength(CATEGORIES.length);
    const table = await run(['--evaluate']);
    expect(table.stdout).toMatch(/macro-F1 0\.\d{3}/);
  });

  it('rejects an unknown option with exit code 2', async () => {
    const { code, stderr } = await run(['--bogus']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/bogus/);
  });
});
