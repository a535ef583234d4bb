import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/classify/create-classifier.js';
import { loadExamples } from '../../src/classify/load-examples.js';
import { classifyCommand } from '../../src/cli/classify.js';
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
  const code = await classifyCommand(argv, { stdin, stdout, stderr });
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
      expect(typeof (l as { confident?: unknown }).confident).toBe('boolean');
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

  it('--evaluate --json reports cross-validation and the old held-out set; --set FILE adds that set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'classify-set-'));
    try {
      const file = join(dir, 'set.jsonl');
      const rows = [
        { id: 'a', text: 'There is no budget for a one-to-one this year.', label: 'resources', locale: 'UK' },
        { id: 'b', text: 'The panel had already made the decision before the meeting.', label: 'predetermination' },
      ];
      writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n'));
      const json = await run(['--evaluate', '--json', '--set', file]);
      expect(json.code).toBe(0);
      type R = { n: number; macroF1: number; top2Accuracy: number; confidentShare: number; rightWhenConfident: number; perCategory: unknown[] };
      const report = JSON.parse(json.stdout) as { crossValidation: R; heldOut: R; set: R };
      expect(report.crossValidation.macroF1).toBeGreaterThan(0.8);
      expect(report.crossValidation.perCategory).toHaveLength(CATEGORIES.length);
      expect(report.heldOut.n).toBe(240);
      expect(report.set.n).toBe(2);
      for (const r of Object.values(report)) {
        expect(r.confidentShare).toBeGreaterThan(0);
        expect(r.rightWhenConfident).toBeGreaterThan(0.9);
      }
      // The tables, with two folds (the figures above are the five-fold ones; this is the format).
      const table = await run(['--evaluate', '--set', file, '--folds', '2']);
      expect(table.code).toBe(0);
      expect(table.stdout).toMatch(/^2-fold cross-validation \(stratified, seed 1\)/);
      expect(table.stdout.match(/macro-F1 0\.\d{3}/g)).toHaveLength(3);
      expect(table.stdout).toMatch(/right when confident 0\.\d{3}/);
      for (const folds of ['1', '11', 'two']) {
        const refused = await run(['--evaluate', '--folds', folds]);
        expect(refused.code, folds).toBe(2);
        expect(refused.stderr).toMatch(/--folds takes a whole number from 2 to 10/);
      }
      expect((await run(['--folds', '3', 'some words'])).stderr).toMatch(/--folds goes with --evaluate/);

      writeFileSync(file, `${JSON.stringify(rows[0])}\n{"id":"c","text":"x","label":"maybe"}\n`);
      const bad = await run(['--evaluate', '--set', file]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/line 2: label/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('classifies the words given as arguments, with "confident" exactly as the classifier decides', async () => {
    const examples = loadExamples();
    const classifier = createClassifier(examples);
    const confident: boolean[] = [];
    for (const text of ["We don't have the staff for a 1:1.", "We don't have the staff for that, and anyway it would set a precedent."]) {
      const { code, stdout } = await run(text.split(' '));
      expect(code).toBe(0);
      const out = JSON.parse(stdout) as { category: string; confident: boolean; ranked: unknown[] };
      const r = classifier.classify(text);
      expect(out.category).toBe(r.category);
      expect(out.confident).toBe(classifier.isConfident(r));
      confident.push(out.confident);
    }
    // One of each, so "confident" is shown to follow the classifier both ways.
    expect(confident).toEqual([true, false]);
  });

  it('--help prints the usage and exits 0; TEXT with --evaluate is refused', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/classify \[TEXT\.\.\.\]/);
    expect(help.stdout).toMatch(/--set FILE/);
    expect((await run(['--evaluate', 'some words'])).code).toBe(2);
    expect((await run(['--set', 'x.jsonl'])).code).toBe(2);
  });

  it('rejects an unknown option with exit code 2', async () => {
    const { code, stderr } = await run(['--bogus']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/bogus/);
  });
});
