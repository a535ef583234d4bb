import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_EXAMPLES_DIR } from '../../src/classify/load-examples.js';
import { parseExamplesYaml } from '../../src/classify/parse-examples-yaml.js';

describe('parseExamplesYaml (fast path)', () => {
  it('reads every shipped example file exactly as the yaml library does', () => {
    const files = readdirSync(DEFAULT_EXAMPLES_DIR).filter((n) => n.endsWith('.yaml'));
    expect(files.length).toBe(6);
    for (const name of files) {
      const raw = readFileSync(join(DEFAULT_EXAMPLES_DIR, name), 'utf8');
      const fast = parseExamplesYaml(raw);
      expect(fast, name).not.toBeNull();
      expect(fast, name).toEqual(parse(raw));
    }
  });

  it('agrees with the yaml library on the shapes it accepts', () => {
    const doc = [
      '# comment',
      'label: data',
      '',
      'examples:',
      '  - plain text, with commas and a colon:here',
      '  - "double quoted: with a colon"',
      '  - "\\"quoted\\" speech and a backslash \\\\ here"',
      "  - 'it''s single quoted'",
      '  # a comment between items',
      '  - |-',
      '    Dear Sir,',
      '',
      '    we need more data.',
      '  - |',
      '    keeps one newline',
      '',
      '  -    extra spaces after the dash',
      '  - last one   ',
      '',
    ].join('\n');
    expect(parseExamplesYaml(doc)).toEqual(parse(doc));
    expect(parseExamplesYaml(doc.replace(/\n/g, '\r\n'))).toEqual(parse(doc));
  });

  it.each([
    ['a boolean-looking item', 'label: data\nexamples:\n  - true\n'],
    ['a number-looking item', 'label: data\nexamples:\n  - 121\n'],
    ['a null item', 'label: data\nexamples:\n  - ~\n'],
    ['an escape in double quotes', 'label: data\nexamples:\n  - "tab\\there"\n'],
    ['a mapping-looking item', 'label: data\nexamples:\n  - key: value\n'],
    ['a trailing comment', 'label: data\nexamples:\n  - text # comment\n'],
    ['a multi-line plain scalar', 'label: data\nexamples:\n  - first line\n    continues here\n'],
    ['flow style', 'label: data\nexamples: [a, b]\n'],
    ['an anchor', 'label: data\nexamples:\n  - &a text\n'],
    ['an unknown key', 'label: data\nnotes: x\nexamples:\n  - text\n'],
    ['a document marker', '---\nlabel: data\nexamples:\n  - text\n'],
    ['a quoted label', 'label: "data"\nexamples:\n  - text\n'],
    ['an empty item', 'label: data\nexamples:\n  -\n'],
    ['an item nested deeper', 'label: data\nexamples:\n  - a\n    - b\n'],
    ['items at two indents', 'label: data\nexamples:\n  - a\n- b\n'],
  ])('declines %s (the yaml library decides)', (_name, doc) => {
    expect(parseExamplesYaml(doc)).toBeNull();
  });
});
