import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadExamples } from '../../src/classify/load-examples.js';
import { CATEGORIES } from '../../src/core/types.js';

const dirs: string[] = [];
function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'classifier-examples-'));
  dirs.push(dir);
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('loadExamples', () => {
  it('loads the shipped examples: every category, at least 60 each', () => {
    const examples = loadExamples();
    for (const c of CATEGORIES) {
      expect(examples.filter((e) => e.label === c).length, c).toBeGreaterThanOrEqual(60);
    }
    expect(examples.every((e) => e.text.trim() === e.text && e.text.length > 0)).toBe(true);
  });

  it('rejects an unknown label, naming the file', () => {
    const dir = dirWith({ 'money.yaml': 'label: money\nexamples:\n  - no budget\n' });
    expect(() => loadExamples(dir)).toThrow(/money\.yaml/);
  });

  it('rejects an empty example, naming the file', () => {
    const dir = dirWith({ 'data.yaml': 'label: data\nexamples:\n  - we need more data\n  - "   "\n' });
    expect(() => loadExamples(dir)).toThrow(/data\.yaml.*empty/);
  });

  it('rejects a duplicate example, within a file or across files', () => {
    const within = dirWith({ 'data.yaml': 'label: data\nexamples:\n  - we need more data\n  - We need  more data\n' });
    expect(() => loadExamples(within)).toThrow(/data\.yaml.*duplicate/);
    const across = dirWith({
      'data.yaml': 'label: data\nexamples:\n  - no staff\n',
      'resources.yaml': 'label: resources\nexamples:\n  - no staff\n',
    });
    expect(() => loadExamples(across)).toThrow(/resources\.yaml.*duplicate.*data\.yaml/);
  });

  it('rejects a label that does not match its file name, and invalid YAML', () => {
    expect(() => loadExamples(dirWith({ 'data.yaml': 'label: other\nexamples:\n  - hi\n' }))).toThrow(/data\.yaml/);
    expect(() => loadExamples(dirWith({ 'other.yaml': 'label: other\nexamples: [unclosed\n' }))).toThrow(/other\.yaml/);
  });
});
