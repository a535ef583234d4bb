/**
 * Every content key the code names literally (a reply, a rendered label) exists in content/.
 * Flows declare theirs and are checked at start-up; this catches the commands, adapters and
 * CLI, whose keys would otherwise fail only when that line first runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/catalog.js';

const content = loadContent();
const ROOT = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/** `textReply(x, 'key'`, `render('key'`, `words('key'`, `say(ctx, 'key'`: literal keys only (no `${…}`). */
const READS = /\bwords\(\s*'([a-z][a-z0-9_.-]+)'/g;
const USES = [/\bsay\(\s*ctx,\s*'([a-z][a-z0-9_.-]+)'/g, /textReply\(\s*[\w.]+,\s*'([a-z][a-z0-9_.-]+)'/g, /\brender\(\s*'([a-z][a-z0-9_.-]+)'/g, READS];

describe('content keys named in src/', () => {
  const found: { file: string; key: string; reads: boolean }[] = [];
  for (const file of sources(join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const re of USES) for (const m of text.matchAll(re)) found.push({ file: file.slice(ROOT.length + 1), key: m[1] as string, reads: re === READS });
  }

  it('finds the keys it is meant to check', () => {
    expect(found.length).toBeGreaterThan(40);
    expect(found.map((f) => f.key)).toContain('notes.sent-as-file-one');
    expect(found.map((f) => f.key)).toContain('checkin.break-ahead'); // a say(ctx, …)
  });

  // `words('key'` may also name a word list the code reads (content/words/), not a prompt.
  const exists = (f: { file: string; key: string; reads: boolean }) => {
    if (content.has(f.key)) return true;
    try {
      return f.reads && content.words(f.key).length > 0;
    } catch {
      return false;
    }
  };

  it('all exist', () => {
    expect(found.filter((f) => f.key.includes('.') && !exists(f))).toEqual([]);
  });
});
