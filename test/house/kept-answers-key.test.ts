import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keyOf } from '../support/kept-answers.js';

// A kept (cached) answer is only honest while its key covers everything the answer was computed
// from. The crisis model trains on content/ as well as src/ (the near-miss lists, the classifier's
// examples as everyday talk), so every byte of content/ is part of the key (review20 R1).
const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

function projectWithContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'kept-key-'));
  roots.push(root);
  mkdirSync(join(root, 'content', 'safety', 'near-misses'), { recursive: true });
  mkdirSync(join(root, 'content', 'classifier'), { recursive: true });
  writeFileSync(join(root, 'content', 'safety', 'near-misses', 'everyday.txt'), 'we had a quiet day\n');
  writeFileSync(join(root, 'content', 'classifier', 'data.yaml'), 'examples: []\n');
  return root;
}

describe('the key a kept answer is filed under', () => {
  it('changes when any content file changes: a near-miss line, a classifier example, a new file', () => {
    const root = projectWithContent();
    const first = keyOf([], ['inputs'], root);
    expect(keyOf([], ['inputs'], root)).toBe(first);
    appendFileSync(join(root, 'content', 'safety', 'near-misses', 'everyday.txt'), 'the bus was late again\n');
    const second = keyOf([], ['inputs'], root);
    expect(second).not.toBe(first);
    writeFileSync(join(root, 'content', 'classifier', 'data.yaml'), 'examples: [x]\n');
    const third = keyOf([], ['inputs'], root);
    expect(third).not.toBe(second);
    writeFileSync(join(root, 'content', 'classifier', 'more.yaml'), '');
    expect(keyOf([], ['inputs'], root)).not.toBe(third);
  });

  it('changes with the inputs and the named test files', () => {
    const root = projectWithContent();
    expect(keyOf([], ['a'], root)).not.toBe(keyOf([], ['b'], root));
    expect(keyOf(['house/kept-answers-key.test.ts'], ['a'], root)).not.toBe(keyOf([], ['a'], root));
  });

  it('changes with the runtime: the Node version and the machine (review21 R10: a model trained by an older V8 is not kept for a newer)', () => {
    const root = projectWithContent();
    const first = keyOf([], ['a'], root);
    for (const [name, value] of [['version', 'v0.0.1'], ['arch', 'not-this-arch']] as const) {
      const was = Object.getOwnPropertyDescriptor(process, name);
      Object.defineProperty(process, name, { value, configurable: true });
      try {
        expect(keyOf([], ['a'], root), name).not.toBe(first);
      } finally {
        if (was) Object.defineProperty(process, name, was);
      }
    }
    expect(keyOf([], ['a'], root)).toBe(first);
  });
});
